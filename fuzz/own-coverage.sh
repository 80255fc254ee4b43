#!/usr/bin/env bash
# Edges of clausier's own functions (not its dependencies') that a target's corpus
# covers, as libFuzzer's -print_coverage counts them:
#   fuzz/own-coverage.sh TARGET [--before "2026-11-22 13:10"]
# With --before, only the corpus units written before that time are run: comparing the
# two numbers tells whether a run still found new code of clausier's own. Units that
# libFuzzer later replaced by smaller ones are gone, so the "before" number is a lower
# bound: late growth is overstated, never hidden. Needs the target built (plateau.sh or
# `cargo fuzz build -O`) and llvm-symbolizer on the PATH.
set -u
cd "$(dirname "$0")"
target=$1
bin=target/x86_64-unknown-linux-gnu/release/$target
dir=corpus/$target
if [ "${2:-}" = --before ]; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  # A fuzzer running on the same corpus may delete units while they are copied.
  find "corpus/$target" -type f ! -newermt "$3" -exec cp {} "$dir" \; 2>/dev/null
fi
"$bin" "$dir" -runs=0 -print_coverage=1 -rss_limit_mb=2048 -timeout=10 2>&1 |
  awk '/^(UN)?COVERED_FUNC/ && /clausier::/ { split($5, e, "/"); cov += e[1]; all += e[2] }
       END { printf "%d of %d edges in clausier'"'"'s own functions\n", cov, all }'
