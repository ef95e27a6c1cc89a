"""What a rule type's own check finds, what an anchor of the audit trail was taken at, and why a file cannot
be imported as a table are said once: the Chinese the framework file, the command line and the printed
documents always read (unchanged, byte for byte), and English from the shipped translation for an English
window — shown there by the framework editor, the import wizard and the integrity check."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from main import main
from models import anchors
from models.messages import Said, Word, message_of
from services.core import tables
from services.evaluation import assessments, findings
from services.frameworks import catalog, excel as xf
from services.scoring.rules import check_item
from services.teamwork import assignments, backups, integrity
from tests.english_text import CJK, assert_english, import_wizard_refusal, shipped_english


@pytest.fixture(scope="module")
def english():
    return shipped_english()


# ── the rule types' own checks ──────────────────────────────────────────────
#: (type, params) with problems, the Chinese they always read, and their English; max is 5
RULES = [
    ("tiers", {}, ["缺少分档 tiers"], ["The tiers (tiers) are missing"]),
    ("tiers", {"tiers": [1, {"score": 6}, {"score": "x"}, {"score": 2, "min": 5, "max": 1}, {"min": 1}]},
     ["第 1 档格式不对", "第 2 档得分 6 超过该项分值 5", "第 3 档：参数 score 不是数字：'x'", "第 4 档下限大于上限",
      "第 5 档：缺少参数 score"],
     ["Tier 1 is not written correctly", "Tier 2 scores 6, more than the item's maximum 5",
      "Tier 3: The parameter score is not a number: 'x'", "The lower limit of tier 4 is above its upper limit",
      "Tier 5: The parameter score is missing"]),
    ("formula", {"expression": " "}, ["缺少公式 expression"], ["The formula (expression) is missing"]),
    ("formula", {"expression": "a +* b"}, ["公式“a +* b”无法解析"], ["Formula “a +* b” cannot be parsed"]),
    ("formula", {"expression": "a + b * zz", "variables": [{"name": "a"}]}, ["公式使用了未声明的变量：b、zz"],
     ["The formula uses undeclared variables: b, zz"]),
    ("choice", {}, ["缺少选项 options"], ["The options (options) are missing"]),
    ("choice", {"options": [1, {"key": "a"}, {"key": "b", "score": 9, "label": "好"}, {"key": "c", "score": 7}]},
     ["第 1 个选项：缺少 key", "第 2 个选项：缺少参数 score", "选项“好”得分超过该项分值 5", "选项“c”得分超过该项分值 5"],
     ["Option 1: The key is missing", "Option 2: The parameter score is missing",
      "Option “好” scores more than the item's maximum 5", "Option “c” scores more than the item's maximum 5"]),
    ("checklist", {}, ["缺少要点列表 points"], ["The list of points (points) is missing"]),
    ("checklist", {"points": [1, {"key": "a", "max": 2}, {"key": "a", "max": 1}, {"key": "b", "label": "要点B"}],
                   "gate": "zz"},
     ["第 1 个要点缺少 key", "要点 key “a”重复", "要点“要点B”：缺少参数 max", "关键要素 gate “zz”不是任何要点的 key"],
     ["Point 1 has no key", "The point key “a” is repeated", "Point “要点B”: The parameter max is missing",
      "The key point (gate) “zz” is not the key of any point"]),
    ("checklist", {"points": [{"key": "a", "max": 2}, {"key": "b", "max": 1.5}]}, ["各要点分值之和 3.5 不等于该项分值 5"],
     ["The points of the checklist add up to 3.5, not the item's maximum 5"]),
    ("scale", {}, ["缺少等级 levels"], ["The levels (levels) are missing"]),
    ("scale", {"levels": [{"share": 0.5}, {"label": "优", "share": 1.2}, {"label": "良"}]},
     ["第 1 个等级：缺少 label", "等级“优”的比例 share 不能大于 1", "第 3 个等级：缺少参数 share"],
     ["Level 1: The label is missing", "The share of level “优” cannot be more than 1",
      "Level 3: The parameter share is missing"]),
    ("threshold", {"full_at": 90, "deduct": 1, "direction": "up", "deduct_mode": "x", "input": "pct"},
     ["direction 只能是 higher 或 lower", "deduct_mode 只能是 points 或 percent_of_max", "input 只能是 value 或 ratio"],
     ["direction can only be higher or lower", "deduct_mode can only be points or percent_of_max",
      "input can only be value or ratio"]),
    ("threshold", {"full_at": 90, "deduct": 1, "step": 0}, ["step 不能为 0"], ["step cannot be 0"]),
    ("upper_bound", {"deduct": 1, "step": 0}, ["step 不能为 0"], ["step cannot be 0"]),
]


@pytest.mark.parametrize("rtype,params,chinese,shown", RULES)
def test_a_rule_types_own_check_in_chinese_and_english(english, rtype, params, chinese, shown):
    problems = check_item({"key": "a", "type": rtype, "max": "5", "params": params})
    assert all(isinstance(p, Said) for p in problems)
    assert [str(p) for p in problems] == chinese  # the file, the command line and the log read it as always
    assert [english(p) for p in problems] == shown
    for p in problems:
        assert_english(english, p)


def test_every_rule_check_problem_has_its_english(english):
    """Every problem any rule type's check can give, for many broken params: said, with English throughout."""
    broken = [{}, {"x": 1}, {"tiers": [1, {}], "options": [1, {}], "points": [1, {}], "levels": [1, {}], "expression": "(",
                             "full_at": "x", "deduct": -1, "step": 0, "per": "x", "grace": -1, "direction": 1}]
    seen = 0
    from services.scoring.rules import RULES as TYPES
    for rtype in TYPES:
        for params in broken:
            for p in check_item({"key": "a", "type": rtype, "max": "5", "params": params}):
                assert isinstance(p, Said), (rtype, p)
                assert_english(english, p)
                seen += 1
    assert seen > 20


def test_a_bad_tiers_rule_in_a_framework_file_reads_in_english_and_the_command_line_in_chinese(english, tmp_path,
                                                                                                capsys):
    data = catalog.load("shuzi-hengyang-2024").to_dict()
    node = next(n for n in _walk(data["nodes"]) if n.get("items"))
    item = node["items"][0]
    item.update(type="tiers", params={"tiers": [{"score": "0", "min": "90", "max": "80"}]})
    problems = catalog.check(data)
    assert len(problems) == 1
    assert str(problems[0]).endswith(f"：评分项“{item.get('label') or item['key']}”：第 1 档下限大于上限")
    assert english(problems[0]).endswith(f": scoring item “{item.get('label') or item['key']}”: "
                                         "The lower limit of tier 1 is above its upper limit")
    assert_english(english, problems[0])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check-framework", str(path)]) != 0
    printed = capsys.readouterr()
    assert "第 1 档下限大于上限" in printed.out + printed.err
    assert "tier 1" not in printed.out + printed.err


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.get("children") or [])


# ── anchors ─────────────────────────────────────────────────────────────────
def test_what_an_anchor_was_taken_at_reads_in_english(english, tmp_path):
    path = tmp_path / "x.fev"
    anchors.record(path, (1, "a"), Said("备份 {name}", {"name": "x 1.fev"}))
    anchors.record(path, (2, "b"), Said("签署：{stage}", {"stage": Word("项目负责人")}))
    kept = json.loads((Path(os.environ["FIELDEVAL_DATA_DIR"]) / "anchors.json").read_text(encoding="utf-8"))
    assert [r["what"] for r in next(iter(kept.values()))] == ["备份 x 1.fev", "签署：项目负责人"]  # the text as before
    # records written before the template was kept: read back from their text
    raw = json.loads((Path(os.environ["FIELDEVAL_DATA_DIR"]) / "anchors.json").read_text(encoding="utf-8"))
    rows = next(iter(raw.values()))
    rows += [{"seq": 3, "hash": "c", "what": "由 old.fev 替换", "at": "2026-01-01T10:00:00"},
             {"seq": 4, "hash": "d", "what": "关闭文件", "at": "2026-01-01T10:00:00"},
             {"seq": 5, "hash": "e", "what": "签署：项目负责人", "at": "2026-01-01T10:00:00"},
             {"seq": 6, "hash": "f", "what": "某个说明", "at": "2026-01-01T10:00:00"}]
    (Path(os.environ["FIELDEVAL_DATA_DIR"]) / "anchors.json").write_text(json.dumps(raw, ensure_ascii=False),
                                                                          encoding="utf-8")
    known = anchors.known(path)
    assert [str(a.what) for a in known] == ["备份 x 1.fev", "签署：项目负责人", "由 old.fev 替换", "关闭文件",
                                            "签署：项目负责人", "某个说明"]
    assert [english(a.what) for a in known] == ["backup x 1.fev", "sign-off: Project lead", "replaced by old.fev",
                                                "file closed", "sign-off: Project lead", "某个说明"]
    assert not isinstance(known[-1].what, Said)  # a text of no known form is shown as written


def test_an_anchor_the_integrity_check_names_reads_in_english(english, sample_path, tmp_path):
    old = tmp_path / "old.bin"
    shutil.copyfile(sample_path, old)
    store = assessments.open_evaluation(sample_path, actor="Lead")
    findings.update_finding(store, findings.list_findings(store)[0].id, title="later")
    made = backups.make_backup(sample_path)  # this computer records the trail's head as an anchor: 备份 …
    store.close()
    shutil.copyfile(old, sample_path)  # an older copy put back behind the program's back
    problems = integrity.verify(sample_path)
    anchor = [p for p in problems if str(p).startswith("本机记录的审计轨迹锚点 #")]
    assert len(anchor) == 1
    assert re.fullmatch(rf"本机记录的审计轨迹锚点 #\d+（备份 {re.escape(made.name)}，[-0-9 :]{{19}}）在文件中已不存在或被改写："
                        r"文件在此之后被截断、回退到较早的副本或被改写", str(anchor[0]))
    assert re.fullmatch(rf"Audit trail anchor #\d+ recorded on this computer \(backup {re.escape(made.name)}, "
                        r"[-0-9 :]{19}\) is no longer in the file or was rewritten: since then the file was cut short, "
                        r"reverted to an older copy or rewritten", english(anchor[0]))
    assert_english(english, anchor[0])


def test_a_sign_off_anchor_is_said_with_its_review_step(english, sample_path):
    store = assessments.open_evaluation(sample_path, actor="Lead")
    stage = assignments.review_chain(store)[0]
    assignments.sign(store, stage, "Lead")
    store.close()
    whats = [a.what for a in anchors.known(sample_path)]
    signed = [w for w in whats if str(w) == f"签署：{stage}"]
    assert signed and isinstance(signed[0], Said)
    assert english(signed[0]) == "sign-off: Project lead"


# ── files that cannot be imported as tables ─────────────────────────────────
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
OLD_XLS = ("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再导入",
           "This is an old Excel (.xls) file; open it in Excel or WPS, use “Save As” to save it as .xlsx, and import that")
WPS = ("这是 WPS 表格（.et）文件，请在 WPS 中“另存为”.xlsx 后再导入",
       "This is a WPS Spreadsheets (.et) file; open it in WPS, use “Save As” to save it as .xlsx, and import that")
NUMBERS = ("这是 Numbers 表格（.numbers）文件，请在 Numbers 中“导出到”Excel（.xlsx）后再导入",
           "This is a Numbers (.numbers) document; in Numbers use “Export To” Excel (.xlsx), and import that")
FOLDER = ("这是一个文件夹，不是表格文件；请选择要导入的文件", "This is a folder, not a spreadsheet file; choose the file to import")
RENAMED = ("这个文件的内容是旧版 Excel（.xls）或 WPS 表格（.et）格式，只是扩展名为 .xlsx；请在 Excel 或 WPS 中“另存为”.xlsx 后再导入",
           "This file's content is an old Excel (.xls) or WPS Spreadsheets (.et) workbook, only named .xlsx; open it in "
           "Excel or WPS, use “Save As” to save it as .xlsx, and import that")
NO_EXTENSION_OLE = ("文件名没有扩展名，看内容是旧版 Excel（.xls）或 WPS 表格（.et）文件；请在 Excel 或 WPS 中“另存为”.xlsx 后再导入",
                    "The file name has no extension, and its content is an old Excel (.xls) or WPS Spreadsheets (.et) "
                    "workbook; open it in Excel or WPS, use “Save As” to save it as .xlsx, and import that")
NO_EXTENSION_ZIP = ("文件名没有扩展名，看内容可能是 Excel（.xlsx）文件；请把文件名改为以 .xlsx 结尾后再导入",
                    "The file name has no extension; its content looks like an Excel (.xlsx) workbook: rename it to end "
                    "in .xlsx and import it again")

#: file kind -> (how to make it, what read_rows says, what the Excel import says); None: it is read
KINDS = {
    "old.xls": (OLE, OLD_XLS, OLD_XLS),
    "wps.et": (OLE, WPS, WPS),
    "apple.numbers": (b"PK\x03\x04 a Numbers document", NUMBERS, NUMBERS),
    "bundle.numbers": ("dir", NUMBERS, NUMBERS),  # a Numbers document kept as a package (a folder)
    "renamed.xlsx": (OLE, RENAMED, RENAMED),
    "noext_ole": (OLE, NO_EXTENSION_OLE, NO_EXTENSION_OLE),
    "noext_zip": ("xlsx", NO_EXTENSION_ZIP, NO_EXTENSION_ZIP),
    "noext_text": (b"a,b\n1,2\n",
                   ("文件名没有扩展名，无法判断是什么文件；只能导入 CSV 或 Excel（.xlsx）文件",
                    "The file name has no extension, so its kind cannot be told; only CSV or Excel (.xlsx) files can be "
                    "imported"),
                   ("文件名没有扩展名，无法判断是什么文件；只能导入 Excel（.xlsx）文件",
                    "The file name has no extension, so its kind cannot be told; only Excel (.xlsx) files can be imported")),
    "folder": ("dir", FOLDER, FOLDER),
    "folder.csv": ("dir", FOLDER, FOLDER),
    "folder.xlsx": ("dir", FOLDER, FOLDER),
    "answers.txt": (b"a,b\n1,2\n", None,
                    ("这是文本表格（.txt），这里只能导入 Excel（.xlsx）文件；请在 Excel 或 WPS 中打开后“另存为”.xlsx",
                     "This is a text table (.txt); only Excel (.xlsx) files can be imported here: open it in Excel or WPS "
                     "and use “Save As” to save it as .xlsx")),
    "macro.xlsm": ("xlsx", None, None),
    "report.pdf": (b"%PDF-1.4", ("只能导入 CSV 或 Excel（.xlsx）文件", "Only CSV or Excel (.xlsx) files can be imported"),
                   ("只能导入 Excel（.xlsx）文件，不能导入“.pdf”文件", "Only Excel (.xlsx) files can be imported, not “.pdf” files")),
}


def _make(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    content = KINDS[name][0]
    if content == "dir":
        path.mkdir()
    elif content == "xlsx":
        wb = openpyxl.Workbook()
        wb.active.append(["编号", "问题"])
        wb.active.append(["1", "满意"])
        with path.open("wb") as f:  # openpyxl saves by the name's extension; write through a handle
            wb.save(f)
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize("name", list(KINDS))
def test_each_file_kind_read_as_a_table_says_what_it_is_in_chinese_and_english(english, tmp_path, name):
    path = _make(tmp_path, name)
    said = KINDS[name][1]
    if said is None:
        assert tables.read_rows(path)[:2] in ([["编号", "问题"], ["1", "满意"]], [["a", "b"], ["1", "2"]])
        return
    with pytest.raises(tables.UnreadableTable) as info:
        tables.read_rows(path)
    assert str(info.value.reason) == said[0]
    assert str(info.value) == f"“{name}”：{said[0]}"
    assert english(message_of(info.value)) == f"“{name}”: {said[1]}"
    assert_english(english, message_of(info.value))


@pytest.mark.parametrize("name", list(KINDS))
def test_each_file_kind_given_to_the_excel_import_says_what_it_is_in_chinese_and_english(english, tmp_path, name):
    path = _make(tmp_path, name)
    said = KINDS[name][2]
    if said is None:
        wb = tables.open_workbook(path)
        assert wb.worksheets[0]["A1"].value == "编号"
        wb.close()
        return
    with pytest.raises(xf.ExcelImportError) as info:
        xf.guess_mapping(path)
    assert [str(p) for p in info.value.problems] == [said[0]]
    assert [english(p) for p in info.value.problems] == [said[1]]


def test_a_tab_separated_text_table_is_read_by_its_tabs(tmp_path):
    path = tmp_path / "answers.txt"
    path.write_text("编号\t问题\n1\t满意，很好, 真的\n", encoding="utf-8")
    assert tables.read_rows(path) == [["编号", "问题"], ["1", "满意，很好, 真的"]]
    csv_file = tmp_path / "answers.csv"
    csv_file.write_text("编号,问题\n1,\"满意\t很好\"\n", encoding="utf-8")
    assert tables.read_rows(csv_file) == [["编号", "问题"], ["1", "满意\t很好"]]


def test_a_file_that_cannot_be_opened_says_so(english, tmp_path, monkeypatch):
    path = tmp_path / "locked.csv"
    path.write_text("a,b\n", encoding="utf-8")

    def refused(self):
        raise PermissionError(13, "denied")

    monkeypatch.setattr(Path, "read_bytes", refused)
    with pytest.raises(tables.UnreadableTable) as info:
        tables.read_rows(path)
    assert str(info.value.reason) == "无法读取该文件（PermissionError），请确认它没有被其他程序独占打开，且有读取权限"
    assert english(info.value.reason) == ("The file cannot be read (PermissionError); make sure no other program holds "
                                          "it open exclusively and that you may read it")


# ── the window ──────────────────────────────────────────────────────────────
SHOTS = os.environ.get("FIELDEVAL_SHOTS")


def _shot(widget, name: str) -> None:
    """``widget`` as the evaluator sees it, saved under FIELDEVAL_SHOTS when set."""
    if SHOTS:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # what the event loop would remove
        QApplication.processEvents()  # and lay out what is left
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


@pytest.fixture
def in_chinese(qapp):
    from ui.i18n import install_translations, remove_translations

    remove_translations(qapp)
    install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp)


def _editor(qtbot, sample_path):
    from ui.frameworks.editor import FrameworkEditorPage
    from ui.shell.context import AppContext

    ctx = AppContext(actor="测试员")
    ctx.set_store(assessments.open_evaluation(sample_path, actor="测试员"))
    page = FrameworkEditorPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    iid = assessments.indicator_ids(ctx.store)["2.1.2"]
    page.tree.setCurrentItem(page.item_for(iid))
    return page, ctx


def _bad_tiers(page) -> None:
    """The item made a tiers rule whose first tier scores more than the item is worth."""
    form = page.item_forms[0]
    form.type.setCurrentIndex(form.type.findData("tiers"))
    table = form.params.fields["tiers"][1].table
    score = next(c for c in range(table.columnCount()) if form.params.fields["tiers"][1].columns[c].name == "score")
    table.item(0, score).setText("99")


@pytest.mark.gui
def test_the_framework_editor_shows_a_bad_tiers_rule_in_english(in_english, qtbot, sample_path):
    page, ctx = _editor(qtbot, sample_path)
    try:
        _bad_tiers(page)
        item_max = page.item_forms[0].max.text()
        assert not page.draft_problems.isHidden()
        assert page.draft_problems.text() == f"a: Tier 1 scores 99, more than the item's maximum {item_max}"
        assert not CJK.search(page.draft_problems.text())
        assert not page.apply_btn.isEnabled()
        _shot(page, "english_editor_bad_tiers.png")
        _shot(page.draft_problems.parentWidget(), "english_editor_bad_tiers_rules.png")
    finally:
        ctx.set_store(None)


@pytest.mark.gui
def test_the_framework_editor_shows_a_bad_tiers_rule_in_chinese_as_before(in_chinese, qtbot, sample_path):
    page, ctx = _editor(qtbot, sample_path)
    try:
        _bad_tiers(page)
        item_max = page.item_forms[0].max.text()
        assert page.draft_problems.text() == f"a：第 1 档得分 99 超过该项分值 {item_max}"
    finally:
        ctx.set_store(None)


@pytest.mark.gui
@pytest.mark.parametrize("name", ["wps.et", "bundle.numbers", "folder", "noext_zip", "answers.txt"])
def test_the_import_wizard_says_what_a_file_is_in_english(in_english, qtbot, tmp_path, name):
    path = _make(tmp_path, name)
    d, shown = import_wizard_refusal(qtbot, path)
    assert shown == KINDS[name][2][1]
    assert not CJK.search(shown)
    _shot(d, f"english_import_{path.name.replace('.', '_')}.png")


def test_no_anchor_template_lacks_its_english(english):
    for template in anchors.EARLIER:
        values = {k: "x" for k in re.findall(r"\{(\w+)\}", template)}
        assert not CJK.search(english(Said(template, values))), template


def test_trying_a_rule_in_the_editor_says_its_problems_and_refusals_as_messages(english):
    """The framework editor's rule trial: a rule's problems and a refused sample input are messages, shown in
    English in an English window and in Chinese as before."""
    from services.frameworks import edit as fe

    item = {"key": "a", "max": "5", "type": "tiers", "params": {"tiers": [{"score": 6}]}}
    problems = fe.try_rule(item, {}).error
    assert str(problems) == "第 1 档得分 6 超过该项分值 5"
    assert english(problems) == "Tier 1 scores 6, more than the item's maximum 5"
    rate = {"key": "a", "max": "5", "type": "rate", "params": {}}
    refused = fe.try_rule(rate, {"numerator": "x", "denominator": "100"}).error
    assert CJK.search(str(refused))
    assert_english(english, refused)
