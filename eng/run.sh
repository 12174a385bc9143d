#!/usr/bin/env bash
# Runs the pipeline locally: installs what is needed, starts Azurite (data kept in .azurite/) unless one is
# already listening on 127.0.0.1:10000, starts `pipeline run`, drops seeds/ into the articles container,
# waits until they are processed, and serves the API on http://127.0.0.1:7071 until Ctrl+C.
# Extra arguments go to `pipeline run` (for example --urls http://127.0.0.1:8080).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
dotnet build src/Pipeline.Cli/Pipeline.Cli.csproj --nologo -v quiet -c Release

if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  echo "Using the storage emulator already listening on 127.0.0.1:10000." >&2
else
  trap 'eng/azurite.sh stop' EXIT
  eng/azurite.sh start
fi

dotnet src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll run --drop seeds "$@"
