#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CTest package_deb: builds the Debian package of a build tree with cpack and checks it the
# way a Debian reviewer would: lintian without errors or warnings, hardened and stripped
# programs, Depends from dpkg-shlibdeps, the documentation, no path into the source tree,
# and a desktop entry and AppStream metainfo that their validators accept.
#
#   check-package.sh SOURCE_DIR BUILD_DIR OUT_DIR APP_ID [CONFIG]
#
# Exits 77 (CTest: skipped) only when lintian, desktop-file-validate or appstreamcli is
# missing; packaging/install-deps.sh installs them.
set -euo pipefail

source_dir=$1
build_dir=$2
out_dir=$3
app_id=$4
config=${5:-}
cpack=${CPACK_COMMAND:-cpack}

missing=()
for tool in lintian desktop-file-validate appstreamcli dpkg-deb readelf man; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "SKIPPED: ${missing[*]} not installed; packaging/install-deps.sh installs them."
  exit 77
fi

status=0
fail() {
  echo "FAIL: $*" >&2
  status=1
}

rm -rf "$out_dir"
mkdir -p "$out_dir"
cpack_args=(--config "$build_dir/CPackConfig.cmake" -G DEB -B "$out_dir")
if [ -n "$config" ]; then
  cpack_args+=(-C "$config")
fi
"$cpack" "${cpack_args[@]}"

shopt -s nullglob
debs=("$out_dir"/*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ] || [[ ${debs[0]} != */tenantdesk_*.deb ]]; then
  echo "FAIL: cpack made ${debs[*]:-nothing}, not one tenantdesk .deb, in $out_dir" >&2
  exit 1
fi
deb=${debs[0]}
ls -l "$deb"

# Control fields. Depends: what dpkg-shlibdeps found (the libraries the programs link) and
# the run-time plugins written in packaging/CPackSettings.cmake.
field() { dpkg-deb --field "$1" "$2"; }
[ "$(field "$deb" Section)" = admin ] || fail "Section is $(field "$deb" Section), not admin"
[ "$(field "$deb" Homepage)" = https://github.com/tenantdesk/tenantdesk ] || fail "no Homepage"
[ -n "$(field "$deb" Maintainer)" ] || fail "no Maintainer"
depends=$(field "$deb" Depends)
echo "Depends: $depends"
depends_names=$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//')
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
               libqt6network6 libsqlite3-0 libcrypt1 libqt6sql6-sqlite qt6-qpa-plugins; do
  grep -Fxq "$package" <<<"$depends_names" || fail "Depends lacks $package"
done

# Contents, unpacked as dpkg would install them.
root=$out_dir/root
dpkg-deb --extract "$deb" "$root"
for path in usr/bin/tenantdesk usr/bin/tenantctl \
            usr/share/applications/"$app_id".desktop usr/share/metainfo/"$app_id".metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/tenantdesk.svg \
            usr/share/tenantdesk/migrations/005_audit_log_chain.sql \
            usr/share/doc/tenantdesk/copyright usr/share/doc/tenantdesk/changelog.gz \
            usr/share/doc/tenantdesk/README.md usr/share/doc/tenantdesk/docs/user-guide.md \
            usr/share/man/man1/tenantdesk.1.gz usr/share/man/man1/tenantctl.1.gz \
            usr/share/bash-completion/completions/tenantctl; do
  [ -f "$root/$path" ] || fail "the package lacks /$path"
done

# The manual pages format without a warning from groff or man (lintian checks them too).
for program in tenantdesk tenantctl; do
  page=$root/usr/share/man/man1/$program.1.gz
  [ -f "$page" ] || continue
  warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) ||
    fail "man cannot format $program.1"
  [ -z "$warnings" ] || fail "man warns about $program.1: $warnings"
done

# Nothing installed names the source tree (issue 13: the programs carried its migrations path).
if named=$(grep -rlF "$source_dir" "$root"); then
  fail "these files name the source tree $source_dir: $named"
fi

# Stripped programs (a symbol table or debug information would be listed as a section).
for program in tenantdesk tenantctl; do
  if readelf --sections --wide "$root/usr/bin/$program" | grep -Eq '\.(debug_[a-z]+|symtab) '; then
    fail "/usr/bin/$program is not stripped"
  fi
done

# A package whose size is mostly debug information is what issue 13 was about.
size=$(stat -c %s "$deb")
[ "$size" -lt $((16 * 1024 * 1024)) ] || fail "the .deb has $size bytes"

# lintian: no error and no warning, and nothing suppressed (both programs have their manual
# pages). Hardening tags are only "info", so they are failed on here: every build gets the
# flags, except _FORTIFY_SOURCE, which needs an optimised build.
lintian_log=$out_dir/lintian.log
lintian_status=0
lintian --fail-on error,warning --display-info "$deb" >"$lintian_log" 2>&1 || lintian_status=$?
cat "$lintian_log"
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors or warnings (exit $lintian_status)"
hardening_tags=(hardening-no-bindnow hardening-no-relro hardening-no-pie
                hardening-no-stackprotector)
case "$config" in
  Release | RelWithDebInfo | MinSizeRel) hardening_tags+=(hardening-no-fortify-functions) ;;
  *) echo "Not an optimised build ($config): fortified functions are not checked." ;;
esac
for tag in "${hardening_tags[@]}"; do
  if grep -Eq ": $tag( |$)" "$lintian_log"; then
    if [ "$tag" = hardening-no-fortify-functions ]; then
      # lintian's list of fortified functions lacks some glibc has (__explicit_bzero_chk),
      # and -O2 verifies fixed-size calls at compile time, leaving none of the listed ones:
      # a binary lintian names passes only when it imports a fortified (__*_chk) function
      # itself, which shows that it was built with _FORTIFY_SOURCE.
      for binary in $(grep -Eo ": $tag \[usr/bin/[^]]+\]" "$lintian_log" | grep -Eo 'usr/bin/[^]]+'); do
        if readelf --dyn-syms --wide "$root/$binary" | grep -Eo '__[a-z0-9_]+_chk' |
          grep -vq '^__stack_chk'; then
          echo "lintian: $tag for $binary, which imports fortified functions: accepted."
        else
          fail "lintian: $tag ($binary imports no fortified function)"
        fi
      done
      continue
    fi
    fail "lintian: $tag"
  fi
done

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "appstreamcli validate"

if [ "$status" -eq 0 ]; then
  echo "OK: $(basename "$deb")"
fi
exit "$status"
