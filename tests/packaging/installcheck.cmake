# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Spill into a scratch prefix, then runs the installed program's
# video probe, window and import: each must find its modules where they were
# installed (the probe and import run from the transfer module).
# cmake -DBUILD_DIR=... -DPREFIX=... -P installcheck.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(result)
    message(FATAL_ERROR "installing into ${PREFIX} failed: ${result}")
endif()
if(NOT EXISTS "${PREFIX}/bin/spill")
    message(FATAL_ERROR "the installed program is missing: ${PREFIX}/bin/spill")
endif()
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env --unset=SPILL_VIDEO_MODULE --unset=SPILL_TRANSFER_MODULE
        QT_QPA_PLATFORM=offscreen
        "${PREFIX}/bin/spill" __probe "${PREFIX}/no-such-clip.mp4"
    OUTPUT_VARIABLE answer RESULT_VARIABLE result)
if(answer MATCHES "not installed")
    message(FATAL_ERROR "the installed spill did not find its transfer or video module: ${answer}")
endif()
if(NOT result EQUAL 1 OR NOT answer MATCHES "\"error\":\"the file does not exist\"")
    message(FATAL_ERROR "the probe should report the missing clip (exit ${result}): ${answer}")
endif()
message(STATUS "installed spill probes through its module: ${answer}")

# Opening the window loads the installed window module; the application
# object it makes then stops on a platform that does not exist, before any
# window could open.
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env --unset=SPILL_WINDOW_MODULE QT_QPA_PLATFORM=spill-no-such-platform
        "${PREFIX}/bin/spill" --library "${PREFIX}/window-library"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
if(err MATCHES "not installed" OR NOT err MATCHES "spill-no-such-platform")
    message(FATAL_ERROR "the installed spill did not load its window module (exit ${result}): ${err}")
endif()
message(STATUS "installed spill loads its window module")

# Importing the sample story's photos runs from the installed transfer module
# and reads their metadata through the installed exiv2 module.
file(REMOVE_RECURSE "${PREFIX}/library")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env --unset=SPILL_METADATA_MODULE --unset=SPILL_TRANSFER_MODULE
        QT_QPA_PLATFORM=offscreen
        "${PREFIX}/bin/spill" --library "${PREFIX}/library" import
        "${SOURCE_DIR}/resources/samples/souffle/story.json"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed spill could not import the sample story (exit ${result}): ${err}")
endif()
message(STATUS "installed spill imports photos through its metadata module: ${out}")
