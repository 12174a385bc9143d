#!/usr/bin/env bash
# Starts or stops the pinned Azurite storage emulator (package.json) bound to 127.0.0.1.
#
#   eng/azurite.sh start [--memory] [--port-base N] [--pid-file F] [--location DIR]
#   eng/azurite.sh stop  [--pid-file F]
#
# Blob, queue and table listen on N, N+1, N+2 (default 10000, the emulator's well-known ports).
# --memory keeps everything in memory (tests); otherwise data lives in --location (.azurite/).
# The emulator runs in the background; its PID goes to the PID file and `stop` ends exactly that process.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmd=${1:-}; shift || true
port_base=10000
pid_file="$root/.azurite/azurite.pid"
location="$root/.azurite/data"
memory=false
while (($#)); do
  case "$1" in
    --memory) memory=true ;;
    --port-base) port_base=$2; shift ;;
    --pid-file) pid_file=$2; shift ;;
    --location) location=$2; shift ;;
    *) echo "azurite.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  if [ ! -x "$root/node_modules/.bin/azurite" ]; then
    echo "Installing Azurite (npm ci)..." >&2
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    echo "Azurite already running (PID $(cat "$pid_file"))." >&2
    return 0
  fi
  for p in "$port_base" $((port_base + 1)) $((port_base + 2)); do
    if port_open "$p"; then
      echo "azurite.sh: port $p on 127.0.0.1 is already in use; stop what holds it or pick --port-base." >&2
      exit 1
    fi
  done
  mkdir -p "$(dirname "$pid_file")"
  local args=(--blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1
    --blobPort "$port_base" --queuePort $((port_base + 1)) --tablePort $((port_base + 2))
    --skipApiVersionCheck --disableTelemetry --loose --silent)
  if $memory; then
    args+=(--inMemoryPersistence)
  else
    mkdir -p "$location"
    args+=(--location "$location")
  fi
  local log="${pid_file%.pid}.log"
  # setsid gives Azurite its own process group, so a Ctrl+C meant for the caller does not reach it first
  # and `stop` can end the whole group.
  setsid "$root/node_modules/.bin/azurite" "${args[@]}" >"$log" 2>&1 < /dev/null &
  echo $! > "$pid_file"
  local deadline=$((SECONDS + 60))
  for p in "$port_base" $((port_base + 1)) $((port_base + 2)); do
    until port_open "$p"; do
      if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        echo "azurite.sh: Azurite exited during start-up; its log ($log):" >&2
        cat "$log" >&2
        rm -f "$pid_file"
        exit 1
      fi
      if ((SECONDS > deadline)); then
        echo "azurite.sh: port $p did not open within 60 s." >&2
        stop
        exit 1
      fi
      sleep 0.1
    done
  done
  echo "Azurite listening on 127.0.0.1:$port_base-$((port_base + 2)) (PID $(cat "$pid_file"))." >&2
}

stop() {
  [ -f "$pid_file" ] || return 0
  local pid
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: eng/azurite.sh start|stop [options]" >&2; exit 2 ;;
esac
