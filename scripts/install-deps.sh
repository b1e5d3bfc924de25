#!/usr/bin/env bash
# Installs the Debian 12 packages Lede needs to build, test and run (as root, or through sudo).
# With --packaging, also what scripts/package.sh and scripts/test-install.sh need.
# Does nothing when everything is already there.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkgconf file dpkg-dev
  qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev libgumbo-dev
  # the programs' memory allocator (cmake/LedeAllocator.cmake; optional, but imports run faster)
  libgoogle-perftools-dev
  # run time data used by the analysis (gazetteers, word list)
  iso-codes wamerican
  # Qt's own translations (standard buttons and dialogs in Spanish, French, German)
  qt6-translations-l10n
  # tests, screenshots and checks
  sqlite3 xvfb xauth imagemagick poppler-utils unzip python3 python3-jsonschema clang-format fonts-dejavu-core
  # packaging checks
  lintian appstream desktop-file-utils
)
if [ "${1:-}" = "--packaging" ]; then
  packages+=(rpm rpmlint piuparts debootstrap libglib2.0-bin)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
