#!/bin/sh
# The full crash-safety run: 300 SIGKILLs (or $1) against the write paths of the real binary,
# most of them aimed inside a write (see crashharness.cpp).
#   tools/crashharness/run.sh [KILLS] [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
kills=${1:-300}
build=${2:-$here/build/dev}
cmake --build "$build" --target funddesk funddesk_crashharness
exec "$build/bin/funddesk_crashharness" --funddesk "$build/bin/funddesk" --kills "$kills"
