#!/usr/bin/env bash
# Fails when generated/ differs from a fresh generation from the spec: a hand edit, or a spec change made
# without `npm run generate`. It generates into a scratch folder and compares with `git diff --no-index`, so
# generated/ itself is never rewritten (a hand edit is reported, not silently lost). openapi-typescript's own
# --check is not used: with several APIs it passes after the first up-to-date file even when another is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
npx --no-install tsx scripts/generate.ts --out "$fresh"
if ! git diff --no-index --exit-code --stat -- "$fresh" generated; then
  echo "generated/ differs from what spec/openapi.yaml generates (a hand edit, or a spec change without regenerating): run 'npm run generate' and commit the result." >&2
  exit 1
fi
echo "generated/ matches spec/openapi.yaml"
