#!/bin/sh
# Refreshes the manual's screenshots (docs/screenshots/*.png) from a demo fund, in one command:
#   docs/screenshots/make-screenshots.sh [BUILD_DIR]
# Builds funddesk_screenshots if needed (default build dir: build/screenshots), grabs the real
# window and dialogs offscreen, then shrinks the PNGs when ImageMagick is installed.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build/screenshots"}
out="$root/docs/screenshots"

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
fi
cmake --build "$build" --target funddesk_screenshots

QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build/bin/funddesk_screenshots" "$out"

# 256 colours are plenty for a window and cut the files to about a third.
if command -v convert >/dev/null 2>&1; then
    for png in "$out"/*.png; do
        convert "$png" -strip -colors 256 PNG8:"$png"
    done
fi
du -ch "$out"/*.png | tail -1
