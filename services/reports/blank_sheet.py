"""空白评分表 — the 评分表 with the 得分 and 评分说明 columns left empty, for scoring by hand on site.

Same layout as the 评分表 (merged upper levels, header on every page, 合计 row with the 分值);
the XLSX keeps the =SUM formulas so the sheet totals itself as the evaluator types scores in.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from services.reports import scoring_sheet
from services.reports.data import ReportData
from services.reports.layout import PageSetup, Styles


def write_pdf(data: ReportData, out: Path, styles: Styles, setup: PageSetup,
              progress: Callable[[int], None] | None = None, **_kw) -> None:
    scoring_sheet.write_pdf(data, out, styles, setup, blank=True, cross_refs=False, progress=progress)


def write_xlsx(data: ReportData, out: Path, setup: PageSetup) -> None:
    scoring_sheet.write_xlsx(data, out, setup, blank=True)
