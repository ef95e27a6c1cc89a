"""Printed deliverables (no Qt): 评分表, 问题清单, 简要情况表, 评价报告, 工作底稿, 空白评分表.

One module per document; ``export`` is the single entry point the window and the CLI use::

    export(store_or_path, "scoring-sheet", "pdf", "评分表.pdf", progress=None, options=None)

``options``: ``page_size`` ("A4"/"A3"), ``orientation`` ("landscape"/"portrait", where the
document allows it), ``font`` (a TrueType file, "path#index" for a TTC), ``cross_refs`` (print
the 工作底稿 索引号 in the 评分表, default True). Every file is written to a temp file first and
moved into place, so a failed export leaves nothing behind.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.messages import said

if TYPE_CHECKING:
    from models.store import Store

from services.core.filenames import target_problem
from services.reports.errors import ReportError

__all__ = ["COPIES", "DOCUMENTS", "Document", "ReportError", "export", "export_all", "supported"]

Progress = Callable[[int, str], None]

#: which notes a document prints. The client copy carries what the 财政局 client reads; the internal
#: copy adds override reasons, review changes, data-entry notes, sign-offs and source-data
#: discrepancies (the 工作底稿 always carries them: it is the evaluation team's own record).
COPIES = {"client": "客户版", "internal": "内部版"}


@dataclass(frozen=True)
class Document:
    kind: str
    title: str  # Chinese name, for menus and file names
    formats: tuple[str, ...]
    orientation: str  # default
    orientation_choice: bool  # may the evaluator turn it?


DOCUMENTS: dict[str, Document] = {d.kind: d for d in (
    Document("scoring-sheet", "评分表", ("pdf", "docx", "xlsx"), "landscape", True),
    Document("issue-list", "问题清单", ("pdf", "docx", "xlsx"), "landscape", True),
    Document("summary", "简要情况表", ("pdf", "docx"), "landscape", True),
    Document("report", "评价报告", ("pdf", "docx"), "portrait", False),
    Document("working-papers", "工作底稿", ("pdf",), "portrait", False),
    Document("blank-sheet", "空白评分表", ("pdf", "xlsx"), "landscape", True),
)}


def _is_store(obj: Any) -> bool:
    return hasattr(obj, "session") and hasattr(obj, "read")


def supported(kind: str, fmt: str) -> bool:
    return kind in DOCUMENTS and fmt in DOCUMENTS[kind].formats


def _check(kind: str, fmt: str) -> Document:
    if kind not in DOCUMENTS:
        raise ReportError(said("未知的文档“{kind}”（可选：{DOCUMENTS}）", kind=kind, DOCUMENTS='、'.join(DOCUMENTS)))
    doc = DOCUMENTS[kind]
    if fmt not in doc.formats:
        raise ReportError(said("{title}不能导出为 {upper}（可选：{value}）", title=doc.title, upper=fmt.upper(), value='、'.join(f.upper() for f in doc.formats)))
    return doc


def copy_of(options: dict[str, Any] | None) -> str:
    copy = str((options or {}).get("copy") or "client").lower()
    if copy not in COPIES:
        raise ReportError(said("副本只能是 client（客户版）或 internal（内部版），不能是“{copy}”", copy=copy))
    return copy


def _write(data, doc: Document, fmt: str, tmp: Path, options: dict[str, Any], progress: Callable[[int], None]) -> None:
    import importlib

    from services.reports.layout import PageSetup, Styles, fonts_for

    module = importlib.import_module(f".{doc.kind.replace('-', '_')}", __name__)
    orientation = options.get("orientation") if doc.orientation_choice else None
    setup = PageSetup.from_options({**options, "orientation": orientation}, doc.orientation)
    cross_refs = bool(options.get("cross_refs", True))
    if fmt == "pdf":
        # tables and headings need 宋体 and 黑体; only the report's body and headings use 仿宋 and 楷体
        need = ("song", "hei", "fang", "kai") if doc.kind == "report" else ("song", "hei")
        styles = Styles(fonts_for(data.info.settings, options, need))
        if doc.kind == "report":
            module.write_pdf(data, tmp, styles, setup, options, progress=progress)
        elif doc.kind in ("scoring-sheet", "issue-list"):
            module.write_pdf(data, tmp, styles, setup, cross_refs=cross_refs, progress=progress)
        else:
            module.write_pdf(data, tmp, styles, setup, progress=progress)
    elif fmt == "xlsx":
        module.write_xlsx(data, tmp, setup)
    elif doc.kind == "report":
        from services.reports import template

        chosen = template.template_of(data, options)  # an agency's own DOCX template, if any
        if chosen is not None:
            template.render(data, chosen, tmp)
        else:
            module.write_docx(data, tmp, setup, options)
    else:
        module.write_docx(data, tmp, setup)


def export(store_or_path: Store | Path | str, kind: str, fmt: str, out_path: Path | str,
           progress: Progress | None = None, options: dict[str, Any] | None = None, readonly: bool = False) -> Path:
    """Write one document; returns its path. Raises ReportError (a message for the evaluator).

    ``readonly`` (a path only): read the file without writing a byte of it — no lock, an older file
    upgraded in memory only. The 评分表 and the 空白评分表 are then read without the ORM
    (``services.reports.snapshot``) when the file allows it.
    """
    from services.reports.data import gather
    from services.reports.layout import atomic_write

    fmt = fmt.lower()
    doc = _check(kind, fmt)
    options = dict(options or {})
    if problem := target_problem(out_path):
        raise ReportError(problem)
    copy_of(options)

    shown = [0]

    def step(pct: int, text: str = "") -> None:
        """Report progress; never backwards (layout and drawing report their own shares)."""
        shown[0] = max(shown[0], min(int(pct), 100))
        if progress:
            progress(shown[0], text or f"正在生成{doc.title}…")

    step(0, "正在读取评价数据…")
    data = None
    if _is_store(store_or_path):
        data = gather(store_or_path)
    elif readonly:
        from services.reports import snapshot

        data = snapshot.read(store_or_path) if kind in snapshot.KINDS else None
    if data is None:
        from services.evaluation.assessments import open_evaluation

        store = open_evaluation(store_or_path, readonly=readonly)
        try:
            data = gather(store)
        finally:
            store.close()
    data.internal = copy_of(options) == "internal" or doc.kind == "working-papers"
    step(5)
    out = atomic_write(out_path, lambda tmp: _write(data, doc, fmt, tmp, options, lambda p: step(5 + p * 9 // 10)))
    step(100, f"已生成{doc.title}")
    return out


def default_name(data_name: str, kind: str, fmt: str, copy: str = "client") -> str:
    """File name of a document; the internal copy says so (the 工作底稿 is internal by nature)."""
    mark = "（内部版）" if copy == "internal" and kind != "working-papers" else ""
    return f"{data_name or '评价'}-{DOCUMENTS[kind].title}{mark}.{fmt}"


def export_all(path: Store | Path | str, out_dir: Path | str, progress: Progress | None = None,
               options: dict[str, Any] | None = None) -> list[Path]:
    """Every document in every format it supports, into ``out_dir`` (created if missing)."""
    from services.reports.data import gather

    out_dir = Path(out_dir)
    if problem := target_problem(out_dir):
        raise ReportError(problem.replace("文件名", "文件夹名", 1))
    out_dir.mkdir(parents=True, exist_ok=True)
    if _is_store(path):
        store, own = path, False
    else:
        from services.evaluation.assessments import open_evaluation

        store, own = open_evaluation(path), True
    try:
        name = gather(store).info.name
        jobs = [(k, f) for k, d in DOCUMENTS.items() for f in d.formats]
        written = []
        for i, (kind, fmt) in enumerate(jobs):
            if progress:
                progress(i * 100 // len(jobs), f"正在生成{DOCUMENTS[kind].title}（{fmt.upper()}）…")
            safe = "".join(ch for ch in (name or "评价") if ch not in '\\/:*?"<>|').strip() or "评价"
            written.append(export(store, kind, fmt, out_dir / default_name(safe, kind, fmt, copy_of(options)),
                                  options=options))
        if progress:
            progress(100, "全部文档已生成")
        return written
    finally:
        if own:
            store.close()
