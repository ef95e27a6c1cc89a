"""评价报告 — the full report: cover, statement, contents, chapters, generated tables, charts,
signature and seal block, and the 评分表 / 问题清单 as landscape annexes.

Conventions of Chinese official documents (GB/T 9704 style): 黑体 headings numbered 一、（一）1.（1）,
仿宋 body, page numbers "- n -" at the foot (the cover is not numbered).

The table of contents is made in one layout pass: its pages are reserved up front (the number of
entries is known before layout) and show PDF form objects that are filled in after the last page,
when every heading's page number is known — no second ReportLab pass.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)

from services.core.numbers import pct
from services.reports import charts, issue_list, scoring_sheet
from services.reports.data import ReportData, SectionRow
from services.reports.layout import (
    GB_MARGINS,
    GRID,
    HEADER_BG,
    MARGINS,
    CPara,
    P,
    PageSetup,
    Styles,
    escape,
    page_number_footer,
    runs,
)
from services.scoring import fmt, fmt_money

CN_NUM = "一二三四五六七八九十"
RE_H1 = re.compile(r"^[一二三四五六七八九十]+、")
RE_H2 = re.compile(r"^（[一二三四五六七八九十]+）")
RE_H3 = re.compile(r"^\d+[.．、]")

STATEMENT = ("本报告所依据的资料由被评价单位{unit}提供。被评价单位对其所提供资料的真实性、准确性、完整性和合法性负责；"
             "评价机构对依据上述资料、按照评价工作方案和指标体系作出的评价结论负责。本报告仅供委托方{commissioner}"
             "用于本项目绩效评价结果应用，未经委托方同意，不得用于其他用途。")


def cn_number(n: int) -> str:
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + (CN_NUM[n - 11] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return CN_NUM[tens - 1] + "十" + (CN_NUM[ones - 1] if ones else "")


def date_text(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


@dataclass
class Block:
    """One piece of a chapter: a heading (level 1 or 2) or a body paragraph."""

    kind: str  # h1 | h2 | body
    text: str


def chapter_blocks(sections: list[SectionRow]) -> list[tuple[SectionRow, list[Block]]]:
    """Headings numbered 一、 when the evaluator did not number them; （一） headings found in the text."""
    out = []
    n = 0
    for sec in sections:
        blocks: list[Block] = []
        title = (sec.title or "").strip()
        if sec.key != "preface" and title and title not in ("前言", "引言"):
            n += 1
            if not RE_H1.match(title):
                title = f"{cn_number(n)}、{title}"
            blocks.append(Block("h1", title))
        for para in re.split(r"\n\s*\n|\n", sec.body or ""):
            text = para.strip()
            if not text:
                continue
            if RE_H2.match(text) and len(text) <= 60 and not text.endswith(("。", "；", "：")):
                blocks.append(Block("h2", text))
            else:
                blocks.append(Block("body", text))
        out.append((sec, blocks))
    return out


def _match(sections: list[SectionRow], keys: tuple[str, ...], words: tuple[str, ...]) -> str | None:
    for s in sections:
        if s.key in keys:
            return s.key
    for s in sections:
        if any(w in s.title for w in words):
            return s.key
    return None


def placement(data: ReportData) -> dict[str, list[str]]:
    """Which generated parts go after which chapter (by key); unmatched parts go after the last one."""
    secs = data.sections
    last = secs[-1].key if secs else ""
    where: dict[str, list[str]] = {}
    for part, keys, words in (("targets", ("basic",), ("基本情况",)), ("funds", ("analysis", "funds"), ("资金",)),
                              ("scores", ("conclusion",), ("综合评价", "评价结论"))):
        key = _match(secs, keys, words) or last
        where.setdefault(key, []).append(part)
    return where


# ── table of contents in one pass ────────────────────────────────────────────
class Mark(Flowable):
    """Zero-size flowable recording the page a heading landed on."""

    def __init__(self, key: str, sink: dict[str, int]):
        super().__init__()
        self.key, self.sink = key, sink

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.sink[self.key] = self.canv.getPageNumber()


class Heading(CPara):
    """A heading that records the page it is drawn on (for the contents)."""

    def __init__(self, text: str, style, key: str, sink: dict[str, int]):
        super().__init__(escape(text), style)
        self.fe_key, self.fe_sink = key, sink

    def draw(self):
        self.fe_sink[self.fe_key] = self.canv.getPageNumber()
        super().draw()


class Blank(Flowable):
    """Holds a reserved contents page open (a Spacer at the top of a frame would be dropped)."""

    def wrap(self, aw, ah):
        return aw, 1

    def draw(self):
        pass


TOC_LINE = 9 * mm


def _wrap_title(text: str, font: str, size: float, max_w: float) -> list[str]:
    """A contents entry on as many lines as it needs (never cut off with "…"), by the 禁则."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from services.reports.linebreak import breaks

    widths = [stringWidth(ch, font, size) for ch in text]
    return [text[a:b] for a, b, _u, _h in breaks(text, widths, [False] * len(text), [max_w])] or [""]


def toc_layout(entries: list[tuple[int, str, str]], fonts, page_w: float, page_h: float
               ) -> list[list[tuple[int, str, list[str]]]]:
    """The contents pages: each a list of (level, key, lines of the title)."""
    left, right = GB_MARGINS["left"], page_w - GB_MARGINS["right"]
    room = page_h - GB_MARGINS["top"] - GB_MARGINS["bottom"] - 16 * mm
    pages: list[list] = [[]]
    used = 0.0
    for level, key, text in entries:
        size = 14 if level == 1 else 12
        font = fonts.hei.pdf_name if level == 1 else fonts.fang.pdf_name
        indent = 0 if level == 1 else 8 * mm
        lines = _wrap_title(text, font, size, right - left - indent - 14 * mm)
        h = TOC_LINE * len(lines)
        if used + h > room and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append((level, key, lines))
        used += h
    return pages


class TocWriter(Flowable):
    """Drawn last: writes the reserved contents pages (form objects) with the recorded page numbers."""

    def __init__(self, layout, pages: dict[str, int], pagesize, fonts, skip: int):
        super().__init__()
        self.layout, self.pages, self.pagesize, self.fonts, self.skip = layout, pages, pagesize, fonts, skip

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.canv
        w, h = self.pagesize
        left, right = GB_MARGINS["left"], w - GB_MARGINS["right"]
        body, head = self.fonts.fang.pdf_name, self.fonts.hei.pdf_name
        for p, entries in enumerate(self.layout):
            c.beginForm(f"fe_toc{p}", 0, 0, w, h)
            y = h - GB_MARGINS["top"]
            if p == 0:
                c.setFont(head, 18)
                c.drawCentredString(w / 2, y, "目    录")
            y -= 16 * mm
            for level, key, lines in entries:
                size = 14 if level == 1 else 12
                font = head if level == 1 else body
                indent = 0 if level == 1 else 8 * mm
                num = str(self.pages.get(key, 0) - self.skip) if key in self.pages else ""
                c.setFont(font, size)
                for line in lines[:-1]:
                    c.drawString(left + indent, y, line)
                    y -= TOC_LINE
                title = lines[-1]
                c.drawString(left + indent, y, title)
                c.drawRightString(right, y, num)
                tw = stringWidth(title, font, size)
                dots_from, dots_to = left + indent + tw + 3, right - stringWidth(num, font, size) - 3
                c.setFont(body, size)
                dw = stringWidth("·", body, size)
                if dots_to > dots_from and dw:
                    c.drawString(dots_from, y, "·" * int((dots_to - dots_from) / dw))
                y -= TOC_LINE
            c.endForm()


def _toc_page_callback(state: dict, footer):
    def on_page(canv, doc):
        canv.doForm(f"fe_toc{state['n']}")
        state["n"] += 1
        footer(canv, doc)

    return on_page


# ── generated tables ─────────────────────────────────────────────────────────
def _grid(extra: list[tuple] | None = None) -> TableStyle:
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)] + (extra or []))


class Counter:
    def __init__(self, chapter: int):
        self.chapter, self.n = chapter, 0

    def next(self) -> str:
        self.n += 1
        return f"表{self.chapter}-{self.n}"

    def figure(self) -> str:
        self.figures = getattr(self, "figures", 0) + 1
        return f"图{self.chapter}-{self.figures}"


def target_columns(data: ReportData) -> tuple[list[str], list[float]]:
    """The 绩效目标表's columns: the 备注 (data-entry notes) only in the internal copy."""
    if data.internal and any(t.note for t in data.targets):
        return (["一级指标", "二级指标", "三级指标", "指标值", "实际完成", "备注"], [0.09, 0.14, 0.25, 0.15, 0.15, 0.22])
    return ["一级指标", "二级指标", "三级指标", "指标值", "实际完成"], [0.11, 0.17, 0.34, 0.19, 0.19]


def target_title(data: ReportData, name: str) -> str:
    return f"{data.project_title if not name else '“' + name + '”'}绩效目标表"


def target_groups(data: ReportData) -> dict[str, list]:
    tables: dict[str, list] = {}
    for t in data.targets:
        tables.setdefault(t.table or "", []).append(t)
    return tables


def annex_line_needed(data: ReportData) -> bool:
    """The 附件 list under the last chapter, unless the chapter's own text already ends with it."""
    return not any("附件" in (sec.body or "")[-300:] for sec in data.sections[-1:])


def target_values(data: ReportData, t) -> list[str]:
    values = [t.level1, t.level2, t.name, t.target, t.actual]
    return values + [t.note] if len(target_columns(data)[0]) == 6 else values


def targets_tables(data: ReportData, st: Styles, width: float, counter: Counter) -> list:
    from services.reports.layout import GroupTable

    story: list = []
    head, ws = target_columns(data)
    widths = [width * w for w in ws]
    for name, rows in target_groups(data).items():
        caption = f"{counter.next()} {target_title(data, name)}"
        cells = [[P(v, st.cell if i in (2, 5) else st.cell_c) for i, v in enumerate(target_values(data, t))]
                 for t in rows]
        keys = {0: [t.level1 for t in rows], 1: [(t.level1, t.level2) for t in rows]}

        def label(col: int, row: int, cont: bool, rows=rows) -> CPara:
            text = rows[row].level1 if col == 0 else rows[row].level2
            return P(text + ("（续）" if cont and text else ""), st.cell_c)

        table = GroupTable([P(h, st.head) for h in head], cells, widths, keys, label,
                           [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)])
        story += [CondPageBreak(45 * mm), P(caption, st.caption_free), table, Spacer(1, 6)]
    return story


FUND_HEAD = ["年度", "资金来源", "预算", "到位", "支出", "合同金额", "已支付", "收款单位"]
FUND_WIDTHS = [0.07, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.23]


def fund_rows(data: ReportData) -> tuple[list[list[str]], list[str]]:
    """The funds table as printed (PDF and DOCX alike): its rows and the 合计 row, each 合计 the sum
    of the figures printed above it."""
    rows, sums = [], [Decimal(0)] * 5
    for f in data.funds:
        vals = (f.budget, f.arrived, f.spent, f.contract_amount, f.paid)
        for i, v in enumerate(vals):
            if v is not None:
                sums[i] += v
        rows.append([str(f.year or ""), f.source] + [fmt_money(v) for v in vals] + [f.payee])
    return rows, ["合计", ""] + [fmt_money(v) if v else "" for v in sums] + [""]


def fund_notes(data: ReportData) -> list[str]:
    """Where the source data give two figures for one thing: both, and the one used (or that it is open)."""
    return [c.answer_text for c in data.fund_table.conflicts] if data.fund_table else []


def score_rows(data: ReportData) -> list[tuple[int, list[str]]]:
    """(level, cells) of the 绩效评价得分情况表: each 一级指标 then its 二级指标, then 合计."""
    out = []
    for n in data.sheet.roots:
        out.append((1, [n.name, fmt(n.max), fmt(n.score), pct(n.rate) if n.rate is not None else "—", n.grade]))
        for c in n.children:
            out.append((2, [c.name, fmt(c.max), fmt(c.score), pct(c.rate) if c.rate is not None else "—", c.grade]))
    out.append((0, ["合计", fmt(data.sheet.max), fmt(data.sheet.total), pct(data.sheet.rate), data.sheet.grade]))
    return out


def funds_table(data: ReportData, st: Styles, width: float, counter: Counter) -> list:
    if not data.funds:
        return []
    head, ws = FUND_HEAD, FUND_WIDTHS
    rows = [[P(h, st.head) for h in head]]
    body, total = fund_rows(data)
    for r in body:
        rows.append([P(r[0], st.cell_c), P(r[1], st.cell)] + [P(v, st.cell_r) for v in r[2:7]] + [P(r[7], st.cell)])
    rows.append([P("合计", st.head), ""] + [P(v, st.cell_r) for v in total[2:7]] + [""])
    t = LongTable(rows, colWidths=[width * w for w in ws], repeatRows=1, splitInRow=1)
    t.setStyle(_grid([("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
                      ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), HEADER_BG)]))
    notes = [P(("注：" if i == 0 else "") + text, st.note) for i, text in enumerate(fund_notes(data))]
    return [CondPageBreak(40 * mm), P(f"{counter.next()} 项目资金情况表（单位：万元）", st.caption_free), t, *notes,
            Spacer(1, 6)]


SCORE_WIDTHS = (0.4, 0.15, 0.15, 0.15, 0.15)


def scores_table(data: ReportData, st: Styles, width: float, counter: Counter) -> list:
    from reportlab.lib.styles import ParagraphStyle

    indented = ParagraphStyle("indented", parent=st.cell, leftIndent=12)
    head = ["评价指标", "分值", "得分", "得分率", "等级"]
    rows = [[P(h, st.head) for h in head]]
    extra = []
    for level, cells in score_rows(data):
        if level == 2:
            rows.append([P(cells[0], indented)] + [P(v, st.cell_c) for v in cells[1:]])
        else:
            rows.append([P(v, st.head) for v in cells])
    extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), HEADER_BG))
    t = LongTable(rows, colWidths=[width * w for w in SCORE_WIDTHS], repeatRows=1)
    t.setStyle(_grid(extra))
    return [CondPageBreak(40 * mm), P(f"{counter.next()} 绩效评价得分情况表", st.caption_free), t, Spacer(1, 6)]


def _image(png: bytes, width: float) -> Image:
    img = Image(BytesIO(png))
    ratio = img.imageHeight / img.imageWidth
    img.drawWidth, img.drawHeight = width, width * ratio
    return img


# ── PDF ──────────────────────────────────────────────────────────────────────
def write_pdf(data: ReportData, out, styles: Styles, setup: PageSetup, options: dict | None = None,
              progress: Callable[[int], None] | None = None) -> list[tuple[int, str, int | None]]:
    """Write the PDF (``out``: a path or a binary file); returns the contents: (level, title, page
    number as printed) of every heading, for the DOCX's filled contents list."""
    from services.reports.pdfbuild import Doc, make_frame

    options = options or {}
    st = styles
    fonts = st.fonts
    info = data.info
    size = "A3" if str(options.get("page_size", "A4")).upper() == "A3" else "A4"
    portrait_setup = PageSetup(size, "portrait")
    landscape_setup = PageSetup(size, "landscape")
    pw, ph = portrait_setup.pagesize
    lw, lh = landscape_setup.pagesize
    gb = GB_MARGINS  # the portrait pages follow GB/T 9704; the landscape annexes keep the tables' margins
    fw, fh = pw - gb["left"] - gb["right"], ph - gb["top"] - gb["bottom"]
    lfw, lfh = lw - MARGINS["left"] - MARGINS["right"], lh - MARGINS["top"] - MARGINS["bottom"]
    title = f"{data.project_title}支出绩效评价报告"

    doc = Doc(str(out) if isinstance(out, (str, Path)) else out, fonts, title, info.agency, portrait_setup.pagesize)
    footer = page_number_footer("— {n} —", font_size=14, skip_first=1, outside=True)
    toc_state = {"n": 0}
    doc.addPageTemplates([
        PageTemplate("cover", [make_frame((pw, ph), "cover", gb)], pagesize=(pw, ph)),
        PageTemplate("toc", [make_frame((pw, ph), "toc", gb)], onPage=_toc_page_callback(toc_state, footer),
                     pagesize=(pw, ph)),
        PageTemplate("portrait", [make_frame((pw, ph), "portrait", gb)], onPage=footer, pagesize=(pw, ph)),
        PageTemplate("landscape", [make_frame((lw, lh), "landscape")], onPage=footer, pagesize=(lw, lh)),
    ])
    pages: dict[str, int] = {}
    story: list = []

    # cover
    story += [Spacer(1, fh * 0.16), P(data.project_title, st.doc_title), P("支出绩效评价报告", st.doc_title),
              Spacer(1, fh * 0.12)]
    for label, value in (("被评价单位", info.evaluated_unit), ("委托单位", info.commissioner), ("评价机构", info.agency),
                         ("报告编号", info.report_number), ("报告日期", date_text(info.report_date))):
        if value:
            story.append(P(f"{label}：{value}", st.cover_line))
    story += [NextPageTemplate("portrait"), PageBreak()]
    # statement
    story += [P("声    明", st.doc_title),
              P(STATEMENT.format(unit=f"（{info.evaluated_unit}）" if info.evaluated_unit else "",
                                 commissioner=f"（{info.commissioner}）" if info.commissioner else ""), st.body),
              Spacer(1, 20), P(info.agency, ParagraphStyleRight(st)), P(date_text(info.report_date), ParagraphStyleRight(st))]

    # contents: entries are known before layout
    chapters = chapter_blocks(data.sections)
    entries: list[tuple[int, str, str]] = []
    for ci, (_sec, blocks) in enumerate(chapters):
        for bi, b in enumerate(blocks):
            if b.kind in ("h1", "h2"):
                entries.append((1 if b.kind == "h1" else 2, f"c{ci}b{bi}", b.text))
    annex1 = f"附件1：{scoring_sheet.title_of(data)}"
    annex2 = f"附件2：{issue_list.title_of(data)}"
    entries += [(1, "annex1", annex1), (1, "annex2", annex2)]
    layout = toc_layout(entries, fonts, pw, ph)
    toc_pages = len(layout)
    story += [NextPageTemplate("toc"), PageBreak()]
    for k in range(toc_pages):
        story.append(Blank())
        story += [NextPageTemplate("toc" if k < toc_pages - 1 else "portrait"), PageBreak()]

    # chapters, under the report's title
    story.append(P(title, st.doc_title))
    where = placement(data)
    chart_w = fw * 0.9
    font_file = fonts.any_file
    for ci, (sec, blocks) in enumerate(chapters):
        counter = Counter(ci if chapters and chapters[0][0].key == "preface" else ci + 1)
        for bi, b in enumerate(blocks):
            # a heading keeps at least three lines of its text on its page (keepWithNext would move
            # the heading and the whole next paragraph, leaving half a page empty)
            if b.kind == "h1":
                story += [CondPageBreak(55 * mm), Heading(b.text, st.h1, f"c{ci}b{bi}", pages)]
            elif b.kind == "h2":
                story += [CondPageBreak(st.h2.leading + 3 * st.body.leading + 2), Heading(b.text, st.h2, f"c{ci}b{bi}", pages)]
            else:
                story.append(P(b.text, st.body))
        for part in where.get(sec.key, []):
            if part == "targets" and data.targets:
                story += targets_tables(data, st, fw, counter)
            elif part == "funds":
                story += funds_table(data, st, fw, counter)
                png = charts.funds_chart(data, font_file)
                if png:
                    story.append(KeepTogether([_image(png, chart_w), P(f"{counter.figure()} 资金分年度情况", st.caption_free)]))
            elif part == "scores":
                story += scores_table(data, st, fw, counter)
                story.append(KeepTogether([_image(charts.score_rate_chart(data, font_file), chart_w),
                                           P(f"{counter.figure()} 各一级指标得分率", st.caption_free)]))
                story.append(P(f"经综合评价，{data.project_title}绩效评价得分为 {fmt(data.sheet.total)} 分，"
                               f"评价等级为“{data.sheet.grade}”。", st.body))
        if progress:
            progress(10 + 40 * (ci + 1) // max(len(chapters), 1))
    # annex list, signature and seal block
    right = ParagraphStyleRight(st)
    if annex_line_needed(data):
        from reportlab.lib.styles import ParagraphStyle

        story += [Spacer(1, 10), P(f"附件：1.{scoring_sheet.title_of(data)}", st.body_plain),
                  P(f"2.{issue_list.title_of(data)}", ParagraphStyle("annex2", parent=st.body_plain, leftIndent=42))]
    story += [Spacer(1, 30),
              KeepTogether([P(info.agency or "评价机构", right), P("（盖章）", right), Spacer(1, 18),
                            P(date_text(info.report_date) or "　　年　　月　　日", right)])]
    if data.internal and data.sign_offs:  # the review chain (项目负责人 → 部门复核 → 质控复核): internal
        story += [Spacer(1, 12), KeepTogether([P(f"{stage}：{signer or '＿＿＿＿＿＿'}　　{when or '＿＿＿＿年＿＿月＿＿日'}", right)
                                               for stage, signer, when in data.sign_offs])]
    # annexes, landscape
    story += [NextPageTemplate("landscape"), PageBreak(), Mark("annex1", pages), P("附件1", st.subtitle)]
    story += scoring_sheet.flowables(data, st, lfw, lfh, "1." + scoring_sheet.title_of(data),
                                     cross_refs=bool(options.get("cross_refs", True)),
                                     first_page_used=st.subtitle.leading + st.subtitle.spaceAfter)
    if progress:
        progress(75)
    story += [PageBreak(), Mark("annex2", pages), P("附件2", st.subtitle)]
    story += issue_list.flowables(data, st, lfw, lfh - st.subtitle.leading - st.subtitle.spaceAfter,
                                  "2." + issue_list.title_of(data), bool(options.get("cross_refs", True)))
    story.append(TocWriter(layout, pages, (pw, ph), fonts, skip=1))
    doc.fe_progress = progress
    doc.fe_total = len(story)
    doc.build(story)
    return [(level, text, pages[key] - 1 if key in pages else None) for level, key, text in entries]


def ParagraphStyleRight(st: Styles):
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("right", parent=st.body_plain, alignment=TA_RIGHT, rightIndent=20)


# ── DOCX ─────────────────────────────────────────────────────────────────────
#: GB/T 9704: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; body 仿宋 三号 (16 pt) on a
#: fixed 28 pt line; title 小标宋 (the nearest: 宋体 bold) 二号; level-1 headings 黑体 三号, level-2 楷体 三号
GB_MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
BODY_PT, LINE_PT, TITLE_PT = 16, 28, 22


def _gb_section(section) -> None:
    from docx.shared import Mm

    section.top_margin, section.bottom_margin = Mm(GB_MARGINS_MM["top"]), Mm(GB_MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(GB_MARGINS_MM["left"]), Mm(GB_MARGINS_MM["right"])
    section.footer_distance = Mm(28 - 7)  # the number sits 7 mm below the text block


def _body(doc, text: str, fonts, indent: bool = True, right: bool = False, center: bool = False):
    from docx.enum.text import WD_LINE_SPACING

    from services.reports import docxkit as dk

    p = dk.para(doc, text, size=BODY_PT, font=fonts["fang"], indent=indent and not (right or center), right=right,
                center=center)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = dk.Pt(LINE_PT)
    p.paragraph_format.space_after = dk.Pt(0)
    return p


def _contents(doc, toc: list[tuple[int, str, int | None]], fonts, usable_mm: float) -> None:
    """The contents list filled in (titles and page numbers as laid out), inside a TOC field so that
    Word's 更新域 refreshes it."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    from services.reports import docxkit as dk

    def fld(run, kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._element.append(el)

    paragraphs = []
    for i, (level, text, page) in enumerate(toc or [(1, "", None)]):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Mm(usable_mm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Mm(0 if level == 1 else 8)
        p.paragraph_format.space_after = dk.Pt(4)
        if i == 0:
            r = p.add_run()
            fld(r, "begin")
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = 'TOC \\o "1-2" \\h \\z \\u'
            r._element.append(instr)
            fld(r, "separate")
        run = p.add_run(f"{text}\t{page if page is not None else ''}")
        dk.set_run_font(run, fonts["hei"] if level == 1 else fonts["fang"], 14 if level == 1 else 12)
        paragraphs.append(p)
    fld(paragraphs[-1].add_run(), "end")


def write_docx(data: ReportData, out: Path, setup: PageSetup, options: dict | None = None,
               toc: list[tuple[int, str, int | None]] | None = None) -> None:
    """The editable master, equal in content to the PDF: the same chapters, tables (numbered 表1-1),
    figures (图2-1), annexes and contents (filled in with the PDF's page numbers)."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Mm

    from services.reports import docxkit as dk
    from services.reports.layout import Styles, fonts_for

    options = options or {}
    info = data.info
    size = "A3" if str(options.get("page_size", "A4")).upper() == "A3" else "A4"
    fontset = fonts_for(info.settings, options)
    if toc is None:  # lay the PDF out once (in memory) for the contents' page numbers
        toc = write_pdf(data, BytesIO(), Styles(fontset), setup, options)
    fonts = dk.role_names(fontset)
    doc = dk.new_document(PageSetup(size, "portrait"), body_font=fonts["fang"], body_size=BODY_PT)
    for name, role, level_size in (("Heading 1", "hei", 16), ("Heading 2", "kai", 16)):
        dk.style_font(doc.styles[name], fonts[role], level_size)
    _gb_section(doc.sections[0])
    usable_mm = (210 if size == "A4" else 297) - GB_MARGINS_MM["left"] - GB_MARGINS_MM["right"]
    # cover (its own section: no page number)
    for _ in range(5):
        doc.add_paragraph()
    for line in (data.project_title, "支出绩效评价报告"):
        t = dk.heading(doc, line, size=TITLE_PT, center=True, font=fonts["song"])
        t.runs[0].font.bold = True
    for _ in range(5):
        doc.add_paragraph()
    for label, value in (("被评价单位", info.evaluated_unit), ("委托单位", info.commissioner), ("评价机构", info.agency),
                         ("报告编号", info.report_number), ("报告日期", date_text(info.report_date))):
        if value:
            _body(doc, f"{label}：{value}", fonts, center=True)
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    _gb_section(body)
    t = dk.heading(doc, "声    明", size=TITLE_PT, center=True, font=fonts["song"])
    t.runs[0].font.bold = True
    _body(doc, STATEMENT.format(unit=f"（{info.evaluated_unit}）" if info.evaluated_unit else "",
                                commissioner=f"（{info.commissioner}）" if info.commissioner else ""), fonts)
    _body(doc, info.agency, fonts, right=True)
    _body(doc, date_text(info.report_date), fonts, right=True)
    dk.page_break(doc)
    dk.heading(doc, "目    录", size=18, center=True, font=fonts["hei"])
    _contents(doc, toc, fonts, usable_mm)
    dk.page_break(doc)
    # the title above the body text
    t = dk.heading(doc, f"{data.project_title}支出绩效评价报告", size=TITLE_PT, center=True, font=fonts["song"])
    t.runs[0].font.bold = True
    where = placement(data)
    chapters = chapter_blocks(data.sections)
    for ci, (sec, blocks) in enumerate(chapters):
        counter = Counter(ci if chapters and chapters[0][0].key == "preface" else ci + 1)
        for b in blocks:
            if b.kind == "h1":
                dk.heading(doc, b.text, size=16, level=1, font=fonts["hei"])
            elif b.kind == "h2":
                h = dk.heading(doc, b.text, size=16, level=2, font=fonts["kai"])
                h.paragraph_format.first_line_indent = dk.Pt(32)
            else:
                _body(doc, b.text, fonts)
        for part in where.get(sec.key, []):
            if part == "targets" and data.targets:
                _docx_targets(doc, data, counter)
            elif part == "funds" and data.funds:
                _docx_funds(doc, data, counter)
                png = charts.funds_chart(data, fontset.any_file)
                if png:
                    doc.add_picture(BytesIO(png), width=Mm(usable_mm * 0.9))
                    doc.paragraphs[-1].alignment = 1
                    dk.caption(doc, f"{counter.figure()} 资金分年度情况")
            elif part == "scores":
                _docx_scores(doc, data, counter)
                doc.add_picture(BytesIO(charts.score_rate_chart(data, fontset.any_file)), width=Mm(usable_mm * 0.9))
                doc.paragraphs[-1].alignment = 1
                dk.caption(doc, f"{counter.figure()} 各一级指标得分率")
                _body(doc, f"经综合评价，{data.project_title}绩效评价得分为 {fmt(data.sheet.total)} 分，"
                           f"评价等级为“{data.sheet.grade}”。", fonts)
    if annex_line_needed(data):
        _body(doc, f"附件：1.{scoring_sheet.title_of(data)}", fonts, indent=False)
        _body(doc, f"　　　2.{issue_list.title_of(data)}", fonts, indent=False)
    doc.add_paragraph()
    _body(doc, info.agency or "评价机构", fonts, right=True)
    _body(doc, "（盖章）", fonts, right=True)
    _body(doc, date_text(info.report_date) or "　　年　　月　　日", fonts, right=True)
    for stage, signer, when in data.sign_offs if data.internal else []:  # the review chain's sign-offs: internal
        dk.para(doc, f"{stage}：{signer or '＿＿＿＿＿＿'}　　{when or '＿＿＿＿年＿＿月＿＿日'}", size=12, font=fonts["fang"],
                right=True)
    annex = doc.add_section(WD_SECTION.NEW_PAGE)
    dk.apply_setup(annex, PageSetup(size, "landscape"))
    dk.heading(doc, "附件1", size=14, level=1, font=fonts["hei"])
    scoring_sheet.add_to_docx(doc, data, title="1." + scoring_sheet.title_of(data))
    dk.page_break(doc)
    dk.heading(doc, "附件2", size=14, level=1, font=fonts["hei"])
    issue_list.add_to_docx(doc, data, title="2." + issue_list.title_of(data))
    dk.page_numbers(doc, ("— ", " —"), first_section_unnumbered=True, outside=True, size=14)
    doc.save(str(out))


def _docx_targets(doc, data: ReportData, counter: Counter) -> None:
    from services.reports import docxkit as dk

    head, widths = target_columns(data)
    for name, rows in target_groups(data).items():
        dk.caption(doc, f"{counter.next()} {target_title(data, name)}")
        t = dk.table(doc, len(rows) + 1, len(head), widths)
        dk.header_row(t.rows[0], head)
        g = t.fe_grid
        for k, r in enumerate(rows):
            for i, v in enumerate(target_values(data, r)):
                dk.cell_text(g[k + 1][i], v, center=i not in (2, 5))
        for col, key in ((0, lambda t: t.level1), (1, lambda t: (t.level1, t.level2))):
            for s_, e, _k in runs([key(t) for t in rows]):
                if e > s_:
                    top = g[s_ + 1][col].merge(g[e + 1][col])
                    dk.cell_text(top, rows[s_].level1 if col == 0 else rows[s_].level2, center=True)


def _docx_funds(doc, data: ReportData, counter: Counter) -> None:
    from services.reports import docxkit as dk

    dk.caption(doc, f"{counter.next()} 项目资金情况表（单位：万元）")
    body, total = fund_rows(data)
    t = dk.table(doc, len(body) + 2, len(FUND_HEAD), FUND_WIDTHS)
    dk.header_row(t.rows[0], FUND_HEAD)
    g = t.fe_grid
    for k, r in enumerate(body + [total]):
        for i, v in enumerate(r):
            dk.cell_text(g[k + 1][i], v, center=i == 0, right=2 <= i <= 6, bold=k == len(body))
    dk.cell_text(g[len(body) + 1][0].merge(g[len(body) + 1][1]), "合计", center=True, bold=True)
    for i, text in enumerate(fund_notes(data)):
        dk.para(doc, ("注：" if i == 0 else "") + text, size=9)


def _docx_scores(doc, data: ReportData, counter: Counter) -> None:
    from services.reports import docxkit as dk

    dk.caption(doc, f"{counter.next()} 绩效评价得分情况表")
    rows = score_rows(data)
    t = dk.table(doc, len(rows) + 1, 5, SCORE_WIDTHS)
    dk.header_row(t.rows[0], ["评价指标", "分值", "得分", "得分率", "等级"])
    for k, (level, cells) in enumerate(rows):
        c = t.fe_grid[k + 1]
        for i, v in enumerate(cells):
            dk.cell_text(c[i], ("　" + v) if level == 2 and i == 0 else v, center=i > 0 or level != 2,
                         bold=level != 2)
