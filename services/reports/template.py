"""The 评价报告 from an agency's own Word template (docxtpl: Jinja tags in a DOCX).

An agency keeps its house style (letterhead, fonts, cover, order of chapters) in a DOCX with
placeholders; the evaluation fills them. The template is chosen per evaluation
(``Evaluation.settings["report_template"]``, a file path) or per export (option ``template``);
the default one ships in ``resources/report_templates/评价报告模板.docx`` and is rebuilt by
``build_default`` (python-docx) so that it always carries every placeholder below.

Placeholders (docs/reports.md lists them with examples):

- facts: ``project`` ``evaluated_unit`` ``commissioner`` ``agency`` ``department`` ``report_number``
  ``report_date`` ``year`` ``evaluation_type`` ``full_marks`` ``total`` ``grade`` ``score_rate``
  ``count_line`` (问题 count line) ``copy`` (客户版/内部版)
- ``levels``: rows of the 得分情况表 — ``name`` ``max`` ``score`` ``score_rate`` ``grade`` ``level`` (1 or 2)
- ``leaves``: rows of the 评分表 — ``l1`` ``l2`` ``code`` ``name`` ``max`` ``score`` ``comment`` (评分说明)
- ``findings``: rows of the 问题清单 — ``seq`` ``category`` ``title`` ``amount`` ``detail`` ``remark``
- ``funds``: ``year`` ``source`` ``budget`` ``arrived`` ``spent`` ``contract_amount`` ``paid`` ``payee``;
  ``funds_total`` the same keys summed
- ``targets``: ``table`` ``level1`` ``level2`` ``name`` ``target`` ``actual`` (``note`` in the internal copy)
- ``chapters``: ``title`` and ``paragraphs`` (the chapter text, one paragraph each)
- ``summary_rows``: ``area`` ``problems`` ``advice`` (简要情况表)
- ``sign_offs`` (internal copy only): ``stage`` ``signer`` ``date``

Every figure is the text the built-in documents print (the same rounding), so a template's
tables add up as the PDF's do.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from models.messages import said
from services.reports.data import ReportData
from services.reports.errors import ReportError


def default_template() -> Path:
    """The shipped template (resources/, so that the Windows bundle carries it)."""
    from models.paths import resource_path

    return resource_path("report_templates", "评价报告模板.docx")


def context(data: ReportData) -> dict[str, Any]:
    from services.core.numbers import pct
    from services.reports import report, scoring_sheet
    from services.scoring import fmt, fmt_money

    info = data.info
    chapters = []
    for _sec, blocks in report.chapter_blocks(data.sections):
        title = next((b.text for b in blocks if b.kind == "h1"), "")
        chapters.append({"title": title, "paragraphs": [b.text for b in blocks if b.kind != "h1"]})
    fund_body, fund_total = report.fund_rows(data)
    keys = ("year", "source", "budget", "arrived", "spent", "contract_amount", "paid", "payee")
    return {
        "project": data.project_title,
        "evaluated_unit": info.evaluated_unit or "",
        "commissioner": info.commissioner or "",
        "agency": info.agency or "",
        "department": info.department or "",
        "report_number": info.report_number or "",
        "report_date": report.date_text(info.report_date),
        "year": str(info.year or ""),
        "evaluation_type": info.evaluation_type or "",
        "full_marks": fmt(data.sheet.max),
        "total": fmt(data.sheet.total),
        "grade": data.sheet.grade,
        "score_rate": pct(data.sheet.rate),
        "count_line": data.count_line,
        "copy": "内部版" if data.internal else "客户版",
        "levels": [{"level": level, "name": c[0], "max": c[1], "score": c[2], "score_rate": c[3], "grade": c[4]}
                   for level, c in report.score_rows(data)],
        "leaves": [{"l1": r.l1.name, "l2": r.l2.name if r.l2 else "", "code": r.leaf.code, "name": r.name,
                    "max": scoring_sheet.max_text(r.leaf), "score": scoring_sheet.score_text(r.leaf, False, data.internal),
                    "comment": scoring_sheet.comment_text(data, r.leaf, False)}
                   for r in scoring_sheet.sheet_rows(data)],
        "findings": [{"seq": f.seq, "category": f"{f.category}类：{f.category_name}", "title": f.title,
                      "amount": fmt_money(f.amount) if f.amount is not None else "", "detail": f.detail,
                      "remark": f.remark} for f in data.findings],
        "funds": [dict(zip(keys, r)) for r in fund_body],
        "funds_total": dict(zip(keys, fund_total)),
        "targets": [dict(zip(("level1", "level2", "name", "target", "actual", "note"), report.target_values(data, t)),
                         table=t.table) for t in data.targets],
        "chapters": chapters,
        "summary_rows": [{"area": r.area, "problems": r.problems, "advice": r.advice} for r in data.summary_rows],
        "sign_offs": [{"stage": a, "signer": b, "date": c} for a, b, c in data.sign_offs] if data.internal else [],
    }


def template_of(data: ReportData, options: dict[str, Any] | None) -> Path | None:
    """The agency template for this export: the option, else the evaluation's own choice."""
    chosen = (options or {}).get("template")
    if not chosen and isinstance(data.info.settings, dict):
        chosen = data.info.settings.get("report_template")
    if not chosen:
        return None
    path = default_template() if str(chosen) == "default" else Path(str(chosen)).expanduser()
    if not path.is_file():
        raise ReportError(said("找不到报告模板：{path}", path=path))
    return path


def render(data: ReportData, template: Path, out: Path) -> None:
    """Fill ``template`` with this evaluation; a broken template is one clear line."""
    from docxtpl import DocxTemplate  # type: ignore[import-untyped]
    from jinja2 import TemplateError

    try:
        doc = DocxTemplate(str(template))
        doc.render(context(data), autoescape=True)
        doc.save(str(out))
    except TemplateError as exc:
        raise ReportError(said("报告模板“{name}”有误：{exc}", name=template.name, exc=exc)) from exc
    except (KeyError, ValueError, OSError) as exc:
        raise ReportError(said("报告模板“{name}”无法使用：{exc}", name=template.name, exc=exc)) from exc


def build_default(path: Path) -> Path:
    """Write the default template (every placeholder, in the GB/T 9704 fonts) to ``path``."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from services.reports import docxkit as dk
    from services.reports.layout import PageSetup

    doc = dk.new_document(PageSetup("A4", "portrait"), body_font=dk.FANG, body_size=16)
    for name, font in (("Heading 1", dk.HEI), ("Heading 2", dk.KAI)):
        dk.style_font(doc.styles[name], font, 16)
    for section in doc.sections:
        section.top_margin, section.bottom_margin = dk.Mm(37), dk.Mm(35)
        section.left_margin, section.right_margin = dk.Mm(28), dk.Mm(26)

    def line(text: str, size: float = 16, font: str = dk.FANG, center: bool = False, bold: bool = False):
        p = dk.para(doc, text, size=size, font=font, center=center, bold=bold)
        return p

    line("{{ project }}", 22, dk.SONG, True, True)
    line("支出绩效评价报告", 22, dk.SONG, True, True)
    for label, key in (("被评价单位", "evaluated_unit"), ("委托单位", "commissioner"), ("评价机构", "agency"),
                       ("报告编号", "report_number"), ("报告日期", "report_date")):
        line(f"{label}：{{{{ {key} }}}}", center=True)
    dk.page_break(doc)
    line("{%p for c in chapters %}")
    line("{%p if c.title %}")
    dk.heading(doc, "{{ c.title }}", size=16, level=1)
    line("{%p endif %}")
    line("{%p for para in c.paragraphs %}")
    p = line("{{ para }}")
    p.paragraph_format.first_line_indent = dk.Pt(32)
    line("{%p endfor %}")
    line("{%p endfor %}")
    line("经综合评价，{{ project }}绩效评价得分为 {{ total }} 分，评价等级为“{{ grade }}”。")

    def loop_table(caption: str, headers: list[str], cells: list[str], loop: str, shares: list[float]) -> None:
        dk.caption(doc, caption)
        t = dk.table(doc, 4, len(headers), shares)
        dk.header_row(t.rows[0], headers)
        g = t.fe_grid
        dk.cell_text(g[1][0], f"{{%tr for r in {loop} %}}")
        for i, c in enumerate(cells):
            dk.cell_text(g[2][i], c, center=i != len(cells) - 1)
        dk.cell_text(g[3][0], "{%tr endfor %}")

    loop_table("绩效评价得分情况表", ["评价指标", "分值", "得分", "得分率", "等级"],
               ["{{ r.name }}", "{{ r.max }}", "{{ r.score }}", "{{ r.score_rate }}", "{{ r.grade }}"], "levels",
               [0.4, 0.15, 0.15, 0.15, 0.15])
    loop_table("项目资金情况表（单位：万元）", ["年度", "资金来源", "预算", "到位", "支出", "已支付"],
               ["{{ r.year }}", "{{ r.source }}", "{{ r.budget }}", "{{ r.arrived }}", "{{ r.spent }}", "{{ r.paid }}"],
               "funds", [0.1, 0.3, 0.15, 0.15, 0.15, 0.15])
    line("")
    line("{{ agency }}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    line("{{ report_date }}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dk.page_break(doc)
    line("附件1", 16, dk.HEI)
    loop_table("{{ project }}支出绩效评分表", ["一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明"],
               ["{{ r.l1 }}", "{{ r.l2 }}", "{{ r.name }}", "{{ r.max }}", "{{ r.score }}", "{{ r.comment }}"],
               "leaves", [0.1, 0.12, 0.2, 0.08, 0.08, 0.42])
    line("合计：分值 {{ full_marks }}，得分 {{ total }}", 12)
    dk.page_break(doc)
    line("附件2", 16, dk.HEI)
    line("{{ count_line }}", 12)
    loop_table("绩效评价问题清单", ["序号", "问题类别", "问题", "涉及金额（万元）", "存在具体问题"],
               ["{{ r.seq }}", "{{ r.category }}", "{{ r.title }}", "{{ r.amount }}", "{{ r.detail }}"], "findings",
               [0.06, 0.14, 0.2, 0.12, 0.48])
    dk.page_numbers(doc, ("— ", " —"), outside=True, size=14)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
