# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Spill into a scratch prefix, then runs the installed program's
# video probe, window, import and export: each must find its modules where
# they were installed (the probe, import and export run from the transfer
# module).
# cmake -DBUILD_DIR=... -DPREFIX=... -DLIBDIR=<CMAKE_INSTALL_LIBDIR> -DSOURCE_DIR=... -P installcheck.cmake
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
        QT_QPA_PLATFORM=offscreen "${PREFIX}/bin/spill" __probe "${PREFIX}/no-such-clip.mp4"
    OUTPUT_VARIABLE answer RESULT_VARIABLE result)
if(answer MATCHES "not installed")
    message(FATAL_ERROR "the installed spill did not find its transfer or video module: ${answer}")
endif()
if(NOT result EQUAL 1 OR NOT answer MATCHES "\"error\":\"the file does not exist\"")
    message(FATAL_ERROR "the probe should report the missing clip (exit ${result}): ${answer}")
endif()
message(STATUS "installed spill probes through its module: ${answer}")

# The browser engine is a module of its own: neither the program nor the
# window module links Qt WebEngine.
file(GLOB _webpreview "${PREFIX}/${LIBDIR}/spill/spill-webpreview.so")
if(NOT _webpreview)
    message(FATAL_ERROR "the web preview module was not installed under ${PREFIX}/${LIBDIR}/spill/")
endif()
file(GLOB _window "${PREFIX}/${LIBDIR}/spill/spill-gui.so")
foreach(binary "${PREFIX}/bin/spill" ${_window})
    execute_process(COMMAND objdump -p "${binary}" OUTPUT_VARIABLE needed RESULT_VARIABLE result)
    if(result OR needed MATCHES "WebEngine")
        message(FATAL_ERROR "${binary} must not link Qt WebEngine (objdump exit ${result})")
    endif()
endforeach()
message(STATUS "Qt WebEngine is only in ${_webpreview}")

# The program itself links no Qt Gui: import, export and the probe bring it
# in their own module.
file(GLOB _transfer "${PREFIX}/${LIBDIR}/spill/spill-transfer.so")
if(NOT _transfer)
    message(FATAL_ERROR "the transfer module was not installed under ${PREFIX}/${LIBDIR}/spill/")
endif()
execute_process(COMMAND objdump -p "${PREFIX}/bin/spill" OUTPUT_VARIABLE needed RESULT_VARIABLE result)
if(result OR needed MATCHES "Qt6Gui")
    message(FATAL_ERROR "${PREFIX}/bin/spill must not link Qt Gui (objdump exit ${result})")
endif()

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

# Exporting a clip remuxes it through the installed libavformat module.
set(_clip_story "${PREFIX}/clip-story")
file(MAKE_DIRECTORY "${_clip_story}/media")
file(COPY "${SOURCE_DIR}/tests/data/export/media/collapse.mp4" DESTINATION "${_clip_story}/media")
file(WRITE "${_clip_story}/story.json" [=[
{"format": "spill-story/1", "slug": "install-check-clip", "title": "Install check",
 "beats": {"intended": "", "went_wrong": "A clip.", "salvage": "", "lesson": "", "call_to_action": ""},
 "media": [{"file": "media/collapse.mp4", "beat": "went_wrong", "role": "reality", "alt": "A brown square"}]}
]=])
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env --unset=SPILL_VIDEO_MODULE QT_QPA_PLATFORM=offscreen
        "${PREFIX}/bin/spill" --library "${PREFIX}/clip-library" import "${_clip_story}/story.json"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed spill could not import a clip (exit ${result}): ${err}")
endif()
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env --unset=SPILL_VIDEO_MODULE --unset=SPILL_REMUX_MODULE
        --unset=SPILL_TRANSFER_MODULE QT_QPA_PLATFORM=offscreen
        "${PREFIX}/bin/spill" --library "${PREFIX}/clip-library" export --format hugo
        --out "${PREFIX}/clip-export" --all
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS "${PREFIX}/clip-export/content/posts/install-check-clip/01-reality.mp4")
    message(FATAL_ERROR "the installed spill could not export a clip (exit ${result}): ${err}")
endif()
message(STATUS "installed spill remuxes clips through its module: ${out}")
