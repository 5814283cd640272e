#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the integration tests: Debian's package, a new cluster in a
# temporary folder, listening on 127.0.0.1 only, trust authentication (it holds nothing but test data).
# Prints the environment the tests read; source it: eval "$(bash .ci/postgres.sh)".
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
# the first free port from 55432 on (a server left running by an earlier session may hold one)
port=${BRIEFINGS_TEST_POSTGRES_PORT:-}
if [ -z "$port" ]; then
  for candidate in $(seq 55432 55531); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null; then port=$candidate; break; fi
  done
fi
[ -n "$port" ] || { echo "no free port for PostgreSQL between 55432 and 55531" >&2; exit 1; }
dir=$(mktemp -d /tmp/briefings-pg.XXXXXX)
chmod 755 "$dir"
chown postgres "$dir"
su postgres -c "$bin/initdb -D $dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
su postgres -c "$bin/pg_ctl -D $dir/data -l $dir/server.log -w -o \"-p $port -k $dir -c listen_addresses=127.0.0.1\" start" >&2
su postgres -c "$bin/createdb -h 127.0.0.1 -p $port -U postgres briefings_test" >&2
echo "export BRIEFINGS_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/briefings_test"
echo "export BRIEFINGS_TEST_POSTGRES_USER=postgres"
echo "export BRIEFINGS_TEST_POSTGRES_STOP='su postgres -c \"$bin/pg_ctl -D $dir/data -m fast stop\"'"
