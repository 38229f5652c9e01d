#!/usr/bin/env bash
# Sums the TRX files in a folder into the line `tests: N passed, M failed[, K skipped]`.
# A test project of Mamori.slnx that left no TRX (it did not build, or its host crashed)
# counts as one failure. Exits 1 when anything failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: scripts/test-summary.sh RESULTS_DIR}

passed=0 failed=0 skipped=0
attr() { sed -n "s/.* $1=\"\\([0-9]*\\)\".*/\\1/p" <<<"$2"; }
for project in $(grep -o 'tests/[^"]*\.Tests\.csproj' "$root/Mamori.slnx"); do
  name=$(basename "$project" .csproj)
  trx="$dir/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "test-summary: $name produced no results (build failure or crash)" >&2
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  passed=$((passed + $(attr passed "$counters")))
  failed=$((failed + $(attr failed "$counters") + $(attr error "$counters") + $(attr timeout "$counters") + $(attr aborted "$counters")))
  skipped=$((skipped + $(attr notExecuted "$counters")))
done

line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
