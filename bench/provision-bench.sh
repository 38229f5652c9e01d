#!/usr/bin/env bash
# The provision benchmark: N subjects (100,000 by default) seeded with encrypted values, then provided to an opt-out recipient
# with one Art. 29 record each (target: under 10 s), provided twice more as bulk records (insert, then extend), and the
# per-person record query a disclosure under Art. 33(5) runs, timed for 1,000 random people.
#
#   bench/provision-bench.sh [SUBJECTS]
#
# Environment:
#   STORES                 which stores to run (default "sqlite postgres")
#   MAMORI_BENCH_POSTGRES  a PostgreSQL server (connection string; the run creates a database of its own there). Without it the
#                          script starts a throwaway cluster with scripts/pg.sh (fsync off: a lower bound for a durable server)
#   MAMORI_BENCH_DIR       where the work folder goes (default ${TMPDIR:-/tmp}); deleted at the end
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
subjects=${1:-100000}
stores=${STORES:-sqlite postgres}
work=$(mktemp -d "${MAMORI_BENCH_DIR:-${TMPDIR:-/tmp}}/mamori-provision-bench.XXXXXX")
started_pg=0
cleanup() {
  if [ "$started_pg" = 1 ]; then (cd "$root" && scripts/pg.sh stop >/dev/null 2>&1 || true); fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "building (Release) …" >&2
dotnet build "$root/bench/Mamori.Benchmarks.Provision/Mamori.Benchmarks.Provision.csproj" -c Release -o "$work/tool" --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
tool=(dotnet "$work/tool/Mamori.Benchmarks.Provision.dll")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for store in $stores; do
  case $store in
    sqlite)
      "${tool[@]}" --data "$work/sqlite" --subjects "$subjects" || status=1 ;;
    postgres)
      pg=${MAMORI_BENCH_POSTGRES:-}
      if [ -z "$pg" ]; then
        eval "$(cd "$root" && scripts/pg.sh start)"
        started_pg=1
        pg=$MAMORI_TEST_POSTGRES
      fi
      "${tool[@]}" --data "$work/postgres" --postgres "$pg" --subjects "$subjects" || status=1 ;;
    *) echo "unknown store '$store' (sqlite, postgres)" >&2; exit 2 ;;
  esac
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
