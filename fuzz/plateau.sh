#!/usr/bin/env bash
# Runs one fuzz target for SECONDS and tells whether its coverage has reached a plateau.
#   fuzz/plateau.sh TARGET [SECONDS]     (or "summary": summarise the last log again)
# The whole libFuzzer log, each line prefixed with the seconds elapsed, goes to
# fuzz/logs/TARGET.log; the summary printed at the end (and saved as TARGET.summary)
# gives edges covered (cov) and features (ft) at fixed fractions of the run and when
# each last grew, then the edges of clausier's own functions covered by the corpus
# units written before each quarter of the run (own-coverage.sh). A plateau, as
# docs/fuzzing.md counts it: a run that starts from the corpus of the earlier runs finds
# no new edge of clausier's own code in its second half. (All edges, dependencies
# included, keep creeping up for hours in lopdf, quick-xml or regex; they are shown
# for information.)
set -u
# The whole script is one function, read before it runs: editing the file during a
# run cannot change what the run does (bash reads scripts as it goes).
main() {
cd "$(dirname "$0")"
target=$1
seconds=${2:-300}
export RUSTC_BOOTSTRAP=1
mkdir -p "corpus/$target" logs
log=logs/$target.log
summarize() {
  awk -F"\t" -v target="$target" -v total="$seconds" '
  match($0, /cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/) {
    split(substr($0, RSTART, RLENGTH), f, " ")
    t = $1; cov = f[2]; ft = f[4]; corp = f[6]
    if (first_t == "") { first_t = t; first_cov = cov; first_ft = ft }
    if (cov > last_cov) { last_cov = cov; cov_t = t }
    if (ft > last_ft) { last_ft = ft; ft_t = t }
    for (i = 1; i <= 4; i++) if (t <= total * i / 4) { at_cov[i] = cov; at_ft[i] = ft; at_corp[i] = corp }
  }
  /stat::number_of_executed_units/ { execs = $0; sub(/.*: */, "", execs) }
  /stat::new_units_added/ { added = $0; sub(/.*: */, "", added) }
  /ERROR|panicked|SUMMARY|crash-|timeout-|oom-/ { line = $0; sub(/^[0-9]+\t/, "", line); finding = finding "\n  " line }
  END {
    printf "%s: %d s, %s executions, %s new units\n", target, total, execs, added
    printf "  after loading the corpus: cov %s ft %s\n", first_cov, first_ft
    for (i = 1; i <= 4; i++) printf "  at %3d%%: cov %s ft %s corp %s\n", i * 25, at_cov[i], at_ft[i], at_corp[i]
    printf "  last new edge at %d s, last new feature at %d s\n", cov_t, ft_t
    grown = at_cov[4] - at_cov[2]
    share = at_cov[2] ? 100 * grown / at_cov[2] : 100
    printf "  second half: +%d edges, all crates (%.2f%%)\n", grown, share
    if (finding != "") printf "  findings:%s\n", finding
  }' "$log"
}

# The same question for clausier's own code: edges covered by the units written before
# each quarter of the run (own-coverage.sh replays them; a lower bound, since libFuzzer
# replaces units by smaller ones as it goes). Its plateau is what matters.
own_code() {
  for quarter in 0 1 2 3 4; do
    at=$(date -d "@$((started + seconds * quarter / 4 + (quarter == 4 ? 60 : 0)))" '+%Y-%m-%d %H:%M:%S')
    printf '  own code at %3d%%: %s\n' $((quarter * 25)) "$(./own-coverage.sh "$target" --before "$at")"
  done
}

if [ "$seconds" = summary ]; then  # summarise the last log again
  seconds=$(tail -1 "$log" | cut -f1)
  started=$(($(stat -c %Y "$log") - seconds))
  summarize
  own_code
  exit
fi
# The leak sanitizer by default: clausier and the crates it uses are safe Rust, where
# ASan finds little and runs the slow targets 8 to 30 times slower; unlike
# SANITIZER=none, it links the symbolizer that own-coverage.sh needs.
# SANITIZER=address for a run with ASan.
sanitizer=${SANITIZER:-leak}
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "plateau.sh: cargo-fuzz is missing (cargo install cargo-fuzz --locked)" >&2
  exit 2
fi
cargo fuzz build -O -s "$sanitizer" "$target" >/dev/null 2>&1
# The project's own documents join the corpus under their hash (ignored by git, like
# the units libFuzzer writes): real clauses reach the engine's paths from the start.
case $target in
  judge | markdown) seeds=$(ls ../fixtures/*/*.md ../examples/*.md) ;;
  docx) seeds=$(ls ../fixtures/*/*.docx) ;;
  odt) seeds=$(ls ../fixtures/*/*.odt) ;;
  pdf) seeds=$(ls ../fixtures/*/*.pdf) ;;
  rule_pack) seeds=$(find ../rules -name "*.toml") ;;
  text) seeds=$(ls ../fixtures/*/*.rst ../fixtures/*/*.txt 2>/dev/null) ;;
  html) seeds=$(ls ../fixtures/*/*.html) ;;
  *) seeds= ;;
esac
for seed in $seeds; do cp "$seed" "corpus/$target/$(sha1sum "$seed" | cut -c1-40)"; done
# Words of the packs for the engine and keys of the pack format for the loader
# (make-dict.py): random bytes rarely spell "le titulaire conserve une copie".
dict=()
case $target in
  judge | rule_pack)
    python3 make-dict.py logs >/dev/null
    dict=("-dict=logs/$target.dict") ;;
esac
# The engine costs about 10 ms a page under the fuzzer: judge keeps to short texts
# (a few articles), where its paths are; the readers take whole files.
max_len=262144
[ "$target" = judge ] && max_len=4096
# Compiling the default pack costs about 30 ms an input; the small seed pack has every
# section and key of the format, so the loader's paths are within 8 KB.
[ "$target" = rule_pack ] && max_len=8192
before=$(./own-coverage.sh "$target")
start=$SECONDS
started=$(date +%s)
cargo fuzz run -O -s "$sanitizer" "$target" "corpus/$target" -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
  -print_final_stats=1 "${dict[@]}" 2>&1 |
  while IFS= read -r line; do printf '%d\t%s\n' $((SECONDS - start)) "$line"; done >"$log"

summarize | tee "logs/$target.summary"
{
  echo "  own code, whole corpus: before the run $before"
  echo "                          after the run  $(./own-coverage.sh "$target")"
  own_code
} | tee -a "logs/$target.summary"
}
main "$@"
