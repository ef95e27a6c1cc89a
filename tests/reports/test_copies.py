"""Client and internal copies; a 评分说明 for every scored row; spreadsheet text that stays text."""
from __future__ import annotations

import re
import shutil

import pytest

pypdf = pytest.importorskip("pypdf")

#: notes the sample's evaluator and program wrote for the team only: the override reason of 验收及时性,
#: its mark and computed score, and the data-entry notes of the 绩效目标表
INTERNAL = ("提请复核", "按评分标准计算为", "※", "照录", "按表式记为效益指标")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def text_of(path) -> str:
    """Every word a reader sees in the file (cells, paragraphs, comments)."""
    if path.suffix == ".pdf":
        return squash("".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages))
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            parts += [c.text for row in t.rows for c in row.cells]
        return squash("".join(parts))
    import openpyxl

    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                parts.append(str(c.value or ""))
                if c.comment:
                    parts.append(c.comment.text)
    return squash("".join(parts))


@pytest.fixture(scope="module")
def copies(sample_master, tmp_path_factory):
    from services.reports import export_all

    folder = tmp_path_factory.mktemp("copies")
    src = folder / "sample.fev"
    shutil.copyfile(sample_master, src)
    client = export_all(src, folder / "client")
    internal = export_all(src, folder / "internal", options={"copy": "internal"})
    return client, internal


def test_client_copies_carry_no_internal_note(copies):
    client, _internal = copies
    for path in client:
        if "工作底稿" in path.name:
            continue
        text = text_of(path)
        for note in INTERNAL:
            assert note not in text, (path.name, note)


def test_internal_copy_and_working_papers_carry_the_notes(copies):
    _client, internal = copies
    by = {p.name: p for p in internal}
    sheet = text_of(next(p for n, p in by.items() if n.endswith("评分表（内部版）.pdf")))
    assert "4.4※" in sheet and "按评分标准计算为3.5分" in sheet and "提请复核" in sheet
    report = text_of(next(p for n, p in by.items() if n.endswith("评价报告（内部版）.pdf")))
    assert "照录" in report and "提请复核" in report
    xlsx = text_of(next(p for n, p in by.items() if n.endswith("评分表（内部版）.xlsx")))
    assert "人工调整" in xlsx
    papers = text_of(next(p for n, p in by.items() if n.endswith("工作底稿.pdf")))
    assert "提请复核" in papers and "人工调整" in papers


def test_bad_copy_is_one_clear_line(sample_path, tmp_path):
    from services.reports import ReportError, export

    with pytest.raises(ReportError, match="副本只能是"):
        export(sample_path, "summary", "pdf", tmp_path / "x.pdf", options={"copy": "friends"})
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob(".x.*"))


@pytest.fixture(scope="module")
def uncommented(sample_master, tmp_path_factory):
    """The sample scored exactly as it is, but with no 评分说明 typed anywhere and one that
    looks like a formula; exported as PDF, DOCX and XLSX (client copies)."""
    from services import reports
    from services.evaluation import assessments

    folder = tmp_path_factory.mktemp("uncommented")
    src = folder / "s.fev"
    shutil.copyfile(sample_master, src)
    store = assessments.open_evaluation(src, actor="测试员")
    try:
        sheet = assessments.score(store)
        for n in sheet.leaves():
            assessments.set_comment(store, n.id, "")
        leaves = assessments.score(store).leaves()
        files = {f: reports.export(store, "scoring-sheet", f, folder / f"评分表.{f}") for f in ("pdf", "docx", "xlsx")}
        assessments.set_comment(store, leaves[0].id, "=HYPERLINK(\"http://x\",\"点击\")")
        files["injected"] = reports.export(store, "scoring-sheet", "xlsx", folder / "注入.xlsx")
        files["issues"] = reports.export(store, "issue-list", "xlsx", folder / "问题清单.xlsx")
    finally:
        store.close()
    return leaves, files


def test_every_scored_row_has_its_generated_comment(uncommented):
    import docx
    import openpyxl

    from services.scoring import fmt

    leaves, files = uncommented
    assert all(not n.comment for n in leaves)
    ws = openpyxl.load_workbook(files["xlsx"])["评分表"]
    comments = {ws.cell(r, 4).value: ws.cell(r, 10).value for r in range(3, 3 + len(leaves))}
    for n in leaves:
        text = comments[n.name]
        assert text and text.endswith(f"得{fmt(n.score)}分。"), (n.name, text)
    # the seed's style: the reason, the points lost, the score left
    by_code = {n.code: comments[n.name] for n in leaves}
    assert by_code["1.1.2"].startswith("项目前期决策以及基本建设程序不规范") and by_code["1.1.2"].endswith("扣1分，得0.5分。")
    assert by_code["2.1.2"].endswith("不扣分，得5分。") and "98.81%" in by_code["2.1.2"]
    assert "扣3.6分，得4.4分。" in by_code["3.3.1"] and "9 × 0.5" not in by_code["3.3.1"]  # not the replaced rule
    pdf = text_of(files["pdf"])
    for n in leaves:
        assert squash(by_code[n.code])[:12] in pdf, n.name
    table = docx.Document(str(files["docx"])).tables[0]
    cells = {r.cells[3].text: r.cells[9].text for r in table.rows[1:-1]}
    assert all(cells[n.name] == by_code[n.code] for n in leaves)


def test_formula_like_text_is_written_as_text(uncommented):
    import zipfile

    import openpyxl

    _leaves, files = uncommented
    cell = openpyxl.load_workbook(files["injected"])["评分表"]["J3"]
    assert cell.value == "=HYPERLINK(\"http://x\",\"点击\")" and cell.data_type == "s" and cell.quotePrefix
    xml = zipfile.ZipFile(files["injected"]).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>HYPERLINK" not in xml and "<f>SUM(I3:I29)</f><v>" in xml


def test_export_framework_writes_formula_like_text_as_text(sample_store, tmp_path):
    """``export-framework`` of a scored evaluation: a 评分说明 starting with = - + @ stays text."""
    import openpyxl

    from services.evaluation import assessments
    from services.frameworks import excel

    leaves = assessments.score(sample_store).leaves()
    typed = ["=1+1", "-5例未整改", "+2分", "@全部", "\t缩进"]
    for n, text in zip(leaves, typed):
        assessments.set_comment(sample_store, n.id, text)
    out = excel.export_evaluation_xlsx(sample_store, tmp_path / "fw.xlsx")
    ws = openpyxl.load_workbook(out)["评分表"]
    got = {ws.cell(r, 4).value: ws.cell(r, 10) for r in range(3, 3 + len(leaves))}
    for n, text in zip(leaves, typed):
        assert got[n.name].value == text and got[n.name].data_type == "s", n.name


def test_issue_list_counts_once_with_a_cached_total(uncommented):
    import openpyxl

    ws = openpyxl.load_workbook(uncommented[1]["issues"])["问题清单"]
    row3 = [c.value for c in ws[3]]
    assert row3[0] == "合计" and row3[3].startswith("=SUM(") and row3[4].startswith("共计发现问题")
    assert sum(1 for v in row3 if isinstance(v, str) and "问题总数" in v) == 1
    cached = openpyxl.load_workbook(uncommented[1]["issues"], data_only=True)["问题清单"]["D3"].value
    assert isinstance(cached, (int, float)) and cached > 0
    assert ws.print_title_rows == "$2:$2" or ws.print_title_rows == "2:2"
    assert ws.freeze_panes == "A4" and ws.page_setup.fitToWidth == 1
    assert all((ws.row_dimensions[r].height or 0) >= 15 for r in range(4, ws.max_row + 1))


def test_a_judged_item_is_explained_by_its_reason_not_its_arithmetic():
    from decimal import Decimal

    from services.reports.explain import generated_text
    from services.scoring.engine import ItemScore, ScoredNode

    leaf = ScoredNode("x", "9.9.9", "宣传效果", 3, Decimal(4), max=Decimal(4), score=Decimal("2.5"),
                      computed=Decimal("2.5"), items=[ItemScore("a", "宣传", "judgement", Decimal(4), Decimal("2.5"),
                                                                 "评价组在 0～4 分内评定 2.5 分，理由：覆盖面不足")])
    text = generated_text(leaf, {"a": {"score": "2.5", "reason": "宣传覆盖面不足，群众知晓率低。"}}, [])
    assert text == "宣传覆盖面不足，群众知晓率低，扣1.5分，得2.5分。"
    # the titles of linked findings come after the reason
    assert generated_text(leaf, {"a": {"reason": "覆盖面不足"}}, ["宣传经费使用不规范"]) == \
        "覆盖面不足；宣传经费使用不规范，扣1.5分，得2.5分。"
