# SPDX-License-Identifier: GPL-3.0-or-later
# Third-party libraries, found once here so every part of the tree sees the
# same imported targets. Debian 12 package names are in packaging/debian-packages.txt.

find_package(PkgConfig REQUIRED)

# cmark-gfm: Markdown parsing for export and for the editor's highlighting.
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET GLOBAL libcmark-gfm)
# The extensions library ships without a .pc file.
find_library(CMARK_GFM_EXTENSIONS_LIBRARY NAMES cmark-gfm-extensions REQUIRED)
find_path(CMARK_GFM_EXTENSIONS_INCLUDE_DIR NAMES cmark-gfm-core-extensions.h REQUIRED)
add_library(spill_cmark_gfm INTERFACE)
target_link_libraries(spill_cmark_gfm INTERFACE ${CMARK_GFM_EXTENSIONS_LIBRARY} PkgConfig::CMARK_GFM)
target_include_directories(spill_cmark_gfm SYSTEM INTERFACE ${CMARK_GFM_EXTENSIONS_INCLUDE_DIR})
add_library(Spill::cmark_gfm ALIAS spill_cmark_gfm)

find_package(yaml-cpp REQUIRED)
find_package(Nuspell REQUIRED)

# kainjow mustache is a single header.
find_path(MUSTACHE_INCLUDE_DIR NAMES kainjow/mustache.hpp REQUIRED)
add_library(spill_mustache INTERFACE)
target_include_directories(spill_mustache SYSTEM INTERFACE ${MUSTACHE_INCLUDE_DIR})
add_library(Spill::mustache ALIAS spill_mustache)

# OpenSSL's libcrypto: SHA-256 of imported media. Its hardware-accelerated
# digest is about ten times faster than QCryptographicHash on a 12 MP photo.
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)

# exiv2: EXIF and XMP of imported photos. Loaded on first use through a
# module (core/media/photometadataloader.h), never linked into the program.
pkg_check_modules(EXIV2 REQUIRED IMPORTED_TARGET GLOBAL exiv2)

# libavformat: container probing, duration and picture size of clips, in
# the `spill __probe` child process (the video module) only; and remuxing
# clips on export, in the spill-remux module (packets come from libavcodec).
pkg_check_modules(LIBAV REQUIRED IMPORTED_TARGET GLOBAL libavformat libavcodec libavutil)
