"""Anchors of the audit trail: the chain's head (sequence number and hash) written down somewhere the
file cannot change it.

A hash chain on its own only proves that the events hang together; whoever can write the file can
also cut the chain short or rewrite it and hash it again. An anchor taken earlier pins the chain:
the event at that sequence number must still be there with that hash. Anchors are kept

- in every sign-off (``sign_off.anchor_seq/anchor_hash``, signed with the signer's key),
- in every package's manifest,
- in the evaluator's own profile (``anchors.json`` in the data folder), per file path: taken when a
  file that was written is closed, at every backup, export, import, sign-off and merge.

Deliberate replacements (a restore, a merge into the file) start the path's record afresh.

What an anchor was taken at is said (models/messages.py): the registry keeps its Chinese text as before
and beside it the template and values, so the window shows it in its own language. A record written
before the template was kept is read back by matching its text against ``EARLIER``.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .messages import Said, Word, said, word
from .paths import data_dir
from .readonly import connect_readonly

#: anchors kept per file path (the newest)
KEEP = 200


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    what: str = ""  # a ``Said`` when its words are known (shown in the window's language)
    at: str = ""

    def short(self) -> str:
        return f"#{self.seq} {self.hash[:12]}"


def chain_head(con) -> tuple[int, str] | None:
    """(seq, hash) of the newest audit event through a sqlite3 or SQLAlchemy connection/session;
    None for an empty trail."""
    sql = "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"
    if isinstance(con, sqlite3.Connection):
        row = con.execute(sql).fetchone()
    else:
        from sqlalchemy import text

        row = con.execute(text(sql)).first()
    return (int(row[0]), str(row[1])) if row else None


def _registry_path() -> Path:
    return data_dir() / "anchors.json"


def _key(path: Path | str) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def _load() -> dict:
    try:
        data = json.loads(_registry_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(data: dict) -> None:
    target = _registry_path()
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()  # a read-only profile keeps no anchors; verify says so


#: the words anchors were taken at, as records written before their template was kept hold them ({stage} a Word)
EARLIER = ("关闭文件", "新建", "合并", "备份 {name}", "由 {name} 替换", "导出数据包 {name}", "导入数据包 {name}",
           "签署：{stage}")
_WORDS = ("stage",)


def _earlier_pattern(template: str) -> re.Pattern[str]:
    """``template``'s text with each ``{name}`` read back as a group of that name."""
    pattern = re.escape(template)
    for name in re.findall(r"\{(\w+)\}", template):
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>.+)")
    return re.compile(pattern)


_EARLIER = tuple((template, _earlier_pattern(template)) for template in EARLIER)


def _said(row: dict) -> str:
    """The ``what`` of a registry row: a ``Said`` from its kept template, or from its text when it reads as one
    of ``EARLIER``; else the text as it is."""
    text = str(row.get("what", ""))
    kept = row.get("said")
    if isinstance(kept, dict) and isinstance(kept.get("template"), str) and isinstance(kept.get("values"), dict):
        words: list[Any] = kept["words"] if isinstance(kept.get("words"), list) else []
        values = {str(k): word(v) if k in words else v for k, v in kept["values"].items()}
        with contextlib.suppress(KeyError, IndexError, ValueError):
            made = Said(kept["template"], values)
            if made == text:
                return made
    for template, pattern in _EARLIER:
        m = pattern.fullmatch(text)
        if m:
            return said(template, **{k: word(v) if k in _WORDS else v for k, v in m.groupdict().items()})
    return text


def _kept(what: str) -> dict | None:
    """The template and values of ``what`` as the registry keeps them (None: plain text, or values not kept)."""
    if type(what) is not Said:  # a Joined, or plain text
        return None
    if not all(isinstance(v, (str, int)) and not isinstance(v, Said) for v in what.values.values()):
        return None
    return {"template": what.template, "values": {k: str(v) if isinstance(v, str) else v for k, v in what.values.items()},
            "words": [k for k, v in what.values.items() if isinstance(v, Word)]}


def record(path: Path | str, head: tuple[int, str] | None, what: str) -> None:
    """Remember ``head`` as an anchor of the file at ``path``; ``what`` (said, or plain text) is what it was
    taken at."""
    if head is None:
        return
    data = _load()
    rows = data.setdefault(_key(path), [])
    seq, h = head
    if any(r.get("seq") == seq and r.get("hash") == h for r in rows):
        return
    row = {"seq": seq, "hash": h, "what": str(what), "at": datetime.now().isoformat(timespec="seconds")}
    kept = _kept(what)
    if kept is not None:
        row["said"] = kept
    rows.append(row)
    del rows[:-KEEP]
    _save(data)


def restart(path: Path | str, head: tuple[int, str] | None, what: str) -> None:
    """The file at ``path`` was deliberately replaced (restored, merged into): forget its old anchors
    and start from its new head."""
    data = _load()
    data[_key(path)] = []
    _save(data)
    record(path, head, what)


def known(path: Path | str) -> list[Anchor]:
    """The anchors this profile holds for the file at ``path``, oldest first."""
    out = []
    for r in _load().get(_key(path), []):
        with contextlib.suppress(KeyError, TypeError, ValueError):
            out.append(Anchor(int(r["seq"]), str(r["hash"]), _said(r), str(r.get("at", ""))))
    return out


def head_of_file(path: Path | str) -> tuple[int, str] | None:
    """The chain head of a file, read without writing anything (None when unreadable or empty)."""
    try:
        con = connect_readonly(Path(path))
        try:
            return chain_head(con)
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return None
