#!/usr/bin/env bash
# Renders the bundled SVG icons (resources/icons/*.svg, the sources) to the PNG sizes the
# app ships in resources/tenantdesk.qrc. PNGs need no Qt SVG plugin at run time; the SVGs
# stay the editable originals. Needs rsvg-convert (Debian: librsvg2-bin) on the machine
# that regenerates them, not on build or user machines.
set -euo pipefail
cd "$(dirname "$0")/../resources"
sizes=(16 24 32 48)
for svg in icons/*.svg; do
  name=$(basename "$svg" .svg)
  for size in "${sizes[@]}"; do
    mkdir -p "icons/$size"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "icons/$size/$name.png"
  done
done
{
  echo '<!DOCTYPE RCC>'
  echo '<RCC version="1.0">'
  echo '  <qresource prefix="/">'
  for size in "${sizes[@]}"; do
    for png in icons/"$size"/*.png; do
      echo "    <file>$png</file>"
    done
  done
  echo '  </qresource>'
  echo '</RCC>'
} > tenantdesk.qrc
