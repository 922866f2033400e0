// SPDX-License-Identifier: GPL-3.0-or-later
// The translation unit that carries a shared precompiled header
// (cmake/SpillPrecompiledHeaders.cmake, tests/CMakeLists.txt); it defines
// nothing.
