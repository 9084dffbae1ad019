#!/usr/bin/env bash
# Fails when generated/ differs from a fresh generation from the spec: a hand edit, or a spec change
# committed without `npm run generate`. (openapi-typescript's own --check is not used: see README.)
set -euo pipefail
cd "$(dirname "$0")/.."
npx --no-install tsx scripts/generate.ts
if ! git diff --exit-code --stat -- generated/ || [ -n "$(git status --porcelain -- generated/)" ]; then
  git status --short -- generated/
  echo "generated/ is out of date with spec/openapi.yaml or was edited by hand: run 'npm run generate' and commit the result." >&2
  exit 1
fi
echo "generated/ matches spec/openapi.yaml"
