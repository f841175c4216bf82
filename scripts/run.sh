#!/usr/bin/env bash
# Builds Madang and runs it on a local database with demo data (a salon unless --vertical says
# otherwise). No platform is needed. Extra arguments go to the app, e.g. --lang ko or --db PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target madang madangctl

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting the app under xvfb-run (headless)" >&2
    exec xvfb-run -a -s "-screen 0 1366x768x24" build/app/madang --demo "$@"
fi
exec build/app/madang --demo "$@"
