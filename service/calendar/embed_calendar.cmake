# Writes OUT: a C++ file defining dpfeed::BuiltInCalendarJson() that returns
# the text of IN (the official calendar JSON) as a raw string literal.
file(READ ${IN} json)
file(WRITE ${OUT} "#include \"service/calendar/calendar_file.h\"\n\nnamespace dpfeed {\n\nstd::string_view BuiltInCalendarJson() {\n  static constexpr char kJson[] = R\"dpfeed_cal(${json})dpfeed_cal\";\n  return {kJson, sizeof(kJson) - 1};\n}\n\n}  // namespace dpfeed\n")
