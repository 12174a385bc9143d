#!/usr/bin/env bash
# Runs every test: installs what is needed (npm ci for Azurite, Debian's chromium for the dashboard's browser
# tests, dotnet restore), builds the solution with warnings as errors, starts a private in-memory Azurite on its
# own ports, runs all test projects against it, and stops Azurite again whatever happens.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

configuration=${CONFIGURATION:-Release}
port_base=${PIPELINE_TEST_AZURITE_PORT_BASE:-10100}
pid_file="$root/.azurite/test-azurite.pid"

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# The dashboard's browser tests drive Debian's Chromium (Playwright ships only its driver; it downloads nothing).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "eng/test.sh: the dashboard's browser tests need Chromium at /usr/bin/chromium; install it with 'sudo apt-get install -y chromium' and run again." >&2
    exit 1
  fi
  echo "Installing Chromium for the dashboard's browser tests (apt-get, about a minute)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 ||
         { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; }; }; then
    echo "eng/test.sh: 'apt-get install -y chromium' failed (are the Debian mirrors reachable?); the browser tests need /usr/bin/chromium." >&2
    exit 1
  fi
fi
dotnet restore Pipeline.sln --nologo -v quiet
dotnet build Pipeline.sln --no-restore --nologo -v quiet -c "$configuration"

trap 'eng/azurite.sh stop --pid-file "$pid_file"' EXIT INT TERM
eng/azurite.sh start --memory --port-base "$port_base" --pid-file "$pid_file"

account=devstoreaccount1
# The emulator's documented, public development key (not a secret).
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export PIPELINE_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$port_base/$account;QueueEndpoint=http://127.0.0.1:$((port_base + 1))/$account;TableEndpoint=http://127.0.0.1:$((port_base + 2))/$account;"

log=$(mktemp)
status=0
dotnet test Pipeline.sln --no-build --nologo -c "$configuration" --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line over all test projects, e.g. "tests: 42 passed, 0 failed, 0 skipped".
awk '/^ *Passed: [0-9]+$/ { p += $2 } /^ *Failed: [0-9]+$/ { f += $2 } /^ *Skipped: [0-9]+$/ { s += $2 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s; if (p + f == 0) exit 1 }' "$log" || status=1
rm -f "$log"
exit "$status"
