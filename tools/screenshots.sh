#!/usr/bin/env bash
# Regenerates docs/images/*.png from the real app on a --demo database, offscreen.
# Usage: tools/screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
cmake --build "$root/$build" --target tenantdesk_screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A private home: the screenshots never see or change the user's settings.
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data QT_QPA_PLATFORM=offscreen \
  "$root/$build/src/app/tenantdesk_screenshots" "$root/docs/images"
