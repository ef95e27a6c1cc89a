"""Rows of several lines a next agency's table is likely to share:

- a line and a step per kind of unit assessed (“各区…不少于10人,每少1人扣0.5分;各开发区…不少于4人,每少1人扣1.25分”): one
  formula over a yes/no variable choosing the kind (是1，否0) and the count, each kind the points short of its own line,
  always to check;
- a table's rows joined, each indicator with its target and its step (“1 小区完好率 99.90% 每劣化0.01%扣0.1分 2 巡检完成率
  98% 每降5%扣0.5分 …”): each indicator a variable losing the points per step past its own target — below it, or above it
  where more is worse (故障率, 告警量, 投诉率) — always to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings


def _kinds_reading(text: str, weight: str) -> bool:
    """Some reading of the text takes a yes/no variable choosing the line of each kind of unit."""
    return any(it["type"] == "formula" and "(1 - k)" in it["params"]["expression"]
               for found in readings(text, weight) for it in found.items)


# ── a line and a step per kind of unit ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, kinds, situations", [
    ("各区每年推荐优秀志愿者不少于10人,每少1人扣0.5分;各开发区每年推荐优秀志愿者不少于4人,每少1人扣1.25分。", "5",
     ("区", "开发区"), [(("1", "10"), 5), (("1", "7"), 3.5), (("0", "2"), 2.5), (("0", "6"), 5), (("1", "0"), 0)]),
    ("各县(市、区)每年开展业务培训不少于6期,每少1期扣1分;市直各部门每年开展业务培训不少于3期,每少1期扣2分", "6",
     ("县(市、区)", "市直各部门"), [(("1", "4"), 4), (("0", "2"), 4), (("0", "3"), 6)]),
    ("城区学校组织家访不少于200户,每少10户扣0.5分;农村学校组织家访不少于100户,每少10户扣1分。", "10",
     ("城区学校", "农村学校"), [(("1", "180"), 9), (("0", "80"), 8), (("0", "150"), 10)]),
    ("各乡镇开展巡回宣讲不少于12场,每少1场扣0.5分;各街道开展巡回宣讲不少于8场,每少1场扣0.75分", "6",
     ("乡镇", "街道"), [(("1", "12"), 6), (("0", "4"), 3)]),
    # a stop closing the text says no more than the 0 the score is held to
    ("各乡镇开展巡回宣讲不少于12场,每少1场扣0.5分;各街道开展巡回宣讲不少于8场,每少1场扣0.75分。扣完为止", "6",
     ("乡镇", "街道"), [(("1", "0"), 0), (("0", "6"), 4.5)]),
])
def test_a_line_and_step_per_kind_of_unit(text, weight, kinds, situations):
    p = propose(text, weight, "推荐")
    assert p.kind == "formula" and len(p.items) == 1, (p.summary, p.unplaced)
    variables = p.items[0]["params"]["variables"]
    assert [v["name"] for v in variables] == ["k", "n"]
    assert kinds[0] in variables[0]["label"] and kinds[1] in variables[0]["label"]
    assert not p.confident  # which kind the unit is, and the count, are read from two lines
    assert any("被考核单位" in u for u in p.unplaced), p.unplaced
    for values, score in situations:
        assert by_vars(p, *values) == Decimal(str(score)), values


@pytest.mark.parametrize("text, weight", [
    # one kind only: a 达标线 of its own
    ("各区每年推荐优秀志愿者不少于10人,每少1人扣0.5分", "5"),
    # the same kind twice: two quantities of one unit
    ("各区每年推荐优秀志愿者不少于10人,每少1人扣0.5分;各区每年开展宣讲活动不少于4场,每少1场扣1.25分", "5"),
    # two quantities counted in other units: no one count for both kinds
    ("各区每年推荐优秀志愿者不少于10人,每少1人扣0.5分;各开发区每年开展宣讲活动不少于4场,每少1场扣1.25分", "5"),
    # no kind of unit named: two requirements, both asked of the one unit
    ("每年推荐优秀志愿者不少于10人,每少1人扣0.5分;每年推荐优秀教师不少于4人,每少1人扣1.25分", "5"),
    # a third sentence the reading cannot place
    ("各区推荐优秀志愿者不少于10人,每少1人扣0.5分;各开发区推荐优秀志愿者不少于4人,每少1人扣1.25分;未按时报送的不得分", "5"),
    # a kind of unit and a level of funds: two amounts asked of one unit (“区级”, “市级”)
    ("区级配套资金到位不少于10个,每少1个扣0.5分;市级配套资金到位不少于4个,每少1个扣1.25分", "5"),
    # points earned per person, not lost short of a line
    ("各区每推荐1人得0.5分;各开发区每推荐1人得1.25分", "5"),
])
def test_near_miss_not_a_line_per_kind_of_unit(text, weight):
    assert not _kinds_reading(text, weight)


# ── a table's rows: each indicator its target and its step ─────────────────────────────────────────────
def _rows(p) -> list[str]:
    return [v["label"] for v in p.items[0]["params"]["variables"]]


@pytest.mark.parametrize("text, weight, labels, situations", [
    ("1 路灯亮灯率 98% 每降1%扣0.5分 2 设施完好率 95% 每降低2%扣1分 3 市民投诉率 2% 每增加0.5%扣0.5分", "10",
     ["路灯亮灯率", "设施完好率", "市民投诉率"],
     [(("98", "95", "2"), 10), (("96", "91", "2"), 7), (("99", "95", "3"), 9), (("80", "95", "2"), 1)]),
    ("1 水质达标率 99.5% 每下降0.1%扣0.2分 2 管网漏损率 12% 每上升1%扣0.5分 3 抢修及时率 95% 每降5%扣1分", "8",
     ["水质达标率", "管网漏损率", "抢修及时率"],
     [(("99.5", "12", "95"), 8), (("99.3", "14", "85"), 4.6)]),
    ("1、车辆完好率95%,每降低1%扣0.3分;2、设备故障率3%,每增加1%扣0.5分", "6",
     ["车辆完好率", "设备故障率"], [(("95", "3"), 6), (("93", "5"), 4.4)]),
    # a stop closing the rows says no more than the 0 the score is held to
    ("1 路灯亮灯率 98% 每降1%扣0.5分 2 设施完好率 95% 每降低2%扣1分,扣完为止", "5",
     ["路灯亮灯率", "设施完好率"], [(("98", "95"), 5), (("90", "93"), 0), (("96", "93"), 3)]),
])
def test_rows_each_target_and_step(text, weight, labels, situations):
    p = propose(text, weight, "运维")
    assert p.kind == "formula" and len(p.items) == 1, (p.summary, p.unplaced)
    assert [lbl.split("（")[0] for lbl in _rows(p)] == labels
    assert not p.confident  # the rates are entered in %, a part of a step counts in proportion
    for values, score in situations:
        assert by_vars(p, *values) == Decimal(str(score)), values


def test_a_rate_where_more_is_worse_costs_above_its_target_whatever_its_step_says():
    p = propose("1 巡检完成率 98% 每降1%扣0.5分 2 设备故障率 1.5% 每降0.5%扣0.5分", "5", "运维")
    assert by_vars(p, "98", "2.5") == Decimal("4")  # 1 point above 1.5%: two steps of 0.5
    assert by_vars(p, "98", "1") == Decimal("5")
    assert any("故障率" in u and "超出" in u for u in p.unplaced), p.unplaced


def test_a_count_target_with_a_step_in_percent_is_the_share_past_it():
    p = propose("1 工单及时率 99% 每降1%扣0.2分 2 告警量 200(或考核指标) 每增加1%扣0.1分", "5", "运维")
    assert "告警量" in _rows(p)[1] and "百分比" in _rows(p)[1]
    assert by_vars(p, "99", "10") == Decimal("4")
    assert any("考核指标" in u for u in p.unplaced), p.unplaced


def _rows_reading(text: str, weight: str) -> bool:
    return any(it["type"] == "formula" and len(it["params"]["variables"]) >= 2
               and all(v["unit"] == "%" for v in it["params"]["variables"])
               and "max(0," in it["params"]["expression"]
               for found in readings(text, weight) for it in found.items)


@pytest.mark.parametrize("text, weight", [
    # one row: a 达标线
    ("1 路灯亮灯率 98% 每降1%扣0.5分", "5"),
    # a row without its target
    ("1 路灯亮灯率 98% 每降1%扣0.5分 2 设施完好率 每降低2%扣1分", "5"),
    # a rate whose name says it is good, costing as it rises: the words contradict each other
    ("1 路灯亮灯率 98% 每降1%扣0.5分 2 设施完好率 95% 每增加1%扣1分", "5"),
    # points earned per step, not lost
    ("1 路灯亮灯率 98% 每提高1%加0.5分 2 设施完好率 95% 每提高1%加1分", "5"),
])
def test_near_miss_not_rows_each_target_and_step(text, weight):
    assert not _rows_reading(text, weight)


# ── a zeroing case among steps, an exemption narrowing it, a sentence that scores nothing ─────────────────
_CASES = ("执法文书规范,合格率达100%得10分。执法文书不规范的,每一份扣1分。出现一起行政败诉案件,经复议机关确认的不得分。"
          "因个人原因被投诉查实的,取消年度评优资格,并追究相关责任。执法人员意见正确而上级决定错误导致行政败诉案件的不扣分。"
          "执法程序错误,被上级纠正的,每一件扣0.5分;")


def _gate(p) -> dict:
    params = p.items[0]["params"]
    return next(v for v in params["variables"] if "整项不得分" in v["label"])


def test_a_zeroing_case_its_whole_sentence_and_the_cases_it_spares():
    p = propose(_CASES, "10", "执法")
    assert p.kind == "formula" and not p.confident
    gate = _gate(p)
    assert gate["label"].startswith("出现1起行政败诉案件,经复议机关确认")
    assert "（执法人员意见正确而上级决定错误导致行政败诉案件的除外）" in gate["label"]
    assert any("例外" in u for u in p.unplaced), p.unplaced
    assert not any("评优资格" in v["label"] for v in p.items[0]["params"]["variables"])  # scores nothing
    assert any("评优资格" in u for u in p.unplaced)  # … and is left to check
    names = [v["name"] for v in p.items[0]["params"]["variables"]]
    assert names[0] == gate["name"]
    assert by_vars(p, "1", "2", "2") == Decimal("7")
    assert by_vars(p, "0", "0", "0") == Decimal("0")


@pytest.mark.parametrize("text", [
    # the spared cases name another matter than the zeroing case: no exception of it
    _CASES.replace("执法人员意见正确而上级决定错误导致行政败诉案件的不扣分", "因不可抗力延误办理的不扣分"),
    # the clause before the zero is a deduction of its own, not part of the condition
    "执法文书不规范的,每一份扣1分,经复议机关确认的不得分;执法程序错误,被上级纠正的,每一件扣0.5分;",
])
def test_near_miss_no_exception_or_clause_folded_into_the_zeroing_case(text):
    p = propose(text, "10", "执法")
    for found in readings(text, "10"):
        for it in found.items:
            for v in it["params"].get("variables") or []:
                assert "除外" not in v["label"] and "扣" not in v["label"].split("（")[0], v["label"]
    assert not p.confident
