#!/usr/bin/env bash
# Set up FieldEval on a fresh Debian/Ubuntu machine: the system libraries Qt needs (also
# headless), CJK fonts for the window and the printed documents (WenQuanYi for 黑体, AR PL UMing
# for 宋体/仿宋, AR PL UKai for 楷体), poppler for PDF checks, LibreOffice with --dev, and a
# virtual environment in .venv with the Python packages.
#   bash scripts/setup.sh          run-time packages
#   bash scripts/setup.sh --dev    plus the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3
  fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  poppler-utils poppler-data)
# --dev: LibreOffice renders the DOCX and XLSX in the tests (tests/reports/test_rendered.py)
[ "${1:-}" = "--dev" ] && SYSTEM_PACKAGES+=(libreoffice-writer-nogui libreoffice-calc-nogui)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  . scripts/apt.sh
  apt_update || echo "apt-get update failed; trying the install with the indexes apt has" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
if [ "${1:-}" = "--dev" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
fi
