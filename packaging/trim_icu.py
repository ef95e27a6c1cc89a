"""Shrink the bundle's ICU data library (libicudata.so.NN, 31 MB of Qt's 75) to what FieldEval uses.

Qt Core links ICU for collation (sorting Chinese names), text codecs (GB18030/GBK files), time zones
and locale data. All of ICU's data sits in one symbol, ``icudtNN_dat``, in ICU's "common data"
format: a header, a sorted table of contents, then the items. This script keeps

  - every item that is not per-locale (normalisation, properties, converter aliases, time-zone and
    supplemental tables, collation base data),
  - per-locale items for root, zh* and en* only,
  - the converters for Chinese encodings (GB18030, GBK, GB2312, Big5) plus every small converter
    (< 16 KB; the large CJK ones of other languages, EUC-TW and X11 compound text go),

drops break-iterator dictionaries, transliterators and character names (Qt 6 uses none of them), writes a new data blob
in the same format, and links it into a new ``libicudata.so.NN`` with binutils only (``as`` + ``ld``),
exporting the same symbol. Everything else in the bundle is untouched.

    python packaging/trim_icu.py dist/FieldEval        (Linux; a no-op where no libicudata is found)
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALES_KEPT = re.compile(r"^(root|pool|res_index|zh|zh_.*|en|en_.*)$")
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")  # af, zh_Hans_CN, yue_Hant … (not zoneinfo64)
CONVERTERS_KEPT = re.compile(r"^(gb18030|windows-936-2000|ibm-1386_.*|ibm-5478_.*|windows-950-2000|ibm-950_.*|"
                             r"ibm-1383_.*|ibm-1373_.*)\.cnv$")
#: Unicode character names (u_charName): Qt never asks for them
DROPPED_ITEMS = {"unames.icu"}
SMALL_CONVERTER = 16 * 1024
DROPPED_DIRS = ("translit/",)
ALIGN = 16


def keep_item(name: str, size: int) -> bool:
    """``name`` is the item path without the package prefix, e.g. ``coll/zh.res`` or ``gb18030.cnv``."""
    if name.startswith(DROPPED_DIRS) or name in DROPPED_ITEMS:
        return False
    if name.startswith("brkitr/") and name.endswith(".dict"):
        return False
    stem, _, ext = name.rpartition("/")[2].rpartition(".")
    if ext == "cnv":
        return size < SMALL_CONVERTER or bool(CONVERTERS_KEPT.match(name))
    if ext == "res" and LOCALE_NAME.match(stem):
        return bool(LOCALES_KEPT.match(stem))
    return True


def read_common_data(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        end = blob.index(b"\0", toc + name_off)
        name = blob[toc + name_off:end].decode("ascii")
        data_end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        items.append((name, blob[toc + data_off:toc + data_end]))
    return blob[:header_size], items


def write_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    items = sorted(items, key=lambda it: it[0].encode("ascii"))  # ICU binary-searches the names
    count = len(items)
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    names_start = 4 + 8 * count
    data_start = names_start + len(names)
    data_start += -data_start % ALIGN
    toc = bytearray(struct.pack("<I", count))
    body = bytearray()
    name_off = names_start
    for name, data in items:
        toc += struct.pack("<II", name_off, data_start + len(body))
        name_off += len(name) + 1
        body += data + b"\0" * (-len(data) % ALIGN)
    toc += names
    toc += b"\0" * (data_start - len(toc))
    return bytes(header) + bytes(toc) + bytes(body)


def symbol_bytes(lib: Path) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol's name and bytes, located with readelf."""
    syms = subprocess.run(["readelf", "-Ws", str(lib)], capture_output=True, text=True, check=True).stdout
    m = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)\s*$", syms, re.M)
    if not m:
        raise ValueError(f"{lib.name}: no icudtNN_dat symbol")
    addr, size, shndx, symbol = int(m.group(1), 16), int(m.group(2), 0), int(m.group(3)), m.group(4)
    sections = subprocess.run(["readelf", "-SW", str(lib)], capture_output=True, text=True, check=True).stdout
    sm = re.search(rf"\[\s*{shndx}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not sm:
        raise ValueError(f"{lib.name}: section {shndx} not found")
    sec_addr, sec_off = int(sm.group(1), 16), int(sm.group(2), 16)
    data = lib.read_bytes()
    start = sec_off + (addr - sec_addr)
    return symbol, data[start:start + size]


def link_data_library(blob: bytes, symbol: str, soname: str, out: Path) -> None:
    """A shared library exporting ``symbol`` (an object of ``len(blob)`` bytes, 16-aligned): as + ld."""
    asm = (f'\t.section .rodata\n\t.balign {ALIGN}\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
           f'\t.size {symbol}, {len(blob)}\n{symbol}:\n\t.incbin "icudata.bin"\n'
           '\t.section .note.GNU-stack,"",@progbits\n')
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "icudata.bin").write_bytes(blob)
        (t / "icudata.s").write_text(asm, encoding="ascii")
        subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=t, check=True)
        subprocess.run(["ld", "-shared", "-z", "noexecstack", "-soname", soname, "-o", str(out.resolve()),
                        "icudata.o"], cwd=t, check=True)


def trim(bundle: Path) -> int:
    libs = [p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink()]
    if not libs:
        print("trim_icu: no libicudata in the bundle, nothing to do")
        return 0
    for lib in libs:
        symbol, blob = symbol_bytes(lib)
        header, items = read_common_data(blob)
        prefix = items[0][0].split("/", 1)[0] + "/"
        kept = [(n, d) for n, d in items if keep_item(n[len(prefix):], len(d))]
        new_blob = write_common_data(header, kept)
        if read_common_data(new_blob)[1] != sorted(kept, key=lambda it: it[0].encode("ascii")):
            raise SystemExit("trim_icu: the rewritten data does not read back")
        out = lib.with_name(lib.name + ".new")
        link_data_library(new_blob, symbol, lib.name, out)
        if symbol_bytes(out)[1] != new_blob:
            raise SystemExit("trim_icu: the new library does not hold the data")
        before = lib.stat().st_size
        shutil.move(out, lib)
        print(f"trim_icu: {lib.relative_to(bundle)}: {len(kept)} of {len(items)} items, "
              f"{before / 1e6:.1f} MB -> {lib.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(trim(Path(sys.argv[1])))
