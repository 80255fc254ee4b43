#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 300), one after the other, through
# plateau.sh (logs and coverage summaries in fuzz/logs/). Needs cargo-fuzz
# (cargo install cargo-fuzz --locked); on a stable toolchain, cargo-fuzz's nightly
# flags are allowed with RUSTC_BOOTSTRAP=1 (plateau.sh sets it).
set -u
cd "$(dirname "$0")"
seconds=${1:-300}
for target in docx odt markdown text html judge pdf rule_pack; do
  ./plateau.sh "$target" "$seconds"
done
