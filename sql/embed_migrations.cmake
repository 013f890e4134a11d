# Writes OUT: a C++ file defining dpfeed::EmbeddedMigrations(), one entry per
# FILES item (version number, name, SQL text as a raw string literal).
set(body "#include \"service/store/migrations.h\"\n\nnamespace dpfeed {\n\nconst std::vector<Migration>& EmbeddedMigrations() {\n  static const std::vector<Migration> kMigrations = {\n")
string(REPLACE "|" ";" FILE_LIST "${FILES}")
foreach(f ${FILE_LIST})
  get_filename_component(name ${f} NAME_WE)
  string(SUBSTRING ${name} 0 3 num)
  math(EXPR version "${num}")
  file(READ ${f} sql)
  string(APPEND body "    {${version}, \"${name}\", R\"dpfeed_sql(${sql})dpfeed_sql\"},\n")
endforeach()
string(APPEND body "  };\n  return kMigrations;\n}\n\n}  // namespace dpfeed\n")
file(WRITE ${OUT} "${body}")
