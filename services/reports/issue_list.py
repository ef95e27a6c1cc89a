"""问题清单 — the seed's 附件2: 序号 | 问题类别 | 问题 | 涉及金额 | 存在具体问题 | 备注.

Opens with the 合计 row carrying the count line (共计发现问题 5 类，问题总数 14 个。其中，A类问题 2
个，…); findings grouped by category with the category in a merged cell. Long categories are split
across pages by hand with the category label repeated （续）. 备注 carries the evaluator's remark
and, with ``cross_refs``, the 索引号 of the working papers and evidence behind each finding.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import LongTable, PageBreak, TableStyle

from services.reports.data import FindingRow, ReportData
from services.reports.layout import (
    GRID,
    HEADER_BG,
    P,
    PageSetup,
    Styles,
    paginate,
    runs,
)
from services.scoring import fmt_money

HEADERS = ["序号", "问题类别", "问题", "涉及金额", "存在具体问题", "备注"]
WIDTHS = [0.04, 0.085, 0.14, 0.08, 0.545, 0.11]
XLSX_WIDTHS = [6, 14, 22, 14, 80, 16]
PAD = 3


def category_label(f: FindingRow) -> str:
    return f"{f.category}类：{f.category_name}"


def amount_text(f: FindingRow) -> str:
    return f"{fmt_money(f.amount)}\n万元" if f.amount is not None else ""


def remark_text(f: FindingRow, cross_refs: bool) -> str:
    parts = [f.remark] if f.remark else []
    if cross_refs:
        refs = f.paper_refs + f.evidence_refs
        if refs:
            parts.append("索引：" + "、".join(refs))
    return "\n".join(parts)


def title_of(data: ReportData) -> str:
    return "绩效评价问题清单"


def flowables(data: ReportData, styles: Styles, frame_w: float, frame_h: float, title: str | None,
              cross_refs: bool = True) -> list:
    st = styles
    widths = [frame_w * w for w in WIDTHS]
    story: list = []
    used = 0.0
    if title:
        t = P(title, st.title)
        story.append(t)
        used += t.wrap(frame_w, frame_h)[1] + st.title.spaceAfter
    header = [P(h, st.head) for h in HEADERS]
    count = [P("合计", st.head), P(data.count_line, st.cell)]
    head_h = max(p.wrap(w - 2 * PAD, frame_h)[1] for p, w in zip(header, widths)) + 2 * PAD
    count_h = count[1].wrap(sum(widths[1:]) - 2 * PAD, frame_h)[1] + 2 * PAD
    rows = data.findings
    cells, heights = [], []
    for f in rows:
        row = [P(str(f.seq), st.cell_c), None, P(f.title, st.cell_c), P(amount_text(f), st.cell_c),
               P(f.detail, st.cell), P(remark_text(f, cross_refs), st.cell)]
        h = max(p.wrap(w - 2 * PAD, frame_h)[1] for p, w in zip(row, widths) if p is not None) + 2 * PAD
        cells.append(row)
        heights.append(h)
    label_h: dict[tuple[str, bool], float] = {}

    def label_height(code: str, name: str, cont: bool) -> float:
        if (code, cont) not in label_h:
            label_h[(code, cont)] = P(name + ("（续）" if cont else ""), st.cell_c).wrap(
                widths[1] - 2 * PAD, frame_h)[1] + 2 * PAD
        return label_h[(code, cont)]

    def extra(a: int, b: int) -> float:
        h = 0.0
        for s, e, code in runs([rows[i].category for i in range(a, b + 1)]):
            cont = s == 0 and a > 0 and rows[a - 1].category == code
            h = max(h, label_height(code, category_label(rows[a + s]), cont) - sum(heights[a + s:a + e + 1]))
        return h

    # the count row sits under the header of the first page only
    chunks = paginate(heights, head_h, frame_h - used - count_h, frame_h, 0, extra) if rows else [(0, -1)]
    for ci, (a, b) in enumerate(chunks):
        table: list[list[Any]] = [header]
        cmds: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        cmds += [(k, (0, 0), (-1, -1), PAD) for k in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
        if ci == 0:
            table.append([count[0], count[1], "", "", "", ""])
            cmds.append(("SPAN", (1, 1), (-1, 1)))
        base = len(table)
        for k in range(a, b + 1):
            table.append(list(cells[k]))
        for s, e, code in runs([rows[i].category for i in range(a, b + 1)]):
            cont = s == 0 and a > 0 and rows[a - 1].category == code
            table[base + s][1] = P(category_label(rows[a + s]) + ("（续）" if cont else ""), st.cell_c)
            for r in range(s + 1, e + 1):
                table[base + r][1] = ""
            cmds.append(("SPAN", (1, base + s), (1, base + e)))
        t = LongTable(table, colWidths=widths, repeatRows=1, splitInRow=1)
        t.setStyle(TableStyle(cmds))
        story.append(t)
        if ci < len(chunks) - 1:
            story.append(PageBreak())
    return story


def write_pdf(data: ReportData, out: Path, styles: Styles, setup: PageSetup, cross_refs: bool = True, **_kw) -> None:
    from services.reports.pdfbuild import build_pdf, frame_size

    fw, fh = frame_size(setup)
    story = flowables(data, styles, fw, fh, title_of(data), cross_refs)
    build_pdf(out, story, styles.fonts, setup, f"{data.project_title}{title_of(data)}", data.info.agency)


def write_xlsx(data: ReportData, out: Path, setup: PageSetup) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from services.reports import xlsxkit as xk

    wb = Workbook()
    ws = wb.active
    ws.title = "问题清单"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    body, head = Font(name="宋体", size=9), Font(name="黑体", size=10, bold=True)
    fill = PatternFill("solid", fgColor="E8E8E8")
    xk.put(ws, 1, 1, title_of(data)).font = Font(name="黑体", size=14, bold=True)
    ws.cell(1, 1).alignment = center
    ws.merge_cells("A1:F1")
    ws.row_dimensions[1].height = 30
    for c, h in enumerate(HEADERS, 1):
        cell = xk.put(ws, 2, c, h)
        cell.font, cell.alignment, cell.border, cell.fill = head, center, border, fill
    rows = data.findings
    first, last = 4, 3 + len(rows)
    cache: dict = {}
    # the 合计 row as the seed prints it: the count line once, the amounts summed beside it
    xk.put(ws, 3, 1, "合计")
    ws.merge_cells("B3:C3")
    xk.put(ws, 3, 5, data.count_line)
    amounts = [f.amount for f in rows if f.amount is not None]
    if rows:
        xk.formula(ws, 3, 4, f"SUM(D{first}:D{last})", float(sum(amounts, Decimal(0))), cache)
    ws.merge_cells("E3:F3")
    for c in range(1, 7):
        cell = ws.cell(3, c)
        cell.font, cell.border, cell.fill = head, border, fill
        cell.alignment = left if c == 5 else center
    ws.cell(3, 4).number_format = '#,##0.00"万元"'
    for k, f in enumerate(rows):
        r = first + k
        values = [f.seq, category_label(f), f.title, float(f.amount) if f.amount is not None else None, f.detail,
                  remark_text(f, True) or None]
        for c, v in enumerate(values, 1):
            cell = xk.put(ws, r, c, v)
            cell.font, cell.border = body, border
            cell.alignment = left if c in (5, 6) else center
        ws.cell(r, 4).number_format = '#,##0.00"万元"'
    merged_down = []
    for s_, e, _code in runs([f.category for f in rows]):
        merged_down.append((2, first + s_, first + e))
        # at the top of its block, so Calc never prints it over the header repeated after a page break
        ws.cell(first + s_, 2).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if e > s_:
            ws.merge_cells(start_row=first + s_, start_column=2, end_row=first + e, end_column=2)
    widths = dict(enumerate(XLSX_WIDTHS, 1))
    for c, w in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = w
    xk.fit_rows(ws, [2, *range(first, last + 1)], widths, 9, merged_down)
    # the count line spans 存在具体问题 and 备注
    ws.row_dimensions[3].height = xk.row_height(xk.lines_needed(data.count_line, widths[5] + widths[6], 10), 10)
    xk.print_setup(ws, setup, max(last, 3), 6, freeze="A4")
    wb.properties.creator = "FieldEval"
    xk.save(wb, out, cache)


def add_to_docx(doc, data: ReportData, title: str | None = None) -> None:
    from services.reports import docxkit as dk

    if title:
        dk.heading(doc, title, size=14, center=True)
    rows = data.findings
    t = dk.table(doc, len(rows) + 2, len(HEADERS), WIDTHS)
    dk.header_row(t.rows[0], HEADERS)
    g = t.fe_grid
    c = g[1]
    dk.cell_text(c[0], "合计", center=True, bold=True)
    dk.cell_text(c[1].merge(c[5]), data.count_line)
    for k, f in enumerate(rows):
        cells = g[k + 2]
        dk.cell_text(cells[0], str(f.seq), center=True)
        dk.cell_text(cells[2], f.title, center=True)
        dk.cell_text(cells[3], amount_text(f).replace("\n", ""), center=True)
        dk.cell_text(cells[4], f.detail)
        dk.cell_text(cells[5], remark_text(f, True))
    for s, e, _code in runs([f.category for f in rows]):
        top = g[s + 2][1]
        if e > s:
            top = top.merge(g[e + 2][1])
        dk.cell_text(top, category_label(rows[s]), center=True)


def write_docx(data: ReportData, out: Path, setup: PageSetup) -> None:
    from services.reports import docxkit as dk

    doc = dk.new_document(setup)
    add_to_docx(doc, data, title_of(data))
    dk.page_numbers(doc)
    doc.save(str(out))
