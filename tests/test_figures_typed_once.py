"""Figures typed once: indicators naming a known figure are bound to the 资金 / 绩效目标 pages when the
file is opened, typed values are never overwritten (a proposal asks instead), amounts typed in a bound
indicator go to the 资金 page, and the totals and rates come from one place with one rounding."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from services.core.errors import EditRefused
from services.evaluation import assessments, fund_figures, project
from services.fieldwork import bindings, figures
from services.frameworks import catalog

NATIONAL = Path(__file__).resolve().parent.parent / "resources" / "templates" / "national_project_2020.json"


@pytest.fixture
def path(tmp_path) -> Path:
    p = tmp_path / "national.fev"
    assessments.create(p, catalog.read_file(NATIONAL), {"name": "测试项目", "year": 2024}).close()
    return p


@pytest.fixture
def store(path):
    s = assessments.open_evaluation(path)
    yield s
    s.close()


def ids(store):
    return assessments.indicator_ids(store)


def item_inputs(store, code: str) -> dict:
    _specs, states = assessments.load_tree(store)
    return dict((states[ids(store)[code]].inputs or {}).get("a") or {})


def stored_inputs(store, code: str) -> dict:
    """The inputs as written in the file (bindings not resolved)."""
    from sqlalchemy import select

    from models.entities import Assessment

    with store.read() as s:
        a = s.execute(select(Assessment).where(Assessment.indicator_id == ids(store)[code])).scalar_one()
        return dict((a.inputs or {}).get("a") or {})


def test_known_figures_are_recognised_by_labels_and_names():
    rate = {"key": "a", "type": "rate", "max": "4", "label": "资金到位率（实际到位资金/预算资金）",
            "params": {"numerator_label": "实际到位资金", "denominator_label": "预算资金"}}
    assert bindings.known_binding("资金到位率", rate) == {"source": "funds", "figure": "arrival_rate"}
    execution = {**rate, "type": "threshold", "label": "预算执行率",
                 "params": {"full_at": "90", "deduct": "0.5", "input": "ratio",
                            "numerator_label": "实际支出资金", "denominator_label": "实际到位资金"}}
    assert bindings.known_binding("预算执行率", execution) == {"source": "funds", "figure": "execution_rate"}
    # a ratio of other amounts is not the 资金 page's figure, whatever the indicator is called
    other = {**execution, "params": {**execution["params"], "numerator_label": "实际支出资金",
                                     "denominator_label": "预算资金"}}
    assert bindings.known_binding("预算执行率", other) is None
    completion = {"key": "a", "type": "completion", "max": "5", "label": "各项产出完成情况（实际/计划）", "params": {}}
    assert bindings.known_binding("实际完成率", completion) == {"source": "targets", "figure": "completion"}
    assert bindings.known_binding("基础平台建设", completion) is None
    # met / not met at a level the evaluator states: never bound on its own
    aon = {"key": "a", "type": "all_or_nothing", "max": "4", "label": "资金到位率", "params": {"condition": "到位"}}
    assert bindings.known_binding("资金到位率", aon) is None


def test_opening_binds_the_fund_indicators_and_one_amount_feeds_both(path):
    store = assessments.open_evaluation(path)
    try:
        bound = bindings.auto_bind(store)
        assert {(b.code, b.binding["figure"]) for b in bound} >= {("2.1.1", "arrival_rate"),
                                                                  ("2.1.2", "execution_rate")}
        assert bindings.auto_bind(store) == []  # once: the next opening has nothing left to bind
        sheet = assessments.score(store)
        assert sheet.find("2.1.1").score is None and sheet.find("2.1.2").score is None  # no funds yet
        line = project.add_fund(store, {"year": 2024, "budget": "150", "arrived": "120", "spent": "96"})
        sheet = assessments.score(store)
        assert sheet.find("2.1.1").score == Decimal("2.4")  # 120 ÷ 150 × 3
        assert sheet.find("2.1.2").score == Decimal("2.5")  # 96 ÷ 120 = 80%: 10 points below 90 × 0.25
        project.update_fund(store, line.id, arrived="150")  # 实际到位资金 typed once, on the 资金 page
        sheet = assessments.score(store)
        assert sheet.find("2.1.1").score == Decimal("3")  # 100%
        assert sheet.find("2.1.2").score == Decimal("0")  # 96 ÷ 150 = 64%: 26 below, 6.5 to deduct from 5
        words = bindings.binding_words({}, {"source": "funds", "figure": "arrival_rate"}, item_inputs(store, "2.1.1"))
        assert words == "来自 资金页：实际到位资金 150.00 万元，预算资金 150.00 万元"
    finally:
        store.close()


def test_typed_values_are_never_overwritten_but_proposed(store):
    iid = ids(store)["2.1.1"]
    assessments.set_item_inputs(store, iid, "a", {"numerator": "100", "denominator": "150", "note": "现场核实"})
    project.add_fund(store, {"year": 2024, "budget": "150", "arrived": "120", "spent": "96"})
    bound = {b.code for b in bindings.auto_bind(store)}
    assert "2.1.1" not in bound and "2.1.2" in bound
    assert stored_inputs(store, "2.1.1") == {"numerator": "100", "denominator": "150", "note": "现场核实"}
    spec = next(s for s in assessments.load_tree(store)[0] if s.code == "2.1.1")
    prop = bindings.proposal_for(store, iid, spec.name, spec.items[0], stored_inputs(store, "2.1.1"))
    assert prop is not None
    assert prop.text == "实际到位资金：资金页为 120.00 万元，此处为 100.00 万元 — 采用哪个？"
    assert prop.can_take and prop.can_write and prop.page == "资金页"

    # 保留此处: never asked again, never bound on its own
    assert bindings.set_typed_by_hand(store, iid, "a", True) is False
    assert bindings.proposal_for(store, iid, spec.name, spec.items[0], stored_inputs(store, "2.1.1")) is None
    assert bindings.auto_bind(store) == []
    # … and undone, asked again
    bindings.set_typed_by_hand(store, iid, "a", False)
    assert bindings.proposal_for(store, iid, spec.name, spec.items[0], stored_inputs(store, "2.1.1")) is not None

    # 采用资金页: bound, the note kept, the score follows the page
    old = bindings.bind_input(store, iid, "a", prop.binding)
    assert stored_inputs(store, "2.1.1") == {"bind": {"source": "funds", "figure": "arrival_rate"}, "note": "现场核实"}
    assert assessments.score(store).find("2.1.1").score == Decimal("2.4")
    bindings.restore_item_inputs(store, iid, "a", old)  # undo
    assert stored_inputs(store, "2.1.1") == {"numerator": "100", "denominator": "150", "note": "现场核实"}


def test_typed_values_equal_to_the_page_are_bound(store):
    iid = ids(store)["2.1.1"]
    project.add_fund(store, {"year": 2024, "budget": "150", "arrived": "120"})
    assessments.set_item_inputs(store, iid, "a", {"numerator": "120.00", "denominator": "150"})
    assert "2.1.1" in {b.code for b in bindings.auto_bind(store)}
    assert figures.is_bound(stored_inputs(store, "2.1.1"))


def test_read_only_file_is_not_bound(path):
    store = assessments.open_evaluation(path, readonly=True)
    try:
        assert bindings.auto_bind(store) == []
    finally:
        store.close()


def test_amount_typed_in_the_indicator_goes_to_the_funds_page(store):
    bindings.auto_bind(store)
    i1, i2 = ids(store)["2.1.1"], ids(store)["2.1.2"]
    # no fund line yet: typing in the indicator adds one
    edit = bindings.write_through(store, i1, "a", {"numerator": "120", "denominator": "150"})
    lines = project.list_funds(store)
    assert len(lines) == 1 and lines[0].arrived == Decimal("120") and lines[0].budget == Decimal("150")
    assert lines[0].year == 2024 and "2.1.1" in lines[0].note
    # the other indicator sees the same 实际到位资金
    assert item_inputs(store, "2.1.2")["denominator"] == "120.00"
    # one line holds it: changing it in 预算执行率 changes that line, and 资金到位率 follows
    edit2 = bindings.write_through(store, i2, "a", {"numerator": "90", "denominator": "125"})
    line = project.list_funds(store)[0]
    assert (line.spent, line.arrived, line.budget) == (Decimal("90"), Decimal("125"), Decimal("150"))
    assert item_inputs(store, "2.1.1")["numerator"] == "125.00"
    sheet = assessments.score(store)
    assert sheet.find("2.1.1").score == Decimal("2.5")  # 125 ÷ 150 × 3
    # undo puts the page back, step by step
    bindings.undo_write_through(store, edit2)
    line = project.list_funds(store)[0]
    assert (line.spent, line.arrived) == (None, Decimal("120"))
    bindings.undo_write_through(store, edit)
    assert project.list_funds(store) == []


def test_several_lines_are_changed_on_the_funds_page(store):
    bindings.auto_bind(store)
    project.add_fund(store, {"year": 2023, "budget": "100", "arrived": "100"})
    project.add_fund(store, {"year": 2024, "budget": "50", "arrived": "20"})
    before = [(f.budget, f.arrived) for f in project.list_funds(store)]
    with pytest.raises(EditRefused) as refused:
        bindings.write_through(store, ids(store)["2.1.1"], "a", {"numerator": "130", "denominator": "150"})
    assert str(refused.value) == "资金页有 2 行实际到位资金（合计 120.00 万元），请在资金页逐行修改"
    assert [(f.budget, f.arrived) for f in project.list_funds(store)] == before  # nothing written
    # the unchanged amount is no change: only the one that differs is asked for
    with pytest.raises(EditRefused, match="2 行预算资金"):
        bindings.write_through(store, ids(store)["2.1.1"], "a", {"numerator": "120", "denominator": "160"})


def test_binding_page_and_printed_table_agree_on_rounding(store):
    """Amounts with more than two decimals: the bound indicator, the page's 合计 and the printed table
    compute from the same printed amounts and round once."""
    bindings.auto_bind(store)
    project.add_fund(store, {"year": 2023, "budget": "100.004", "arrived": "33.335", "spent": "11.114"})
    project.add_fund(store, {"year": 2024, "budget": "100.004", "arrived": "33.335", "spent": "11.114"})
    page = project.fund_totals(store)
    table = fund_figures.of_store(store)
    fig = bindings.fund_figure(store, "arrival_rate")
    assert page.arrived == table.total.arrived == fig.numerator == Decimal("66.68")  # 33.34 + 33.34
    assert page.budget == fig.denominator == Decimal("200.00")
    assert page.arrival_rate == table.arrival_rate == fig.value == Decimal("33.34")
    assert item_inputs(store, "2.1.1")["numerator"] == "66.68"


def test_amounts_typed_before_the_funds_page_are_written_there_once(store):
    """Both fund indicators typed by hand while the 资金 page is empty: the first one's amounts go to the
    page (采用此处), the second is then asked only about what the page still lacks, and takes it too."""
    i1, i2 = ids(store)["2.1.1"], ids(store)["2.1.2"]
    assessments.set_item_inputs(store, i1, "a", {"numerator": "120", "denominator": "150"})
    assessments.set_item_inputs(store, i2, "a", {"numerator": "96", "denominator": "120", "note": "支出按决算"})
    bound = {b.code for b in bindings.auto_bind(store)}
    assert "2.1.1" not in bound and "2.1.2" not in bound  # typed: never bound on its own
    specs = {s.code: s for s in assessments.load_tree(store)[0]}
    p1 = bindings.proposal_for(store, i1, "资金到位率", specs["2.1.1"].items[0], stored_inputs(store, "2.1.1"))
    assert p1.text == ("实际到位资金：资金页尚无，此处为 120.00 万元；预算资金：资金页尚无，此处为 150.00 万元"
                       " — 采用哪个？")
    assert not p1.can_take and p1.can_write
    done = bindings.adopt_typed(store, i1, "a", p1.binding)
    line = project.list_funds(store)[0]
    assert (line.arrived, line.budget, line.spent) == (Decimal("120"), Decimal("150"), None)
    assert figures.is_bound(stored_inputs(store, "2.1.1"))
    # the page now has 实际到位资金 but no 支出: 2.1.2 is asked about the 支出 only
    p2 = bindings.proposal_for(store, i2, "预算执行率", specs["2.1.2"].items[0], stored_inputs(store, "2.1.2"))
    assert p2.text == "实际支出资金：资金页为 0.00 万元，此处为 96.00 万元 — 采用哪个？"
    done2 = bindings.adopt_typed(store, i2, "a", p2.binding)
    line = project.list_funds(store)[0]
    assert (line.arrived, line.budget, line.spent) == (Decimal("120"), Decimal("150"), Decimal("96"))
    assert stored_inputs(store, "2.1.2") == {"bind": {"source": "funds", "figure": "execution_rate"},
                                             "note": "支出按决算"}
    sheet = assessments.score(store)
    assert sheet.find("2.1.1").score == Decimal("2.4") and sheet.find("2.1.2").score == Decimal("2.5")
    # undone in turn: the page and the typed values come back exactly
    bindings.undo_adopt_typed(store, i2, "a", done2)
    assert project.list_funds(store)[0].spent is None
    assert stored_inputs(store, "2.1.2") == {"numerator": "96", "denominator": "120", "note": "支出按决算"}
    bindings.undo_adopt_typed(store, i1, "a", done)
    assert project.list_funds(store) == []
    assert stored_inputs(store, "2.1.1") == {"numerator": "120", "denominator": "150"}


def test_adopting_what_several_lines_add_up_to_changes_nothing(store):
    i1 = ids(store)["2.1.1"]
    project.add_fund(store, {"year": 2023, "budget": "100", "arrived": "100"})
    project.add_fund(store, {"year": 2024, "budget": "50", "arrived": "20"})
    assessments.set_item_inputs(store, i1, "a", {"numerator": "130", "denominator": "150"})
    spec = next(s for s in assessments.load_tree(store)[0] if s.code == "2.1.1")
    prop = bindings.proposal_for(store, i1, spec.name, spec.items[0], stored_inputs(store, "2.1.1"))
    with pytest.raises(EditRefused, match="请在资金页逐行修改"):
        bindings.adopt_typed(store, i1, "a", prop.binding)
    assert stored_inputs(store, "2.1.1") == {"numerator": "130", "denominator": "150"}  # not left bound
    assert [f.arrived for f in project.list_funds(store)] == [Decimal("100"), Decimal("20")]


def status(store, code: str) -> str:
    _specs, states = assessments.load_tree(store)
    return states[ids(store)[code]].status


def test_progress_of_bound_indicators_follows_the_page(store):
    bindings.auto_bind(store)
    assert status(store, "2.1.1") == "未开始"  # bound while the page is empty: nothing to score yet
    line = project.add_fund(store, {"year": 2024, "budget": "150", "arrived": "120"})
    assert set(bindings.settle_status(store)) == {ids(store)["2.1.1"], ids(store)["2.1.2"]}
    assert status(store, "2.1.1") == "已评分" and status(store, "2.1.2") == "已评分"  # 0 spent of 120: scored
    assert bindings.settle_status(store) == []  # nothing more to change
    assessments.set_status(store, ids(store)["2.1.2"], "已复核")
    project.delete_fund(store, line.id)
    bindings.settle_status(store)
    assert status(store, "2.1.1") == "进行中"  # the page no longer gives the figure
    assert status(store, "2.1.2") == "已复核"  # a reviewed indicator keeps its mark
