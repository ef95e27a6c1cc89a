"""Points earned per count up to a cap, read where unseen tables word them otherwise: a cap said with 总计 (“每次计2分,
总计不超过10分”), a bonus on some of the cases counted (“每条计10分,被采用的再加5分”), the 分值 said as the points of a
copy times the copies (“满分40分(5分/份×8)”) and the points of a time with the times that make the 分值 (“每次7.5分,
不低于4次,计30分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, readings, sole


def _formulas(text: str, weight: str) -> list[str]:
    return [it["params"]["expression"] for found in readings(text, weight) for it in found.items
            if it["type"] == "formula"]


def _points_per_count_up_to_the_weight(text: str, weight: str, per: str) -> None:
    """The text is read as one count, each worth ``per``, the score reaching the 分值 and no more."""
    p = propose(text, weight, "履职")
    assert len(sole(p, "formula")["variables"]) == 1
    assert by_vars(p, "0") == 0 and by_vars(p, "1") == Decimal(per) and by_vars(p, "2") == 2 * Decimal(per)
    assert by_vars(p, "99") == Decimal(weight)  # the cap


def _two_counts(text: str, weight: str, per: str, other: str) -> None:
    """The text is read as two counts, worth ``per`` and ``other`` each, up to the 分值, never confidently."""
    p = propose(text, weight, "信息")
    assert len(sole(p, "formula")["variables"]) == 2 and not p.confident
    assert by_vars(p, "0", "0") == 0 and by_vars(p, "1", "0") == Decimal(per)
    assert by_vars(p, "1", "1") == Decimal(per) + Decimal(other)
    assert by_vars(p, "30", "30") == Decimal(weight)


# ── a cap said with 总计: “每次计2分,总计不超过10分” ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("参加专题调研、视察等活动,每次计2分,总计不超过10分。", "10", "2"),
    ("每报送1篇经验材料得3分,总计不超过12分", "12", "3"),
    ("撰写调研报告每篇计5分;总计不超过15分。", "15", "5"),
])
def test_points_per_case_capped_in_total(text, weight, per):
    _points_per_count_up_to_the_weight(text, weight, per)


def test_near_miss_a_total_of_another_figure_is_not_the_cap():
    # a cap below the 分值 on its own sentence is no cap of the whole: not read as points earned up to the 分值
    assert not any(e == "2 * a" for e in _formulas("参加活动每次计2分;总计不超过8分。", "10"))


# ── a bonus on some of the cases counted: “每条计10分,被采用的再加5分” ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, bonus", [
    ("报送社情民意信息,每条(次)计10分,被采用的再加5分,总计不超过15分。", "15", "10", "5"),
    ("报送工作信息每篇计1分,被市级采用的,另加2分,最高10分。", "10", "1", "2"),
    ("提交意见建议每件得4分,被领导批示的再加4分;累计不超过20分", "20", "4", "4"),
])
def test_a_bonus_on_cases_counted(text, weight, per, bonus):
    # (that the bonus cases are among those counted is the reading's)
    _two_counts(text, weight, per, bonus)


@pytest.mark.parametrize("text, weight", [
    ("被采用的再加2分,最高10分。", "10"),  # no case counted before the bonus
    ("报送信息每篇计1分,被采用的再加2分,未被采用的扣1分。", "10"),  # a fault after the bonus
    ("报送信息每篇计1分,被采用的再加2分以上。", "10"),  # words after the bonus that are no cap
    ("迟报每次扣1分,被通报的再加2分,最高10分。", "10"),  # a bonus on a deduction
])
def test_near_miss_bonus_not_read(text, weight):
    assert not any("b" in e for e in _formulas(text, weight))


# ── the 分值 said as the points of a copy times the copies: “满分40分(5分/份×8)” ─────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("①月报:包括全年十二个月,满分60分(5分/份×12)。", "60", "5"),
    ("季度总结:每季度一份,共40分(10分/份×4)", "40", "10"),
    ("专题简报,满分30分(6分/期×5期)。", "30", "6"),
    ("②季度分析:包括一季度、上半年,满分40分(每份20分,共2份)", "40", "20"),
    ("工作简报每期3分,共6期,满分18分。", "18", "3"),
])
def test_copies_times_their_points(text, weight, per):
    _points_per_count_up_to_the_weight(text, weight, per)


@pytest.mark.parametrize("text, weight", [
    ("月报,满分40分(5分/份×6)。", "40"),  # the copies do not make the 分值
    ("月报,满分40分(5分/份×8)。", "50"),  # the 分值 said is not the row's
    ("每少报一期扣分,满分40分(5分/期×8)。", "40"),  # copies missing: points lost
    ("月报每份5分,共6份,满分40分。", "40"),  # the copies do not make the 分值
])
def test_near_miss_copies_not_making_the_weight(text, weight):
    assert "5 * a" not in _formulas(text, weight)


# ── the points of a time, then the times that make the 分值: “每次7.5分,不低于4次,计30分” ──────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("参加讲座、培训、调研等履职活动,每次7.5分,不低于4次,计30分。", "30", "7.5"),
    ("参加集中学习,每次得5分,满4次计满分", "20", "5"),
    ("开展志愿服务每次计2分,达到5次及以上的,得10分。", "10", "2"),
])
def test_times_that_make_the_weight(text, weight, per):
    _points_per_count_up_to_the_weight(text, weight, per)
    assert not propose(text, weight, "活动").confident  # a least count asked may zero fewer times: the reading's


@pytest.mark.parametrize("text, weight", [
    ("参加培训每次5分,不低于4次,计30分。", "30"),  # 5×4 is not the 分值
    ("每少参加1次扣5分,不低于4次,计20分。", "20"),  # times missing: points lost
    ("每季度5分,满4次计20分。", "20"),  # a period, no unit of a time counted
])
def test_near_miss_times_not_making_the_weight(text, weight):
    p = propose(text, weight, "活动")
    assert not (p.kind == "formula" and p.confident)
    assert not any(e == "5 * a" for e in _formulas(text, weight))


# ── points each with their points in brackets, one less a cost per thing short of it ───────────────────────────
@pytest.mark.parametrize("text, weight, full, scores", [
    ("(1)制度上墙(1分),职责明确(1分);(2)配备电脑、打印机、扫描仪、档案柜(4分),每少一种扣1分,扣完为止。", "6",
     ("1", "1", "0"), [("1", "1", "1", "5"), ("0", "1", "6", "1"), ("1", "0", "4", "1")]),
    ("①有专人管理(1分),有管理制度(1分);②配有灭火器、应急灯、监控(3分,每缺1项扣1分)", "5",
     ("1", "1", "0"), [("1", "1", "2", "3"), ("0", "1", "5", "1")]),
    ("成立领导小组(2分);建立会议、学习、考勤、值班、报告制度(5分),缺1项扣1分", "7",
     ("1", "0"), [("0", "2", "3"), ("1", "9", "2")]),
])
def test_points_one_less_a_cost_per_thing_short(text, weight, full, scores):
    p = propose(text, weight, "管理")
    params = sole(p, "formula")
    assert not p.confident  # that the cost comes off that point alone is the reading's
    assert len(params["variables"]) == len(full)
    assert by_vars(p, *full) == Decimal(weight)
    for *values, score in scores:
        assert by_vars(p, *values) == Decimal(score)


@pytest.mark.parametrize("text, weight", [
    ("(1)制度上墙(2分);(2)配备电脑、打印机(4分);(3)台账齐全(2分)。", "8"),  # no cost: a plain 要点核查
    ("(1)制度上墙(2分);(2)配备电脑、打印机(4分),每少一种扣1分;(3)台账齐全(2分)。", "10"),  # not the 分值
    ("(1)制度上墙(2分);(2)配备电脑、打印机(1分),每少一种扣1分。", "3"),  # the cost takes the whole point
    ("每少一种扣1分,(1)制度上墙(2分);(2)配备电脑、打印机(4分)。", "6"),  # the cost before the points
    ("(1)制度上墙(2分);(2)配备电脑、打印机(4分),每少一种扣1分;酌情加分。", "6"),  # words after the points
])
def test_near_miss_points_with_a_cost_not_read(text, weight):
    assert not any("max(0," in e for e in _formulas(text, weight))


# ── a count's line scored, points off per one short of it and added per one past it ───────────────────────────
@pytest.mark.parametrize("text, weight, base, short, past", [
    ("基础分:满分60分。各地样本企业达到市局要求标准的记50分,未达到要求标准的少1家企业扣2分;达到市局要求标准后,"
     "每增加一家企业加记2分。", "60", "50", "2", "2"),
    ("完成年度招商目标任务的得8分,每少完成1个扣1分,每多完成1个加0.5分,最高10分。", "10", "8", "1", "0.5"),
    ("新建示范点达到3个的得6分,每少1个扣2分;每增加1个加1分", "8", "6", "2", "1"),
    ("基础分8分,每少1家扣2分,每增加1家加1分,最高10分。", "10", "8", "2", "1"),
])
def test_a_line_with_points_off_short_and_added_past(text, weight, base, short, past):
    p = propose(text, weight, "任务")
    params = sole(p, "formula")
    assert not p.confident  # where the line stands is the team's to find
    assert len(params["variables"]) == 2
    assert by_vars(p, "0", "0") == Decimal(base)
    assert by_vars(p, "2", "0") == Decimal(base) - 2 * Decimal(short)
    assert by_vars(p, "0", "1") == Decimal(base) + Decimal(past)
    assert by_vars(p, "0", "99") == Decimal(weight)
    assert by_vars(p, "99", "0") == 0


@pytest.mark.parametrize("text, weight", [
    ("完成目标任务的得8分,每少完成1个扣1分,每多完成1个加0.5分,最高12分。", "10"),  # a cap not the 分值
    ("完成目标任务的得10分,每少完成1个扣1分,每多完成1个加0.5分。", "10"),  # the line takes the whole 分值
    ("完成目标任务的得8分,每少完成1个扣1分,每多完成1项加0.5分。", "10"),  # past in another unit
    ("满分20分;完成目标任务的得8分,每少完成1个扣1分,每多完成1个加0.5分。", "10"),  # full marks not the 分值
    ("基础分10分,每少1家扣1分,每增加1家加0.5分。", "10"),  # the base takes the whole 分值
])
def test_near_miss_line_both_ways_not_read(text, weight):
    assert not any(" + 0.5 * b" in e for e in _formulas(text, weight))


# ── another case in brackets after the points of one: “每次计2分(被列为书面发言的计5分),总计不超过10分” ─────────────
@pytest.mark.parametrize("text, weight, per, other", [
    ("参加专题调研、视察等活动,每次计2分(大会发言被列为书面发言的计5分),总计不超过10分。", "10", "2", "5"),
    ("报送信息每篇得1分(被省级刊物采用的得3分),最高8分", "8", "1", "3"),
])
def test_another_case_in_brackets(text, weight, per, other):
    # (that the bracketed cases are not counted among the others is the reading's)
    _two_counts(text, weight, per, other)


@pytest.mark.parametrize("text, weight", [
    ("参加活动每次计2分(以签到表为准),总计不超过10分。", "10"),  # an aside with no points of its own
    ("参加活动每次计2分(无故缺席的扣5分),总计不超过10分。", "10"),  # a cost, not another case
])
def test_near_miss_aside_is_no_other_case(text, weight):
    assert not any("b" in e for e in _formulas(text, weight))


# ── situations scored by the role taken in them: “联名提案被立案的,第一提案人计10分,其他联名人计5分” ─────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("独立完成课题并结题的,计12分;合作完成课题结题的,主持人计8分,其他参与人计4分;未结题的不得分。", "12",
     ["12", "8", "4", "0"]),
    ("获得省级表彰的,牵头单位得10分,配合单位得6分;获得市级表彰的,牵头单位得6分,配合单位得3分。", "10",
     ["10", "6", "6", "3"]),
    ("发表论文被核心期刊录用的第一作者15分,其他作者8分;被一般期刊录用的,第一作者8分,其他作者4分", "15",
     ["15", "8", "8", "4"]),
])
def test_situations_scored_by_role(text, weight, scores):
    p = propose(text, weight, "成果")
    params = sole(p, "choice")
    assert not p.confident  # one role in one situation is the reading's
    got = sorted((Decimal(o["score"]) for o in params["options"]), reverse=True)
    assert got[:len(scores)] == [Decimal(x) for x in scores]
    assert len(got) in (len(scores), len(scores) + 1)  # (the unsaid “以上情形均不符合” at 0 may be added)
    assert any("，" in o["label"] or "," in o["label"] for o in params["options"])  # the situation named with its role


@pytest.mark.parametrize("text, weight", [
    ("联名提案被立案的,第一提案人计10分,其他联名人计5分。", "12"),  # no role reaches the 分值
    ("资料齐全的,归档及时计5分,归档不及时计3分。", "5"),  # degrees of a requirement, no roles
])
def test_near_miss_roles_not_read(text, weight):
    assert not any("所任角色" in x for found in readings(text, weight) for x in found.doubts or ())
