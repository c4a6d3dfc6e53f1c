#!/bin/sh
# Builds the libFuzzer targets with clang (the `fuzz` preset) and runs each for MINUTES
# (default 10) on a copy of its seed corpus. A crash, leak or timeout leaves a reproducer in
# build/fuzz/findings/ and exits non-zero.
#   fuzz/run.sh [MINUTES] [TARGET...]      targets: csvreader commandline
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-10}
[ $# -gt 0 ] && shift
targets=${*:-"csvreader commandline"}
if ! command -v clang++ >/dev/null; then
    echo "fuzz/run.sh needs clang and libFuzzer: apt-get install clang libclang-rt-14-dev" >&2
    exit 2
fi
cd "$here"
cmake --preset fuzz >/dev/null
for target in $targets; do
    cmake --build "$here/build/fuzz" --target "fuzz_$target"
done
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS="suppressions=$here/tools/sanitizers/lsan.supp:print_suppressions=0"
status=0
for target in $targets; do
    work="$here/build/fuzz/corpus/$target"
    findings="$here/build/fuzz/findings/$target"
    mkdir -p "$work" "$findings"
    cp -n "$here/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
    dict=""
    [ -f "$here/fuzz/$target.dict" ] && dict="-dict=$here/fuzz/$target.dict"
    echo "== fuzz_$target for $minutes min"
    "$here/build/fuzz/bin/fuzz_$target" "$work" $dict -max_total_time=$((minutes * 60)) \
        -timeout=10 -rss_limit_mb=4096 -max_len=8192 -artifact_prefix="$findings/" \
        -print_final_stats=1 || status=1
done
exit $status
