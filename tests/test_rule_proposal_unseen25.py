"""Scoring clauses of unseen tables, read where they are written otherwise than the readings knew: faults each with
its own deduction run together with no stop between them (“床铺杂乱,扣5分被子未叠,扣10分”), or with a comma and a stop
typed together (“…扣4分,;…”); parts whose marks follow the last part's score with no stop (“…全部完成得5分b.…”); a
part earning points per case of a sample it names, its points unsaid (“3.随机抽查3份档案,…完整的,每份得1分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import maxes, picked, point_labels, readings, scored, sole, ticks, types


def _checklists(text: str, weight: str) -> list[list[str]]:
    return [[pt["label"] for pt in it["params"]["points"]] for found in readings(text, weight) for it in found.items
            if it["type"] == "checklist"]


# ── faults run together: “桌面杂乱,扣5分地面有垃圾,扣10分” ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, labels, points", [
    ("桌面杂乱,扣5分地面有纸屑、果皮,扣10分垃圾未倒,扣5分", "20",
     ["无：桌面杂乱", "无：地面有纸屑、果皮", "无：垃圾未倒"], ["5", "10", "5"]),
    ("台账不齐全扣3分会议记录缺失扣2分", "5", ["无：台账不齐全", "无：会议记录缺失"], ["3", "2"]),
    ("消防通道堵塞,扣4分灭火器过期,扣4分应急灯损坏,扣2分。", "10",
     ["无：消防通道堵塞", "无：灭火器过期", "无：应急灯损坏"], ["4", "4", "2"]),
    ("车辆停放不规范、占用通道,减2分车身不洁,有污渍,减3分", "5",
     ["无：车辆停放不规范、占用通道", "无：车身不洁,有污渍"], ["2", "3"]),
])
def test_faults_run_together_each_with_its_deduction(text, weight, labels, points):
    p = propose(text, weight, "环境卫生")
    sole(p, "checklist")
    assert not p.confident  # the text names faults, not points
    assert point_labels(p) == labels and maxes(p) == [Decimal(x) for x in points]
    assert ticks(p, *[True] * len(labels)) == Decimal(weight)  # no fault found: the whole 分值
    assert ticks(p, False, *[True] * (len(labels) - 1)) == Decimal(weight) - Decimal(points[0])  # the first found
    assert ticks(p, *[False] * len(labels)) == 0


def test_faults_with_a_comma_and_a_stop_typed_together():
    p = propose("地面不净扣4分,;窗台有灰尘扣3分;;桌椅摆放零乱扣3分。", "10", "卫生")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(4), Decimal(3), Decimal(3)]
    assert ticks(p, True, False, True) == 7


@pytest.mark.parametrize("text, weight", [
    ("未建立制度扣5分扣完为止", "10"),  # one fault and its floor
    ("未建立制度扣5分并通报批评扣5分", "10"),  # what follows the deduction is more of the same fault
    ("未按时上报扣2分以上", "4"),
    ("未按时上报扣2分后仍未整改扣2分", "4"),
])
def test_near_miss_words_after_a_deduction_are_no_next_fault(text, weight):
    assert _checklists(text, weight) == []


def test_near_miss_faults_run_together_that_do_not_make_the_weight_are_not_a_checklist():
    assert _checklists("桌面杂乱,扣5分地面有纸屑,扣10分", "20") == []


# ── parts run together: “…全部安装得5分b.…” ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "a.办公区应安装分区电表,部分区域安装得2分,全部安装得4分b.食堂应安装水表,安装总表得1分,分项安装得2分",
    "a.办公区应安装分区电表,部分区域安装得2分,全部安装得4分 b.食堂应安装水表,安装总表得1分,分项安装得2分",
    "1.办公区应安装分区电表,部分区域安装得2分,全部安装得4分2.食堂应安装水表,安装总表得1分,分项安装得2分",
    "安装计量表具,其中:A.办公区应安装分区电表,部分区域安装得2分,全部安装得4分B.食堂应安装水表,安装总表得1分,分项安装得2分",
])
def test_parts_whose_mark_follows_the_last_score(text):
    p = propose(text, "6", "计量")
    assert types(p) == ["choice", "choice"] and not p.confident
    assert [picked(p, 0, 0), picked(p, 1, 0), picked(p, 2, 0)] == [4, 2, 0]
    assert [picked(p, 0, 1), picked(p, 1, 1), picked(p, 2, 1)] == [2, 1, 0]


def test_parts_run_together_as_points():
    p = propose("1.建立工作台账,得2分2.按月报送进度,得2分3.开展年度自评,得1分", "5", "管理")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(2), Decimal(2), Decimal(1)]


@pytest.mark.parametrize("text, after", [
    ("得分=完成率×10分2.5万元以下的不计", "2.5万"),  # no mark: a figure with its decimal point
    ("按时报送得2分3、4季度未报送的不得分", "3、4季度"),  # no mark: figures listed
    ("资料齐全得2分10月底前报送", "10月"),  # no mark: a date
])
def test_near_miss_a_figure_after_a_score_is_no_part(text, after):
    t = normalize(text)
    assert f"分{after}" in t and f";{after}" not in t


# ── a part earning per case of its sample, its points unsaid: “3.随机抽查3份档案,…每份得1分” ─────────────────────
@pytest.mark.parametrize("text, weight, points, cases", [
    ("1.建立档案管理制度的,得1分。2.配备专职档案员的,得1分。3.随机抽查3份档案,资料完整的,每份得1分。", "5", ["1", "1"], 3),
    ("(1)开设咨询栏目,得2分;(2)随机选取2个常见问题进行咨询,5个工作日内答复的,每个得1分", "4", ["2"], 2),
    ("1、公开年度报告得1分;2、公开办事指南得1分;3、抽查4条政策信息,发布及时准确的,每条得0.5分", "4", ["1", "1"], 4),
])
def test_a_part_earning_per_case_of_its_sample(text, weight, points, cases):
    p = propose(text, weight, "公开")
    assert not p.confident
    kinds = types(p)
    assert sorted(kinds) == sorted(["formula", "checklist" if len(points) > 1 else "all_or_nothing"])
    counted = kinds.index("formula")
    rest = Decimal(weight) - sum(Decimal(x) for x in points)
    assert Decimal(p.items[counted]["max"]) == rest
    per = rest / cases
    variables = p.items[counted]["params"]["variables"]
    assert len(variables) == 1
    assert scored(p, {"vars": {variables[0]["name"]: "1"}}, counted) == per
    assert scored(p, {"vars": {variables[0]["name"]: str(cases)}}, counted) == rest
    if len(points) > 1:
        assert maxes(p, kinds.index("checklist")) == [Decimal(x) for x in points]


@pytest.mark.parametrize("text, weight", [
    # the sample's cases do not make what the other parts leave
    ("1.建立档案管理制度的,得1分。2.配备专职档案员的,得1分。3.随机抽查2份档案,资料完整的,每份得1分。", "5"),
    # no sample named: how many cases make the rest is not said
    ("1.建立档案管理制度的,得1分。2.配备专职档案员的,得1分。3.资料完整的,每份得1分。", "5"),
    # a part deducting per case is no part earning
    ("1.建立档案管理制度的,得1分。2.抽查3份档案,资料不完整的,每份扣1分。", "4"),
])
def test_near_miss_a_per_case_part_whose_points_cannot_be_told(text, weight):
    p = propose(text, weight, "公开")
    assert not p.confident and not any("分值未写明" in x for x in p.unplaced)
    assert not any(it["type"] == "formula" and it["params"]["expression"].startswith("1 *") for it in p.items)
