#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A PostgreSQL cluster that outlives one benchmark run, so talysh-kb-serverbench --url --reuse can ask a million-entity
# base again without writing it again (tests/support's TestCluster is thrown away with its run). Run inside
# tools/buildenv:
#   tests/bench/benchcluster.sh start DIR [PORT]   -> prints the --url of an empty database "bench"
#   tests/bench/benchcluster.sh stop DIR
set -eu
cmd=${1:?start or stop}
dir=${2:?a directory for the cluster}
port=${3:-5499}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
user=talyshkb-pg # the unprivileged user TestCluster uses; initdb refuses root
case $cmd in
start)
  getent passwd $user >/dev/null || useradd --system --no-create-home --shell /usr/sbin/nologin $user
  mkdir -p "$dir"
  chown $user "$dir"
  if [ ! -d "$dir/data" ]; then
    runuser -u $user -- "$bin/initdb" -D "$dir/data" -A trust -U tkb -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    fresh=1
  fi
  runuser -u $user -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-k $dir -c listen_addresses= -p $port -c fsync=off" start >/dev/null
  if [ "${fresh:-0}" = 1 ]; then
    "$bin/psql" -h "$dir" -p "$port" -U tkb -d postgres -qc "CREATE DATABASE bench"
  fi
  echo "postgresql://tkb@/bench?host=$dir&port=$port"
  ;;
stop)
  runuser -u $user -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
*)
  echo "usage: $0 start|stop DIR [PORT]" >&2
  exit 2
  ;;
esac
