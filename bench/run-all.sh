#!/usr/bin/env bash
# Runs every benchmark scenario in bench/scenarios/ in sequence and writes
# bench/results/<date>-<device>.json (medians over the repeats, targets checked) and a PNG chart.
#
#   bench/run-all.sh                       # data from TFAL_DATA, data/ or a download
#   bench/run-all.sh --data ../shared/data/aclImdb_labeled.tar.gz
#   REPEATS=5 DEVICE=cpu SCENARIOS="train-step score" bench/run-all.sh
#   PEERS=../shared/peers bench/run-all.sh   # also the peers, right after train-step (copied to a
#                                            # writable temporary folder); PEERS=none skips them
#
# Single runs are kept in bench/results/<date>-<device>-runs/. REPEATS (default 3) applies to the synthetic scenarios; epoch and reproduce run once (they take
# minutes). Run it on an otherwise idle machine: figures of a shared machine are noisy.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
repeats="${REPEATS:-3}"
device="${DEVICE:-cpu}"
scenarios="${SCENARIOS:-train-step score predict epoch reproduce}"
data_args=("$@")
peers="${PEERS:-$root/../shared/peers}"
results="$root/bench/results"
name="$(date +%F)-$device"
parts="$results/$name-runs"   # every single run's JSON, kept next to the combined file
rm -rf "$parts" && mkdir -p "$parts"

for scenario in $scenarios; do
  read -r -a args < "$root/bench/scenarios/$scenario.args"
  runs="$repeats"
  extra=()
  case "$scenario" in
    epoch|reproduce) runs=1; extra=("${data_args[@]}") ;;
  esac
  for ((i = 1; i <= runs; i++)); do
    echo "== $scenario ($i/$runs): ./tfal bench ${args[*]} ${extra[*]}" >&2
    "$root/tfal" bench "${args[@]}" "${extra[@]}" --json --out "$parts/$scenario-$i.json" > /dev/null
  done
  if [[ "$scenario" == train-step && "$peers" != none && -x "$peers/run_all.sh" ]]; then
    # The same model in other frameworks, timed in the same sitting: the report sets each beside
    # tfal's step (peers.jsonl is read as the peers' results).
    copy="$(mktemp -d)"
    cp -r "$peers" "$copy/peers"
    echo "== peers ($peers, copied to $copy/peers)" >&2
    "$copy/peers/run_all.sh" && cp "$copy/peers/results.jsonl" "$parts/peers.jsonl"
  fi
done

"$root/tfal" bench report "$parts"/*.json $(ls "$parts"/peers.jsonl 2>/dev/null) --out "$results/$name.json" --chart "$results/$name.png"
echo "wrote $results/$name.json and $results/$name.png" >&2
