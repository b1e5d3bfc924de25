#!/bin/sh
# Regenerates the committed hicolor PNGs from org.lede.Lede.svg (needs librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for s in 16 22 24 32 48 64 128 256; do
    mkdir -p hicolor/${s}x${s}
    rsvg-convert -w $s -h $s org.lede.Lede.svg -o hicolor/${s}x${s}/org.lede.Lede.png
done
