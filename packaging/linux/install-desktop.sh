#!/usr/bin/env sh
# Add FieldEval to this user's application menu and open .fev evaluation files with it.
# Run from the unpacked folder:  ./install-desktop.sh        (undo: ./install-desktop.sh --remove)
# Touches only ~/.local/share; the evaluation files themselves are never moved or deleted.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--remove" ]; then
  rm -f "$SHARE/applications/fieldeval.desktop" "$SHARE/mime/packages/fieldeval.xml" \
        "$SHARE/icons/hicolor/256x256/apps/fieldeval.png"
else
  mkdir -p "$SHARE/applications" "$SHARE/mime/packages" "$SHARE/icons/hicolor/256x256/apps"
  sed "s|@BUNDLE@|$HERE|" "$HERE/fieldeval.desktop" > "$SHARE/applications/fieldeval.desktop"
  cp "$HERE/_internal/resources/icons/fieldeval.png" "$SHARE/icons/hicolor/256x256/apps/fieldeval.png"
  cat > "$SHARE/mime/packages/fieldeval.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-fieldeval">
    <comment>FieldEval evaluation</comment>
    <comment xml:lang="zh_CN">绩效评价文件</comment>
    <glob pattern="*.fev"/>
  </mime-type>
</mime-info>
XML
fi
command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" || true
echo "done"
