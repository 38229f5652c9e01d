#!/usr/bin/env bash
# End-to-end throughput of `mamori scan` on a large mixed Japanese file with sparse personal data,
# with ripgrep on the same file as a yardstick, so the ratio holds on any machine.
#
#   bench/throughput.sh [SIZE_MB]        SIZE_MB defaults to 1000 (1 GB, the memory target's size)
#
# Environment:
#   MAMORI_THROUGHPUT_DIR  folder for the generated file (default ${TMPDIR:-/tmp}); it is reused when present
#   ENTITIES               comma-separated ids passed to --entities (default: all)
#   EXCLUDE                passed to --exclude-entities (default PERSON_NAME: names are benchmarked apart)
#   KEEP=0                 delete the generated file afterwards (default: keep it for the next run)
#   MAMORI                 the mamori command to time (default: ./mamori of this checkout)
#
# Prints MB/s (wall and per CPU-second) and peak RSS of both, the ratio, the memory verdict
# (1 GB in under 300 MB peak) and a markdown table fragment for the README. Exits 1 when the scan
# fails or, for runs of 1000 MB or more, when peak memory reaches 300 MB.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
size_mb=${1:-1000}
dir=${MAMORI_THROUGHPUT_DIR:-${TMPDIR:-/tmp}}
file="$dir/mamori-throughput-${size_mb}mb.txt"
exclude=${EXCLUDE-PERSON_NAME}
mamori=${MAMORI:-$root/mamori}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ "${KEEP:-1}" = 1 ] || rm -f "$file"' EXIT

install_or_say() { # $1 = command to check, $2 = Debian package
  if command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; then return 0; fi
  if [ "$(id -u)" = 0 ]; then
    echo "throughput: installing $2" >&2
    apt-get install -y -q "$2" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
  else
    echo "throughput: $2 is missing; install it with: sudo apt-get install $2" >&2
    return 1
  fi
}

install_or_say /usr/bin/time time || exit 1
have_rg=1
install_or_say rg ripgrep || have_rg=0

if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -lt $((size_mb * 1000000)) ]; then
  echo "throughput: writing $size_mb MB of mixed text to $file" >&2
  dotnet run -c Release --project "$root/bench/Mamori.Evaluation" -- bigfile --out "$file" --size-mb "$size_mb" >&2
fi
bytes=$(stat -c %s "$file")

# Runs a command under /usr/bin/time -v; sets wall, cpu (seconds) and peak_mb; returns its exit code.
measure() {
  local out=$1; shift
  local rc=0
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$out" 2>"$work/stderr.txt" || rc=$?
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$work/time.txt")
  peak_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
  return $rc
}

mbps() { awk -v b="$bytes" -v s="$1" 'BEGIN { if (s > 0) printf "%.1f", b / 1e6 / s; else print "n/a" }'; }

# Build the CLI before timing anything.
"$mamori" --help >/dev/null

scan_args=(scan "$file" --format jsonl)
[ -n "${ENTITIES:-}" ] && scan_args+=(--entities "$ENTITIES")
[ -n "$exclude" ] && scan_args+=(--exclude-entities "$exclude")
echo "throughput: ./mamori ${scan_args[*]}" >&2
scan_ok=1
if measure "$work/findings.jsonl" "$mamori" "${scan_args[@]}"; then
  m_wall=$wall m_cpu=$cpu m_peak=$peak_mb
  m_findings=$(wc -l <"$work/findings.jsonl")
else
  scan_ok=0
  m_wall=0 m_cpu=0 m_peak=$peak_mb m_findings=0
  echo "throughput: the scan failed (is 'mamori scan' merged on this branch?):" >&2
  head -5 "$work/stderr.txt" >&2
fi

# One combined pattern for what a grep-based scanner would look for: phones, e-mail addresses,
# 12-digit numbers (My Number), postal codes, card-like digit groups.
regex='0[0-9]{1,4}-[0-9]{1,4}-[0-9]{4}|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}([ -]?[0-9]{1,4})?|[0-9]{3}-[0-9]{4}'
if [ "$have_rg" = 1 ]; then
  echo "throughput: rg -c -j1 (combined regex)" >&2
  rc=0
  measure "$work/rg.txt" rg -c -j1 --no-config -e "$regex" "$file" || rc=$?
  [ "$rc" -le 1 ] || { echo "throughput: rg failed ($rc)" >&2; have_rg=0; }
  r_wall=$wall r_cpu=$cpu r_peak=$peak_mb r_lines=$(cat "$work/rg.txt" 2>/dev/null || echo 0)
else
  echo "throughput: skipped ripgrep; the comparison command is:" >&2
  echo "  rg -c -j1 --no-config -e '$regex' '$file'" >&2
fi

mb=$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }')
mem_verdict="n/a (run with 1000 MB or more)"
mem_ok=1
if [ "$size_mb" -ge 1000 ] && [ "$scan_ok" = 1 ]; then
  if [ "$m_peak" -lt 300 ]; then mem_verdict="PASS ($m_peak MB < 300 MB)"; else mem_verdict="FAIL ($m_peak MB >= 300 MB)"; mem_ok=0; fi
fi

echo
echo "| $mb MB mixed Japanese text, $(nproc) cores | wall | MB/s | MB/s per CPU-second | peak RSS |"
echo "|---|---|---|---|---|"
if [ "$scan_ok" = 1 ]; then
  echo "| \`mamori scan --format jsonl${ENTITIES:+ --entities $ENTITIES}${exclude:+ --exclude-entities $exclude}\` ($m_findings findings) | ${m_wall} s | $(mbps "$m_wall") | $(mbps "$m_cpu") | $m_peak MB |"
else
  echo "| \`mamori scan\` | failed | — | — | — |"
fi
if [ "$have_rg" = 1 ]; then
  echo "| \`rg -c -j1\` with one combined regex ($r_lines matching lines) | ${r_wall} s | $(mbps "$r_wall") | $(mbps "$r_cpu") | $r_peak MB |"
  if [ "$scan_ok" = 1 ]; then
    ratio=$(awk -v m="$m_wall" -v r="$r_wall" 'BEGIN { if (m > 0) printf "%.2f", r / m; else print "n/a" }')
    echo "| Mamori's throughput ÷ ripgrep's (wall) | | $ratio | | |"
  fi
fi
echo "| target: 1 GB scanned in under 300 MB peak memory | | | | $mem_verdict |"

[ "$scan_ok" = 1 ] && [ "$mem_ok" = 1 ]
