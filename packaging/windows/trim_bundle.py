"""The Windows counterpart of what packaging/build_linux.sh does to the bundle after PyInstaller.

    python packaging/windows/trim_bundle.py dist/FieldEval

The spec's filters (EXCLUDES, QT_DROP) already work on Windows paths. What the Linux build does after
it, and what this does instead on Windows:

- strip the shared libraries: Windows DLLs carry their debug information in separate .pdb files;
  any .pdb that came along is removed;
- trim ICU's data (packaging/trim_icu.py): Qt for Windows uses the system's ICU (icu.dll, part of
  Windows 10 1903 and later), so there is normally nothing to trim; an icudt*.dll is reported;
- Windows only: opengl32sw.dll (about 20 MB, Mesa's software OpenGL) goes. Qt loads it only for
  OpenGL on machines without a driver; FieldEval ships no OpenGL module (QtOpenGL, QtQuick are
  excluded) and draws with the raster engine, as the Linux spec drops the xcb GL integrations.

Prints what it removed and the bundle's size. A no-op for files that are not there.
"""
from __future__ import annotations

import sys
from pathlib import Path

DROP_NAMES = {"opengl32sw.dll"}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    bundle = Path(sys.argv[1])
    if not bundle.is_dir():
        sys.exit(f"trim_bundle: no bundle at {bundle}")
    removed = 0
    for f in sorted(bundle.rglob("*")):
        if f.is_file() and (f.name.lower() in DROP_NAMES or f.suffix.lower() == ".pdb"):
            removed += f.stat().st_size
            print(f"removed {f.relative_to(bundle)} ({f.stat().st_size / 1048576:.1f} MB)")
            f.unlink()
    for f in sorted(bundle.rglob("icudt*.dll")):
        print(f"note: {f.relative_to(bundle)} ({f.stat().st_size / 1048576:.1f} MB) is ICU data that "
              "packaging/trim_icu.py cuts on Linux only")
    size = sum(f.lstat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"trim_bundle: removed {removed / 1048576:.1f} MB; bundle {size / 1048576:.0f} MB")


if __name__ == "__main__":
    main()
