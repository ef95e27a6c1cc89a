"""Yes/no requirements and rates in the many wordings 评分表 use: a requirement then its points however marked, a
requirement met or not said in other words (是/否 answers, 做到/做不到, 反之), a requirement naming the evidence it is
checked by, and the score by a rate named or by the share of a target reached — each with the rule it must give, its
scores in a few situations, and the near misses that must not be read that way or must not be confident.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import ratio, scored, types


def met_or_not(p, weight):
    """Whether the proposal scores the 分值 when the requirement is met and nothing when it is not: a 全有或全无, or
    the same said as two situations (情形选择) — the one scoring the 分值 and the one scoring nothing."""
    if types(p) == ["choice"]:
        options = p.items[0]["params"]["options"]
        assert sorted(Decimal(o["score"]) for o in options) == [0, Decimal(weight)], p.summary
        return sorted(scored(p, {"option": o["key"]}) for o in options) == [0, Decimal(weight)]
    assert types(p) == ["all_or_nothing"], p.summary
    return scored(p, {"met": True}) == Decimal(weight) and scored(p, {"met": False}) == 0


# ── a requirement then its points, however they are marked ────────────────
@pytest.mark.parametrize("text,weight", [
    ("建立健全内部管理制度,3分", "3"),                        # no verb, a comma
    ("建立健全内部管理制度，3分。", "3"),                     # full-width marks
    ("按规定时间报送年度决算资料的得2分。", "2"),             # 得 after 的
    ("台账资料齐全、规范的,计4分", "4"),                      # 计
    ("台账资料齐全、规范的，記4分。", "4"),                   # 记 in traditional characters
    ("2、制定项目实施方案并报备,得1.5分", "1.5"),              # a numbered requirement, a decimal
    ("(3)落实项目公示制度计二分", "2"),                        # a Chinese numeral
    ("一、档案管理;项目资料分类归档,得5分", "5"),              # a heading sentence first
])
def test_a_requirement_followed_by_its_points(text, weight):
    p = propose(text, weight, "")
    assert met_or_not(p, weight), (text, p.summary)


# ── met and not met, said in other words ─────────────────────────────────────
@pytest.mark.parametrize("text,weight,condition", [
    ("是否编制项目绩效目标。是=2分;否=0分", "2", "编制项目绩效目标"),
    ("编制项目绩效目标,是2分,否0分", "2", "编制项目绩效目标"),
    ("按规定程序组织验收:是(3分),否(0分)", "3", "按规定程序组织验收"),
    ("(二)建立项目台账:是,得4分;否,得0分。", "4", "建立项目台账"),
    ("项目立项经集体研究决策。是 1分 否 0分", "1", "项目立项经集体研究决策"),
    ("按季度开展绩效监控:是,计2分;否,不得分", "2", "按季度开展绩效监控"),
])
def test_answers_yes_and_no_each_with_their_score(text, weight, condition):
    """The answer yes scores the 分值, no scores nothing: full marks when the requirement is met."""
    p = propose(text, weight, "")
    assert met_or_not(p, weight), (text, p.summary)
    if p.kind == "all_or_nothing":
        assert p.items[0]["params"]["condition"] == condition, (text, p.items)


@pytest.mark.parametrize("text,weight", [
    ("编制项目绩效目标,是2分,否0分", "2"),
    ("按规定程序组织验收:是(3分),否(0分)", "3"),
    ("项目立项经集体研究决策。是 1分 否 0分", "1"),
])
def test_yes_and_no_placing_every_word_are_confident(text, weight):
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"] and p.confident, (text, p.unplaced)


@pytest.mark.parametrize("text,weight", [
    ("是否编制项目绩效目标,是得1分,否得0分", "2"),               # yes does not score the 分值
    ("是否编制项目绩效目标,是得2分,部分编制得1分,否得0分", "2"),  # a third answer
    ("编制项目绩效目标,是2分,否1分", "2"),                      # no scores something
])
def test_yes_and_no_near_misses(text, weight):
    p = propose(text, weight, "")
    assert not (types(p) == ["all_or_nothing"] and p.confident), (text, p.summary)
    if types(p) == ["all_or_nothing"]:
        assert scored(p, {"met": False}) == 0


@pytest.mark.parametrize("text", [
    "做到得分,做不到不得分",
    "能做到的得3分,做不到的不得分",
    "按期办结得分;办不到的不得分",
    "资料齐全的,得3分;反之不得分",
])
def test_the_requirement_denied_in_other_words(text):
    """“做不到”, “办不到”, “反之” deny the requirement as “未…” does."""
    p = propose(text, "3", "")
    assert met_or_not(p, "3"), (text, p.summary)


def test_a_denial_that_deducts_part_is_not_met_or_not():
    p = propose("做到得分,做不到扣1分", "3", "")
    assert types(p) != ["all_or_nothing"], p.summary


# ── a requirement naming the evidence it is checked by ─────────────────────
@pytest.mark.parametrize("text", [
    "项目按规定程序申报的得2分(以申报文件为准)",
    "项目按规定程序申报的得2分,以批复文件为准",
    "项目按规定程序申报的得2分。以立项批复为准。",
    "项目按规定程序申报的,得2分(提供申报文件等佐证材料)",
    "项目按规定程序申报的得2分;查阅项目申报资料",
    "项目按规定程序申报，得2分（依据：项目申报书）",
])
def test_the_evidence_after_the_score_changes_nothing(text):
    """The evidence is what the team checks; the rule is the requirement and its score, to check (the evidence is
    not part of the rule, and not met scoring nothing is read)."""
    p = propose(text, "2", "")
    assert met_or_not(p, "2"), (text, p.summary)
    assert not p.confident and any("核查依据" in u for u in p.unplaced), (text, p.unplaced)
    assert p.items[0]["params"]["condition"] == "项目按规定程序申报"


@pytest.mark.parametrize("text", [
    "项目按规定程序申报的得2分(未申报扣1分)",           # a deduction in the brackets
    "项目按规定程序申报的得2分(部分申报酌情得分)",       # a judgement in the brackets
    "项目按规定程序申报的得2分(以申报文件为准,缺1份扣0.5分)",
])
def test_brackets_that_score_are_no_evidence(text):
    p = propose(text, "2", "")
    assert not (types(p) == ["all_or_nothing"] and p.confident), (text, p.summary)
    assert not any("核查依据" in u for u in p.unplaced), (text, p.unplaced)


# ── the score by a rate named ──────────────────────────────────────────────
@pytest.mark.parametrize("text,label", [
    ("按预算执行率计分", "预算执行率"),
    ("按照资金到位率得分。", "资金到位率"),
    ("以实际验收合格率计算得分", "验收合格率"),
    ("根据群众满意率评分", "群众满意率"),
])
def test_the_score_by_a_rate_named(text, label):
    """Nothing says how the rate scores but the rate: its share of the 分值, capped at 100%, to check."""
    p = propose(text, "10", "")
    assert types(p) == ["rate"] and not p.confident, (text, p.summary)
    assert p.items[0]["params"]["value_label"] == label
    assert scored(p, ratio(85)) == Decimal("8.5") and scored(p, ratio(120)) == 10 and scored(p, ratio(0)) == 0


def test_a_rate_named_and_defined_reads_its_quotient():
    p = propose("按资金到位率计分(到位率=实际到位资金/计划投入资金)", "10", "")
    assert types(p) == ["rate"] and not p.confident
    params = p.items[0]["params"]
    assert params["numerator_label"] == "实际到位资金" and params["denominator_label"] == "计划投入资金"
    assert scored(p, ratio(30, 40)) == Decimal("7.5")


@pytest.mark.parametrize("text", [
    "比率低于100%的,按比率计分",
    "执行率未达到100%时,按其比率计分",
])
def test_below_the_whole_by_the_rate(text):
    p = propose(text, "10", "")
    assert types(p) == ["rate"] and not p.confident, (text, p.summary)
    assert scored(p, ratio(60)) == 6 and scored(p, ratio(100)) == 10


@pytest.mark.parametrize("text", [
    "预算执行率达到100%的得满分,低于100%的按比率计分",
    "预算执行率达到100%的,计满分;未达到的,按其比率计分",
])
def test_full_at_the_whole_then_by_the_rate(text):
    """Every word placed: the rate's share of the 分值, confident."""
    p = propose(text, "10", "")
    assert types(p) == ["rate"] and p.confident, (text, p.unplaced)
    assert scored(p, ratio(60)) == 6 and scored(p, ratio(130)) == 10


@pytest.mark.parametrize("text", [
    "按执行率分档计分",          # bands, not the rate's share
    "按执行率扣分",              # a deduction by the rate
    "按执行率高低计分",
    "按未完成率计分",
])
def test_near_misses_of_the_score_by_a_rate(text):
    p = propose(text, "10", "")
    assert types(p) != ["rate"], (text, p.summary)


def test_a_completion_rate_named_stays_completion():
    p = propose("按完成率计分", "10", "")
    assert types(p) == ["completion"] and p.confident


# ── the share of a target reached ──────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "达到目标值得满分,未达到按比例得分",
    "達到目標值得滿分，未達到按比例得分。",
    "完成年度计划的得满分;未达到的,按实际比例计分",
    "达到任务要求的计满分,未达标的按完成比例计算得分",
])
def test_full_at_the_target_then_its_share(text):
    p = propose(text, "10", "")
    assert types(p) == ["completion"], (text, p.summary)
    assert scored(p, {"rows": [{"target": "40", "actual": "30"}]}) == Decimal("7.5")
    assert scored(p, {"rows": [{"target": "40", "actual": "50"}]}) == 10


@pytest.mark.parametrize("text", [
    "执行率达到90%得满分,未达到的按比例得分",   # a line that is not the whole: not the share of the target
    "达到目标值得满分,未达到的酌情扣分",         # judgement
])
def test_near_misses_of_the_share_of_a_target(text):
    p = propose(text, "10", "")
    assert not (types(p) == ["completion"] and p.confident), (text, p.summary)


def test_a_rate_reaching_the_whole_stays_the_rate_type():
    p = propose("验收合格率达到100%的得满分,未达到的按比例得分", "10", "")
    assert types(p) == ["rate"], p.summary


# ── the 分值 named after the requirement, a zero said as “为0” ─────────────────
@pytest.mark.parametrize("text", [
    "项目按规定程序组织公开招标,满分3分",
    "项目按规定程序组织公开招标;分值3分。",
    "项目按规定程序组织公开招标(满分3分)",
    "项目按规定程序组织公开招标（本项满分3分）",
    "按规定程序组织公开招标，按时签订采购合同。",
])
def test_a_requirement_with_only_its_points_named(text):
    """The 分值 named and nothing else: met or not, never confident (not met scoring nothing is read)."""
    p = propose(text, "3", "")
    assert met_or_not(p, "3") and not p.confident, (text, p.summary)
    assert p.items[0]["params"]["condition"].startswith(("项目按规定", "按规定"))


@pytest.mark.parametrize("text,weight", [
    ("项目按规定程序组织公开招标,满分3分", "2"),      # the named 分值 is not the row's
    ("按比例拨付项目资金", "2"),                      # a proportion that is the requirement, not the score
    ("按项目进度拨付资金", "2"),
])
def test_near_misses_of_a_requirement_with_only_its_points(text, weight):
    p = propose(text, weight, "")
    assert not p.confident and types(p) != ["completion"], (text, p.summary)


@pytest.mark.parametrize("text", [
    "项目按规定招标得2分,未按规定招标的此项为0",
    "项目按规定招标的,得2分;未招标的,该项记为0分。",
    "项目按规定招标计2分，否则计为0分",
])
def test_a_zero_said_as_being_nothing(text):
    p = propose(text, "2", "")
    assert met_or_not(p, "2"), (text, p.summary)


def test_a_part_said_as_being_something_is_no_zero():
    p = propose("项目按规定招标得2分,未按规定招标的此项为1分", "2", "")
    assert not (types(p) == ["all_or_nothing"] and p.confident), p.summary


# ── a proportion and nothing else ────────────────────────────────────────────
@pytest.mark.parametrize("text", ["按比例计分", "按实际比例得分。", "按项目完成进度计分", "根据完成进度比例评分"])
def test_a_proportion_and_nothing_else_is_the_share_done(text):
    p = propose(text, "10", "")
    assert types(p) == ["completion"] and not p.confident, (text, p.summary)
    assert scored(p, {"rows": [{"target": "8", "actual": "6"}]}) == Decimal("7.5")


@pytest.mark.parametrize("text", ["按比例扣分", "按比例分配得分,最高10分", "按执行进度分档计分"])
def test_near_misses_of_a_proportion_and_nothing_else(text):
    p = propose(text, "10", "")
    assert not (types(p) == ["completion"] and p.confident), (text, p.summary)


# ── the 分值 in brackets before the requirement, or after full marks said ───
@pytest.mark.parametrize("text", [
    "(4分)项目按规定程序组织公开招标",
    "（4分）项目资料分类归档、保存完整。",
    "项目按规定程序组织公开招标的得满分(4分)",
    "项目资料分类归档、保存完整，计满分（4分）",
])
def test_the_points_in_brackets_before_or_after_full_marks(text):
    p = propose(text, "4", "")
    assert met_or_not(p, "4") and not p.confident, (text, p.summary)
    cond = p.items[0]["params"]["condition"]
    assert "4分" not in cond and "满分" not in cond and cond.startswith("项目"), cond


@pytest.mark.parametrize("text,weight", [
    ("(2分)项目按规定程序组织公开招标", "4"),          # the bracketed points are not the row's
    ("(4分)项目按规定程序组织招标,每缺1项扣1分", "4"),  # a deduction follows
])
def test_near_misses_of_points_in_brackets_before(text, weight):
    p = propose(text, weight, "")
    assert not (types(p) == ["all_or_nothing"] and p.confident), (text, p.summary)
    if types(p) == ["all_or_nothing"]:
        assert "扣" not in text, (text, p.summary)


@pytest.mark.parametrize("text,condition", [
    ("若项目按期完成,则得2分", "若项目按期完成"),
    ("完成年度目标任务的，得2分", "完成年度目标任务"),
    ("资料齐全、规范的,计2分", "资料齐全、规范"),
])
def test_the_condition_keeps_no_then_or_de(text, condition):
    p = propose(text, "2", "")
    assert met_or_not(p, "2") and p.confident, (text, p.unplaced)
    assert p.items[0]["params"]["condition"] == condition


# ── more spellings of the share done and of a rate at the whole ──────────────
@pytest.mark.parametrize("text", [
    "按完成百分比计分",
    "按实际完成比率计分",
    "按实际完成率折算得分",
    "按实际完成百分比×分值",
    "按达成比例计分",
    "依完成进度比例评分",
])
def test_the_share_done_in_other_spellings(text):
    p = propose(text, "10", "")
    assert types(p) == ["completion"], (text, p.summary)
    assert scored(p, {"rows": [{"target": "20", "actual": "13"}]}) == Decimal("6.5")
    assert scored(p, {"rows": [{"target": "20", "actual": "25"}]}) == 10


@pytest.mark.parametrize("text", [
    "执行率100%得满分,低于100%的按执行率计算得分",
    "支出执行率为100%的,计满分;低于100%的,按其比率计分",
])
def test_a_rate_at_the_whole_without_a_verb(text):
    p = propose(text, "10", "")
    assert types(p) == ["rate"], (text, p.summary)
    assert scored(p, ratio(72)) == Decimal("7.2") and scored(p, ratio(140)) == 10


@pytest.mark.parametrize("text,weight", [
    ("每完成1%得0.1分", "10"),
    ("每完成1%得0.2分,最高20分", "20"),
    ("每完成1%计0.05分,最高5分", "5"),
])
def test_each_percent_earning_a_hundredth_of_the_points(text, weight):
    """Each percent earns a hundredth of the 分值: the rate × 分值; a part of a percent is not said: to check."""
    p = propose(text, weight, "")
    assert types(p) == ["rate"] and not p.confident, (text, p.summary)
    assert scored(p, ratio(50)) == Decimal(weight) / 2 and scored(p, ratio(130)) == Decimal(weight)


@pytest.mark.parametrize("text,weight", [
    ("每完成1%得0.2分", "10"),          # a hundredth of 20, not of the 分值
    ("每提高1%加0.1分", "10"),          # a rise over something, not the rate
    ("每完成1%得0.1分,最高5分", "10"),  # a cap that is not the 分值
])
def test_near_misses_of_each_percent(text, weight):
    p = propose(text, weight, "")
    assert types(p) != ["rate"], (text, p.summary)


# ── the score first, then the requirements it asks for ──────────────────────
@pytest.mark.parametrize("text,listed", [
    ("同时满足以下条件得2分:①制定实施方案;②按月报送进度;③资料归档完整", 3),
    ("满足以下全部条件的,得2分:1.制定工作方案;2.按季度报送进度。", 2),
    ("符合下列要求的,计满分：(1)设立专账;(2)专款专用", 2),
])
def test_the_score_then_the_requirements_it_asks_for(text, listed):
    """All the requirements listed after the score met: full marks, otherwise none. Always to check."""
    p = propose(text, "2", "")
    assert met_or_not(p, "2") and not p.confident, (text, p.summary)
    assert len(p.items[0]["params"]["condition"].split("；")) == listed


@pytest.mark.parametrize("text", [
    "同时满足以下条件得2分:①制定实施方案,得1分;②按月报送进度,得1分",   # each requirement with its points
    "满足以下条件之一得2分:①制定实施方案;②按月报送进度",               # any one of them, not all
    "满足以下条件得2分:①制定实施方案;②每缺1项资料扣0.5分",
])
def test_near_misses_of_the_score_then_the_requirements(text):
    p = propose(text, "2", "")
    assert not (types(p) == ["all_or_nothing"] and p.confident), (text, p.summary)
    if types(p) == ["all_or_nothing"]:
        assert "；" not in p.items[0]["params"]["condition"], (text, p.items)
