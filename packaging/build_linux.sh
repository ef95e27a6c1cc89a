#!/usr/bin/env bash
# Build FieldEval's Linux one-folder bundle and pack it as a tarball:
#   dist/FieldEval/                                   the bundle (run dist/FieldEval/FieldEval)
#   dist/FieldEval-<version>-linux-x86_64.tar.xz      what evaluators download or copy from a USB stick
# Steps: PyInstaller (pyinstaller.spec) -> strip the shared libraries (not numpy's/Pillow's vendored
# *.libs: stripping breaks OpenBLAS) -> trim ICU's data to zh/en (packaging/trim_icu.py) -> tar.xz.
# Needs the venv (bash scripts/setup.sh), binutils and xz (installed if missing).
# docs/packaging.md explains each step.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}

missing=()
for tool in strip as ld readelf; do command -v $tool >/dev/null || { missing+=(binutils); break; }; done
command -v xz >/dev/null || missing+=(xz-utils)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing ${missing[*]} (strip, as, ld, readelf, xz)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
"$PY" -m pip install -q --disable-pip-version-check -r requirements-build.txt

VERSION=$("$PY" -c "from services.appinfo import VERSION; print(VERSION)")
echo "== PyInstaller: FieldEval $VERSION"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" pyinstaller.spec

BUNDLE="$DIST/FieldEval"
echo "== strip shared libraries"
# --strip-unneeded on our/Qt/Python libraries; the executable itself carries its archive (never strip it)
find "$BUNDLE/_internal" -type f -name "*.so*" -not -path "*.libs/*" -print0 |
  xargs -0 -r -P 2 -n 40 strip --strip-unneeded 2>/dev/null || true
echo "== trim ICU data"
"$PY" packaging/trim_icu.py "$BUNDLE"

cp packaging/linux/fieldeval.desktop packaging/linux/install-desktop.sh "$BUNDLE/"
ARCH=$(uname -m)
TARBALL="$DIST/FieldEval-$VERSION-linux-$ARCH.tar.xz"
echo "== pack $TARBALL"
tar -C "$DIST" --owner=0 --group=0 --numeric-owner -cf - FieldEval | xz -T0 -3 > "$TARBALL.part"
mv "$TARBALL.part" "$TARBALL"
echo "bundle:  $BUNDLE  ($(du -sm "$BUNDLE" | cut -f1) MB)"
echo "tarball: $TARBALL  ($(( $(stat -c %s "$TARBALL") / 1048576 )) MB)"
