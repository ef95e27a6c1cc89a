"""简要情况表 — the one-page summary at the top of the seed.

One table, as the seed's: the facts (评价项目名称 … 评价等级); one row per 一级指标 (权重, 指标得分, 得分权重,
等级, 主要扣分理由 = the assessment comment of the level-1 node); and the 评价主要内容 / 发现的主要问题
/ 原因分析及工作建议 rows (SummaryRow).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Table, TableStyle

from services.core.numbers import pct
from services.reports.data import ReportData
from services.reports.layout import GRID, HEADER_BG, P, PageSetup, Styles
from services.scoring import fmt, fmt_money

FACT_HEADERS = ["评价项目名称", "主管部门", "资金总额（万元）", "现场评价金额（万元）", "项目总数", "现场评价项目数",
                "评价得分", "评价等级"]
LEVEL_HEADERS = ["评价指标", "权重", "", "指标得分", "得分权重", "指标得分等级", "主要扣分理由"]
ROW_HEADERS = ["评价主要内容", "发现的主要问题", "原因分析及工作建议"]


def title_of(data: ReportData) -> str:
    year = f"{data.info.year}年" if data.info.year else ""
    return f"{year}{data.info.evaluation_type or '绩效评价'}简要情况表"


def fact_values(data: ReportData) -> list[str]:
    i = data.info
    onsite = (i.onsite_amount_qualifier or "") + fmt_money(i.onsite_amount) if i.onsite_amount is not None else ""
    return [data.project_title, i.department, fmt_money(i.fund_total), onsite, i.project_count, i.onsite_project_count,
            fmt(data.sheet.total), data.sheet.grade]


def level_rows(data: ReportData) -> list[list[str]]:
    """评价指标 | 权重（分） | 权重（%） | 指标得分 | 得分权重 | 等级 | 主要扣分理由."""
    out = []
    total = data.sheet.max or 1
    for n in data.sheet.roots:
        share = n.max * 100 / total
        out.append([n.name, f"{fmt(n.max)}分", f"{fmt(share)}%", fmt(n.score),
                    pct(n.rate) if n.rate is not None else "—", n.grade, n.comment or ""])
    return out


#: one grid for the whole sheet (as the seed's): facts, the 一级指标 rows, the findings rows
WIDTHS = [0.12, 0.1, 0.09, 0.12, 0.1, 0.1, 0.11, 0.26]


def grid_rows(data: ReportData) -> tuple[list[list[str]], list[tuple[int, int, int]], list[int]]:
    """The sheet as one table: rows of 8 cells, the merges (row, first col, last col), and the
    header rows (shaded). Shared by the PDF and the DOCX."""
    rows: list[list[str]] = [list(FACT_HEADERS), fact_values(data)]
    merges: list[tuple[int, int, int]] = []
    heads = [0]
    heads.append(len(rows))
    rows.append(["评价指标", "权重", "", "指标得分", "得分权重", "指标得分等级", "主要扣分理由", ""])
    merges += [(len(rows) - 1, 1, 2), (len(rows) - 1, 6, 7)]
    for r in level_rows(data):
        rows.append(r[:6] + [r[6], ""])
        merges.append((len(rows) - 1, 6, 7))
    if data.summary_rows:
        heads.append(len(rows))
        rows.append([ROW_HEADERS[0], ROW_HEADERS[1], "", "", ROW_HEADERS[2], "", "", ""])
        merges += [(len(rows) - 1, 1, 3), (len(rows) - 1, 4, 7)]
        for r in data.summary_rows:
            rows.append([r.area, r.problems, "", "", r.advice, "", "", ""])
            merges += [(len(rows) - 1, 1, 3), (len(rows) - 1, 4, 7)]
    return rows, merges, heads


def flowables(data: ReportData, styles: Styles, frame_w: float, title: str | None = None) -> list:
    """One table like the seed's; it may break between rows (never inside one) and has no header
    repeated in the middle of a page."""
    st = styles
    story: list = []
    if title:
        story.append(P(title, st.title))
    rows, merges, heads = grid_rows(data)
    wide = {(r, a) for r, a, b in merges if b - a >= 1}
    cells = []
    for i, row in enumerate(rows):
        out = []
        for j, v in enumerate(row):
            if i in heads:
                out.append(P(v, st.head))
            elif (i, j) in wide or (i > heads[-1] and j in (1, 4)):
                out.append(P(v, st.cell))
            else:
                out.append(P(v, st.cell_c))
        cells.append(out)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    cmds += [("BACKGROUND", (0, h), (-1, h), HEADER_BG) for h in heads]
    cmds += [("SPAN", (a, r), (b, r)) for r, a, b in merges]
    t = Table(cells, colWidths=[frame_w * w for w in WIDTHS])
    t.setStyle(TableStyle(cmds))
    story.append(t)
    return story


def write_pdf(data: ReportData, out: Path, styles: Styles, setup: PageSetup, **_kw) -> None:
    from services.reports.pdfbuild import build_pdf, frame_size

    fw, _fh = frame_size(setup)
    build_pdf(out, flowables(data, styles, fw, title_of(data)), styles.fonts, setup, title_of(data),
              data.info.agency)


# ── DOCX ─────────────────────────────────────────────────────────────────────
def add_to_docx(doc, data: ReportData, title: str | None = None) -> None:
    from services.reports import docxkit as dk

    if title:
        dk.heading(doc, title, size=16, center=True)
    rows, merges, heads = grid_rows(data)
    t = dk.table(doc, len(rows), len(WIDTHS), WIDTHS)
    g = t.fe_grid
    merged = {(r, a): b for r, a, b in merges}
    skip = {(r, c) for r, a, b in merges for c in range(a + 1, b + 1)}
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in skip:
                continue
            cell = g[i][j].merge(g[i][merged[(i, j)]]) if (i, j) in merged else g[i][j]
            if i in heads:
                dk.cell_text(cell, v, center=True, bold=True, size=9, font=dk.HEI)
                dk.shade(cell, "E8E8E8")
            else:
                dk.cell_text(cell, v, center=(i, j) not in merged and not (i > heads[-1] and j in (1, 4)), size=9)


def write_docx(data: ReportData, out: Path, setup: PageSetup) -> None:
    from services.reports import docxkit as dk

    doc = dk.new_document(setup)
    add_to_docx(doc, data, title_of(data))
    dk.page_numbers(doc)
    doc.save(str(out))
