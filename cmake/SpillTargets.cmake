# SPDX-License-Identifier: GPL-3.0-or-later
# spill_targets_under(DIR OUT): every target defined in DIR and the folders
# below it, for the helpers that set properties across the tree once all
# targets exist.
function(spill_targets_under dir out)
    get_property(found DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir ${subdirs})
        spill_targets_under(${subdir} below)
        list(APPEND found ${below})
    endforeach()
    set(${out} ${found} PARENT_SCOPE)
endfunction()
