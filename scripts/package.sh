#!/usr/bin/env bash
# Builds Lede's packages into out/: the .deb, the .rpm and the source tarball, then checks them
# (lintian, appstreamcli, desktop-file-validate). Debian 12; see packaging/README.md.
#
#   scripts/package.sh             # deb + rpm + source tarball, with the checks
#   scripts/package.sh deb         # only some of: deb rpm source
#
# Environment: LEDE_PKG_BUILD_DIR (default build/deb), LEDE_PKG_OUT (default out).
# The build uses dpkg-buildflags' hardening flags, in its own build directory.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=${LEDE_PKG_BUILD_DIR:-build/deb}
out=${LEDE_PKG_OUT:-out}
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(deb rpm source)
want() { local k; for k in "${kinds[@]}"; do [ "$k" = "$1" ] && return 0; done; return 1; }
step() { printf '\n== %s\n' "$*"; }
bash scripts/install-deps.sh --packaging

# Hardening: CMake ignores CPPFLAGS, so _FORTIFY_SOURCE goes into the C++ flags. The flags are
# passed explicitly on every configure so that a reused build directory cannot lose them.
eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
step "configure $build"
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr -DLEDE_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$CXXFLAGS $CPPFLAGS" -DCMAKE_EXE_LINKER_FLAGS="$LDFLAGS"
step "build"
cmake --build "$build"

mkdir -p "$out"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
deb="$out/lede_${version}_$(dpkg --print-architecture).deb"
status=0

if want deb; then
    step "cpack DEB"
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$src/$out"
    step "lintian $deb"
    # Fails on errors and warnings; pedantic and info tags are shown but do not fail.
    lintian --fail-on error,warning --display-info --pedantic "$deb" || status=1
    step "dpkg -I / -c"
    dpkg-deb -I "$deb"
    dpkg-deb -c "$deb"
fi
if want rpm; then
    step "cpack RPM"
    cpack --config "$build/CPackConfig.cmake" -G RPM -B "$src/$out"
    rpm=$(ls -t "$out"/lede-"$version"-*.rpm | head -1)
    rpm -qip "$rpm" 2>/dev/null
    rpm -qlp "$rpm" 2>/dev/null
    echo "Requires:"; rpm -qRp "$rpm" 2>/dev/null | sed 's/^/  /'
    if command -v rpmlint >/dev/null; then
        # Informational: no-signature, and Debian's rpmlint defaults (bz2 man pages, pre-SPDX
        # licence names) are expected.
        rpmlint "$rpm" || true
    fi
    step "rpm install into a scratch root, verify, run, erase"
    # rpm itself installs the package into an empty root: the payload unpacks, every file
    # verifies, the installed lede-cli runs (on this machine's libraries) and erasing leaves no
    # file. The requirements are Fedora's names, which Debian cannot resolve: hence --nodeps; an
    # install with dnf on Fedora is not tested here.
    rpmroot=$(mktemp -d)
    if rpm --root "$rpmroot" --initdb \
        && rpm --root "$rpmroot" -i --nodeps --noscripts "$rpm" 2>/dev/null \
        && rpm --root "$rpmroot" -V --nodeps lede \
        && "$rpmroot/usr/bin/lede-cli" --version \
        && "$rpmroot/usr/bin/lede-cli" analyze resources/demo/santa-monica-sanctuary-policy.txt \
            | grep -q '"speaker":"Lana Negrete"' \
        && rpm --root "$rpmroot" -e --nodeps --noscripts lede 2>/dev/null \
        && [ -z "$(find "$rpmroot/usr" -type f 2>/dev/null)" ]; then
        echo "rpm: installed $(basename "$rpm") into a scratch root, files verified, lede-cli ran, erased cleanly"
    else
        echo "rpm: the scratch-root install test FAILED"
        status=1
    fi
    rm -rf "$rpmroot"
fi
if want source; then
    step "cpack source TGZ"
    cpack --config "$build/CPackSourceConfig.cmake" -B "$src/$out"
    tar -tzf "$out/lede-$version.tar.gz" | grep -E '/(\.git|build|out)(/|$)' && { echo "source tarball contains build or VCS files"; status=1; }
fi

step "desktop-file-validate, appstreamcli validate"
desktop-file-validate packaging/linux/org.lede.Lede.desktop || status=1
appstreamcli validate --no-net packaging/linux/org.lede.Lede.metainfo.xml || status=1

# The MIME type: a library is recognised by its content (SQLite header + application_id), not only
# by *.lede. Needs shared-mime-info, sqlite3 and gio (libglib2.0-bin); skipped without them.
if command -v update-mime-database >/dev/null && command -v sqlite3 >/dev/null && command -v gio >/dev/null; then
    step "MIME type"
    mt=$(mktemp -d)
    mkdir -p "$mt/mime/packages"
    cp packaging/linux/org.lede.Lede.mime.xml "$mt/mime/packages/org.lede.Lede.xml"
    XDG_DATA_DIRS="$mt:/usr/share" update-mime-database "$mt/mime"
    sqlite3 "$mt/library.db" "PRAGMA application_id = $((0x4C454445)); CREATE TABLE t(x);"
    sqlite3 "$mt/other.db" "CREATE TABLE t(x);"
    for f in library.db other.db; do
        type=$(XDG_DATA_DIRS="$mt:/usr/share" gio info -a standard::content-type "$mt/$f" | sed -n 's/.*content-type: //p')
        echo "$f: $type"
        case "$f:$type" in
            library.db:application/x-lede-library|other.db:application/vnd.sqlite3) ;;
            *) echo "MIME detection failed for $f"; status=1 ;;
        esac
    done
    rm -rf "$mt"
fi

rm -rf "$out/_CPack_Packages"
step "packages"
ls -l "$out"/lede[_-]"$version"*
exit $status
