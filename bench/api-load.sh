#!/usr/bin/env bash
# API read load: `mamori serve --demo` (Release, SQLite in a fresh data folder) in the background, then wrk from a
# second process on loopback against GET /api/v1/subjects/{id} of the 200 demo members, with the administrator's
# bearer token and X-Mamori-Purpose: membership. Every request is a full read: sign-in (cached token), purpose and
# consent check, key unwrap, decryption of 8 items, and one access-log entry written and chained.
#
#   bench/api-load.sh [DURATION] [CONNECTIONS]     defaults: 30s, 4 connections
#
# Environment:
#   THREADS   wrk threads (default 1: on 2 cores the other one is the server's)
#   WARMUP    warm-up run before measuring, so tiered JIT has settled (default 15s)
#   PORT      the port to serve on (default: a free one)
#   MAMORI    the mamori command (default ./mamori of this checkout, which builds Release on first use)
#
# Prints requests/s and the latency percentiles of the measured run, the server's CPU use, and a line for the README.
# Exits 1 when the target is missed (fewer than 1000 requests/s, p99 of 50 ms or more, or any non-2xx answer).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-30s}
connections=${2:-4}
threads=${THREADS:-1}
warmup=${WARMUP:-15s}
mamori=${MAMORI:-$root/mamori}
work=$(mktemp -d)
server=""

cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "api-load: installing wrk" >&2
    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
  else
    echo "api-load: wrk is missing; install it with: sudo apt-get install -y wrk" >&2
    exit 1
  fi
fi

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "api-load: no free loopback port found" >&2
  exit 1
}
port=${PORT:-$(free_port)}
url="http://127.0.0.1:$port"

echo "api-load: building (Release) and starting mamori serve --demo on $url" >&2
"$mamori" --help >/dev/null # builds on first use, quietly
"$mamori" serve --data "$work/data" --urls "$url" --demo --lang en >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  grep -q "Press Ctrl+C" "$work/serve.log" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "api-load: mamori serve stopped:" >&2; cat "$work/serve.log" >&2; exit 1; }
  sleep 0.2
done
grep -q "Press Ctrl+C" "$work/serve.log" || { echo "api-load: mamori serve did not start in 120 s" >&2; exit 1; }

token=$(grep -A1 "administrator 'admin'" "$work/serve.log" | grep -o 'mamori_[A-Za-z0-9_-]*' | head -n 1)
curl -sf -H "Authorization: Bearer $token" -H "X-Mamori-Purpose: membership" "$url/api/v1/subjects?limit=1000" |
  grep -o '"S[0-9a-f]\{32\}"' | tr -d '"' >"$work/ids.txt"
subjects=$(wc -l <"$work/ids.txt")
[ "$subjects" -gt 0 ] || { echo "api-load: no subject ids from the demo" >&2; exit 1; }

cat >"$work/read.lua" <<LUA
local ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/subjects/" .. ids[(n % #ids) + 1], {
    ["Authorization"] = "Bearer $token",
    ["X-Mamori-Purpose"] = "membership",
  })
end
LUA

echo "api-load: warming up for $warmup ($subjects subjects)" >&2
wrk -t"$threads" -c"$connections" -d"$warmup" -s "$work/read.lua" "$url" >/dev/null

cpu_before=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
command="wrk -t$threads -c$connections -d$duration --latency -s read.lua $url"
echo "api-load: $command" >&2
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/read.lua" "$url" | tee "$work/wrk.txt"
cpu_after=$(awk '{ print $14 + $15 }' "/proc/$server/stat")

# wrk prints latencies as 812.00us, 4.21ms or 1.02s.
to_ms() { awk -v v="$1" 'BEGIN { u = v; sub(/[0-9.]+/, "", u); n = v + 0; if (u == "us") n /= 1000; else if (u == "s") n *= 1000; printf "%.1f", n }'; }
rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk.txt")
p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")")
p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' "$work/wrk.txt")")
p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")")
errors=$(awk '/Non-2xx or 3xx responses:/ { print $NF } /Socket errors:/ { print "socket" }' "$work/wrk.txt" | head -n 1)
seconds=$(awk -v d="$duration" 'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; print n }')
cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v s="$seconds" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz / s }')

echo
echo "api-load: $rps requests/s, p50 $p50 ms, p90 $p90 ms, p99 $p99 ms; server CPU $cpu cores of $(nproc); $connections connections, $threads wrk thread(s), $duration after $warmup warm-up"
echo "| GET /api/v1/subjects/{id} (SQLite, $subjects demo members) | $rps req/s | p50 $p50 ms | p99 $p99 ms | $(nproc) cores, wrk -t$threads -c$connections -d$duration |"
if [ -n "$errors" ]; then
  echo "api-load: FAILED: the server answered errors ($errors)" >&2
  exit 1
fi
if awk -v r="$rps" -v p="$p99" 'BEGIN { exit !(r >= 1000 && p < 50) }'; then
  echo "api-load: target met (>= 1000 requests/s with p99 < 50 ms)"
else
  echo "api-load: target MISSED (>= 1000 requests/s with p99 < 50 ms)" >&2
  exit 1
fi
