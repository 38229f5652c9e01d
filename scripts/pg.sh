#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, on a free loopback port in a temporary folder.
#   eval "$(scripts/pg.sh start)"   starts it; exports MAMORI_TEST_POSTGRES and MAMORI_PG_DIR
#   scripts/pg.sh stop              stops it and deletes the folder (reads MAMORI_PG_DIR)
# PostgreSQL refuses to run as root: as root the cluster runs as the 'postgres' user.
set -euo pipefail

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "pg.sh: PostgreSQL server binaries not found; run: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "$dir"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "pg.sh: no free loopback port found" >&2
  exit 1
}

start() {
  local bin dir port
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/mamori-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U mamori --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { echo "pg.sh: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null ||
    { echo "pg.sh: the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }
  echo "export MAMORI_PG_DIR='$dir'"
  echo "export MAMORI_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=mamori;Database=postgres'"
}

stop() {
  local dir=${MAMORI_PG_DIR:-}
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    echo "pg.sh: nothing to stop (MAMORI_PG_DIR is not set to a cluster folder)" >&2
    return 0
  fi
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: scripts/pg.sh start|stop" >&2; exit 2 ;;
esac
