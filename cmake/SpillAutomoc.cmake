# SPDX-License-Identifier: GPL-3.0-or-later
# qt_standard_project_setup() turns on AUTOMOC for every target, and each
# target with it gets a generation step and one more translation unit to
# compile (with its precompiled header), even when nothing in it needs moc:
# most of Spill's libraries, tests and resource holders. This turns it off
# for those, looking where AUTOMOC itself looks: the target's sources and the
# headers beside them with the same base name.
#
# A target keeps AUTOMOC when a source cannot be read here (a generator
# expression, a file generated at build time that moc would see).

include(${CMAKE_CURRENT_LIST_DIR}/SpillTargets.cmake)

set(SPILL_MOC_MACROS "Q_OBJECT|Q_GADGET|Q_NAMESPACE|Q_PLUGIN_METADATA")

function(_spill_needs_moc target out)
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    get_target_property(binary_dir ${target} BINARY_DIR)
    set(${out} FALSE PARENT_SCOPE)
    if(NOT sources)
        return()
    endif()
    foreach(source ${sources})
        if(source MATCHES "\\$<")
            set(${out} TRUE PARENT_SCOPE)
            return()
        endif()
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${source_dir} NORMALIZE)
        if(NOT source MATCHES "\\.(cpp|cxx|cc|h|hpp)$")
            continue()
        endif()
        # Made at build time in the build tree: resources (no moc in them).
        cmake_path(IS_PREFIX binary_dir ${source} generated)
        if(generated AND NOT EXISTS ${source})
            continue()
        endif()
        cmake_path(REMOVE_EXTENSION source LAST_ONLY OUTPUT_VARIABLE stem)
        foreach(file ${source} ${stem}.h ${stem}_p.h ${stem}.hpp)
            if(EXISTS ${file})
                file(STRINGS ${file} hits REGEX "(${SPILL_MOC_MACROS})" LIMIT_COUNT 1)
                if(hits)
                    set(${out} TRUE PARENT_SCOPE)
                    return()
                endif()
            endif()
        endforeach()
    endforeach()
endfunction()

# Call once every target under `dir` is defined.
function(spill_prune_automoc dir)
    spill_targets_under(${dir} targets)
    foreach(target ${targets})
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(STATIC_LIBRARY|MODULE_LIBRARY|SHARED_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$")
            continue()
        endif()
        get_target_property(automoc ${target} AUTOMOC)
        if(NOT automoc)
            continue()
        endif()
        _spill_needs_moc(${target} needs)
        if(NOT needs)
            set_target_properties(${target} PROPERTIES AUTOMOC OFF)
        endif()
    endforeach()
endfunction()
