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
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

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
from services.reports import charts, issue_list, scoring_sheet, summary
from services.reports.data import ReportData, SectionRow
from services.reports.layout import (
    GRID,
    HEADER_BG,
    MARGINS,
    CPara,
    P,
    PageSetup,
    Styles,
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


class TocWriter(Flowable):
    """Drawn last: writes the reserved contents pages (form objects) with the recorded page numbers."""

    def __init__(self, entries: list[tuple[int, str, str]], pages: dict[str, int], n_pages: int, per_page: int,
                 pagesize, fonts, skip: int):
        super().__init__()
        self.entries, self.pages, self.n_pages, self.per_page = entries, pages, n_pages, per_page
        self.pagesize, self.fonts, self.skip = pagesize, fonts, skip

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.canv
        w, h = self.pagesize
        left, right = MARGINS["left"] + 10 * mm, w - MARGINS["right"] - 10 * mm
        body, head = self.fonts.fang.pdf_name, self.fonts.hei.pdf_name
        for p in range(self.n_pages):
            c.beginForm(f"fe_toc{p}", 0, 0, w, h)
            y = h - MARGINS["top"] - 10 * mm
            if p == 0:
                c.setFont(head, 18)
                c.drawCentredString(w / 2, y, "目    录")
            y -= 16 * mm
            for level, key, text in self.entries[p * self.per_page:(p + 1) * self.per_page]:
                size = 14 if level == 1 else 12
                font = head if level == 1 else body
                indent = 0 if level == 1 else 8 * mm
                num = str(self.pages.get(key, 0) - self.skip) if key in self.pages else ""
                c.setFont(font, size)
                title = text
                max_w = right - left - indent - 20 * mm
                while stringWidth(title, font, size) > max_w and len(title) > 4:
                    title = title[:-2] + "…"
                c.drawString(left + indent, y, title)
                c.drawRightString(right, y, num)
                tw = stringWidth(title, font, size)
                dots_from, dots_to = left + indent + tw + 3, right - stringWidth(num, font, size) - 3
                c.setFont(body, size)
                dw = stringWidth("·", body, size)
                if dots_to > dots_from and dw:
                    c.drawString(dots_from, y, "·" * int((dots_to - dots_from) / dw))
                y -= 9 * mm
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
        return f"表 {self.chapter}-{self.n}"


def target_columns(data: ReportData) -> tuple[list[str], list[float]]:
    """The 绩效目标表's columns: the 备注 (data-entry notes) only in the internal copy."""
    if data.internal and any(t.note for t in data.targets):
        return (["一级指标", "二级指标", "三级指标", "指标值", "实际完成", "备注"], [0.09, 0.14, 0.25, 0.15, 0.15, 0.22])
    return ["一级指标", "二级指标", "三级指标", "指标值", "实际完成"], [0.11, 0.17, 0.34, 0.19, 0.19]


def target_values(data: ReportData, t) -> list[str]:
    values = [t.level1, t.level2, t.name, t.target, t.actual]
    return values + [t.note] if len(target_columns(data)[0]) == 6 else values


def targets_tables(data: ReportData, st: Styles, width: float, counter: Counter) -> list:
    story: list = []
    tables: dict[str, list] = {}
    for t in data.targets:
        tables.setdefault(t.table or "", []).append(t)
    for name, rows in tables.items():
        caption = f"{counter.next()} {data.project_title if not name else '“' + name + '”'}绩效目标表"
        head, ws = target_columns(data)
        body = [[P(h, st.head) for h in head]]
        for t in rows:
            body.append([P(v, st.cell if i in (2, 5) else st.cell_c) for i, v in enumerate(target_values(data, t))])
        spans = []
        for col, key in ((0, lambda t: t.level1), (1, lambda t: (t.level1, t.level2))):
            for s, e, _k in runs([key(t) for t in rows]):
                for r in range(s + 1, e + 1):
                    body[r + 1][col] = ""
                if e > s:
                    spans.append(("SPAN", (col, s + 1), (col, e + 1)))
        # a spanned block cannot split: keep spans within reason by letting the table split by rows
        table = LongTable(body, colWidths=[width * w for w in ws], repeatRows=1, splitInRow=1)
        table.setStyle(_grid(spans))
        story += [P(caption, st.caption), table, Spacer(1, 6)]
    return story


def funds_table(data: ReportData, st: Styles, width: float, counter: Counter) -> list:
    if not data.funds:
        return []
    head = ["年度", "资金来源", "预算", "到位", "支出", "合同金额", "已支付", "收款单位"]
    ws = [0.07, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.23]
    rows = [[P(h, st.head) for h in head]]
    sums = [Decimal(0)] * 5
    for f in data.funds:
        vals = (f.budget, f.arrived, f.spent, f.contract_amount, f.paid)
        for i, v in enumerate(vals):
            if v is not None:
                sums[i] += v
        rows.append([P(str(f.year or ""), st.cell_c), P(f.source, st.cell)] +
                    [P(fmt_money(v), st.cell_r) for v in vals] + [P(f.payee, st.cell)])
    rows.append([P("合计", st.head), ""] + [P(fmt_money(v) if v else "", st.cell_r) for v in sums] + [""])
    t = LongTable(rows, colWidths=[width * w for w in ws], repeatRows=1, splitInRow=1)
    t.setStyle(_grid([("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
                      ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), HEADER_BG)]))
    return [P(f"{counter.next()} 项目资金情况表（单位：万元）", st.caption), t, Spacer(1, 6)]


def scores_table(data: ReportData, st: Styles, width: float, counter: Counter) -> list:
    from reportlab.lib.styles import ParagraphStyle

    indented = ParagraphStyle("indented", parent=st.cell, leftIndent=12)
    head = ["评价指标", "分值", "得分", "得分率", "等级"]
    rows = [[P(h, st.head) for h in head]]
    extra = []
    for n in data.sheet.roots:
        rows.append([P(n.name, st.head), P(fmt(n.max), st.head), P(fmt(n.score), st.head),
                     P(pct(n.rate) if n.rate is not None else "—", st.head), P(n.grade, st.head)])
        for c in n.children:
            rows.append([P(c.name, indented), P(fmt(c.max), st.cell_c), P(fmt(c.score), st.cell_c),
                         P(pct(c.rate) if c.rate is not None else "—", st.cell_c), P(c.grade, st.cell_c)])
    rows.append([P("合计", st.head), P(fmt(data.sheet.max), st.cell_c), P(fmt(data.sheet.total), st.head),
                 P(pct(data.sheet.rate), st.cell_c), P(data.sheet.grade, st.head)])
    extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), HEADER_BG))
    t = LongTable(rows, colWidths=[width * w for w in (0.4, 0.15, 0.15, 0.15, 0.15)], repeatRows=1)
    t.setStyle(_grid(extra))
    return [P(f"{counter.next()} 绩效评价得分情况表", st.caption), t, Spacer(1, 6)]


def _image(png: bytes, width: float) -> Image:
    img = Image(BytesIO(png))
    ratio = img.imageHeight / img.imageWidth
    img.drawWidth, img.drawHeight = width, width * ratio
    return img


# ── PDF ──────────────────────────────────────────────────────────────────────
def write_pdf(data: ReportData, out: Path, styles: Styles, setup: PageSetup, options: dict | None = None,
              progress: Callable[[int], None] | None = None) -> None:
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
    fw, fh = pw - MARGINS["left"] - MARGINS["right"], ph - MARGINS["top"] - MARGINS["bottom"]
    lfw, lfh = lw - MARGINS["left"] - MARGINS["right"], lh - MARGINS["top"] - MARGINS["bottom"]
    title = f"{data.project_title}支出绩效评价报告"

    doc = Doc(str(out), fonts, title, info.agency, portrait_setup.pagesize)
    footer = page_number_footer(skip_first=1)
    toc_state = {"n": 0}
    doc.addPageTemplates([
        PageTemplate("cover", [make_frame((pw, ph), "cover")], pagesize=(pw, ph)),
        PageTemplate("toc", [make_frame((pw, ph), "toc")], onPage=_toc_page_callback(toc_state, footer), pagesize=(pw, ph)),
        PageTemplate("portrait", [make_frame((pw, ph), "portrait")], onPage=footer, pagesize=(pw, ph)),
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
    for ci, (sec, blocks) in enumerate(chapters):
        for bi, b in enumerate(blocks):
            if b.kind in ("h1", "h2"):
                entries.append((1 if b.kind == "h1" else 2, f"c{ci}b{bi}", b.text))
    annex1 = f"附件1：{scoring_sheet.title_of(data)}"
    annex2 = f"附件2：{issue_list.title_of(data)}"
    entries += [(1, "annex1", annex1), (1, "annex2", annex2)]
    per_page = int((fh - 26 * mm) // (9 * mm))
    toc_pages = max(1, -(-len(entries) // per_page))
    story += [NextPageTemplate("toc"), PageBreak()]
    for k in range(toc_pages):
        story.append(Blank())
        story += [NextPageTemplate("toc" if k < toc_pages - 1 else "portrait"), PageBreak()]

    # chapters
    where = placement(data)
    chart_w = fw * 0.9
    font_file = fonts.any_file
    for ci, (sec, blocks) in enumerate(chapters):
        counter = Counter(ci if chapters and chapters[0][0].key == "preface" else ci + 1)
        for bi, b in enumerate(blocks):
            if b.kind == "h1":
                story += [CondPageBreak(40 * mm), Heading(b.text, st.h1, f"c{ci}b{bi}", pages)]
            elif b.kind == "h2":
                story.append(Heading(b.text, st.h2, f"c{ci}b{bi}", pages))
            else:
                story.append(P(b.text, st.body))
        for part in where.get(sec.key, []):
            if part == "targets" and data.targets:
                story += targets_tables(data, st, fw, counter)
            elif part == "funds":
                story += funds_table(data, st, fw, counter)
                png = charts.funds_chart(data, font_file)
                if png:
                    story += [_image(png, chart_w), P("图 资金分年度情况", st.caption)]
            elif part == "scores":
                story += scores_table(data, st, fw, counter)
                story += [_image(charts.score_rate_chart(data, font_file), chart_w), P("图 各一级指标得分率", st.caption)]
                story.append(P(f"经综合评价，{data.project_title}绩效评价得分为 {fmt(data.sheet.total)} 分，"
                               f"评价等级为“{data.sheet.grade}”。", st.body))
        if progress:
            progress(10 + 40 * (ci + 1) // max(len(chapters), 1))
    # annex list, signature and seal block
    right = ParagraphStyleRight(st)
    if not any("附件" in (sec.body or "")[-300:] for sec in data.sections[-1:]):
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
    story.append(TocWriter(entries, pages, toc_pages, per_page, (pw, ph), fonts, skip=1))
    doc.fe_progress = progress
    doc.fe_total = len(story)
    doc.build(story)


def ParagraphStyleRight(st: Styles):  # noqa: N802 - a style factory read like a style name
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("right", parent=st.body_plain, alignment=TA_RIGHT, rightIndent=20)


# ── DOCX ─────────────────────────────────────────────────────────────────────
def write_docx(data: ReportData, out: Path, setup: PageSetup, options: dict | None = None) -> None:
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    from services.reports import docxkit as dk
    from services.reports.layout import fonts_for

    options = options or {}
    info = data.info
    size = "A3" if str(options.get("page_size", "A4")).upper() == "A3" else "A4"
    doc = dk.new_document(PageSetup(size, "portrait"), body_font=dk.FANG, body_size=14)
    for _ in range(6):
        doc.add_paragraph()
    dk.heading(doc, data.project_title, size=22, center=True)
    dk.heading(doc, "支出绩效评价报告", size=22, center=True)
    for _ in range(5):
        doc.add_paragraph()
    for label, value in (("被评价单位", info.evaluated_unit), ("委托单位", info.commissioner), ("评价机构", info.agency),
                         ("报告编号", info.report_number), ("报告日期", date_text(info.report_date))):
        if value:
            dk.para(doc, f"{label}：{value}", size=16, font=dk.FANG, center=True)
    dk.page_break(doc)
    dk.heading(doc, "声    明", size=22, center=True)
    dk.para(doc, STATEMENT.format(unit=f"（{info.evaluated_unit}）" if info.evaluated_unit else "",
                                  commissioner=f"（{info.commissioner}）" if info.commissioner else ""),
            size=14, font=dk.FANG, indent=True)
    dk.para(doc, info.agency, size=14, font=dk.FANG, right=True)
    dk.para(doc, date_text(info.report_date), size=14, font=dk.FANG, right=True)
    dk.page_break(doc)
    # contents: a Word TOC field (Word fills it in when fields are updated)
    dk.heading(doc, "目    录", size=18, center=True)
    p = doc.add_paragraph()
    run = p.add_run()
    for kind, text in (("begin", None), (None, 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None),
                       (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._element.append(el)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            run._element.append(el)
        else:
            t = OxmlElement("w:t")
            t.text = "（在 Word 中右键此处选择“更新域”以生成目录）"
            run._element.append(t)
    dk.page_break(doc)
    where = placement(data)
    chapters = chapter_blocks(data.sections)
    fonts = fonts_for(info.settings, options)
    usable_mm = 210 - 30 if size == "A4" else 297 - 30
    for ci, (sec, blocks) in enumerate(chapters):
        for b in blocks:
            if b.kind == "h1":
                dk.heading(doc, b.text, size=16, level=1)
            elif b.kind == "h2":
                h = dk.heading(doc, b.text, size=14, level=2)
                h.paragraph_format.first_line_indent = dk.Pt(28)
            else:
                dk.para(doc, b.text, size=14, font=dk.FANG, indent=True)
        for part in where.get(sec.key, []):
            if part == "targets":
                _docx_targets(doc, data)
            elif part == "funds" and data.funds:
                _docx_funds(doc, data)
                png = charts.funds_chart(data, fonts.any_file)
                if png:
                    doc.add_picture(BytesIO(png), width=Mm(usable_mm * 0.9))
            elif part == "scores":
                _docx_scores(doc, data)
                doc.add_picture(BytesIO(charts.score_rate_chart(data, fonts.any_file)), width=Mm(usable_mm * 0.9))
                dk.para(doc, f"经综合评价，{data.project_title}绩效评价得分为 {fmt(data.sheet.total)} 分，"
                             f"评价等级为“{data.sheet.grade}”。", size=14, font=dk.FANG, indent=True)
    dk.para(doc, f"附件：1.{scoring_sheet.title_of(data)}", size=14, font=dk.FANG)
    dk.para(doc, f"　　　2.{issue_list.title_of(data)}", size=14, font=dk.FANG)
    doc.add_paragraph()
    dk.para(doc, info.agency or "评价机构", size=14, font=dk.FANG, right=True)
    dk.para(doc, "（盖章）", size=14, font=dk.FANG, right=True)
    dk.para(doc, date_text(info.report_date) or "　　年　　月　　日", size=14, font=dk.FANG, right=True)
    for stage, signer, when in data.sign_offs if data.internal else []:  # the review chain's sign-offs: internal
        dk.para(doc, f"{stage}：{signer or '＿＿＿＿＿＿'}　　{when or '＿＿＿＿年＿＿月＿＿日'}", size=12, font=dk.FANG,
                right=True)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    dk.apply_setup(sec, PageSetup(size, "landscape"))
    dk.heading(doc, "附件1", size=14, level=1)
    scoring_sheet.add_to_docx(doc, data, title="1." + scoring_sheet.title_of(data))
    dk.page_break(doc)
    dk.heading(doc, "附件2", size=14, level=1)
    issue_list.add_to_docx(doc, data, title="2." + issue_list.title_of(data))
    dk.page_numbers(doc)
    doc.save(str(out))


def _docx_targets(doc, data: ReportData) -> None:
    from services.reports import docxkit as dk

    tables: dict[str, list] = {}
    for t in data.targets:
        tables.setdefault(t.table or "", []).append(t)
    for name, rows in tables.items():
        dk.para(doc, f"{'“' + name + '”' if name else data.project_title}绩效目标表", size=11, font=dk.HEI, center=True)
        t = dk.table(doc, len(rows) + 1, 5, [0.12, 0.2, 0.33, 0.15, 0.2])
        dk.header_row(t.rows[0], ["一级指标", "二级指标", "三级指标", "指标值", "实际完成"])
        for k, r in enumerate(rows):
            c = t.fe_grid[k + 1]
            for i, v in enumerate((r.level1, r.level2, r.name, r.target, r.actual)):
                dk.cell_text(c[i], v, center=i != 2)


def _docx_funds(doc, data: ReportData) -> None:
    from services.reports import docxkit as dk

    dk.para(doc, "项目资金情况表（单位：万元）", size=11, font=dk.HEI, center=True)
    t = dk.table(doc, len(data.funds) + 1, 6, [0.08, 0.27, 0.13, 0.13, 0.13, 0.26])
    dk.header_row(t.rows[0], ["年度", "资金来源", "支出", "合同金额", "已支付", "收款单位"])
    for k, f in enumerate(data.funds):
        c = t.fe_grid[k + 1]
        for i, v in enumerate((str(f.year or ""), f.source, fmt_money(f.spent), fmt_money(f.contract_amount),
                               fmt_money(f.paid), f.payee)):
            dk.cell_text(c[i], v, center=i in (0,))


def _docx_scores(doc, data: ReportData) -> None:
    from services.reports import docxkit as dk

    dk.para(doc, "绩效评价得分情况表", size=11, font=dk.HEI, center=True)
    rows = summary.level_rows(data)
    t = dk.table(doc, len(rows) + 2, 5, [0.3, 0.15, 0.15, 0.2, 0.2])
    dk.header_row(t.rows[0], ["评价指标", "分值", "得分", "得分率", "等级"])
    for k, r in enumerate(rows):
        c = t.fe_grid[k + 1]
        for i, v in enumerate((r[0], r[1], r[3], r[4], r[5])):
            dk.cell_text(c[i], v, center=True)
    c = t.fe_grid[len(rows) + 1]
    for i, v in enumerate(("合计", fmt(data.sheet.max), fmt(data.sheet.total), f"{fmt(data.sheet.rate)}%", data.sheet.grade)):
        dk.cell_text(c[i], v, center=True, bold=True)
