#!/bin/sh
# Renders every icon in assets/icons/*.svg to assets/<name>-<size>.png at the sizes Office asks
# for (16, 32, 80 on the ribbon; 32, 64 in the add-in list; 128 for stores). Needs rsvg-convert
# (Debian package librsvg2-bin). Run from anywhere: sh scripts/render-icons.sh
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
for svg in "$root"/assets/icons/*.svg; do
  name="$(basename "$svg" .svg)"
  for size in 16 32 64 80 128; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
      --output "$root/assets/$name-$size.png" "$svg"
  done
done
echo "rendered $(ls "$root"/assets/icons/*.svg | wc -l) icons at 16, 32, 64, 80 and 128 px"
