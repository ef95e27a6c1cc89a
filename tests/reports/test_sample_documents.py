"""Every document of the sample evaluation, read back from the produced files."""
from __future__ import annotations

import re
import shutil
import zipfile
from decimal import Decimal

import pytest

from services.scoring import fmt, fmt_money

pypdf = pytest.importorskip("pypdf")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(path) -> list[str]:
    return [squash(p.extract_text() or "") for p in pypdf.PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def docs(sample_master, tmp_path_factory):
    """All documents in all formats, written once for this module."""
    from services.reports import export_all

    folder = tmp_path_factory.mktemp("docs")
    src = folder / "sample.fev"
    shutil.copyfile(sample_master, src)
    written = export_all(src, folder / "out")
    by_name = {}
    for p in written:
        kind = p.stem.rsplit("-", 1)[-1]
        by_name[(kind, p.suffix[1:])] = p
    return by_name


@pytest.fixture(scope="module")
def expected(sample_master, tmp_path_factory):
    from services.evaluation import assessments, findings

    src = tmp_path_factory.mktemp("exp") / "s.fev"
    shutil.copyfile(sample_master, src)
    store = assessments.open_evaluation(src)
    try:
        sheet = assessments.score(store)
        rows = findings.list_findings(store)
        _counts, line = findings.category_counts(store)
    finally:
        store.close()
    return sheet, rows, line


def test_all_documents_written(docs):
    assert set(docs) == {("评分表", "pdf"), ("评分表", "docx"), ("评分表", "xlsx"), ("问题清单", "pdf"),
                         ("问题清单", "docx"), ("问题清单", "xlsx"), ("简要情况表", "pdf"), ("简要情况表", "docx"), ("评价报告", "pdf"),
                         ("评价报告", "docx"), ("工作底稿", "pdf"), ("空白评分表", "pdf"), ("空白评分表", "xlsx")}
    for p in docs.values():
        assert p.stat().st_size > 1000


def _leaf_segments(text: str, leaves):
    """The text from each leaf's name to the next leaf's name (one table row and its labels)."""
    pos = []
    start = 0
    for n in leaves:
        i = text.find(squash(n.name), start)
        assert i >= 0, f"三级指标“{n.name}”不在评分表中"
        pos.append(i)
        start = i + 1
    return [text[a:b] for a, b in zip(pos, pos[1:] + [len(text)])]


def test_scoring_sheet_pdf_every_leaf_with_weight_and_score(docs, expected):
    sheet, _f, _l = expected
    pages = pdf_pages(docs[("评分表", "pdf")])
    text = "".join(pages)
    leaves = sheet.leaves()
    assert len(leaves) == 27
    for n, seg in zip(leaves, _leaf_segments(text, leaves)):
        assert seg.startswith(squash(n.name) + fmt(n.max)), (n.name, seg[:60])
        assert fmt(n.score) + squash(n.comment)[:8] in seg, (n.name, n.score)
    assert "合计10010078.8" in text
    # the client copy: the override's mark and reason are internal (see test_copies.py)
    assert "※" not in text and "按评分标准计算为" not in text and "提请复核" not in text
    for p in pages:
        assert "一级指标二级指标分值三级指标分值指标解释指标说明评分标准得分评分说明" in p
    # a group split over pages keeps its label
    assert "（续）" in "".join(pages[1:])


def test_scoring_sheet_xlsx_total_is_a_formula(docs, expected):
    import openpyxl

    sheet, _f, _l = expected
    wb = openpyxl.load_workbook(docs[("评分表", "xlsx")])
    ws = wb["评分表"]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    leaf_rows = rows[:27]
    by_name = {r[3]: r for r in leaf_rows}
    for n in sheet.leaves():
        r = by_name[n.name]
        assert Decimal(str(r[4])) == n.max
        assert Decimal(str(r[8])).quantize(Decimal("0.01")) == n.score.quantize(Decimal("0.01"))
    total = rows[27]
    assert total[0] == "合计"
    assert total[8] == "=SUM(I3:I29)" and total[4] == "=SUM(E3:E29)" and total[2] == "=SUM(C3:C29)"
    assert sum(Decimal(str(r[8])) for r in leaf_rows) == Decimal("78.8")
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert "A3:A8" in merged and "A9:A13" in merged  # 决策 spans its six 三级指标, 过程 its five
    assert ws.print_title_rows == "$2:$2"


def test_scoring_sheet_docx_fonts_and_header(docs, expected):
    import docx

    sheet, _f, _l = expected
    d = docx.Document(str(docs[("评分表", "docx")]))
    t = d.tables[0]
    texts = {c.text for row in t.rows for c in row.cells}
    for n in sheet.leaves():
        assert n.name in texts
    assert "78.8" in texts and "合计" in texts
    xml = zipfile.ZipFile(docs[("评分表", "docx")]).read("word/document.xml").decode()
    assert 'w:eastAsia="宋体"' in xml and 'w:eastAsia="黑体"' in xml
    assert "<w:tblHeader" in xml
    assert 'w:orient="landscape"' in xml


def test_issue_list_pdf(docs, expected):
    _s, findings, line = expected
    text = "".join(pdf_pages(docs[("问题清单", "pdf")]))
    assert "共计发现问题5类，问题总数14个。其中，A类问题2个，B类问题2个，C类问题4个，D类问题3个，E类问题3个" in text
    assert squash(line) in text
    assert len(findings) == 14
    for code, name in (("A", "政策制度落实程度"), ("B", "项目管理规范程度"), ("C", "资金分配科学程度"),
                       ("D", "资金使用规范程度"), ("E", "资金效益实现程度")):
        assert f"{code}类：{name}" in text
    pos = 0
    for seq, f in enumerate(findings, 1):
        i = text.find(squash(f.title), pos)
        assert i >= 0, f.title
        assert text[:i].endswith(str(seq)) or f"{seq}" in text[max(0, i - 40):i]
        if f.amount is not None:
            assert fmt_money(f.amount) + "万元" in text[i:i + 200]
        pos = i
    assert "30,295.88万元" in text


def test_issue_list_xlsx_and_docx(docs, expected):
    import docx
    import openpyxl

    _s, findings, line = expected
    ws = openpyxl.load_workbook(docs[("问题清单", "xlsx")])["问题清单"]
    assert ws["A3"].value == "合计" and ws["E3"].value == line
    assert ws["D3"].value == "=SUM(D4:D17)"
    titles = [ws.cell(r, 3).value for r in range(4, 18)]
    assert titles == [f.title for f in findings]
    assert ws.cell(4, 4).value == pytest.approx(30295.88)
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert "B4:B5" in merged  # the two A类 findings share one category cell
    d = docx.Document(str(docs[("问题清单", "docx")]))
    texts = [c.text for row in d.tables[0].rows for c in row.cells]
    assert line in texts
    for f in findings:
        assert f.title in texts


def test_summary_pdf(docs):
    text = "".join(pdf_pages(docs[("简要情况表", "pdf")]))
    assert "2024年财政评价简要情况表" in text
    assert "衡阳市信息化建设经费（数字衡阳）项目" in text
    assert "30,295.88＞16,000.0014（两期）8（两期）78.8较差" in text
    for row in ("决策15分15%1066.67%较差", "过程25分25%14.859.20%差", "产出40分40%36.491.00%优",
                "效益20分20%17.688.00%良"):
        assert row in text
    assert "评价主要内容发现的主要问题原因分析及工作建议" in text
    assert "政策制度" in text and "资金效益" in text


def test_summary_docx(docs):
    import docx

    d = docx.Document(str(docs[("简要情况表", "docx")]))
    assert len(d.tables) == 1  # one table, as the seed's
    rows = [[c.text for c in r.cells] for r in d.tables[0].rows]
    assert rows[1][-2:] == ["78.8", "较差"]
    assert rows[3][:6] == ["决策", "15分", "15%", "10", "66.67%", "较差"]
    assert rows[2][1] == rows[2][2] == "权重"  # one merged cell over 分 and %
    assert rows[-1][0] == "资金效益" and rows[-1][1] == rows[-1][2] == rows[-1][3]  # 发现的主要问题 merged
    xml = zipfile.ZipFile(docs[("简要情况表", "docx")]).read("word/document.xml").decode()
    assert 'w:eastAsia="宋体"' in xml


def test_report_pdf(docs, expected):
    _sheet, findings, _line = expected
    pages = pdf_pages(docs[("评价报告", "pdf")])
    text = "".join(pages)
    assert "支出绩效评价报告" in pages[0] and "湖南众智金石经济咨询有限公司" in pages[0]
    assert "声明" in pages[1] and "真实性" in pages[1]
    assert "目录" in pages[2] and "一、项目基本情况" in pages[2]
    # the contents give real page numbers: the chapter is on the page the contents name
    m = re.search(r"一、项目基本情况[·…]*(\d+)", pages[2])
    assert m, pages[2][:200]
    assert "一、项目基本情况" in pages[int(m.group(1))]  # printed numbers start after the cover
    assert "—2—" in pages[2]  # GB/T 9704: "— 2 —"
    assert "绩效评价得分为78.8分，评价等级为“较差”" in text
    assert "（盖章）" in text
    assert "附件1" in text and "附件2" in text and "合计10010078.8" in text
    for f in findings:
        assert squash(f.title) in text
    assert "表1-1" in text and "图2-1" in text  # numbered tables and figures


def test_report_docx(docs):
    import docx

    path = docs[("评价报告", "docx")]
    d = docx.Document(str(path))
    body = "\n".join(p.text for p in d.paragraphs)
    assert "支出绩效评价报告" in body and "一、项目基本情况" in body
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert 'w:eastAsia="仿宋"' in xml and 'w:eastAsia="黑体"' in xml
    assert "TOC \\o" in xml
    z = zipfile.ZipFile(path)
    footers = [z.read(n).decode() for n in z.namelist() if n.startswith("word/footer")]
    # one PAGE field in the odd and one in the even footer of the numbered section; the cover's is empty
    assert sorted(f.count(">PAGE<") for f in footers) == [0, 0, 1, 1], [f.count(">PAGE<") for f in footers]
    assert len(d.tables) >= 4  # targets, funds, scores, 评分表, 问题清单
    assert len(d.inline_shapes) >= 1  # charts


def test_working_papers_pdf(docs, expected):
    sheet, _f, _l = expected
    pages = pdf_pages(docs[("工作底稿", "pdf")])
    assert "底稿目录" in pages[0]
    text = "".join(pages)
    for n in sheet.leaves():
        assert f"DG-{n.code}" in pages[0] + pages[1]
        assert f"索引号：DG-{n.code}" in text
    # one sheet per leaf, with the calculation, the findings and the signature lines
    paper = next(p for p in pages if "索引号：DG-3.3.1" in p)
    assert "延迟9" in paper or "延期9" in paper
    assert "按规则3.5分，调整为4.4分" in paper
    assert "录入说明：合同约定建设总工期10个月" in paper  # the evaluator's note beside the calculation
    assert "编制人" in paper and "复核人" in paper
    assert "空白评分表" in text or "现场打分用" in text
    # an input bound to the funds table says where its figure came from
    paper = next(p for p in pages if "索引号：DG-2.1.2" in p)
    assert "数据来源：取自资金表" in paper and "98.81%" in paper


def test_blank_sheet(docs, expected):
    import openpyxl

    sheet, _f, _l = expected
    text = "".join(pdf_pages(docs[("空白评分表", "pdf")]))
    for n in sheet.leaves():
        assert squash(n.name) in text
    assert "78.8" not in text and "合计100100" in text
    ws = openpyxl.load_workbook(docs[("空白评分表", "xlsx")]).active
    assert all(ws.cell(r, 9).value is None for r in range(3, 30))
    assert ws.cell(30, 9).value == "=SUM(I3:I29)"
