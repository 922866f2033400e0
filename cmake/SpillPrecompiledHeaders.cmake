# SPDX-License-Identifier: GPL-3.0-or-later
# Qt Core's headers are most of what each of Spill's files compiles. They are
# parsed once, in one precompiled header, which every library and module under
# the given folders reuses unless it has one of its own (the GUI's).
#
# The compiler skips a precompiled header made with other options than the
# file's; -Winvalid-pch says so (an error in CI), which is why executables
# (position-independent in another way) keep to their own.

add_library(spill_pch_core OBJECT ${CMAKE_CURRENT_LIST_DIR}/pch.cpp)
target_link_libraries(spill_pch_core PRIVATE Qt6::Core Spill::options)
target_precompile_headers(spill_pch_core PRIVATE <QtCore/QtCore>)

include(${CMAKE_CURRENT_LIST_DIR}/SpillTargets.cmake)

function(spill_share_core_pch dir)
    spill_targets_under(${dir} targets)
    foreach(target ${targets})
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(STATIC_LIBRARY|MODULE_LIBRARY|SHARED_LIBRARY|OBJECT_LIBRARY)$"
           OR target STREQUAL "spill_pch_core")
            continue()
        endif()
        get_target_property(own ${target} PRECOMPILE_HEADERS)
        get_target_property(reused ${target} PRECOMPILE_HEADERS_REUSE_FROM)
        if(own OR reused)
            continue()
        endif()
        target_precompile_headers(${target} REUSE_FROM spill_pch_core)
        target_compile_options(${target} PRIVATE -Winvalid-pch)
    endforeach()
endfunction()
