"""Project pages' services: team, 绩效目标表, funds and their rates, chapters, summary rows."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.core.errors import EditRefused
from services.core.numbers import round_half_up
from services.evaluation import assessments, fund_math, project
from services.frameworks import catalog


@pytest.fixture
def store(tmp_path):
    st = assessments.create(tmp_path / "p.fev", catalog.load("national-project-2020"), {"name": "测试"}, actor="测试员")
    yield st
    st.close()


def test_fund_rates_and_totals(store):
    a = project.add_fund(store, {"year": "2023", "budget": "1,000", "arrived": "800", "spent": "600"})
    assert a.arrival_rate == Decimal(80) and a.execution_rate == Decimal(75)
    b = project.add_fund(store, {"year": 2024, "budget": "500.5", "arrived": "0", "spent": ""})
    assert b.arrival_rate == Decimal(0) and b.execution_rate is None  # nothing arrived: not computable
    c = project.add_fund(store, {"year": 2024, "budget": "", "arrived": "100.25", "spent": "100.25"})
    assert c.arrival_rate is None and c.execution_rate == Decimal(100)
    assert [f.position for f in project.list_funds(store)] == [0, 1, 2]
    t = project.fund_totals(store)
    assert t.budget == Decimal("1500.5") and t.arrived == Decimal("900.25") and t.spent == Decimal("700.25")
    # the rate of the printed sums, rounded once to two decimals (900.25 × 100 ÷ 1500.50 = 59.9967…)
    assert t.arrival_rate == Decimal("60.00")
    by_year = project.funds_by_year(store)
    assert [y.label for y in by_year] == ["2023年", "2024年"]
    assert by_year[1].budget == Decimal("500.5") and by_year[1].arrived == Decimal("100.25")


def test_fund_edits_refused_and_undo_values(store):
    f = project.add_fund(store, {"year": 2024, "budget": "100"})
    with pytest.raises(EditRefused, match="负数"):
        project.update_fund(store, f.id, budget="-5")
    with pytest.raises(EditRefused, match="数字"):
        project.update_fund(store, f.id, arrived="八十万")
    with pytest.raises(EditRefused, match="年度"):
        project.update_fund(store, f.id, year="二〇二四")
    assert project.list_funds(store)[0].budget == Decimal(100)  # nothing half-saved
    old = project.update_fund(store, f.id, budget="120.50")
    assert old.budget == Decimal(100)
    assert project.list_funds(store)[0].budget == Decimal("120.50")
    project.update_fund(store, f.id, **project.changed_fields(old, {"budget": None}))
    assert project.list_funds(store)[0].budget == Decimal(100)
    gone = project.delete_fund(store, f.id)
    assert project.list_funds(store) == []
    back = project.restore_fund(store, gone)
    assert back.id == f.id and back.budget == Decimal(100) and back.year == 2024


def test_target_completion(store):
    more = project.add_target(store, {"level1": "产出指标", "level2": "数量指标", "name": "治安监控点设备更换",
                                      "comparator": ">=", "target_value": "1400", "unit": "个", "actual_value": "1330"})
    assert more.comparator == "≥" and more.completion == Decimal(95) and more.achieved is False
    less = project.add_target(store, {"name": "合理控制建设成本", "comparator": "＜", "target_value": "22351.12",
                                      "actual_value": "20000", "unit": "万元"})
    assert less.comparator == "<" and less.achieved is True
    assert less.completion == Decimal("22351.12") / Decimal("20000") * 100
    text_only = project.add_target(store, {"name": "满意度", "target_text": "显著提高", "actual_text": "有所提高"})
    assert text_only.completion is None and text_only.achieved is None
    with pytest.raises(EditRefused, match="比较符"):
        project.update_target(store, more.id, comparator="约等于")
    with pytest.raises(EditRefused, match="数字"):
        project.update_target(store, more.id, actual_value="很多")
    project.update_target(store, more.id, actual_value="1400")
    assert project.list_targets(store)[0].achieved is True


def test_evaluators_sections_and_summary(store):
    with pytest.raises(EditRefused, match="姓名"):
        project.add_evaluator(store, {"name": "  ", "role": "组长"})
    lead = project.add_evaluator(store, {"name": "王五", "role": "组长", "unit": "某会计师事务所"})
    project.add_evaluator(store, {"name": "赵六"})
    assert [(e.name, e.role) for e in project.list_evaluators(store)] == [("王五", "组长"), ("赵六", "组员")]
    old = project.update_evaluator(store, lead.id, role="专家")
    assert old.role == "组长" and project.list_evaluators(store)[0].role == "专家"

    assert project.list_sections(store) == []
    secs = project.ensure_default_sections(store)
    assert secs[0].title == "一、基本情况" and secs[-1].title == "七、其他需要说明的问题"
    assert len(project.ensure_default_sections(store)) == 7  # idempotent
    old = project.update_section(store, secs[0].id, body="项目概况……")
    assert old.body == "" and project.list_sections(store)[0].body == "项目概况……"
    with pytest.raises(EditRefused, match="标题"):
        project.update_section(store, secs[0].id, title="")
    gone = project.delete_section(store, secs[3].id)
    assert len(project.list_sections(store)) == 6
    project.restore_section(store, gone)
    assert [s.title for s in project.list_sections(store)][3] == "四、绩效评价指标分析"

    row = project.add_summary_row(store, {"area": "项目决策", "problems": "绩效目标不够细化", "advice": "细化目标"})
    assert project.list_summary_rows(store)[0].area == "项目决策"
    project.delete_summary_row(store, row.id)
    assert project.list_summary_rows(store) == []


def test_sample_funds_and_targets(sample_store):
    funds = project.list_funds(sample_store)
    assert funds, "the sample has fund lines"
    for f in funds:
        if f.budget and f.arrived is not None:
            assert f.arrival_rate == round_half_up(fund_math.cents(f.arrived) * 100 / fund_math.cents(f.budget), 2)
    assert project.list_targets(sample_store)
