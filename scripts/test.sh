#!/usr/bin/env bash
# Builds Madang once (warnings are errors) and runs every test under ctest.
# The last lines printed are ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
if command -v ccache >/dev/null; then
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    ccache --max-size=2G >/dev/null 2>&1 || true
fi
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)"
