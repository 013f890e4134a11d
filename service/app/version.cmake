# Writes OUT: dpfeed::VersionString() = "<VERSION> (<git describe>)", run at
# every build; the file is rewritten only when the text changes, so an
# unchanged tree recompiles nothing.
execute_process(COMMAND git -C ${SRC} describe --always --dirty --abbrev=12
                OUTPUT_VARIABLE describe OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT describe)
  set(describe "unknown commit")
endif()
set(text "#include \"service/app/version.h\"\n\nnamespace dpfeed {\n\nconst char* VersionString() { return \"${VERSION} (${describe})\"; }\n\n}  // namespace dpfeed\n")
if(EXISTS ${OUT})
  file(READ ${OUT} old)
endif()
if(NOT "${old}" STREQUAL "${text}")
  file(WRITE ${OUT} "${text}")
endif()
