#!/usr/bin/env bash
# The main job: installs what is missing, builds the WebAssembly widget and serves the
# page on 127.0.0.1 (PORT, default 8080). Also writes the single-file offline build to
# www/dist/claimcheck.html.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-wasm.sh
(cd www && node build-single.mjs)
exec node www/serve.mjs "${PORT:-8080}"
