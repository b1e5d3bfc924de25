#!/usr/bin/env bash
# Installs what is missing, builds Lede and opens it on the demo library (the seed article).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # No screen to show a window on (a server, a container): show it to a picture instead.
  QT_QPA_PLATFORM=offscreen build/release/app/gui/lede --demo --screenshot lede-demo.png
  echo "No display found: Lede ran offscreen and saved its window to $(pwd)/lede-demo.png"
else
  exec build/release/app/gui/lede --demo "$@"
fi
