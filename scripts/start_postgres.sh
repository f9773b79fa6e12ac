#!/usr/bin/env bash
# Installs Debian's PostgreSQL when missing (apt), starts a throw-away local cluster for tests
# and prints its DATABASE_URL on stdout. Safe to run again: it reuses a running cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${SHOP_PG_PORT:-54329}"
DATA="${SHOP_PG_DIR:-$PWD/var/pg}"
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  ./scripts/apt_install.sh postgresql
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# PostgreSQL refuses to run as root: run it as the postgres user then.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

mkdir -p "$DATA"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DATA"
if [ ! -f "$DATA/PG_VERSION" ]; then
  as_owner "$BIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 >/dev/null
fi
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  # fsync off: a test cluster trades durability for speed.
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" \
    start >/dev/null
fi
PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qtA)
if [ -z "$("${PSQL[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='shop'")" ]; then
  "${PSQL[@]}" -c "CREATE ROLE shop LOGIN CREATEDB PASSWORD 'shop'" >/dev/null
fi
if [ -z "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname='shop'")" ]; then
  "${PSQL[@]}" -c "CREATE DATABASE shop OWNER shop" >/dev/null
fi
echo "postgres://shop:shop@127.0.0.1:${PORT}/shop"
