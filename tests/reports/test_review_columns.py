"""The 评分表 prints 自评分 and 复核分 when a review changed a score (and only then)."""
from __future__ import annotations

import re
import shutil
from decimal import Decimal

import pytest

from services.scoring import fmt

pypdf = pytest.importorskip("pypdf")

SAMPLE_TOTAL = Decimal("78.8")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(path) -> list[str]:
    return [squash(p.extract_text() or "") for p in pypdf.PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def reviewed(sample_master, tmp_path_factory):
    """A copy of the sample where the reviewer lowered one score by 0.5 (its 自评分 kept), exported
    as PDF, DOCX and XLSX, plus the blank sheet."""
    from services import reports
    from services.evaluation import assessments
    from services.teamwork import assignments

    folder = tmp_path_factory.mktemp("review-columns")
    src = folder / "sample.fev"
    shutil.copyfile(sample_master, src)
    store = assessments.open_evaluation(src, actor="测试员")
    try:
        sheet = assessments.score(store)
        assert sheet.total == SAMPLE_TOTAL
        leaf = next(n for n in sheet.leaves() if n.override_score is None and n.score is not None and n.score > 1)
        new = leaf.score - Decimal("0.5")
        assignments.review_score(store, leaf.id, str(new), "佐证材料不足", "组长")
        after = assessments.score(store)
        internal = {"copy": "internal"}  # the review's 自评分 and reasons are the team's own record
        files = {fmt_: reports.export(store, "scoring-sheet", fmt_, folder / f"评分表.{fmt_}", options=internal)
                 for fmt_ in ("pdf", "docx", "xlsx")}
        files["blank"] = reports.export(store, "blank-sheet", "xlsx", folder / "空白评分表.xlsx", options=internal)
        files["client"] = reports.export(store, "scoring-sheet", "pdf", folder / "评分表-客户版.pdf")
        files["client-xlsx"] = reports.export(store, "scoring-sheet", "xlsx", folder / "评分表-客户版.xlsx")
    finally:
        store.close()
    return leaf, new, after, files


def test_pdf_has_both_columns_values_and_totals(reviewed):
    leaf, new, after, files = reviewed
    assert after.total == SAMPLE_TOTAL - Decimal("0.5")
    pages = pdf_pages(files["pdf"])
    assert len(pages) > 1
    for p in pages:  # the header repeats on every page with the two score columns
        assert "三级指标分值指标解释指标说明评分标准自评分复核分评分说明" in p
        assert "评分标准得分评分说明" not in p
    text = "".join(pages)
    i = text.find(squash(leaf.name))
    assert i >= 0
    row = text[i:text.find("索引", i)]
    assert fmt(leaf.score) + fmt(new) + "※" + squash(leaf.comment)[:6] in row, row  # 自评分 | 复核分 | 评分说明
    # 合计: 分值 100 | 100 | 自评分 78.8 | 复核分 78.3
    assert f"合计100100{fmt(SAMPLE_TOTAL)}{fmt(after.total)}" in text
    # an untouched row shows its score in both columns, the earlier override keeps its ※ in both
    assert "4.4※4.4※" in text
    # the override and review footnotes stay
    assert f"“{leaf.name}”经复核调整：自评分{fmt(leaf.score)}分，复核分{fmt(new)}分（复核人：组长）" in text
    assert "复核调整：佐证材料不足" in text and "按评分标准计算为3.5分" in text


def test_docx_has_both_columns_values_and_totals(reviewed):
    import docx

    leaf, new, after, files = reviewed
    t = docx.Document(str(files["docx"])).tables[0]
    head = [c.text for c in t.rows[0].cells]
    assert head[7:] == ["评分标准", "自评分", "复核分", "评分说明"]
    row = next(r for r in t.rows if r.cells[3].text == leaf.name)
    assert [row.cells[8].text, row.cells[9].text] == [fmt(leaf.score), fmt(new) + "※"]
    last = [c.text for c in t.rows[-1].cells]
    assert last[0] == "合计" and last[8] == fmt(SAMPLE_TOTAL) and last[9] == fmt(after.total)


def test_xlsx_has_both_columns_and_live_sums(reviewed):
    import openpyxl

    leaf, new, after, files = reviewed
    ws = openpyxl.load_workbook(files["xlsx"])["评分表"]
    head = [c.value for c in ws[2]]
    assert head[7:] == ["评分标准", "自评分", "复核分", "评分说明"]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    leaf_rows, total = rows[:27], rows[27]
    r = next(r for r in leaf_rows if r[3] == leaf.name)
    assert Decimal(str(r[8])) == leaf.score and Decimal(str(r[9])) == new
    assert total[0] == "合计"
    assert total[8] == "=SUM(I3:I29)" and total[9] == "=SUM(J3:J29)"
    cached = list(openpyxl.load_workbook(files["xlsx"], data_only=True)["评分表"].iter_rows(min_row=3, values_only=True))[27]
    assert Decimal(str(cached[8])) == SAMPLE_TOTAL and Decimal(str(cached[9])) == after.total
    assert total[4] == "=SUM(E3:E29)" and total[2] == "=SUM(C3:C29)"
    # what the formulas add up to
    assert sum(Decimal(str(x[8])) for x in leaf_rows) == SAMPLE_TOTAL
    assert sum(Decimal(str(x[9])) for x in leaf_rows) == after.total
    assert ws.cell(3 + leaf_rows.index(r), 10).comment is not None  # the 复核分 carries the reason
    assert "A3:A8" in {str(m) for m in ws.merged_cells.ranges}


def test_blank_sheet_keeps_one_score_column(reviewed):
    import openpyxl

    ws = openpyxl.load_workbook(reviewed[3]["blank"]).active
    assert [c.value for c in ws[2]][7:] == ["评分标准", "得分", "评分说明"]


def test_untouched_sample_has_the_single_score_column(sample_store, tmp_path):
    import docx
    import openpyxl

    from services import reports

    pdf = reports.export(sample_store, "scoring-sheet", "pdf", tmp_path / "s.pdf")
    text = "".join(pdf_pages(pdf))
    assert "评分标准得分评分说明" in text and "自评分" not in text and "复核分" not in text
    assert f"合计100100{fmt(SAMPLE_TOTAL)}" in text
    xlsx = reports.export(sample_store, "scoring-sheet", "xlsx", tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(xlsx)["评分表"]
    assert [c.value for c in ws[2]][7:] == ["评分标准", "得分", "评分说明"] and ws.max_column == 10
    d = reports.export(sample_store, "scoring-sheet", "docx", tmp_path / "s.docx")
    assert len(docx.Document(str(d)).tables[0].columns) == 10


def test_a_review_that_keeps_the_score_adds_no_columns(sample_store, tmp_path):
    """The reviewer confirms the member's score: 自评分 is kept but equals the final score."""
    import openpyxl

    from services import reports
    from services.evaluation import assessments
    from services.teamwork import assignments

    leaf = next(n for n in assessments.score(sample_store).leaves()
                if n.override_score is None and n.score is not None and n.score > 1)
    assignments.review_score(sample_store, leaf.id, str(leaf.score), "核实无误", "组长")
    xlsx = reports.export(sample_store, "scoring-sheet", "xlsx", tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(xlsx)["评分表"]
    assert [c.value for c in ws[2]][8] == "得分" and ws.max_column == 10


def test_client_copy_prints_the_final_score_without_the_review(reviewed):
    """The client reads one 得分 column with the final scores; no review reason, no override mark."""
    import openpyxl

    _leaf, _new, after, files = reviewed
    pages = pdf_pages(files["client"])
    text = "".join(pages)
    for p in pages:
        assert "评分标准得分评分说明" in p and "自评分" not in p and "复核分" not in p
    assert "复核调整" not in text and "按评分标准计算为" not in text and "※" not in text and "提请复核" not in text
    assert f"合计100100{fmt(after.total)}" in text
    ws = openpyxl.load_workbook(files["client-xlsx"])["评分表"]
    assert [c.value for c in ws[2]][7:] == ["评分标准", "得分", "评分说明"]
    assert not any(c.comment for row in ws.iter_rows() for c in row)
