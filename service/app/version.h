// The version `dpfeed --version` prints: the release number and the git
// commit the binary was built from (a "-dirty" suffix for uncommitted
// changes).
#ifndef DPFEED_SERVICE_APP_VERSION_H_
#define DPFEED_SERVICE_APP_VERSION_H_

namespace dpfeed {

const char* VersionString();

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_APP_VERSION_H_
