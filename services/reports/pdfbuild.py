"""Building a PDF from flowables with the fonts, page size and page numbers of one document."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from services.reports.fonts import FontSet
from services.reports.layout import MARGINS, PageSetup, page_number_footer


def frame_size(setup: PageSetup) -> tuple[float, float]:
    w, h = setup.pagesize
    return w - MARGINS["left"] - MARGINS["right"], h - MARGINS["top"] - MARGINS["bottom"]


def make_frame(pagesize: tuple[float, float], ident: str, margins: dict[str, float] | None = None) -> Frame:
    w, h = pagesize
    m = margins or MARGINS
    return Frame(m["left"], m["bottom"], w - m["left"] - m["right"], h - m["top"] - m["bottom"], leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0, id=ident)


class Doc(BaseDocTemplate):
    """A document template that remembers the fonts (for the footer) and reports progress."""

    def __init__(self, filename: str, fonts: FontSet, title: str, author: str, pagesize, **kw: Any):
        super().__init__(filename, pagesize=pagesize, title=title, author=author, creator="FieldEval",
                         leftMargin=MARGINS["left"], rightMargin=MARGINS["right"], topMargin=MARGINS["top"],
                         bottomMargin=MARGINS["bottom"], **kw)
        self.fe_fonts = fonts
        self.fe_progress: Callable[[int], None] | None = None
        self.fe_count = 0
        self.fe_total = 1

    def afterFlowable(self, flowable) -> None:
        self.fe_count += 1
        if self.fe_progress and self.fe_count % 10 == 0:
            self.fe_progress(min(99, int(self.fe_count * 100 / max(self.fe_total, 1))))
        hook = getattr(flowable, "fe_after", None)
        if hook:
            hook(self)


def build_pdf(path: Path, story: Sequence, fonts: FontSet, setup: PageSetup, title: str, author: str = "",
              page_fmt: str = "- {n} -", header: str = "", progress: Callable[[int], None] | None = None) -> Doc:
    """One page template (one orientation) with page numbers; returns the built template."""
    doc = Doc(str(path), fonts, title, author, setup.pagesize)
    on_page = page_number_footer(page_fmt, header=header)
    doc.addPageTemplates([PageTemplate("main", [make_frame(setup.pagesize, "main")], onPage=on_page,
                                       pagesize=setup.pagesize)])
    doc.fe_progress = progress
    doc.fe_total = len(story)
    doc.build(list(story))
    return doc
