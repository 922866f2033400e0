# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the pinned Node tools (package-lock.json) into DESTINATION with
# `npm ci`, once for each change of the lock file. Never fails: without npm
# or the registry the tests that need the tools report that they were
# skipped. Tests that run at the same time take turns through a lock file,
# so one never sees the node_modules that another is still installing.
file(MAKE_DIRECTORY ${DESTINATION})
file(LOCK ${DESTINATION}/install.lock GUARD PROCESS TIMEOUT 600 RESULT_VARIABLE locked)
if(NOT locked EQUAL 0)
    message(STATUS "could not lock ${DESTINATION}/install.lock (${locked}): "
                   "the Node tools are skipped")
    return()
endif()

# The stamp is a copy of the lock file the last successful install used.
set(stamp ${DESTINATION}/installed-package-lock.json)
if(EXISTS ${stamp})
    file(SHA256 ${stamp} installed)
    file(SHA256 ${SOURCE}/package-lock.json wanted)
    if(installed STREQUAL wanted)
        message(STATUS "the Node tools are installed")
        return()
    endif()
endif()
find_program(NPM npm)
if(NOT NPM)
    message(STATUS "npm is not installed: the Node tools are skipped")
    return()
endif()
file(REMOVE ${stamp})
file(COPY ${SOURCE}/package.json ${SOURCE}/package-lock.json DESTINATION ${DESTINATION})
execute_process(
    COMMAND ${NPM} ci --no-audit --no-fund --prefer-offline
    WORKING_DIRECTORY ${DESTINATION}
    RESULT_VARIABLE result
    TIMEOUT 240)

if(result EQUAL 0)
    file(COPY_FILE ${SOURCE}/package-lock.json ${stamp})
else()
    message(STATUS "npm ci failed (${result}): the Node tools are skipped")
endif()
