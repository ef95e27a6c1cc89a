"""The import wizard's rules step shows the words each proposal rests on (“依据：”) as the evaluator typed them in the
sheet: numerals written in Chinese, full-width digits and traditional characters as written, never the normalised
text the proposer reads (“扣零点五分”, not “扣0.5分”)."""
from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from tests.excel_sheets import file_opened
from tests.gui.conftest import import_from_excel_menu

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("FIELDEVAL_SHOTS")

ROWS = [
    ("问题整改", 5, "每发现一处问题扣零点五分，扣完为止。"),
    ("预算执行", 10, "预算执行率≥９０％得满分，\n每低于一个百分点扣一分，扣完为止"),
    ("按时报送", 4, "未按時提交報告扣兩分；\n每延遲一個月扣一分，扣完為止"),
]


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "评分标准"])
    for name, points, text in ROWS:
        ws.append(["过程", "管理", name, points, text])
    wb.save(path)
    return path


def _walk(d, qtbot, seen: dict, path: str) -> None:
    d.resize(1280, 760)
    d.file_page.path.setText(path)
    file_opened(d)
    d.next()
    d.next()
    qtbot.waitUntil(lambda: not d.report_page.running)  # the report is made off the GUI thread
    d.next()
    table = d.rules_page.table
    seen["notes"] = [table.item(r, 4).text() for r in range(table.rowCount())]
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        d.grab().save(str(Path(SHOTS) / "import_matched_words.png"))
    d.reject()


def _grounds(note: str) -> list[str]:
    line = next(ln for ln in note.split("\n") if ln.startswith("依据："))
    return line.removeprefix("依据：").split("；")


def test_the_rules_step_shows_the_words_as_typed(window, qtbot, tiny_path, tmp_path):
    window.open_file(tiny_path)
    path = _sheet(tmp_path / "考核表.xlsx")
    seen: dict = {}
    import_from_excel_menu(window, lambda d: _walk(d, qtbot, seen, str(path)))
    assert len(seen["notes"]) == len(ROWS)
    for (_name, _points, text), note in zip(ROWS, seen["notes"]):
        grounds = _grounds(note)
        assert grounds and all(w in text for w in grounds), (text, grounds)
    assert _grounds(seen["notes"][0]) == ["每发现一处", "扣零点五分", "扣完为止"]
    assert "每低于一个百分点" in _grounds(seen["notes"][1])
    assert _grounds(seen["notes"][2]) == ["扣兩分", "每延遲一個月", "扣一分", "扣完為止"]
