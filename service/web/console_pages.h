// Registration of every page of the web console and the public site on the
// api's router (service/web/ is the layer above the api: these routes are
// for people, not part of the API's description).
//
//   /console/login, /console/logout, /console        account_pages.cc
//   /console/new/{kind}, /console/records...         entry_pages.cc, record_pages.cc
//   /console/import, /console/template.xlsx          import_pages.cc
//   /console/audit...                                audit_pages.cc
//   /console/admin...                                admin_pages.cc
//   /, /search                                       public_pages.cc
//   /static/...                                      static_assets.cc
//
// Thread-safety: call once at start, before the server accepts requests.
// `options` must outlive the router.
#ifndef DPFEED_SERVICE_WEB_CONSOLE_PAGES_H_
#define DPFEED_SERVICE_WEB_CONSOLE_PAGES_H_

#include "service/api/router.h"
#include "service/web/web_options.h"

namespace dpfeed {

void RegisterWebRoutes(Router& router, const WebOptions& options);

// One group each (called by RegisterWebRoutes).
void RegisterAccountPages(Router& router, const WebOptions& options);
void RegisterStaticAssets(Router& router, const WebOptions& options);
void RegisterEntryPages(Router& router, const WebOptions& options);
void RegisterRecordPages(Router& router, const WebOptions& options);
void RegisterImportPages(Router& router, const WebOptions& options);
void RegisterAuditPages(Router& router, const WebOptions& options);
void RegisterAdminPages(Router& router, const WebOptions& options);
void RegisterPublicPages(Router& router, const WebOptions& options);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_WEB_CONSOLE_PAGES_H_
