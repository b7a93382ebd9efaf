// Embeds a data file of the source tree in the library, so the engine needs
// no data path at run time: CHORUS_EMBED(name, "path") defines
// `std::string_view name()` over the file's bytes. The path must be absolute
// (CMake passes the data folder as a definition); the including .cc lists the
// file in OBJECT_DEPENDS so edits rebuild it.
#pragma once

#include <string_view>

#define CHORUS_EMBED(name, path)                                                                  \
  __asm__(".pushsection .rodata\n.balign 16\n" #name "_begin:\n.incbin \"" path "\"\n" #name      \
          "_end:\n.byte 0\n.popsection\n");                                                        \
  extern "C" const char name##_begin[];                                                            \
  extern "C" const char name##_end[];                                                              \
  std::string_view name() { return std::string_view(name##_begin, name##_end - name##_begin); }
