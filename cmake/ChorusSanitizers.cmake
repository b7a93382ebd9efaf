# Sanitizer and fuzzing builds (docs/FUZZING.md). Flags apply to every target,
# the libraries included, so a fault is caught where it happens.
#   CHORUS_SANITIZE  AddressSanitizer + UndefinedBehaviorSanitizer, any
#                    compiler (CI's build-asan/, with -O1 -g).
#   CHORUS_FUZZ      the same plus libFuzzer's coverage instrumentation, and the
#                    fuzz_<name> binaries in fuzz/; needs clang (clang++-16).
option(CHORUS_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CHORUS_FUZZ "Build the libFuzzer targets in fuzz/ (clang; implies the sanitizers)" OFF)

if(CHORUS_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "CHORUS_FUZZ needs clang for libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++-16 "
                      "(scripts/setup.sh --sanitize installs it)")
endif()

if(CHORUS_SANITIZE OR CHORUS_FUZZ)
  # -fno-sanitize-recover: undefined behaviour stops the program, so a test
  # or a fuzz run fails instead of printing and going on.
  set(chorus_sanitizer_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${chorus_sanitizer_flags})
  add_link_options(-fsanitize=address,undefined)
  if(CHORUS_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
  endif()
endif()
