"""Refresh the English translation: lupdate over ui/, fill from en_glossary.json, lrelease.

    .venv/bin/python resources/translations/update.py

Source strings are Simplified Chinese (the UI language); English is the translation. lupdate keeps
translations already in fieldeval_en.ts (e.g. made in Qt Linguist); the glossary only fills
messages still unfinished, by exact source text.
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "fieldeval_en.ts"
QM = HERE / "fieldeval_en.qm"


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    glossary = json.loads((HERE / "en_glossary.json").read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    filled = missing = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") == "unfinished" or not (tr.text or "").strip():
            if src in glossary:
                tr.text = glossary[src]
                tr.attrib.pop("type", None)
                filled += 1
            else:
                missing += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    print(f"filled {filled} from the glossary; {missing} still in Chinese; wrote {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
