#!/usr/bin/env bash
# Renders the PNG and ICO files from the SVG sources. Needs rsvg-convert (apt librsvg2-bin) and ImageMagick
# (apt imagemagick; call /usr/bin/convert directly because some images put a stand-in first on PATH).
# The tiny sizes use icon-small.svg: bolder shapes that stay readable at 16 and 32 pixels.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p icons
for size in 16 32; do
  rsvg-convert -w "$size" -h "$size" icon-small.svg -o "icons/icon-$size.png"
done
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/icon-$size.png"
done
rsvg-convert -w 872 -h 256 logo.svg -o logo.png
/usr/bin/convert icons/icon-16.png icons/icon-32.png icons/icon-48.png icons/icon-64.png icons/icon-128.png \
  icons/icon-256.png icons/order-desk.ico
resources=../src/main/resources/io/orderdesk/ui
for size in 16 32 64 256; do
  cp "icons/icon-$size.png" "$resources/icon-$size.png"
done
python3 make-icns.py
