# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made by CPack from the install rules:
#   cmake --build <build dir> --target package  ->  spill_<version>_<arch>.deb
# A build configured with -DCMAKE_INSTALL_PREFIX=/usr puts the modules where
# Debian puts libraries, <libdir>/spill/ = /usr/lib/<multiarch>/spill/; the
# program finds them relative to itself either way. README "Debian package"
# says how to build and check it.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME spill)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Spill developers")
set(CPACK_PACKAGE_CONTACT "The Spill developers <maintainers@spill.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop studio for honest blog posts about kitchen mishaps")
set(CPACK_PACKAGE_DESCRIPTION [=[
Polished food content hides the burnt edges; readers trust creators who
show them. Spill is a desktop studio that turns a kitchen mishap into an
honest, well-told blog post. It walks you through five beats (the dish you
meant to make, what went wrong, the salvage, the lesson, and a question for
your readers) with photos and short videos as evidence.

Drafts live in a local library, saved as you type. Posts export as Markdown
(plain, Hugo, Jekyll) or HTML, or go to a WordPress site. The same program
works from the command line without a display: import, list, search,
export, publish and check.
]=])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps computes the libraries the program and its modules link
# (SQLite among them: Spill opens libraries through its own driver). Listed
# by hand is only the Qt plugin that Qt loads at run time, which no linker
# sees: the WebP reader for WebP photos.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-image-formats-plugins")
# Spelling needs a dictionary (hunspell-en-us is the one for English);
# Qt's own words (standard buttons, key names) come translated with the
# translations package.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-en-us | hunspell-dictionary, qt6-translations-l10n")

# CPack strips the program and the modules; the compiler's notes in .comment
# go too, as dh_strip does for Debian's own packages.
set(_spill_strip_notes [[
if(CMAKE_INSTALL_DO_STRIP)
    file(GLOB _spill_elf_files
        "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/@CMAKE_INSTALL_BINDIR@/spill"
        "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/@CMAKE_INSTALL_LIBDIR@/spill/*@CMAKE_SHARED_MODULE_SUFFIX@")
    foreach(_file IN LISTS _spill_elf_files)
        execute_process(COMMAND "@CMAKE_STRIP@" --remove-section=.comment --remove-section=.note
            "${_file}" COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
endif()
]])
string(CONFIGURE "${_spill_strip_notes}" _spill_strip_notes @ONLY)
install(CODE "${_spill_strip_notes}")

include(CPack)
