#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 300), one after the other.
# Needs cargo-fuzz (cargo install cargo-fuzz). On a stable toolchain, cargo-fuzz's
# nightly flags are allowed with RUSTC_BOOTSTRAP=1.
set -u
cd "$(dirname "$0")"
seconds=${1:-300}
export RUSTC_BOOTSTRAP=1
for target in docx odt markdown pdf rule_pack; do
  mkdir -p "corpus/$target"
  echo "== $target ($seconds s)"
  cargo fuzz run -O "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
    2>&1 | grep -E "stat::|Done|ERROR|SUMMARY|panicked|timeout|crash-|oom-" | tail -12
done
