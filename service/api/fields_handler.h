// GET /api/v1/fields[?kind=license|penalty]: the field catalogue a
// department's integrator works from (issue 10 §1): per kind, every field's
// wire code, Chinese name, type, maximum length, when it is required,
// whether it is public or personal data, whether it is a national standard
// field or a dpfeed extension, and whether it appears in published notices;
// plus the accepted aliases, date forms and enumerations.
//
// Contract: any valid token; built from the domain's tables (FieldsOf,
// ExtensionFieldsOf, RequirementsOf, FieldRole), so it cannot drift from
// what intake enforces and masking does. 400 for an unknown kind.
#ifndef DPFEED_SERVICE_API_FIELDS_HANDLER_H_
#define DPFEED_SERVICE_API_FIELDS_HANDLER_H_

#include "service/api/handler.h"

namespace dpfeed {

void HandleFieldCatalogue(HandlerArgs args);

}  // namespace dpfeed

#endif  // DPFEED_SERVICE_API_FIELDS_HANDLER_H_
