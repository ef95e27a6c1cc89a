"""In English, the Excel import wizard says why a file cannot be read in English (an old .xls, a damaged file),
and the framework editor's rule form says what is wrong with a rule's parameters in English; a 分值 sum that does
not add up yet is shown but does not stop the rule being tried or applied."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from services.evaluation import assessments
from tests.english_text import CJK, import_wizard_refusal
from ui.shell.context import AppContext

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("FIELDEVAL_SHOTS")


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


@pytest.mark.parametrize("name,content,shown", [
    ("old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100,
     "This is an old Excel (.xls) file; open it in Excel or WPS, use “Save As” to save it as .xlsx, and import that"),
    ("damaged.xlsx", b"PK\x03\x04 not really a workbook",
     "This is not a valid Excel (.xlsx) file and cannot be opened; make sure it is not damaged and is in .xlsx "
     "format (WPS Spreadsheets can save as .xlsx)"),
])
def test_the_import_wizard_says_why_a_file_cannot_be_read_in_english(in_english, qtbot, tmp_path, name, content, shown):
    path = tmp_path / name
    path.write_bytes(content)
    d, text = import_wizard_refusal(qtbot, path)
    assert text == shown
    assert not CJK.search(text)
    shot(d, f"english_import_{path.stem}.png")


@pytest.fixture
def editor(in_english, qapp, qtbot, sample_path):
    from ui.frameworks.editor import FrameworkEditorPage

    ctx = AppContext(actor="测试员")
    ctx.set_store(assessments.open_evaluation(sample_path, actor="测试员"))
    page = FrameworkEditorPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    yield page
    ctx.set_store(None)


def _select(page, code: str) -> None:
    iid = assessments.indicator_ids(page.ctx.store)[code]
    page.tree.setCurrentItem(page.item_for(iid))


def _edit(field, text: str) -> None:
    field.setText(text)
    field.textEdited.emit(text)


def test_the_rule_form_says_a_bad_parameter_in_english(editor):
    _select(editor, "2.1.2")
    form = editor.item_forms[0]
    assert form.type.currentData() == "threshold"
    _edit(form.params.fields["deduct"][1], "-1")
    assert not editor.draft_problems.isHidden()
    assert editor.draft_problems.text() == "a: The parameter deduct cannot be negative"
    assert not editor.apply_btn.isEnabled()
    assert not editor.try_editors  # a rule with wrong parameters is not tried
    shot(editor, "english_editor_bad_parameter.png")
    _edit(form.params.fields["deduct"][1], "")
    assert editor.draft_problems.text() == "a: The parameter deduct is missing"
    _edit(form.params.fields["deduct"][1], "1")
    assert editor.draft_problems.isHidden() and editor.apply_btn.isEnabled()


def test_a_weight_sum_that_does_not_add_up_yet_does_not_block_trying_the_rule_in_english(editor):
    _select(editor, "2.1.2")
    form = editor.item_forms[0]
    weight = form.max.text()
    _edit(form.max, "1")
    text = editor.draft_problems.text()
    assert text.startswith("The scoring items add up to 1") and not CJK.search(text), text
    assert editor.apply_btn.isEnabled()  # only a warning: the rule can be tried and applied
    assert list(editor.try_editors) == ["a"]
    _edit(form.max, weight)
    assert editor.draft_problems.isHidden()
