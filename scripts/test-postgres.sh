#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the state tests (docs/state.md, "Testing against PostgreSQL").
#
#   eval "$(scripts/test-postgres.sh start)"   # starts it (or finds it running) and prints the test variables
#   scripts/test-postgres.sh stop              # stops it and deletes its data folder
#
# The superuser `postgres` logs in without a password (trust); the role `lakeform` needs its password
# (scram-sha-256), so the tests can check wrong credentials for real. As root, the server runs as the
# `postgres` user; otherwise as the current user. LAKEFORM_TEST_PGPORT picks the port (default 54329).
set -euo pipefail

port=${LAKEFORM_TEST_PGPORT:-54329}
record="${TMPDIR:-/tmp}/lakeform-test-postgres-$port"   # holds the data folder and the lakeform role's password

pgbin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$initdb" ] && command -v pg_config >/dev/null; then initdb="$(pg_config --bindir)/initdb"; fi
  if [ -z "$initdb" ] || [ ! -x "$initdb" ]; then
    echo "test-postgres: initdb not found; install PostgreSQL (Debian: apt-get install postgresql)" >&2
    exit 1
  fi
  dirname "$initdb"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

print_environment() {
  local password=$1
  echo "export LAKEFORM_TEST_POSTGRES_URL='postgres://postgres@127.0.0.1:$port/postgres'"
  echo "export LAKEFORM_TEST_POSTGRES_SECURE_URL='postgres://lakeform:$password@127.0.0.1:$port/postgres'"
}

start() {
  local bin data password
  bin=$(pgbin)
  if [ -f "$record" ]; then
    read -r data password <"$record"
    if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      print_environment "$password"
      return
    fi
    rm -rf "$data" "$record"
  fi
  data=$(mktemp -d "${TMPDIR:-/tmp}/lakeform-pg.XXXXXX")
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  as_owner tee "$data/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all lakeform 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
EOF
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  echo "$data $password" >"$record"
  "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE lakeform LOGIN PASSWORD '$password'" -c "GRANT CREATE ON DATABASE postgres TO lakeform" >/dev/null
  print_environment "$password"
}

stop() {
  local bin data password
  [ -f "$record" ] || return 0
  bin=$(pgbin)
  read -r data password <"$record"
  as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data" "$record"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 64 ;;
esac
