"""Figures typed once, from the main window: an amount typed on the 资金 page changes every indicator
bound to it; typed in a bound indicator, it shows on the 资金 page; undo puts it back."""
from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from services.evaluation import assessments, project
from services.fieldwork import bindings, figures
from services.frameworks import catalog

NATIONAL = Path(__file__).resolve().parents[2] / "resources" / "templates" / "national_project_2020.json"
SHOTS = os.environ.get("FIELDEVAL_SHOTS")


@pytest.fixture
def national(tmp_path) -> Path:
    path = tmp_path / "national.fev"
    assessments.create(path, catalog.read_file(NATIONAL), {"name": "测试项目", "year": 2024}).close()
    return path


def type_cell(page, row: int, key: str, text: str) -> None:
    col = next(i for i, c in enumerate(page.model.columns) if c.key == key)
    assert page.model.setData(page.model.index(row, col), text)


def test_amount_typed_on_the_funds_page_or_in_the_indicator(window, national, qtbot):
    assert window.open_file(national)
    codes = assessments.indicator_ids(window.ctx.store)
    arrival, execution = codes["2.1.1"], codes["2.1.2"]
    assert "2.1.1 资金到位率" in window.statusBar().currentMessage()  # bound on opening, and said so
    live = window.live

    # the 资金 page: one line typed there feeds both indicators
    window.show_page("FundsPage")
    page = window.page_widgets["FundsPage"]
    page._add()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1)
    type_cell(page, 0, "budget", "150")
    type_cell(page, 0, "arrived", "120")
    type_cell(page, 0, "spent", "96")
    assert live.node(arrival).score == Decimal("2.4") and live.node(execution).score == Decimal("2.5")
    assert live.state(arrival).status == live.state(execution).status == "已评分"  # not 未开始 beside a score
    type_cell(page, 0, "arrived", "150")  # 实际到位资金, typed once
    assert live.node(arrival).score == Decimal("3")  # 150 ÷ 150 × 3
    assert live.node(execution).score == Decimal("0")  # 96 ÷ 150 = 64%: 26 below 90 × 0.25 > 5

    # the indicator shows where its amounts come from
    window.show_indicator(execution)
    ed = window.walk.panel.editors["a"]
    assert ed.bound_label.isVisible()
    assert ed.bound_label.text() == "来自 资金页：实际支出资金 96.00 万元，实际到位资金 150.00 万元"
    assert ed.unbind_btn.text() == "改为手填" and ed.bind_btn.text() == "重新绑定…"
    assert not ed.den.isReadOnly()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / "bound_indicator_1366.png"))

    # typed in the indicator: written to the 资金 page, the other indicator follows
    ed.den.setFocus()
    ed.den.selectAll()
    qtbot.keyClicks(ed.den, "120")
    qtbot.keyClick(ed.den, Qt.Key.Key_Tab)
    assert project.list_funds(window.ctx.store)[0].arrived == Decimal("120")
    qtbot.waitUntil(lambda: page.model.rows[0].arrived == Decimal("120"))
    assert live.node(arrival).score == Decimal("2.4") and live.node(execution).score == Decimal("2.5")
    assert figures.is_bound((live.state(execution).inputs or {})["a"])  # still bound, not turned into typing

    # undo: the page and both scores back
    window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.rows[0].arrived == Decimal("150"))
    assert live.node(arrival).score == Decimal("3") and live.node(execution).score == Decimal("0")
    window.ctx.undo_stack.redo()
    assert project.list_funds(window.ctx.store)[0].arrived == Decimal("120")


def test_typed_value_is_proposed_not_overwritten(window, national, qtbot):
    store = assessments.open_evaluation(national)
    codes = assessments.indicator_ids(store)
    assessments.set_item_inputs(store, codes["2.1.1"], "a", {"numerator": "100", "denominator": "150"})
    project.add_fund(store, {"year": 2024, "budget": "150", "arrived": "120", "spent": "96"})
    store.close()
    assert window.open_file(national)
    window.show_indicator(codes["2.1.1"])
    ed = window.walk.panel.editors["a"]
    assert ed.num.text() == "100"  # what was typed stands
    assert ed.proposal.isVisible()
    assert ed.proposal.text.text() == "实际到位资金：资金页为 120.00 万元，此处为 100.00 万元 — 采用哪个？"
    assert ed.proposal.take_btn.text() == "采用资金页" and ed.proposal.write_btn.isVisible()
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "binding_proposal_1366.png"))
    qtbot.mouseClick(ed.proposal.take_btn, Qt.MouseButton.LeftButton)  # 采用资金页
    assert window.live.node(codes["2.1.1"]).score == Decimal("2.4")
    qtbot.waitUntil(lambda: not ed.proposal.isVisible())
    assert ed.num.text() == "120.00" and ed.bound_label.isVisible()
    window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: ed.num.text() == "100")
    assert ed.proposal.isVisible()
    qtbot.mouseClick(ed.proposal.keep_btn, Qt.MouseButton.LeftButton)  # 保留此处: not asked again
    qtbot.waitUntil(lambda: not ed.proposal.isVisible())
    assert ed.num.text() == "100"
    assert f"{codes['2.1.1']}/a" in bindings.typed_by_hand(window.ctx.store)


def test_amounts_typed_here_first_are_written_to_the_funds_page(window, national, qtbot):
    store = assessments.open_evaluation(national)
    codes = assessments.indicator_ids(store)
    assessments.set_item_inputs(store, codes["2.1.1"], "a", {"numerator": "120", "denominator": "150"})
    store.close()
    assert window.open_file(national)
    window.show_indicator(codes["2.1.1"])
    ed = window.walk.panel.editors["a"]
    assert ed.proposal.isVisible() and not ed.proposal.take_btn.isVisible()  # the page has nothing to take
    qtbot.mouseClick(ed.proposal.write_btn, Qt.MouseButton.LeftButton)  # 采用此处
    funds = project.list_funds(window.ctx.store)
    assert [(f.arrived, f.budget) for f in funds] == [(Decimal("120"), Decimal("150"))]
    page = window.page_widgets["FundsPage"]
    qtbot.waitUntil(lambda: len(page.model.rows) == 1 and page.model.rows[0].arrived == Decimal("120"))
    qtbot.waitUntil(lambda: ed.bound_label.isVisible() and not ed.proposal.isVisible())
    assert window.live.node(codes["2.1.1"]).score == Decimal("2.4")
    window.ctx.undo_stack.undo()
    assert project.list_funds(window.ctx.store) == []
    qtbot.waitUntil(lambda: ed.proposal.isVisible())
