#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package from end to end. Builds it from this build tree with
# CPack and checks it with lintian: no error, and no warning or info that
# README's "Debian package" section does not explain. Then, as root (skipped
# otherwise): installs it with apt-get, uses the installed Spill (version,
# import, list, export; the modules in <libdir>/spill/), validates its
# desktop entry, purges it and finds nothing of it left.
# The machine is left as it was found, also when a step fails; a spill
# package that was installed before is never touched: the test refuses.
#
# test_package.sh SOURCE_DIR BUILD_DIR WORK_DIR PREFIX LIBDIR
#   PREFIX, LIBDIR: the configured CMAKE_INSTALL_PREFIX and CMAKE_INSTALL_LIBDIR.
set -euo pipefail

source_dir=$1
build_dir=$2
work=$3
prefix=$4
libdir=$5
skip=77

say() { printf 'test_package: %s\n' "$*"; }
fail() {
    printf 'test_package: FAILED: %s\n' "$*" >&2
    exit 1
}

package_state() {
    dpkg-query -W -f='${db:Status-Status}' spill 2>/dev/null || echo not-installed
}

if [ "$(package_state)" != not-installed ]; then
    fail "a spill package is already on this machine ($(package_state)); this test installs and purges its own, so it will not run over that one. Remove it first: apt-get remove --purge spill"
fi

# The program finds its modules at the path from bin/ to <libdir>/spill/ it
# was built with; a package needs the layout it was built for.
[ "$prefix" = /usr ] ||
    fail "this build tree installs into $prefix; a Debian package is built from one configured with -DCMAKE_INSTALL_PREFIX=/usr (the presets are)"

for tool in cpack dpkg-shlibdeps file lintian desktop-file-validate; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing: scripts/setup installs what packaging/debian-packages.txt lists"
done

rm -rf "$work"
mkdir -p "$work"
start=$(date +%s)

# --- Build -----------------------------------------------------------------
say "building the package with CPack"
if ! cpack --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the package"
fi
debs=("$work"/cpack/spill_*.deb)
{ [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ]; } || fail "expected one spill_*.deb in $work/cpack"
deb=${debs[0]}
say "built $(basename "$deb") in $(($(date +%s) - start)) s"
dpkg-deb --field "$deb"

# --- lintian -----------------------------------------------------------------
# The tags README explains, one per line: "- `tag` (level): why".
mapfile -t explained < <(
    awk '/^### Debian package/ { inside = 1; next }
         inside && /^#/ { inside = 0 }
         inside && match($0, /^- `[a-z0-9.+-]+`/) { print substr($0, 4, RLENGTH - 4) }' \
        "$source_dir/README.md")
[ ${#explained[@]} -gt 0 ] || fail "found no explained lintian tags in README.md's \"Debian package\" section"

say "lintian"
set +e
lintian --display-info --tag-display-limit 0 --fail-on error "$deb" >"$work/lintian.log" 2>&1
lintian_status=$?
set -e
cat "$work/lintian.log"
[ $lintian_status -eq 0 ] || fail "lintian found errors (exit $lintian_status)"
# A loop, not `printf | grep -q`: with pipefail, grep leaving at the first
# match can end printf with SIGPIPE, and the pipe then reports no match.
is_explained() {
    local known
    for known in "${explained[@]}"; do
        [ "$known" = "$1" ] && return 0
    done
    return 1
}
unexplained=()
while read -r level package tag _; do
    case $level in E: | W: | I:) ;; *) continue ;; esac
    [ "$package" = "spill:" ] || [ "$package" = "spill" ] || continue
    is_explained "$tag" || unexplained+=("$level $tag")
done <"$work/lintian.log"
if [ ${#unexplained[@]} -gt 0 ]; then
    fail "lintian tags that README.md's \"Debian package\" section does not explain: $(printf '%s\n' "${unexplained[@]}" | sort -u | tr '\n' ' ')"
fi
say "lintian: no errors, and every tag it gave is explained"

# --- Install, use, purge: root only ------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
    say "SKIPPED installing: apt-get needs root (the package was built and passed lintian)"
    exit $skip
fi

export DEBIAN_FRONTEND=noninteractive
apt=(apt-get -q -o DPkg::Lock::Timeout=120 --no-install-recommends)

# What carries Spill's name outside the user's data, before and after.
spill_named_files() {
    find /usr /etc /opt /var/lib/dpkg -xdev -iname '*spill*' \
        -not -path '/etc/wordpress/*' 2>/dev/null | sort
}
spill_named_files >"$work/before.txt"

installed=0
# A signal's trap may run inside a command whose output goes elsewhere: the
# clean-up speaks to the test's own output, kept here.
exec 3>&1 4>&2
cleanup() {
    local status=$?
    if [ $installed -eq 1 ] && [ "$(package_state)" != not-installed ]; then
        say "cleaning up: purging the spill package this test installed" >&3
        "${apt[@]}" remove --purge -y spill >"$work/cleanup.log" 2>&1 ||
            { cat "$work/cleanup.log" >&4; dpkg --purge spill >&4 2>&4 || true; }
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Everything the package depends on must be installed already (scripts/setup
# installs packaging/debian-packages.txt): the test installs Spill only.
"${apt[@]}" install -s "$deb" >"$work/simulate.log" 2>&1 ||
    { cat "$work/simulate.log" >&2; fail "apt-get cannot install the package"; }
others=$(awk '$1 == "Inst" && $2 != "spill" { print $2 }' "$work/simulate.log" | tr '\n' ' ')
[ -z "$others" ] || fail "installing spill would also install: $others- add them to packaging/debian-packages.txt"

say "apt-get install $deb"
installed=1
"${apt[@]}" install -y "$deb" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; fail "apt-get could not install the package"; }
[ "$(package_state)" = installed ] || fail "dpkg says spill is $(package_state) after installing"
dpkg -L spill | sort >"$work/files.txt"

grep -qxF /usr/bin/spill "$work/files.txt" || fail "the package has no /usr/bin/spill"
for module in spill-gui spill-transfer spill-video spill-webpreview spill-wordpress spill-remux \
    spill-metadata; do
    grep -qxF "/usr/$libdir/spill/$module.so" "$work/files.txt" ||
        fail "the package has no /usr/$libdir/spill/$module.so"
done
for size in 16 24 32 48 64 128 256; do
    grep -qxF "/usr/share/icons/hicolor/${size}x${size}/apps/org.spill.spill.png" "$work/files.txt" ||
        fail "the package has no ${size}x${size} icon"
done
for file in /usr/share/icons/hicolor/scalable/apps/org.spill.spill.svg \
    /usr/share/man/man1/spill.1.gz /usr/share/metainfo/org.spill.spill.metainfo.xml \
    /usr/share/bash-completion/completions/spill /usr/share/zsh/vendor-completions/_spill \
    /usr/share/doc/spill/copyright /usr/share/doc/spill/changelog.gz \
    /usr/share/mime/packages/org.spill.spill.xml; do
    grep -qxF "$file" "$work/files.txt" || fail "the package has no $file"
done

# The installed program alone: no module paths from the environment, and a
# home of its own so that nothing is written into root's.
mkdir -p "$work/home"
run_spill() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        /usr/bin/spill "$@"
}

version=$(run_spill --version) || fail "spill --version failed"
say "spill --version: $version"
expected_version=$(dpkg-query -W -f='${Version}' spill)
[ "$version" = "spill $expected_version" ] || fail "spill --version says \"$version\", the package is $expected_version"

# Importing the sample story's photos loads the transfer and metadata modules.
library=$work/library
run_spill --library "$library" import "$source_dir/resources/samples/souffle/story.json" \
    >"$work/import.out" 2>"$work/import.err" ||
    { cat "$work/import.err" >&2; fail "the installed spill could not import the sample story"; }
slug=$(cut -f1 "$work/import.out")
[ -n "$slug" ] || fail "spill import printed no slug"
run_spill --library "$library" list >"$work/list.out" || fail "spill list failed"
grep -q "^$slug " "$work/list.out" || fail "spill list does not show $slug: $(cat "$work/list.out")"
say "imported and listed $slug"

# A clip: probed by the video module in a child process, remuxed on export by
# the remux module; the export itself runs in the transfer module.
clip_story=$work/clip-story
mkdir -p "$clip_story/media"
cp "$source_dir/tests/data/export/media/collapse.mp4" "$clip_story/media/"
cat >"$clip_story/story.json" <<'JSON'
{"format": "spill-story/1", "slug": "package-check-clip", "title": "Package check",
 "beats": {"intended": "", "went_wrong": "A clip.", "salvage": "", "lesson": "", "call_to_action": ""},
 "media": [{"file": "media/collapse.mp4", "beat": "went_wrong", "role": "reality", "alt": "A brown square"}]}
JSON
run_spill --library "$library" import "$clip_story/story.json" >/dev/null 2>"$work/import-clip.err" ||
    { cat "$work/import-clip.err" >&2; fail "the installed spill could not import a clip"; }
run_spill --library "$library" export --format html --out "$work/export" --all \
    >/dev/null 2>"$work/export.err" ||
    { cat "$work/export.err" >&2; fail "the installed spill could not export as HTML"; }
grep -rqF --include='*.html' "The Soufflé That Sighed" "$work/export" ||
    fail "the HTML export has no page with the sample story's title"
[ -n "$(find "$work/export" -name '*.mp4' -print -quit)" ] || fail "the HTML export has no remuxed clip"
say "exported both stories as HTML through the installed modules"

# The desktop entry validates, and it and its actions start the installed
# program.
desktop=/usr/share/applications/org.spill.spill.desktop
validation=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $validation"
[ -z "$validation" ] || fail "desktop-file-validate warns: $validation"
mapfile -t exec_lines < <(sed -n 's/^Exec=//p' "$desktop")
[ ${#exec_lines[@]} -gt 0 ] || fail "the desktop entry has no Exec="
for exec_line in "${exec_lines[@]}"; do
    program=${exec_line%% *}
    [ "$program" = spill ] || fail "the desktop entry's Exec=$exec_line runs \"$program\", not spill"
done
resolved=$(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin command -v spill) ||
    fail "Exec=spill is not on the PATH"
[ "$resolved" = /usr/bin/spill ] || fail "Exec=spill resolves to $resolved, not /usr/bin/spill"
say "the desktop entry validates and its ${#exec_lines[@]} Exec= lines run /usr/bin/spill"

# The story files' type is in the system's MIME database once installed.
if command -v update-mime-database >/dev/null; then
    [ -f /usr/share/mime/application/x-spill-story+json.xml ] ||
        fail "the story files' MIME type is not in /usr/share/mime after installing"
    say "the MIME type application/x-spill-story+json is registered"
fi

# --- Purge and look for what is left -----------------------------------------
say "apt-get remove --purge spill"
"${apt[@]}" remove --purge -y spill >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log" >&2; fail "apt-get could not remove the package"; }
installed=0
[ "$(package_state)" = not-installed ] || fail "dpkg says spill is $(package_state) after purging"
dpkg -s spill >/dev/null 2>&1 && fail "dpkg -s still knows spill after purging"

left=()
while read -r path; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A folder other packages share stays; one that was Spill's alone must go.
        dpkg-query -S "$path" >/dev/null 2>&1 && continue
    fi
    left+=("$path")
done <"$work/files.txt"
[ ${#left[@]} -eq 0 ] || fail "left behind after purging: ${left[*]}"
spill_named_files >"$work/after.txt"
new=$(comm -13 "$work/before.txt" "$work/after.txt" | tr '\n' ' ')
[ -z "$new" ] || fail "new files named for Spill after purging: $new"
say "purged: nothing of the package is left"
say "took $(($(date +%s) - start)) s"
