# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the pinned Node tools (package-lock.json) into DESTINATION with
# `npm ci`, once. Never fails the build: without npm or the registry the
# tests that need the tools report that they were skipped.
if(EXISTS ${DESTINATION}/node_modules/.bin/html-validate
   AND NOT ${SOURCE}/package-lock.json IS_NEWER_THAN ${DESTINATION}/node_modules/.bin/html-validate)
    message(STATUS "html-validate is installed")
    return()
endif()
find_program(NPM npm)
if(NOT NPM)
    message(STATUS "npm is not installed: html-validate is skipped")
    return()
endif()
file(MAKE_DIRECTORY ${DESTINATION})
file(COPY ${SOURCE}/package.json ${SOURCE}/package-lock.json DESTINATION ${DESTINATION})
execute_process(
    COMMAND ${NPM} ci --no-audit --no-fund --prefer-offline
    WORKING_DIRECTORY ${DESTINATION}
    RESULT_VARIABLE result
    TIMEOUT 240)

if(NOT result EQUAL 0)
    message(STATUS "npm ci failed (${result}): html-validate is skipped")
endif()
