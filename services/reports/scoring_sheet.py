"""评分表 — the seed's 附件1: one row per 三级指标, upper levels in merged cells.

Columns: 一级指标 | 二级指标 | 分值 | 三级指标 | 分值 | 指标解释 | 指标说明 | 评分标准 | 得分 | 评分说明.
When a review changed some score (an Assessment keeps the member's 自评分 in ``self_score``), the
single 得分 column becomes two — 自评分 | 复核分 — and the 合计 row carries both totals; rows the
review left alone show their final score in both.

ReportLab never splits a spanned block across pages, so the rows are paginated here by hand:
every page is its own table with the header row, and a group that runs over a page boundary
starts the next page with its 一级/二级 label again, marked （续）. Overridden scores carry ※ and a
footnote with the rule's score and the reason; the 评分说明 column may end with the working-paper
索引号 the 工作底稿 uses.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import LongTable, PageBreak, Paragraph, Spacer, TableStyle

from services.reports.data import ReportData
from services.reports.layout import (
    GRID,
    HEADER_BG,
    MARK,
    CPara,
    P,
    PageSetup,
    Styles,
    escape,
    paginate,
    runs,
)
from services.scoring import ScoredNode, fmt

HEADERS = ["一级\n指标", "二级\n指标", "分值", "三级指标", "分值", "指标解释", "指标说明", "评分标准", "得分", "评分说明"]
#: share of the width per column (the seed's proportions)
WIDTHS = [0.045, 0.05, 0.035, 0.08, 0.035, 0.15, 0.235, 0.145, 0.04, 0.185]
#: with a review's 自评分/复核分 (the two score columns take their room from 指标说明 and 评分说明)
REVIEW_HEADERS = HEADERS[:8] + ["自评分", "复核分"] + HEADERS[9:]
REVIEW_WIDTHS = [0.045, 0.05, 0.035, 0.08, 0.035, 0.15, 0.205, 0.145, 0.042, 0.042, 0.171]
#: XLSX column widths (characters)
XLSX_WIDTHS = [6, 8, 5, 12, 5, 26, 40, 26, 6, 28]
REVIEW_XLSX_WIDTHS = [6, 8, 5, 12, 5, 26, 38, 26, 7, 7, 26]
#: the blank sheet for scoring by hand: room to write the score and the reason
BLANK_WIDTHS = [0.045, 0.05, 0.035, 0.08, 0.035, 0.13, 0.18, 0.13, 0.075, 0.24]
BLANK_XLSX_WIDTHS = [6, 8, 5, 12, 5, 22, 32, 22, 10, 40]
BLANK_ROW_MIN = 34.0  # points: two handwritten lines
BLANK_SIGN_LINE = "评分人：＿＿＿＿＿＿＿＿　　复核人：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日"
PAD = 2.5
NA_TEXT = "不适用"


@dataclass
class SheetRow:
    l1: ScoredNode
    l2: ScoredNode | None
    leaf: ScoredNode
    name: str  # the leaf's name (with intermediate levels when the tree is deeper than three)
    definition: str
    key_points: str
    criteria: str


def sheet_rows(data: ReportData) -> list[SheetRow]:
    rows = []
    for path in data.node_paths():
        leaf = path[-1]
        l1 = path[0]
        l2 = path[1] if len(path) >= 3 else None
        middle = [n.name for n in path[2:-1]]
        name = "／".join(middle + [leaf.name]) if middle else leaf.name
        if len(path) == 1:  # a level-1 leaf: print it as its own 三级指标
            name = leaf.name
        spec = data.specs.get(leaf.id)
        rows.append(SheetRow(l1, l2, leaf, name, getattr(spec, "definition", ""), getattr(spec, "key_points", ""),
                             getattr(spec, "criteria", "")))
    return rows


def l1_label(n: ScoredNode) -> str:
    return f"{n.name}\n（{fmt(n.max)}分）"


def score_text(leaf: ScoredNode, blank: bool, mark: bool = True) -> str:
    """The printed score; ``mark`` flags an overridden score with ※ (internal copy and 工作底稿)."""
    if blank:
        return ""
    if leaf.not_applicable:
        return NA_TEXT
    text = fmt(leaf.score)
    return text + MARK if mark and leaf.override_score is not None else text


def max_text(leaf: ScoredNode) -> str:
    if leaf.not_applicable:
        return fmt(leaf.declared_max)
    return fmt(leaf.max) + ("△" if leaf.redistributed else "")


def comment_text(data: ReportData, leaf: ScoredNode, blank: bool, cross_refs: bool = False) -> str:
    """The 评分说明: the evaluator's text, else the one generated from the calculation (explain.py)."""
    if blank:
        return ""
    from services.reports.explain import comment

    return comment(data, leaf)


def reviewed_ids(data: ReportData) -> set[str]:
    """三级指标 whose score a review changed: the 自评分 kept and different from the final score."""
    out = set()
    for n in data.leaves():
        w = data.work.get(n.id)
        if w is not None and w.self_score is not None and w.self_score != n.score:
            out.add(n.id)
    return out


def review_columns(data: ReportData, blank: bool = False) -> bool:
    """Print 自评分 and 复核分 in place of 得分? (only a filled sheet, and only after a review changed a score)"""
    return not blank and data.internal and bool(reviewed_ids(data))


def self_score(data: ReportData, leaf: ScoredNode) -> Decimal | None:
    """The 自评分: the member's score kept by the review, else the final score."""
    w = data.work.get(leaf.id)
    if w is not None and w.self_score is not None and w.self_score != leaf.score:
        return w.self_score
    return leaf.score


def self_score_text(data: ReportData, leaf: ScoredNode, reviewed: set[str]) -> str:
    if leaf.id in reviewed:
        return fmt(self_score(data, leaf))
    return score_text(leaf, False, data.internal)  # untouched by the review: the same score (and ※) as 复核分


def self_total(data: ReportData, reviewed: set[str]) -> Decimal | None:
    """The 自评分 total: the sheet's total with each reviewed score put back to its 自评分."""
    total = data.sheet.total
    if total is None:  # not every indicator scored yet: no total, as for 复核分
        return None
    for n in data.leaves():
        if n.id in reviewed:
            total += (self_score(data, n) or Decimal(0)) - (n.score or Decimal(0))
    return total


def refs_text(data: ReportData, leaf: ScoredNode) -> str:
    refs = [data.paper_no.get(leaf.id, "")]
    refs += [e.index_no for e in data.evidence_of("indicator", leaf.id)][:6]
    return "索引：" + "、".join(r for r in refs if r)


def footnotes(data: ReportData, blank: bool) -> list[str]:
    """Notes under the table. Override reasons and review changes are internal: the client copy
    prints only what explains the printed figures (分值 redistributed, 不适用)."""
    if blank:
        return []
    notes = []
    for n in data.overrides() if data.internal else []:
        notes.append(f"{MARK} “{n.name}”得分经人工调整：按评分标准计算为 {fmt(n.computed)} 分，"
                     f"调整为 {fmt(n.override_score)} 分。理由：{n.override_reason or '未填写'}")
    for n in data.leaves():
        w = data.work.get(n.id)
        if data.internal and w is not None and w.self_score is not None and w.self_score != n.score:
            notes.append(f"“{n.name}”经复核调整：自评分 {fmt(w.self_score)} 分，复核分 {fmt(n.score)} 分"
                         + (f"（复核人：{w.reviewer}）" if w.reviewer else ""))
        if n.redistributed:
            notes.append(f"△ “{n.name}”分值由 {fmt(n.declared_max)} 调整为 {fmt(n.max)}（同级指标不适用，分值按比例重新分配）")
        if n.not_applicable:
            notes.append(f"“{n.name}”不适用：{n.na_reason or '未说明理由'}")
    return notes


# ── PDF ──────────────────────────────────────────────────────────────────────
def _table_style(n_rows: int, spans: list[tuple], total_row: int | None) -> TableStyle:
    cmds: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    cmds += spans
    if total_row is not None:
        cmds.append(("SPAN", (0, total_row), (1, total_row)))
        cmds.append(("BACKGROUND", (0, total_row), (-1, total_row), HEADER_BG))
    return TableStyle(cmds)


def flowables(data: ReportData, styles: Styles, frame_w: float, frame_h: float, title: str | None,
              blank: bool = False, cross_refs: bool = True, first_page_used: float = 0.0,
              progress: Callable[[int], None] | None = None) -> list:
    """The 评分表 as flowables that fill pages of ``frame_w`` × ``frame_h`` points."""
    st = styles
    review = review_columns(data, blank)
    reviewed = reviewed_ids(data) if review else set()
    headers, shares = (REVIEW_HEADERS, REVIEW_WIDTHS) if review else (HEADERS, BLANK_WIDTHS if blank else WIDTHS)
    widths = [frame_w * w for w in shares]
    rows = sheet_rows(data)
    story: list = []
    used = first_page_used
    if title:
        t = P(title, st.title)
        story.append(t)
        used += t.wrap(frame_w, frame_h)[1] + st.title.spaceAfter
    header = [P(h, st.head) for h in headers]
    header_h = max(p.wrap(w - 2 * PAD, frame_h)[1] for p, w in zip(header, widths)) + 2 * PAD

    # the leaf cells and their heights
    cells: list[list[Paragraph]] = []
    heights: list[float] = []
    for i, r in enumerate(rows):
        comment = comment_text(data, r.leaf, blank, cross_refs)
        comment_p = P(comment, st.cell)
        if cross_refs and not blank:
            refs = refs_text(data, r.leaf)
            sep = "<br/>" if comment else ""
            comment_p = CPara(escape(comment).replace("\n", "<br/>") + sep +
                                  f'<font size="{st.cell_small.fontSize}" color="#555555">{escape(refs)}</font>',
                                  st.cell)
        scores = [P(score_text(r.leaf, blank, data.internal), st.cell_c)]
        if review:  # 自评分 | 复核分
            scores.insert(0, P(self_score_text(data, r.leaf, reviewed), st.cell_c))
        row = [P(r.name, st.cell_c), P(max_text(r.leaf), st.cell_c), P(r.definition, st.cell),
               P(r.key_points, st.cell), P(r.criteria, st.cell), *scores, comment_p]
        h = max(p.wrap(w - 2 * PAD, frame_h)[1] for p, w in zip(row, widths[3:])) + 2 * PAD
        cells.append(row)
        heights.append(max(h, BLANK_ROW_MIN) if blank else h)  # room to write a score and a reason
        if progress and i % 50 == 0:
            progress(int(i * 60 / max(len(rows), 1)))

    label_h: dict[tuple[str, bool], float] = {}

    def label_height(node: ScoredNode, col: int, cont: bool) -> float:
        key = (node.id, cont)
        if key not in label_h:
            text = (l1_label(node) if col == 0 else node.name) + ("（续）" if cont else "")
            label_h[key] = P(text, st.cell_c).wrap(widths[col] - 2 * PAD, frame_h)[1] + 2 * PAD
        return label_h[key]

    total_h = max(P("合计", st.cell_c).wrap(widths[0] + widths[1] - 2 * PAD, frame_h)[1] + 2 * PAD, 14)

    def extra(start: int, end: int) -> float:
        """Height the spanned 一级/二级 labels need beyond their rows."""
        h = 0.0
        for key_of, col in ((lambda r: r.l1, 0), (lambda r: r.l2, 1)):
            for a, b, node in runs([key_of(rows[i]) for i in range(start, end + 1)]):
                if node is None:
                    continue
                cont = a == 0 and start > 0 and key_of(rows[start - 1]) is node
                h = max(h, label_height(node, col, cont) - sum(heights[start + a:start + b + 1]))
        return h

    chunks = paginate(heights, header_h, frame_h - used, frame_h, total_h, extra)

    for ci, (a, b) in enumerate(chunks):
        data_rows: list[list[Any]] = [header]
        spans: list[tuple] = []
        row_heights: list[float | None] = [None]
        idx = list(range(a, b + 1))
        for k in idx:
            r = rows[k]
            c = cells[k]
            data_rows.append(["", "", "", *c])
            row_heights.append(BLANK_ROW_MIN if blank and heights[k] <= BLANK_ROW_MIN else None)
        for key_of, col in ((lambda r: r.l1, 0), (lambda r: r.l2, 1)):
            for s, e, node in runs([key_of(rows[k]) for k in idx]):
                if node is None:
                    continue
                cont = s == 0 and a > 0 and key_of(rows[a - 1]) is node
                label = (l1_label(node) if col == 0 else node.name) + ("（续）" if cont else "")
                data_rows[s + 1][col] = P(label, st.cell_c)
                if col == 1:
                    data_rows[s + 1][2] = P(fmt(node.max), st.cell_c)
                    spans.append(("SPAN", (2, s + 1), (2, e + 1)))
                spans.append(("SPAN", (col, s + 1), (col, e + 1)))
        total_row = None
        if ci == len(chunks) - 1:
            l2_sum, leaf_sum = max_totals(rows)
            totals = [P("" if blank else fmt(data.sheet.total), st.head)]
            if review:
                totals.insert(0, P(fmt(self_total(data, reviewed)), st.head))
            data_rows.append([P("合计", st.head), "", P(fmt(l2_sum), st.cell_c), "", P(fmt(leaf_sum), st.cell_c),
                              "", "", "", *totals, ""])
            total_row = len(data_rows) - 1
        if total_row is not None:
            row_heights.append(None)
        t = LongTable(data_rows, colWidths=widths, repeatRows=1, splitInRow=1,
                      rowHeights=row_heights if blank else None)
        t.setStyle(_table_style(len(data_rows), spans, total_row))
        story.append(t)
        if ci < len(chunks) - 1:
            story.append(PageBreak())
    notes = footnotes(data, blank)
    if cross_refs and not blank:
        notes.append("索引：DG- 为工作底稿索引号（按指标编号），ZJ- 为证据索引号，均见《工作底稿》底稿目录。")
    if notes:
        story.append(Spacer(1, 4))
        story.extend(P("注：" + n if k == 0 else n, st.note) for k, n in enumerate(notes))
    if blank:  # who scored and who checked, with room to sign
        from reportlab.platypus import KeepTogether

        story.append(KeepTogether([Spacer(1, 16), P(BLANK_SIGN_LINE, st.sign)]))
    if progress:
        progress(70)
    return story


def title_of(data: ReportData, blank: bool = False) -> str:
    return f"{data.project_title}支出绩效评分表" + ("（现场打分用）" if blank else "")


def write_pdf(data: ReportData, out: Path, styles: Styles, setup: PageSetup, blank: bool = False,
              cross_refs: bool = True, progress: Callable[[int], None] | None = None) -> None:
    from services.reports.pdfbuild import build_pdf, frame_size

    fw, fh = frame_size(setup)
    story = flowables(data, styles, fw, fh, title_of(data, blank), blank=blank, cross_refs=cross_refs,
                      progress=progress)
    build_pdf(out, story, styles.fonts, setup, title_of(data, blank), data.info.agency, progress=progress)


# ── XLSX ─────────────────────────────────────────────────────────────────────
def write_xlsx(data: ReportData, out: Path, setup: PageSetup, blank: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from services.reports import xlsxkit as xk

    rows = sheet_rows(data)
    wb = Workbook()
    ws = wb.active
    ws.title = "评分表"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
    body_font = Font(name="宋体", size=9)
    head_font = Font(name="黑体", size=10, bold=True)
    fill = PatternFill("solid", fgColor="E8E8E8")
    review = review_columns(data, blank)
    reviewed = reviewed_ids(data) if review else set()
    headers = REVIEW_HEADERS if review else HEADERS
    ncol = len(headers)
    score_col = 10 if review else 9  # 复核分 (or 得分); 自评分 is column 9 with the review
    score_cols = (9, 10) if review else (9,)
    col_widths = REVIEW_XLSX_WIDTHS if review else (BLANK_XLSX_WIDTHS if blank else XLSX_WIDTHS)
    cache: dict = {}

    xk.put(ws, 1, 1, title_of(data, blank)).font = Font(name="黑体", size=14, bold=True)
    ws.cell(1, 1).alignment = wrap_c
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.row_dimensions[1].height = 30
    for c, h in enumerate(headers, 1):
        cell = xk.put(ws, 2, c, h)
        cell.font, cell.alignment, cell.border, cell.fill = head_font, wrap_c, border, fill
    first = 3
    for k, r in enumerate(rows):
        rr = first + k
        leaf = r.leaf
        values = [None, None, None, r.name, _num(leaf.max), r.definition, r.key_points, r.criteria, None,
                  None if blank else (comment_text(data, leaf, blank) or None)]
        if not blank and not leaf.not_applicable and leaf.score is not None:
            values[8] = _num(leaf.score)
        elif not blank and leaf.not_applicable:
            values[8] = NA_TEXT
        if review:  # 自评分 before 复核分
            values.insert(8, _num(self_score(data, leaf)) if leaf.id in reviewed else values[8])
        for c, v in enumerate(values, 1):
            cell = xk.put(ws, rr, c, v)
            cell.font, cell.border = body_font, border
            cell.alignment = wrap_c if c in (1, 2, 3, 4, 5) + score_cols else wrap_l
        if data.internal and not blank and leaf.override_score is not None:
            from openpyxl.comments import Comment

            ws.cell(rr, score_col).comment = Comment(f"人工调整：按评分标准为 {fmt(leaf.computed)} 分。理由：{leaf.override_reason}",
                                             "FieldEval")
    last = first + len(rows) - 1
    merged_down: list[tuple[int, int, int]] = []
    for key_of, col in ((lambda r: r.l1, 1), (lambda r: r.l2, 2)):
        for s_, e, node in runs([key_of(r) for r in rows]):
            if node is None:
                continue
            # a merged label sits at the top of its block: centred, Calc would print it across a page
            # break, over the header row repeated on the next page
            top = Alignment(horizontal="center", vertical="top", wrap_text=True)
            xk.put(ws, first + s_, col, l1_label(node) if col == 1 else node.name).alignment = top
            merged_down.append((col, first + s_, first + e))
            if col == 2:
                ws.cell(first + s_, 3, _num(node.max)).alignment = top
                if e > s_:
                    ws.merge_cells(start_row=first + s_, start_column=3, end_row=first + e, end_column=3)
            if e > s_:
                ws.merge_cells(start_row=first + s_, start_column=col, end_row=first + e, end_column=col)
    total = last + 1
    ws.cell(total, 1, "合计")
    ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=2)
    if rows:  # live formulas with their results cached: a viewer that does not recalculate shows them
        l2_sum, leaf_sum = max_totals(rows)
        xk.formula(ws, total, 3, f"SUM(C{first}:C{last})", _num(l2_sum), cache)
        xk.formula(ws, total, 5, f"SUM(E{first}:E{last})", _num(leaf_sum), cache)
        for c in score_cols:  # live in the blank sheet too
            col = get_column_letter(c)
            if blank:
                cached = 0
            elif review and c == 9:
                cached = _num(self_total(data, reviewed))
            else:
                cached = _num(sum((r.leaf.score for r in rows if r.leaf.score is not None and not r.leaf.not_applicable),
                                  Decimal(0)))
            xk.formula(ws, total, c, f"SUM({col}{first}:{col}{last})", cached, cache)
    for c in range(1, ncol + 1):
        cell = ws.cell(total, c)
        cell.font, cell.border, cell.alignment, cell.fill = head_font, border, wrap_c, fill
    notes = footnotes(data, blank)
    end = total
    for k, n in enumerate(notes):
        nr = total + 2 + k
        xk.put(ws, nr, 1, ("注：" if k == 0 else "") + n).font = body_font
        ws.merge_cells(start_row=nr, start_column=1, end_row=nr, end_column=ncol)
        ws.cell(nr, 1).alignment = wrap_l
        ws.row_dimensions[nr].height = xk.row_height(xk.lines_needed(ws.cell(nr, 1).value, sum(col_widths), 9), 9)
        end = nr
    if blank:  # who scored and who checked, with room to sign
        end += 2
        xk.put(ws, end, 1, BLANK_SIGN_LINE).font = Font(name="宋体", size=11)
        ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=ncol)
        ws.row_dimensions[end].height = 30
    widths = {c: w for c, w in enumerate(col_widths, 1)}
    for c, w in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = w
    xk.fit_rows(ws, range(2, total + 1), widths, 9, merged_down, minimum=40 if blank else 15)
    xk.print_setup(ws, setup, end, ncol, freeze="E3")
    wb.properties.creator = "FieldEval"
    xk.save(wb, out, cache)


def max_totals(rows: list[SheetRow]) -> tuple[Decimal, Decimal]:
    """The 合计 of the 二级 分值 column and of the 三级 分值 column, from the figures the rows print."""
    l2_sum = sum((n.max for n in {id(r.l2): r.l2 for r in rows if r.l2 is not None}.values()), Decimal(0))
    l2_sum += sum((r.leaf.max for r in rows if r.l2 is None), Decimal(0))
    leaf_sum = sum((r.leaf.max for r in rows if not r.leaf.not_applicable), Decimal(0))
    return l2_sum, leaf_sum


def _num(d: Decimal | None):
    """A score for a spreadsheet cell: exact decimals kept as a number (no float noise)."""
    if d is None:
        return None
    q = d.quantize(Decimal("0.0001"))
    q = q.normalize()
    return int(q) if q == q.to_integral_value() else float(q)


# ── DOCX ─────────────────────────────────────────────────────────────────────
def add_to_docx(doc, data: ReportData, blank: bool = False, title: str | None = None) -> None:
    from services.reports import docxkit as dk

    rows = sheet_rows(data)
    review = review_columns(data, blank)
    reviewed = reviewed_ids(data) if review else set()
    headers, shares = (REVIEW_HEADERS, REVIEW_WIDTHS) if review else (HEADERS, WIDTHS)
    sc = 9 if review else 8  # the 复核分 (or 得分) column; 自评分 is column 8 with the review
    if title:
        dk.heading(doc, title, size=14, center=True)
    table = dk.table(doc, len(rows) + 2, len(headers), shares)
    dk.header_row(table.rows[0], headers)
    g = table.fe_grid
    for k, r in enumerate(rows):
        cells = g[k + 1]
        leaf = r.leaf
        dk.cell_text(cells[3], r.name, center=True)
        dk.cell_text(cells[4], max_text(leaf), center=True)
        dk.cell_text(cells[5], r.definition)
        dk.cell_text(cells[6], r.key_points)
        dk.cell_text(cells[7], r.criteria)
        if review:
            dk.cell_text(cells[8], self_score_text(data, leaf, reviewed), center=True)
        dk.cell_text(cells[sc], score_text(leaf, blank, data.internal), center=True)
        dk.cell_text(cells[sc + 1], comment_text(data, leaf, blank, False))
    for key_of, col in ((lambda r: r.l1, 0), (lambda r: r.l2, 1)):
        for s, e, node in runs([key_of(r) for r in rows]):
            if node is None:
                continue
            top = g[s + 1][col]
            if e > s:
                top = top.merge(g[e + 1][col])
            dk.cell_text(top, l1_label(node) if col == 0 else node.name, center=True)
            if col == 1:
                c2 = g[s + 1][2]
                if e > s:
                    c2 = c2.merge(g[e + 1][2])
                dk.cell_text(c2, fmt(node.max), center=True)
    last = g[len(rows) + 1]
    l2_sum, leaf_sum = max_totals(rows)
    merged = last[0].merge(last[1])
    dk.cell_text(merged, "合计", center=True, bold=True)
    dk.cell_text(last[2], fmt(l2_sum), center=True)
    dk.cell_text(last[4], fmt(leaf_sum), center=True)
    if review:
        dk.cell_text(last[8], fmt(self_total(data, reviewed)), center=True, bold=True)
    dk.cell_text(last[sc], "" if blank else fmt(data.sheet.total), center=True, bold=True)
    for k, n in enumerate(footnotes(data, blank)):
        dk.para(doc, ("注：" if k == 0 else "") + n, size=9)


def write_docx(data: ReportData, out: Path, setup: PageSetup, blank: bool = False) -> None:
    from services.reports import docxkit as dk

    doc = dk.new_document(setup)
    add_to_docx(doc, data, blank, title_of(data, blank))
    dk.page_numbers(doc)
    doc.save(str(out))
