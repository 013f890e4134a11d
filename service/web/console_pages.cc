#include "service/web/console_pages.h"

namespace dpfeed {

void RegisterWebRoutes(Router& router, const WebOptions& options) {
  RegisterStaticAssets(router, options);
  RegisterAccountPages(router, options);
  RegisterEntryPages(router, options);
  RegisterRecordPages(router, options);
  RegisterImportPages(router, options);
  RegisterAuditPages(router, options);
  RegisterAdminPages(router, options);
  RegisterPublicPages(router, options);
}

}  // namespace dpfeed
