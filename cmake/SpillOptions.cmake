# SPDX-License-Identifier: GPL-3.0-or-later
# Build switches that every Spill target takes from one interface target,
# instead of global flags.

option(SPILL_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)
option(SPILL_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(spill_options INTERFACE)
add_library(Spill::options ALIAS spill_options)

target_compile_options(spill_options INTERFACE -Wall -Wextra -Wpedantic)
if(SPILL_WERROR)
    target_compile_options(spill_options INTERFACE -Werror)
endif()

if(SPILL_SANITIZE)
    set(_spill_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(spill_options INTERFACE ${_spill_san})
    target_link_options(spill_options INTERFACE ${_spill_san})
endif()

# libFuzzer builds (the `fuzz` preset, clang only): all code is instrumented
# for coverage and checked by ASan and UBSan; tests/fuzz links the fuzzers.
option(SPILL_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)
if(SPILL_FUZZ)
    set(_spill_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_compile_options(spill_options INTERFACE ${_spill_fuzz})
    target_link_options(spill_options INTERFACE -fsanitize=address,undefined)
endif()

# Hardened as Debian's own packages are: glibc's checked string and memory
# functions (they need the optimiser, and the sanitizers check the same calls
# their way), and every symbol bound at load time so that the relocations
# can be read-only from then on (no slower to start: the command line and the
# window module load in the same time either way).
if(NOT SPILL_SANITIZE AND NOT SPILL_FUZZ)
    target_compile_definitions(spill_options INTERFACE
        $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
endif()
target_link_options(spill_options INTERFACE "LINKER:-z,now")

# Strictness that catches real mistakes without making every literal noisy.
target_compile_definitions(spill_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER)
