# Writes OUT: a C++ file defining dpfeed::OpenApiJson() that returns the
# text of IN (the OpenAPI description) as a raw string literal.
file(READ ${IN} json)
file(WRITE ${OUT} "#include \"service/api/service_handler.h\"\n\nnamespace dpfeed {\n\nstd::string_view OpenApiJson() {\n  static constexpr char kJson[] = R\"dpfeed_api(${json})dpfeed_api\";\n  return {kJson, sizeof(kJson) - 1};\n}\n\n}  // namespace dpfeed\n")
