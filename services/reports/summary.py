"""简要情况表 — the one-page summary at the top of the seed.

One table, as the seed's: the facts (评价项目名称 … 评价等级); one row per 一级指标 (权重, 指标得分, 得分权重,
等级, 主要扣分理由 = the assessment comment of the level-1 node); and the 评价主要内容 / 发现的主要问题
/ 原因分析及工作建议 rows (SummaryRow).

While the evaluator has written no 发现的主要问题 (the column is empty in every row), the sheet lists
the 问题清单 by category instead of printing an empty box, as the 项目概况 page shows them: with no
row typed, one row per category (its findings, and their suggestions as 建议); with rows typed for
评价主要内容 and 建议 only, one cell down the 发现的主要问题 column holds the findings by category.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Table, TableStyle

from services.core.numbers import pct
from services.reports.data import FindingRow, ReportData
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


def findings_by_category(data: ReportData) -> list[tuple[str, list[FindingRow]]]:
    """(category heading, its findings) in the 问题清单's order, categories without findings left out."""
    out = []
    for code, name, n in data.categories:
        found = [f for f in data.findings if f.category == code]
        if n and found:
            out.append((f"{code}类 {name}（{len(found)} 个）", found))
    known = {code for code, _name, _n in data.categories}
    others = [f for f in data.findings if f.category not in known]
    if others:
        out.append((f"其他（{len(others)} 个）", others))
    return out


def problems_typed(data: ReportData) -> bool:
    return any(r.problems.strip() for r in data.summary_rows)


def derived_problems(data: ReportData) -> str:
    """The findings by category, one paragraph per category, for the 发现的主要问题 cell."""
    return "\n".join(f"{head}：" + "；".join(f"{f.seq}. {f.title}" for f in found)
                     for head, found in findings_by_category(data))


#: a merge: (first row, last row, first column, last column)
Merge = tuple[int, int, int, int]


def grid_rows(data: ReportData) -> tuple[list[list[str]], list[Merge], list[int]]:
    """The sheet as one table: rows of 8 cells, the merged blocks and the header rows (shaded).
    Shared by the PDF and the DOCX."""
    rows: list[list[str]] = [list(FACT_HEADERS), fact_values(data)]
    merges: list[Merge] = []
    heads = [0]

    def across(a: int, b: int) -> None:
        merges.append((len(rows) - 1, len(rows) - 1, a, b))

    heads.append(len(rows))
    rows.append(["评价指标", "权重", "", "指标得分", "得分权重", "指标得分等级", "主要扣分理由", ""])
    across(1, 2)
    across(6, 7)
    for r in level_rows(data):
        rows.append(r[:6] + [r[6], ""])
        across(6, 7)
    derive = not problems_typed(data) and bool(data.findings)
    if data.summary_rows or derive:
        heads.append(len(rows))
        rows.append([ROW_HEADERS[0], ROW_HEADERS[1], "", "", ROW_HEADERS[2], "", "", ""])
        across(1, 3)
        across(4, 7)
    if data.summary_rows:
        first = len(rows)
        for r in data.summary_rows:
            rows.append([r.area, r.problems, "", "", r.advice, "", "", ""])
            if not derive:
                across(1, 3)
            across(4, 7)
        if derive:  # the typed rows keep their 内容 and 建议; the findings fill the empty 问题 column
            rows[first][1] = derived_problems(data)
            merges.append((first, len(rows) - 1, 1, 3))
    elif derive:  # nothing typed: one row per category of the 问题清单
        for head, found in findings_by_category(data):
            advice = list(dict.fromkeys(f.suggestion.strip() for f in found if f.suggestion.strip()))
            rows.append([head, "\n".join(f"{f.seq}. {f.title}" for f in found), "", "",
                         "\n".join(advice), "", "", ""])
            across(1, 3)
            across(4, 7)
    return rows, merges, heads


def flowables(data: ReportData, styles: Styles, frame_w: float, title: str | None = None) -> list:
    """One table like the seed's; it may break between rows (never inside one) and has no header
    repeated in the middle of a page."""
    st = styles
    story: list = []
    if title:
        story.append(P(title, st.title))
    rows, merges, heads = grid_rows(data)
    wide = {(r, a) for r, _r1, a, b in merges if b - a >= 1}
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
    cmds += [("SPAN", (a, r0), (b, r1)) for r0, r1, a, b in merges]
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
    merged = {(r0, a): (r1, b) for r0, r1, a, b in merges}
    skip = {(r, c) for r0, r1, a, b in merges for r in range(r0, r1 + 1) for c in range(a, b + 1)} - set(merged)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in skip:
                continue
            cell = g[i][j].merge(g[merged[(i, j)][0]][merged[(i, j)][1]]) if (i, j) in merged else g[i][j]
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
