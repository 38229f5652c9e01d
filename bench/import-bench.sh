#!/usr/bin/env bash
# The import and lookup benchmark: a synthetic member export (1,000,000 rows by default, generated for the
# run, never committed) imported with `mamori import customers` — every value encrypted, blind indexes,
# access log — into SQLite and into PostgreSQL, then 1,000 lookups by e-mail on each.
#
#   bench/import-bench.sh [ROWS]
#
# Environment:
#   MAMORI_BENCH_DIR       where the work folder goes (default ${TMPDIR:-/tmp}); it is deleted at the end
#   MAMORI_BENCH_POSTGRES  use this server (a connection string to an empty database) instead of starting one
#   LOOKUPS                lookups per store (default 1000)
#   STORES                 which stores to run (default "sqlite postgres")
#   KEEP=1                 keep the work folder (data folders, CSV, PostgreSQL cluster files)
#
# Without MAMORI_BENCH_POSTGRES the script starts its own PostgreSQL cluster (initdb + pg_ctl, loopback,
# durable: fsync and synchronous_commit on) with bulk-load settings a small server would have:
# shared_buffers=1GB, max_wal_size=8GB, checkpoint_timeout=30min. Targets: each import < 2 min, lookup
# median and p99 < 5 ms. Prints wall time, rows/s and CPU seconds (the client's, and PostgreSQL's), and the
# load average, since other work on the machine slows the wall time down.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${1:-1000000}
lookups=${LOOKUPS:-1000}
stores=${STORES:-sqlite postgres}
work=$(mktemp -d "${MAMORI_BENCH_DIR:-${TMPDIR:-/tmp}}/mamori-import-bench.XXXXXX")
chmod 755 "$work"
pg_dir=""

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [ "${KEEP:-0}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

# CPU seconds (user + system) of a process tree's root and live children, plus children already waited for.
tree_cpu() {
  local pid=$1 total=0 p f
  for p in $pid $(pgrep -P "$pid" || true); do
    [ -r "/proc/$p/stat" ] || continue
    read -r -a f < <(sed 's/^.*) //' "/proc/$p/stat")
    total=$((total + f[11] + f[12] + f[13] + f[14]))
  done
  echo "$total"
}

seconds() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'; }

echo "building (Release) …" >&2
dotnet build "$root/src/Mamori.Cli/Mamori.Cli.csproj" -c Release -o "$work/cli" --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet build "$root/bench/Mamori.Benchmarks.Import/Mamori.Benchmarks.Import.csproj" -c Release -o "$work/tool" --nologo -v quiet >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
mamori=(dotnet "$work/cli/mamori.dll")
tool=(dotnet "$work/tool/Mamori.Benchmarks.Import.dll")

csv="$work/members.csv"
"${tool[@]}" generate --out "$csv" --rows "$rows"
items=PERSON_NAME,PERSON_NAME_KANA,EMAIL_ADDRESS,PHONE_NUMBER,JP_POSTAL_CODE,JP_ADDRESS,DATE_OF_BIRTH,MEMBER_ID,GENDER

summary=()
run() { # $1 = label, $2 = data folder, $3 = postgres connection string or "", $4 = server pid or ""
  local label=$1 data=$2 conn=$3 server=$4 location=(--data "$2") before after server_cpu="" started elapsed client
  [ -n "$conn" ] && location+=(--postgres "$conn")
  "${mamori[@]}" purposes add crm --title 顧客管理 --items "$items" --retention-days 1095 "${location[@]}" --lang en >/dev/null
  [ -n "$server" ] && before=$(tree_cpu "$server")
  echo "== $label: mamori import customers ($rows rows)" >&2
  started=$(date +%s.%N)
  /usr/bin/time -f "%U %S %M" -o "$work/time.$label" "${mamori[@]}" import customers "$csv" --purpose crm --source bench "${location[@]}" --lang en \
    | grep -E "^(Checked|Imported)" >&2
  elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  read -r user sys rss < "$work/time.$label"
  client=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  if [ -n "$server" ]; then
    after=$(tree_cpu "$server")
    server_cpu=", PostgreSQL $(seconds $((after - before))) s CPU"
  fi
  echo "== $label: $lookups lookups by e-mail" >&2
  local lookup
  lookup=$("${tool[@]}" lookup "${location[@]}" --rows "$rows" --count "$lookups")
  echo "$lookup" >&2
  summary+=("$label import of $rows members: ${elapsed} s wall ($(awk -v r="$rows" -v e="$elapsed" 'BEGIN { printf "%.0f", r / e }') rows/s), client ${client} s CPU, peak RSS $((rss / 1024)) MB${server_cpu}")
  summary+=("$(echo "$lookup" | sed -n 's/^  /  /p' | sed "s/^/$label /")")
}

case " $stores " in *" sqlite "*) run sqlite "$work/sqlite" "" "" ;; esac

if [[ " $stores " != *" postgres "* ]]; then
  :
elif [ -n "${MAMORI_BENCH_POSTGRES:-}" ]; then
  run postgres "$work/pg-data" "$MAMORI_BENCH_POSTGRES" ""
else
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$pg_bin/initdb" ] || { echo "import-bench: PostgreSQL server binaries not found (sudo apt-get install postgresql)" >&2; exit 1; }
  pg_dir="$work/pg"
  mkdir -p "$pg_dir" && chmod 755 "$pg_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir"
  port=$((20000 + RANDOM % 40000))
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U mamori --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c shared_buffers=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min" start >/dev/null
  server=$(head -n 1 "$pg_dir/data/postmaster.pid")
  run postgres "$work/pg-data" "Host=127.0.0.1;Port=$port;Username=mamori;Database=postgres" "$server"
fi

echo
echo "import-bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%s\n' "${summary[@]}"
