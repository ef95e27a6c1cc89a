"""简要情况表 — the one-page summary at the top of the seed.

Three tables: the facts (评价项目名称 … 评价等级); one row per 一级指标 (权重, 指标得分, 得分权重,
等级, 主要扣分理由 = the assessment comment of the level-1 node); and the 评价主要内容 / 发现的主要问题
/ 原因分析及工作建议 rows (SummaryRow).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import LongTable, Spacer, Table, TableStyle

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


def _style(extra: list[tuple] | None = None) -> TableStyle:
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)]
    return TableStyle(cmds + (extra or []))


def flowables(data: ReportData, styles: Styles, frame_w: float, title: str | None = None) -> list:
    st = styles
    story: list = []
    if title:
        story.append(P(title, st.title))
    # facts
    fw = [0.2, 0.14, 0.11, 0.13, 0.11, 0.11, 0.09, 0.11]
    t = Table([[P(h, st.head) for h in FACT_HEADERS], [P(v, st.cell_c) for v in fact_values(data)]],
              colWidths=[frame_w * w for w in fw])
    t.setStyle(_style())
    story += [t, Spacer(1, 8)]
    # per level-1
    lw = [0.08, 0.05, 0.05, 0.06, 0.07, 0.08, 0.61]
    rows = [[P(h, st.head) for h in LEVEL_HEADERS]]
    rows += [[P(c, st.cell if k == 6 else st.cell_c) for k, c in enumerate(r)] for r in level_rows(data)]
    t = Table(rows, colWidths=[frame_w * w for w in lw])
    t.setStyle(_style([("SPAN", (1, 0), (2, 0))]))
    story += [t, Spacer(1, 8)]
    # 评价主要内容 / 发现的主要问题 / 原因分析及工作建议
    if data.summary_rows:
        sw = [0.1, 0.32, 0.58]
        rows = [[P(h, st.head) for h in ROW_HEADERS]]
        rows += [[P(r.area, st.cell_c), P(r.problems, st.cell), P(r.advice, st.cell)] for r in data.summary_rows]
        t = LongTable(rows, colWidths=[frame_w * w for w in sw], repeatRows=1, splitInRow=1)
        t.setStyle(_style())
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
    facts = dk.table(doc, 2, len(FACT_HEADERS), [0.2, 0.14, 0.11, 0.13, 0.11, 0.11, 0.09, 0.11])
    dk.header_row(facts.rows[0], FACT_HEADERS)
    for cell, value in zip(facts.fe_grid[1], fact_values(data)):
        dk.cell_text(cell, value, center=True, size=9)
    doc.add_paragraph()
    rows = level_rows(data)
    t = dk.table(doc, len(rows) + 1, len(LEVEL_HEADERS), [0.08, 0.05, 0.05, 0.06, 0.07, 0.08, 0.61])
    g = t.fe_grid
    dk.header_row(t.rows[0], LEVEL_HEADERS)
    dk.cell_text(g[0][1].merge(g[0][2]), "权重", center=True, bold=True, size=9, font=dk.HEI)
    for k, r in enumerate(rows):
        for i, v in enumerate(r):
            dk.cell_text(g[k + 1][i], v, center=i != 6, size=9)
    if data.summary_rows:
        doc.add_paragraph()
        t = dk.table(doc, len(data.summary_rows) + 1, 3, [0.1, 0.32, 0.58])
        dk.header_row(t.rows[0], ROW_HEADERS)
        for k, r in enumerate(data.summary_rows):
            c = t.fe_grid[k + 1]
            dk.cell_text(c[0], r.area, center=True, size=9)
            dk.cell_text(c[1], r.problems, size=9)
            dk.cell_text(c[2], r.advice, size=9)


def write_docx(data: ReportData, out: Path, setup: PageSetup) -> None:
    from services.reports import docxkit as dk

    doc = dk.new_document(setup)
    add_to_docx(doc, data, title_of(data))
    dk.page_numbers(doc)
    doc.save(str(out))
