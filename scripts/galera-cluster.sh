#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine, for trying the API on a multi-primary
# cluster and for the cluster test (test/galera). Loopback only, throw-away data, no passwords
# (skip-grant-tables): never a production setup.
#
#   scripts/galera-cluster.sh start            bootstrap node 1, join nodes 2 and 3, wait until synced
#   scripts/galera-cluster.sh stop             stop every node (SIGTERM, then SIGKILL), keep the data
#   scripts/galera-cluster.sh destroy          kill every node and delete the cluster's folder
#   scripts/galera-cluster.sh kill N           SIGKILL node N (a crash)
#   scripts/galera-cluster.sh start-node N     (re)start node N: it rejoins with IST, or SST if it must
#   scripts/galera-cluster.sh status           each node's state, and the URLs to use
#
# Settings (environment): GALERA_DIR (default ${TMPDIR:-/tmp}/market-galera), GALERA_BASE_PORT
# (default 14300: node N listens for SQL on BASE+10N, Galera on +1, IST on +2, SST on +3),
# GALERA_OWNER_PID (when set, the nodes are killed as soon as that process is gone).
set -euo pipefail

dir="${GALERA_DIR:-${TMPDIR:-/tmp}/market-galera}"
base="${GALERA_BASE_PORT:-14300}"
provider="${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}"
nodes=(1 2 3)

sql_port() { echo $((base + 10 * $1)); }
gcomm_port() { echo $((base + 10 * $1 + 1)); }
ist_port() { echo $((base + 10 * $1 + 2)); }
sst_port() { echo $((base + 10 * $1 + 3)); }
pid_of() { cat "$dir/node$1/pid" 2>/dev/null || true; }
alive() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
sql() { mariadb --protocol=tcp -h127.0.0.1 -P"$(sql_port "$1")" -uroot -N -B -e "$2" 2>/dev/null; }
wsrep_status() { sql "$1" "SHOW STATUS LIKE '$2'" | cut -f2; }

# A node started as root fails its rsync state transfer ("Permission denied", then "Will never
# receive state"): as root, every node runs as mysql and its folder belongs to mysql.
as_root() { [ "$(id -u)" = 0 ]; }

write_config() {
  local n=$1 members="" m
  for m in "${nodes[@]}"; do members+="${members:+,}127.0.0.1:$(gcomm_port "$m")"; done
  mkdir -p "$dir/node$n/data"
  cat >"$dir/node$n/my.cnf" <<EOF
[mariadbd]
$(as_root && echo "user=mysql")
datadir=$dir/node$n/data
socket=$dir/node$n/sock
pid-file=$dir/node$n/pid
log-error=$dir/node$n/error.log
# Its own temporary files, not the shared /tmp of the machine's MariaDB.
tmpdir=$dir/node$n
port=$(sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
skip-grant-tables
innodb_buffer_pool_size=64M
innodb_flush_log_at_trx_commit=2
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$provider
wsrep_cluster_name=market-galera
wsrep_cluster_address=gcomm://$members
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
wsrep_node_incoming_address=127.0.0.1:$(sql_port "$n")
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
wsrep_slave_threads=2
# A crashed peer is declared gone after a few seconds (defaults: 5 s suspect, 15 s inactive);
# until then the survivors' commits wait for it.
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=128M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.keepalive_period=PT1S;evs.inactive_check_period=PT0.5S"
EOF
}

init_node() {
  local n=$1
  write_config "$n"
  if [ "$n" = 1 ] && [ ! -d "$dir/node1/data/mysql" ]; then
    mariadb-install-db --no-defaults $(as_root && echo "--user=mysql") --datadir="$dir/node1/data" \
      --auth-root-authentication-method=normal --skip-test-db >"$dir/node1/install.log" 2>&1
  fi
  # Only the folder of the node about to start: the running nodes create and drop temporary files in
  # theirs, and a recursive chown over them fails on a file deleted under it.
  as_root && chown mysql:mysql "$dir" && chown -R mysql:mysql "$dir/node$n"
  return 0
}

# Returns 0 once the node is synced, 2 if it exited while starting, 1 on timeout.
wait_synced() {
  local n=$1 pid=$2 limit=${GALERA_START_TIMEOUT:-120}
  local deadline=$((SECONDS + limit))
  until [ "$(wsrep_status "$n" wsrep_local_state_comment)" = Synced ] && [ "$(wsrep_status "$n" wsrep_ready)" = ON ]; do
    kill -0 "$pid" 2>/dev/null || return 2
    [ $SECONDS -gt "$deadline" ] && return 1
    sleep 0.5
  done
}

failed_start() {
  echo "$2; the end of its log:" >&2
  tail -n 30 "$dir/node$1/error.log" >&2 || true
}

# After a crash the node's saved position is unknown (seqno -1); recovering it from InnoDB first
# lets the node rejoin with an incremental transfer (IST) instead of a full copy (SST).
recovered_position() {
  local n=$1 log="$dir/node$n/recover.log"
  [ -d "$dir/node$n/data/mysql" ] || return 0
  mariadbd --defaults-file="$dir/node$n/my.cnf" --wsrep-recover --log-error="$log" >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: *\([^ ]*\).*/\1/p' "$log" 2>/dev/null | tail -n 1
}

start_node() {
  local n=$1 bootstrap=${2:-} position
  alive "$n" && return 0
  init_node "$n"
  rm -f "$dir/node$n/pid"
  # Galera's error for a taken port is a misleading one ("Failed to read thread schedparams").
  local port
  for port in "$(sql_port "$n")" "$(gcomm_port "$n")" "$(ist_port "$n")" "$(sst_port "$n")"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port of node $n is taken by another process: choose another GALERA_BASE_PORT" >&2
      return 1
    fi
  done
  local args=(--defaults-file="$dir/node$n/my.cnf")
  if [ -n "$bootstrap" ]; then
    args+=(--wsrep-new-cluster)
  else
    position="$(recovered_position "$n")"
    [ -n "$position" ] && args+=(--wsrep-start-position="$position")
  fi
  # Detached, without our stdio, so a caller waiting for this script's output is not held open.
  setsid mariadbd "${args[@]}" </dev/null >>"$dir/node$n/stdout.log" 2>&1 &
  local status=0
  wait_synced "$n" $! || status=$?
  case "$status" in
    0) return 0 ;;
    1) failed_start "$n" "node $n is not synced after ${GALERA_START_TIMEOUT:-120} s" ;;
    *) failed_start "$n" "node $n exited while starting" ;;
  esac
  return 1
}

watch_owner() {
  [ -n "${GALERA_OWNER_PID:-}" ] || return 0
  setsid bash -c '
    while kill -0 "$1" 2>/dev/null && [ -d "$2" ]; do sleep 1; done
    for f in "$2"/node*/pid; do [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null; done
    exit 0' galera-owner-watch "$GALERA_OWNER_PID" "$dir" </dev/null >/dev/null 2>&1 &
}

kill_node() {
  local n=$1 pid
  pid="$(pid_of "$n")"
  [ -n "$pid" ] || return 0
  kill -9 "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$dir/node$n/pid"
}

stop_node() {
  local n=$1 pid i
  pid="$(pid_of "$n")"
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill_node "$n"
}

status() {
  local n
  for n in "${nodes[@]}"; do
    if alive "$n"; then
      echo "node $n: pid $(pid_of "$n"), 127.0.0.1:$(sql_port "$n"), $(wsrep_status "$n" wsrep_local_state_comment), cluster size $(wsrep_status "$n" wsrep_cluster_size)"
    else
      echo "node $n: down (127.0.0.1:$(sql_port "$n"))"
    fi
  done
  echo "DATABASE_URL=mysql://root@127.0.0.1:$(sql_port 1),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 3)/market"
}

case "${1:-}" in
  start)
    mkdir -p "$dir"
    watch_owner
    # The node with the most recent state bootstraps; on a first start that is node 1.
    if alive 1 || alive 2 || alive 3; then
      for n in "${nodes[@]}"; do start_node "$n"; done
    else
      start_node 1 bootstrap
      start_node 2
      start_node 3
    fi
    sql 1 "CREATE DATABASE IF NOT EXISTS market CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    status
    ;;
  stop) for n in 3 2 1; do stop_node "$n"; done ;;
  destroy)
    for n in "${nodes[@]}"; do kill_node "$n"; done
    rm -rf "$dir"
    ;;
  kill) kill_node "${2:?node number}" ;;
  start-node) start_node "${2:?node number}" ;;
  status) status ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
