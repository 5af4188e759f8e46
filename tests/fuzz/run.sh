#!/usr/bin/env bash
# Runs every libFuzzer target (or those named) for SECONDS each under ASan
# and UBSan, seeded from the project's fixtures, and prints per target the
# inputs run, inputs per second and crashes found.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET…]     (default 60 s; BUILD=_build-fuzz)
#
# FUZZ_FLAGS adds libFuzzer options, e.g. FUZZ_FLAGS=-fork=2 for two
# processes.
#
# The corpus each run grows is kept in $BUILD/fuzz-corpus/TARGET, so later
# runs start from it; a crash, a leak or an input slower than 10 s is saved
# in $BUILD/fuzz-findings/TARGET/ (emptied at the start of each run) and the
# script exits 1.
set -uo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BUILD:-$top/_build-fuzz}"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz-profile fuzz-feed fuzz-feed-cache fuzz-pack-file fuzz-roster fuzz-json-guard fuzz-notice)
fi

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$top" -Dfuzzing=true -Dgui=disabled \
    -Db_sanitize=address,undefined -Db_lundef=false >/dev/null || exit 1
fi
meson compile -C "$build" >/dev/null || exit 1
rm -rf "$build/fuzz-seeds"
python3 "$top/tests/fuzz/make-corpus.py" "$build/fuzz-seeds" || exit 1

status=0
for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  findings="$build/fuzz-findings/$target"
  log="$build/fuzz-findings/$target.log"
  dict="$top/tests/fuzz/json.dict"
  [ "$target" = fuzz-roster ] && dict="$top/tests/fuzz/csv.dict"
  [ "$target" = fuzz-notice ] && dict="$top/tests/fuzz/notice.dict"
  # Findings of an earlier run were reported then; each becomes a file of
  # tests/data/hostile/ (see README), so this run starts without them.
  rm -rf "$findings"
  mkdir -p "$corpus" "$findings"
  CERTPATH_POLICY_DIR="$top/data/policy" LC_ALL=C.UTF-8 TZ=Asia/Shanghai \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build/tests/fuzz/$target" "$corpus" "$build/fuzz-seeds/$target" \
      -dict="$dict" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -max_total_time="$seconds" \
      -print_final_stats=1 -artifact_prefix="$findings/" ${FUZZ_FLAGS:-} >"$log" 2>&1
  result=$?
  runs="$(awk '/stat::number_of_executed_units:/ { print $2 }' "$log")"
  rate="$(awk '/stat::average_exec_per_sec:/ { print $2 }' "$log")"
  found="$(find "$findings" -type f | wc -l)"
  echo "fuzz: $target: ${runs:-0} inputs (${rate:-0}/s) in at most ${seconds} s, $found finding(s)"
  if [ $result -ne 0 ] || [ "$found" -ne 0 ]; then
    echo "fuzz: $target: see $log and $findings/" >&2
    status=1
  fi
done
exit $status
