"""工作底稿 — the working papers: 底稿目录, one sheet per 三级指标, the evidence list, the field
records, and a blank 评分表 for hand-filling on site.

Every paper and every evidence item has a 索引号 (DG-<indicator code>, ZJ-nnn) shown here and
printed in the 评分表 (评分说明 column) and the 问题清单 (备注), so a reviewer can walk from a score
to the paper behind it and to the evidence behind that.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import (
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from services.reports import scoring_sheet
from services.reports.data import INDEX_PAPER, ReportData
from services.reports.layout import (
    GRID,
    HEADER_BG,
    MARGINS,
    MARK,
    P,
    PageSetup,
    Styles,
    page_number_footer,
)
from services.scoring import ScoredNode, fmt, fmt_money

BLANK_INDEX = "DG-B"
EVIDENCE_INDEX = "DG-Z"
FIELD_INDEX = "DG-X"


def _style(extra=None) -> TableStyle:
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + (extra or []))


def _dt(d) -> str:
    return d.strftime("%Y-%m-%d") if d else ""


def paper_title(path: list[ScoredNode]) -> str:
    return f"“{path[-1].name}”评分底稿"


def index_rows(data: ReportData) -> list[tuple[str, str, str]]:
    """(索引号, 底稿名称, 编制人/复核人) of every paper and evidence item, in order."""
    rows = [(INDEX_PAPER, "底稿目录", "")]
    for path in data.node_paths():
        leaf = path[-1]
        w = data.work.get(leaf.id)
        who = "／".join(x for x in ((w.assignee if w else ""), (w.reviewer if w else "")) if x)
        rows.append((data.paper_no[leaf.id], "／".join(n.name for n in path) + " 评分底稿", who))
    rows.append((EVIDENCE_INDEX, "证据清单", ""))
    for e in data.evidence:
        rows.append((e.index_no, f"证据：{e.filename}" + (f"（{e.description}）" if e.description else ""), ""))
    if data.field_notes:
        rows.append((FIELD_INDEX, "现场记录（访谈 / 实地勘察 / 资料核查）", ""))
    rows.append((BLANK_INDEX, "空白评分表（现场打分用）", ""))
    return rows


def _kv_table(pairs: list[tuple[str, str]], st: Styles, width: float) -> Table:
    rows = [[P(k, st.head), P(v, st.cell)] for k, v in pairs]
    t = Table(rows, colWidths=[width * 0.16, width * 0.84], splitInRow=1)  # a very long text runs on
    t.setStyle(_style([("BACKGROUND", (0, 0), (0, -1), HEADER_BG)]))
    return t


def leaf_paper(data: ReportData, path: list[ScoredNode], st: Styles, width: float) -> list:
    leaf = path[-1]
    spec = data.specs.get(leaf.id)
    work = data.work.get(leaf.id)
    story: list = [P(paper_title(path), st.title)]
    head = Table([[P(f"项目名称：{data.project_title}", st.cell), P(f"索引号：{data.paper_no[leaf.id]}", st.cell_r)]],
                 colWidths=[width * 0.7, width * 0.3])
    head.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(1, 4)]
    levels = "／".join(f"{n.name}（{fmt(n.max)}分）" for n in path)
    story.append(_kv_table([
        ("指标", levels),
        ("指标编号", leaf.code),
        ("指标解释", getattr(spec, "definition", "")),
        ("评价要点", getattr(spec, "key_points", "")),
        ("评分标准", getattr(spec, "criteria", "")),
    ], st, width))
    story.append(Spacer(1, 6))
    # inputs and the calculation, item by item
    story.append(P("评分过程（录入数据与计算）", st.subtitle))
    rows = [[P(h, st.head) for h in ("评分项", "分值", "得分", "计算过程")]]
    inputs = data.inputs.get(leaf.id, {})
    for it in leaf.items:
        note = (inputs.get(it.key) or {}).get("note") if isinstance(inputs.get(it.key), dict) else None
        source = data.sources.get((leaf.id, it.key))
        text = (it.text + (f"（输入有误：{it.error}）" if it.error else "") + (f"\n录入说明：{note}" if note else "")
                + (f"\n数据来源：{source}" if source else ""))
        rows.append([P(it.label or it.key, st.cell), P(fmt(it.max), st.cell_c),
                     P(fmt(it.score) if it.score is not None else "未评", st.cell_c), P(text, st.cell)])
    t = LongTable(rows, colWidths=[width * w for w in (0.22, 0.08, 0.08, 0.62)], repeatRows=1, splitInRow=1)
    t.setStyle(_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)]))
    story.append(t)
    calc = []
    if len(leaf.items) != 1 or leaf.computed is None:  # one item: its row above already says it all
        calc.append(("按规则计算", leaf.calculation or "尚未评分"))
    if leaf.override_score is not None:
        calc.append(("人工调整", f"{MARK} 按规则 {fmt(leaf.computed)} 分，调整为 {fmt(leaf.override_score)} 分；"
                                 f"理由：{leaf.override_reason}"))
    if leaf.not_applicable:
        calc.append(("不适用", leaf.na_reason or "未说明理由"))
    if leaf.redistributed:
        calc.append(("分值调整", f"分值由 {fmt(leaf.declared_max)} 按比例调整为 {fmt(leaf.max)}（同级指标不适用）"))
    if calc:
        story += [Spacer(1, 4), _kv_table(calc, st, width)]
    story.append(Spacer(1, 6))
    # evidence
    evid = data.evidence_of("indicator", leaf.id)
    story.append(P("证据清单", st.subtitle))
    if evid:
        rows = [[P(h, st.head) for h in ("索引号", "文件", "说明", "采集时间")]]
        rows += [[P(e.index_no, st.cell_c), P(e.filename, st.cell), P(e.description, st.cell),
                  P(_dt(e.captured_at), st.cell_c)] for e in evid]
        t = LongTable(rows, colWidths=[width * w for w in (0.12, 0.3, 0.42, 0.16)], repeatRows=1, splitInRow=1)
        t.setStyle(_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)]))
        story.append(t)
    else:
        story.append(P("（未关联证据）", st.note))
    story.append(Spacer(1, 6))
    # findings
    found = data.findings_of(leaf.id)
    story.append(P("关联问题", st.subtitle))
    if found:
        rows = [[P(h, st.head) for h in ("序号", "类别", "问题", "涉及金额（万元）")]]
        rows += [[P(str(f.seq), st.cell_c), P(f"{f.category}类", st.cell_c), P(f.title, st.cell),
                  P(fmt_money(f.amount), st.cell_r)] for f in found]
        t = LongTable(rows, colWidths=[width * w for w in (0.08, 0.1, 0.62, 0.2)], repeatRows=1, splitInRow=1)
        t.setStyle(_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)]))
        story.append(t)
    else:
        story.append(P("（无）", st.note))
    story.append(Spacer(1, 6))
    score = scoring_sheet.score_text(leaf, False)
    story.append(_kv_table([("得分", f"{score}（满分 {fmt(leaf.max)} 分）"), ("评分说明", scoring_sheet.comment_text(data, leaf, False))], st, width))
    story.append(Spacer(1, 14))
    sign = Table([[P(f"编制人：{work.assignee if work and work.assignee else '＿＿＿＿＿＿'}", st.cell),
                   P(f"日期：{_dt(work.updated_at) if work and work.assignee else '＿＿＿＿年＿＿月＿＿日'}", st.cell),
                   P(f"复核人：{work.reviewer if work and work.reviewer else '＿＿＿＿＿＿'}", st.cell),
                   P(f"日期：{_dt(work.reviewed_at) if work and work.reviewed_at else '＿＿＿＿年＿＿月＿＿日'}", st.cell)]],
                 colWidths=[width * 0.22, width * 0.28, width * 0.22, width * 0.28])
    story.append(KeepTogether([sign]))
    return story


def sign_off_table(data: ReportData, st, width: float) -> list:
    """复核签署: one line per stage of the review chain (a voided sign-off reads 已失效)."""
    if not data.sign_offs:
        return []
    rows = [[P(h, st.head) for h in ("复核环节", "签署人", "日期")]]
    rows += [[P(stage, st.cell_c), P(signer or "＿＿＿＿＿＿", st.cell_c), P(when or "＿＿＿＿年＿＿月＿＿日", st.cell_c)]
             for stage, signer, when in data.sign_offs]
    t = Table(rows, colWidths=[width * 0.3, width * 0.3, width * 0.4])
    t.setStyle(_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)]))
    return [KeepTogether([Spacer(1, 10), P("复核签署", st.title), t])]


def write_pdf(data: ReportData, out: Path, styles: Styles, setup: PageSetup,
              progress: Callable[[int], None] | None = None) -> None:
    """Laid out twice: the first pass (in memory) finds the page of every paper and evidence list,
    the second prints them in the 底稿目录's 页码 column (its width is fixed, so nothing moves)."""
    from io import BytesIO

    pages: dict[str, int] = {}
    _write(data, BytesIO(), styles, setup, pages, {}, None)
    for e in data.evidence:  # each evidence item is listed on the evidence list's page
        if EVIDENCE_INDEX in pages:
            pages.setdefault(e.index_no, pages[EVIDENCE_INDEX])
    _write(data, out, styles, setup, {}, pages, progress)


def _write(data: ReportData, out, styles: Styles, setup: PageSetup, sink: dict[str, int],
           numbers: dict[str, int], progress: Callable[[int], None] | None) -> None:
    from services.reports.pdfbuild import Doc, make_frame
    from services.reports.report import Mark

    st = styles
    size = setup.size
    pw, ph = PageSetup(size, "portrait").pagesize
    lw, lh = PageSetup(size, "landscape").pagesize
    width = pw - MARGINS["left"] - MARGINS["right"]
    title = f"{data.project_title}绩效评价工作底稿"
    doc = Doc(str(out) if isinstance(out, (str, Path)) else out, st.fonts, title, data.info.agency, (pw, ph))
    footer = page_number_footer("第 {n} 页", header=title)
    doc.addPageTemplates([
        PageTemplate("portrait", [make_frame((pw, ph), "p")], onPage=footer, pagesize=(pw, ph)),
        PageTemplate("landscape", [make_frame((lw, lh), "l")], onPage=footer, pagesize=(lw, lh)),
    ])
    # the project on one line, 绩效评价工作底稿 on the next: the title never breaks inside a word
    story: list = [Mark(INDEX_PAPER, sink), P(data.project_title, st.doc_title_top), P("绩效评价工作底稿", st.doc_title), P("底稿目录", st.title),
                   P(f"索引号：{INDEX_PAPER}　　评价机构：{data.info.agency}　　编制日期：{data.prepared_on:%Y-%m-%d}", st.note),
                   Spacer(1, 6)]
    rows = [[P(h, st.head) for h in ("索引号", "底稿名称", "编制人／复核人", "页码")]]
    rows += [[P(a, st.cell_c), P(b, st.cell), P(c, st.cell_c), P(str(numbers[a]) if a in numbers else "", st.cell_c)]
             for a, b, c in index_rows(data)]
    t = LongTable(rows, colWidths=[width * 0.16, width * 0.58, width * 0.18, width * 0.08], repeatRows=1, splitInRow=1)
    t.setStyle(_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)]))
    story.append(t)
    story += sign_off_table(data, st, width)
    paths = data.node_paths()
    for i, path in enumerate(paths):
        story += [PageBreak(), Mark(data.paper_no[path[-1].id], sink)]
        story += leaf_paper(data, path, st, width)
        if progress and i % 20 == 0:
            progress(int(i * 70 / max(len(paths), 1)))
    # evidence list
    story += [PageBreak(), Mark(EVIDENCE_INDEX, sink), P("证据清单", st.title), P(f"索引号：{EVIDENCE_INDEX}", st.note),
              Spacer(1, 4)]
    names = {n.id: n.name for n in data.sheet.walk()}
    if data.evidence:
        rows = [[P(h, st.head) for h in ("索引号", "文件", "说明", "采集时间", "关联指标／问题")]]
        seq = {f.id: f.seq for f in data.findings}
        for e in data.evidence:
            linked = [names.get(i, "") for i in e.indicator_ids] + [f"问题{seq[f]}" for f in e.finding_ids if f in seq]
            rows.append([P(e.index_no, st.cell_c), P(e.filename, st.cell), P(e.description, st.cell),
                         P(_dt(e.captured_at), st.cell_c), P("、".join(x for x in linked if x), st.cell)])
        t = LongTable(rows, colWidths=[width * w for w in (0.1, 0.22, 0.34, 0.12, 0.22)], repeatRows=1, splitInRow=1)
        t.setStyle(_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)]))
        story.append(t)
    else:
        story.append(P("（本评价尚未收集证据文件）", st.note))
    if data.field_notes:
        story += [PageBreak(), Mark(FIELD_INDEX, sink), P("现场记录", st.title), P(f"索引号：{FIELD_INDEX}", st.note)]
        rows = [[P(h, st.head) for h in ("类型", "时间", "地点", "参加人员", "记录", "记录人")]]
        rows += [[P(n.kind, st.cell_c), P(_dt(n.happened_at), st.cell_c), P(n.place, st.cell), P(n.people, st.cell),
                  P(n.notes, st.cell), P(n.recorder, st.cell_c)] for n in data.field_notes]
        t = LongTable(rows, colWidths=[width * w for w in (0.08, 0.12, 0.14, 0.14, 0.42, 0.1)], repeatRows=1,
                      splitInRow=1)
        t.setStyle(_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG)]))
        story.append(t)
    # blank scoring sheet, landscape
    lfw, lfh = lw - MARGINS["left"] - MARGINS["right"], lh - MARGINS["top"] - MARGINS["bottom"]
    note = P(f"索引号：{BLANK_INDEX}", st.note)
    story += [NextPageTemplate("landscape"), PageBreak(), Mark(BLANK_INDEX, sink), note]
    story += scoring_sheet.flowables(data, st, lfw, lfh, scoring_sheet.title_of(data, blank=True), blank=True,
                                     cross_refs=False, first_page_used=note.wrap(lfw, lfh)[1] + 2)
    doc.fe_progress = progress
    doc.fe_total = len(story)
    doc.build(story)
