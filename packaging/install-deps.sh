#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages TenantDesk needs to build, test, run and package.
# Non-interactive and idempotent: it only calls apt-get for packages that are missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkgconf
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
  # Translations: lupdate and lrelease (qt_add_lupdate, qt_add_lrelease) and Qt's own texts.
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libsqlite3-dev sqlite3 libcrypt-dev
  fonts-dejavu-core
  clang-format
  # cpack -G DEB: dpkg-shlibdeps (dpkg-dev) and file compute Depends; binutils strips.
  dpkg-dev file binutils
  # The packaging test (tests/packaging): the package's and its metadata's validators.
  lintian desktop-file-utils appstream
  # tst_users checks created hashes with an independent bcrypt (skipped without it).
  python3-bcrypt
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
