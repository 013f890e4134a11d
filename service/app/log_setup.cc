#include "service/app/log_setup.h"

#include <cstdio>

#include "service/domain/log.h"
#include "service/json/json_writer.h"

namespace dpfeed {

void ConfigureLogging(const Config& config) {
  if (config.log_format != "json") {
    SetLogSink(nullptr);
    return;
  }
  SetLogSink([](LogLevel level, std::string_view time, std::string_view event,
                std::string_view message, const LogFields& fields) {
    JsonOut out;
    JsonWriter& w = out.w();
    w.StartObject();
    Key(w, "time");
    Str(w, time);
    Key(w, "level");
    Str(w, LogLevelName(level));
    Key(w, "event");
    Str(w, event);
    Key(w, "message");
    Str(w, message);
    for (const LogField& f : fields) {
      Key(w, f.name);
      Str(w, f.value);
    }
    w.EndObject();
    std::string line = out.Take();
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stderr);
  });
}

}  // namespace dpfeed
