#!/usr/bin/env bash
# Installation test of the Lede .deb on a clean Debian 12 (as root; needs the network to reach
# the Debian archive, plus piuparts and debootstrap):
#   1. piuparts: install and purge on a fresh bookworm chroot, nothing left behind;
#   2. a fresh debootstrap minbase chroot: apt-get install ./lede.deb, then run the installed
#      /usr/bin/lede-cli and /usr/bin/lede (offscreen) there: --version, analyze, import,
#      export (PDF, which needs the fonts), and a screenshot of the demo library.
#
#   scripts/test-install.sh [out/lede_VERSION_ARCH.deb]
#
# LEDE_MIRROR overrides the mirror (default http://deb.debian.org/debian).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls -t out/lede_*.deb 2>/dev/null | head -1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "test-install: no .deb (run scripts/package.sh deb first)" >&2; exit 2; }
deb=$(readlink -f "$deb")
mirror=${LEDE_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "test-install: run as root" >&2; exit 2; }
for tool in piuparts debootstrap; do
    command -v $tool >/dev/null || { echo "test-install: $tool is not installed" >&2; exit 2; }
done

work=$(mktemp -d /var/tmp/lede-install-test.XXXXXX)
root="$work/chroot"
cleanup() {
    mountpoint -q "$root/proc" && umount "$root/proc"
    rm -rf "$work"
}
trap cleanup EXIT
start=$SECONDS
step() { printf '\n== [%3ds] %s\n' $((SECONDS - start)) "$*"; }

step "piuparts install/purge: $deb"
# -s keeps piuparts' fresh minbase chroot, so that step 2 does not debootstrap a second time.
piuparts -d bookworm -m "$mirror" -t "$work" -s "$work/base.tar.gz" --no-upgrade-test "$deb" \
    > "$work/piuparts.log" 2>&1 || { tail -50 "$work/piuparts.log"; echo "test-install: piuparts FAILED"; exit 1; }
cp "$work/piuparts.log" "$(dirname "$deb")/piuparts.log"
grep 'INFO: PASS' "$work/piuparts.log" | sed 's/^.*INFO: //'

step "clean chroot"
mkdir -p "$root"
if [ -s "$work/base.tar.gz" ]; then
    tar -C "$root" -xzf "$work/base.tar.gz"
else
    debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log"
fi
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/lede.deb"
cp resources/demo/santa-monica-sanctuary-policy.txt "$root/tmp/article.txt"
in_chroot() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
                  XDG_RUNTIME_DIR=/tmp/xdg-runtime DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt-get install ./lede.deb"
in_chroot apt-get update -q > "$work/apt.log"
in_chroot apt-get install -y -q /tmp/lede.deb >> "$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; exit 1; }
grep -E '^[0-9]+ upgraded' "$work/apt.log"

step "installed programs"
in_chroot sh -euc '
    mkdir -m 0700 -p /tmp/xdg-runtime
    test "$(command -v lede)" = /usr/bin/lede && test "$(command -v lede-cli)" = /usr/bin/lede-cli
    /usr/bin/lede-cli --version
    QT_QPA_PLATFORM=offscreen /usr/bin/lede --version   # lede needs a display even for --version
    /usr/bin/lede-cli analyze --json /tmp/article.txt > /tmp/analyze.json
    echo "analyze: $(wc -c < /tmp/analyze.json) bytes of JSON"
    /usr/bin/lede-cli --library /tmp/t.lede import /tmp/article.txt
    /usr/bin/lede-cli --library /tmp/t.lede list
    /usr/bin/lede-cli --library /tmp/t.lede export --format pdf -o /tmp/t.pdf
    echo "export pdf: $(wc -c < /tmp/t.pdf) bytes, starts with $(head -c 5 /tmp/t.pdf)"
    XDG_DATA_HOME=/tmp/data QT_QPA_PLATFORM=offscreen /usr/bin/lede --demo --screenshot /tmp/shot.png
    echo "screenshot: $(wc -c < /tmp/shot.png) bytes"
    for f in /usr/share/applications/org.lede.Lede.desktop /usr/share/metainfo/org.lede.Lede.metainfo.xml \
             /usr/share/mime/packages/org.lede.Lede.xml /usr/share/icons/hicolor/scalable/apps/org.lede.Lede.svg \
             /usr/share/man/man1/lede.1.gz /usr/share/man/man1/lede-cli.1.gz /usr/share/doc/lede/copyright; do
        test -s "$f" || { echo "missing: $f"; exit 1; }
    done
'
cp "$root/tmp/shot.png" "$(dirname "$deb")/install-test-screenshot.png"

step "apt-get purge lede"
in_chroot apt-get purge -y -q lede > "$work/purge.log" 2>&1
if in_chroot sh -c 'ls /usr/bin/lede /usr/bin/lede-cli /usr/share/doc/lede' 2>/dev/null; then
    echo "test-install: files left after purge"; exit 1
fi
step "PASS (${SECONDS}s)"
