"""Yes/no and pick-one texts read by their shape: a requirement whose points stand in brackets after it under a name
(“(分值2分)”, “(基础分5分)”); a heading with the 分值, then one requirement; situations falling in score down to one that
denies the best; the grades of a rating in a run with their scores (“优20良15中10差0”); numbered situations, each a
paragraph closed by its score; a requirement then its bare denial costing part of the 分值 (“…,没有完成的扣1分”); the
first ranks with their scores, then the others that have something; a requirement kept by a date or a time limit —
each with the rule it must give, its scores in a few situations, and the near misses that must not be read that way or
must not be confident.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import met_or_not, picked, types


# ── a requirement, then its points in brackets under a name ─────────────────
@pytest.mark.parametrize("text,weight,condition", [
    ("按时报送年度统计报表(分值2分);", "2", "按时报送年度统计报表"),
    ("《排水许可证》在有效期内,排放量与许可一致(分值3分);", "3", "《排水许可证》在有效期内,排放量与许可一致"),
    ("设有图书角、宣传栏等学习场所,配备齐全。(基础分4分)", "4", "设有图书角、宣传栏等学习场所,配备齐全"),
    ("办公场所整洁,标识统一(基本分6分)", "6", "办公场所整洁,标识统一"),
    ("站点均取得《经营许可证》(标准分1.5分)", "1.5", "站点均取得《经营许可证》"),
    ("服务台账按月更新(分值:2分)", "2", "服务台账按月更新"),
    ("按时报送年度报表(本项2分)", "2", "按时报送年度报表"),
])
def test_a_requirement_with_its_named_points_in_brackets_is_met_or_not(text, weight, condition):
    """The bracket gives the points under a name (分值、基础分、基本分、标准分): full marks when the requirement is met,
    none otherwise. Not met scoring nothing is read, not said: to check."""
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"] and not p.confident, (text, p.summary, p.unplaced)
    assert p.items[0]["params"]["condition"] == condition
    assert met_or_not(p) == (Decimal(weight), 0)
    assert any("推定" in u for u in p.unplaced)


def test_a_share_measured_against_a_line_is_a_condition_with_figures():
    """“…比例达到40%以上” names the share measured, it scores nothing in proportion: the requirement with its figures,
    whose reaching the team judges."""
    p = propose("垃圾分类覆盖率达到90%,资源化利用比例达到40%以上。(基本分10分)", "10", "")
    assert types(p) == ["all_or_nothing"] and not p.confident
    assert met_or_not(p) == (Decimal(10), 0)
    assert any("数值" in u for u in p.unplaced)


@pytest.mark.parametrize("text,weight", [
    ("按时报送年度统计报表(分值2分);", "3"),                       # the bracket is not the 分值
    ("每按时报送1次得1分(分值2分)", "2"),                          # points per case, not one requirement
    ("按实际完成比例计分(基础分5分)", "5"),                        # in proportion, not met or not
    ("按时报送年度统计报表(最高2分)", "2"),                        # a cap, not the points of the requirement
])
def test_near_misses_of_named_points_in_brackets(text, weight):
    p = propose(text, weight, "")
    assert types(p) != ["all_or_nothing"], (text, p.summary)


# ── a heading with the 分值, then one requirement ─────────────────────────
@pytest.mark.parametrize("text,weight,condition", [
    ("服务站点建设(4分):按照要求全面完成站点建设任务。", "4", "按照要求全面完成站点建设任务"),
    ("档案规范化管理(2分):档案归档整齐,建立电子目录,专人保管借阅登记。", "2", "档案归档整齐,建立电子目录,专人保管借阅登记"),
    ("②困难补助发放计2分。补助对象准确、发放及时、手续完备计2分。", "2", "补助对象准确、发放及时、手续完备"),
    ("台账管理3分;台账建立及时、内容完整的,得3分;", "3", "台账建立及时、内容完整"),
    ("宣传阵地建设(3分)。按照要求全面完成阵地建设任务。", "3", "按照要求全面完成阵地建设任务"),
])
def test_a_heading_with_the_points_then_one_requirement_is_met_or_not(text, weight, condition):
    """The heading names the item and restates the 分值; the requirement after it, scored on the 分值 again or not
    scored at all, is met or not, to check (not met scoring nothing is read, not said)."""
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"] and not p.confident, (text, p.summary, p.unplaced)
    assert p.items[0]["params"]["condition"] == condition
    assert met_or_not(p) == (Decimal(weight), 0)


def test_the_heading_names_the_requirement():
    p = propose("服务站点建设(4分):按照要求全面完成站点建设任务。", "4", "")
    assert p.items[0]["label"] == "服务站点建设"


@pytest.mark.parametrize("text,weight", [
    ("服务站点建设(4分):站点建设情况。", "4"),                         # what is weighed, not met or not
    ("服务站点建设(4分):每建成1个站点得1分。", "4"),                   # points per site
    ("服务站点建设(4分):站点选址合理,1分;设施齐全,3分。", "4"),       # points split among two requirements
    ("服务站点建设(4分):按时完成,得2分。", "4"),                      # the requirement scores less than the 分值
])
def test_near_misses_of_a_heading_then_a_requirement(text, weight):
    p = propose(text, weight, "")
    assert types(p) != ["all_or_nothing"], (text, p.summary)


# ── situations falling in score down to one that denies the best ─────────────
@pytest.mark.parametrize("text,weight,lowest", [
    ("拨付及时(3分)不及时但未影响实施(2分)不及时且影响实施(1分)", "3", "1"),
    ("按期完成(4分);延期1个月内完成(2分);未完成(1分)", "4", "1"),
    ("台账完整,得2分;台账基本完整,得1分;没有台账,得0.5分", "2", "0.5"),
])
def test_situations_down_to_a_denial_of_the_best_leave_none_unsaid(text, weight, lowest):
    """The lowest situation denies what the best holds: the text has reached its floor, no situation “以上情形均不符合”
    at 0 is added below it."""
    p = propose(text, weight, "")
    assert types(p) == ["choice"], (text, p.summary)
    options = p.items[0]["params"]["options"]
    assert len(options) == 3 and min(Decimal(o["score"]) for o in options) == Decimal(lowest)
    assert [picked(p, k) for k in range(3)] == [Decimal(o["score"]) for o in options]


@pytest.mark.parametrize("text,weight", [
    ("全部完成(3分)基本完成(2分)部分完成(1分)", "3"),           # a part done: not done at all is left below it
    ("国家级(5分)省级(3分)市级(1分)", "5"),                       # levels achieved, none of them may hold
    ("按时报送(2分)未按时报送(1分)", "2"),                       # two situations: not sent at all may be below
])
def test_situations_whose_lowest_is_still_achieved_keep_the_one_none_holds(text, weight):
    p = propose(text, weight, "")
    assert types(p) == ["choice"] and not p.confident, (text, p.summary)
    labels = [o["label"] for o in p.items[0]["params"]["options"]]
    assert labels[-1] == "以上情形均不符合" and picked(p, len(labels) - 1) == 0


# ── grades of a rating in a run, each followed by its score ──────────────────
@pytest.mark.parametrize("text,weight,grades", [
    ("课堂教学质量分别得分:优20良15中10差0", "20", ["优", "良", "中", "差"]),
    ("评价等次:优秀10,良好8,合格6,不合格0", "10", ["优秀", "良好", "合格", "不合格"]),
    ("群众满意程度评分:好6分、较好4分、一般2分、差0分", "6", ["好", "较好", "一般", "差"]),
])
def test_grades_in_a_run_with_their_scores_are_a_choice_to_check(text, weight, grades):
    """The team picks the grade: a 情形选择 of the grades at their scores, always to check (which grade applies is
    judged)."""
    p = propose(text, weight, "")
    assert types(p) == ["choice"] and not p.confident, (text, p.summary)
    options = p.items[0]["params"]["options"]
    assert [o["label"] for o in options] == grades
    assert picked(p, 0) == Decimal(weight) and picked(p, len(grades) - 1) == 0


def test_a_run_of_grades_stopping_above_nothing_keeps_the_one_none_holds():
    p = propose("服务质量:好5较好3一般1", "5", "")
    assert types(p) == ["choice"] and not p.confident
    assert [o["label"] for o in p.items[0]["params"]["options"]][-1] == "以上情形均不符合"


@pytest.mark.parametrize("text,weight", [
    ("课堂教学质量分别得分:优20良15中10差0", "30"),             # the best grade is not the 分值
    ("课堂教学质量分别得分:优10良15中20差0", "20"),             # scores rising along the run
    ("完成率:95%以上20,90%以上15", "20"),                         # bands of a figure, not grades
])
def test_near_misses_of_a_run_of_grades(text, weight):
    p = propose(text, weight, "")
    assert not (types(p) == ["choice"] and [o["label"] for o in p.items[0]["params"]["options"]][:2] == ["优", "良"]), \
        (text, p.summary)
    assert not p.confident


# ── numbered situations, each a paragraph closed by its score ────────────────
@pytest.mark.parametrize("text,weight,scores,best", [
    ("1.台账建立及时;内容完整准确;按月报送。得3分。2.台账建立但内容不完整。得1分。3.未建立台账。得0分。", "3", ["3", "1", "0"],
     "台账建立及时,内容完整准确,按月报送"),
    ("1设立专门机构,配备专职人员;职责明确。得4分。2未设立机构,但指定专人负责。得2分。3无人负责,工作无人落实。不得分。",
     "4", ["4", "2", "0"], "设立专门机构,配备专职人员,职责明确"),
    ("(1)方案完整;程序规范;得5分;(2)方案完整但程序不规范;得3分;(3)方案缺失;得1分;", "5", ["5", "3", "1", "0"],
     "方案完整,程序规范"),
])
def test_numbered_situations_each_closed_by_its_score_are_a_choice(text, weight, scores, best):
    """The team picks the paragraph that describes the unit; a paragraph of several sentences is matched as a whole:
    to check. A last paragraph that still scores leaves “以上情形均不符合” at 0 below it."""
    p = propose(text, weight, "")
    assert types(p) == ["choice"] and not p.confident, (text, p.summary, p.unplaced)
    options = p.items[0]["params"]["options"]
    assert [o["score"] for o in options] == scores
    assert options[0]["label"] == best  # the whole paragraph, not its last sentence
    assert [picked(p, k) for k in range(len(scores))] == [Decimal(x) for x in scores]


@pytest.mark.parametrize("text,weight", [
    ("1.台账建立及时;得1分。2.内容完整准确。得1分。3.按月报送。得1分。", "3"),          # points adding up: a checklist
    ("1.台账建立及时。得1分。2.内容完整准确。得2分。3.按月报送。得3分。", "3"),         # scores rising
    ("1.台账建立及时。得3分。2.每缺1个月扣1分。3.未建立台账。得0分。", "3"),          # a deduction per case inside
])
def test_near_misses_of_numbered_situations(text, weight):
    p = propose(text, weight, "")
    first = p.items[0]["params"]["options"][0] if types(p) == ["choice"] else {}
    assert not (first.get("label", "").startswith("台账建立及时") and first["score"] == weight), (text, p.summary)


# ── a requirement, then its bare denial costing part of the 分值 ─────────────
@pytest.mark.parametrize("text,weight,left", [
    ("按时完成年度建设任务,没有完成的扣1分。", "2", "1"),
    ("村级服务中心面积达到200平方米以上,未达到的扣2分", "5", "3"),
    ("年度培训计划全部落实;达不到要求的,扣0.5分;", "1.5", "1"),
    ("村集体经营性收入达到20万元以上,否则扣1分。", "2", "1"),
    ("村集体经营性收入达到20万元以上得2分,否则扣0.5分。", "2", "1.5"),
])
def test_a_requirement_then_its_bare_denial_costing_part_is_a_choice_of_two(text, weight, left):
    """Met: the 分值; not met: what the cost leaves, taken once (read, not said: to check)."""
    p = propose(text, weight, "")
    assert types(p) == ["choice"] and not p.confident, (text, p.summary, p.unplaced)
    assert len(p.items[0]["params"]["options"]) == 2
    assert picked(p, 0) == Decimal(weight) and picked(p, 1) == Decimal(left)


@pytest.mark.parametrize("text,weight", [
    ("按时完成年度建设任务,没有完成的扣2分。", "2"),             # the cost is the whole 分值: met or not
    ("按时完成年度建设任务,每少完成1项扣1分。", "3"),           # per thing short: a deduction per case
    ("按时完成年度建设任务,没有完成的扣1分,扣完为止。", "3"),    # a stop: counted per case
    ("村集体经营性收入达到20万元以上得1分,否则扣1分。", "2"),    # the requirement met scores less than the 分值
])
def test_near_misses_of_a_bare_denial_costing_part(text, weight):
    p = propose(text, weight, "")
    opts = p.items[0]["params"].get("options", []) if types(p) == ["choice"] else []
    assert not (len(opts) == 2 and opts[1]["label"] in ("没有完成", "未达到") and Decimal(opts[1]["score"]) > 0), \
        (text, p.summary)


# ── the first ranks with their scores, then the others that have something ───
@pytest.mark.parametrize("text,weight,scores", [
    ("按全年新增示范社数量排名,前三名分别得5、4、3分,其余有新增的得2分,没有新增的不得分。", "5", ["5", "4", "3", "2", "0"]),
    ("按引进项目个数依次排名,前2名按照8、6分打分,有引进的得4分,没有引进的0分", "8", ["8", "6", "4", "0"]),
    ("按验收合格数排序,前三名依次得3分、2.5分、2分;其他有合格项目的得1分", "3", ["3", "2.5", "2", "1", "0"]),
])
def test_the_first_ranks_then_the_others_that_have_something_are_a_choice(text, weight, scores):
    """The team picks the unit's place: each of the first ranks, the others that have something, none (said, or left
    unsaid at 0); the ranks are the team's to establish: to check."""
    p = propose(text, weight, "")
    assert types(p) == ["choice"] and not p.confident, (text, p.summary, p.unplaced)
    assert [o["score"] for o in p.items[0]["params"]["options"]] == scores
    assert [picked(p, k) for k in range(len(scores))] == [Decimal(x) for x in scores]


@pytest.mark.parametrize("text,weight", [
    ("按新增数量排名,前三名分别得5、4、3分,其余有新增的得4分,没有新增的不得分。", "5"),    # the others score no less
    ("按新增数量排名,前三名分别得5、4、3分,其余有新增的得2分,没有新增的不得分。", "6"),    # the first rank is not the 分值
    ("按新增数量排名,前四名分别得5、4、3分,其余有新增的得2分。", "5"),                    # four ranks, three scores
])
def test_near_misses_of_ranks_then_the_others(text, weight):
    p = propose(text, weight, "")
    labels = [o["label"] for o in p.items[0]["params"].get("options", [])] if types(p) == ["choice"] else []
    assert "第1名" not in labels, (text, p.summary)


# ── a requirement kept by a date or a time limit, no scoring words ───────────
@pytest.mark.parametrize("text,weight", [
    ("项目竣工后30日内,向主管部门报送决算材料", "4"),
    ("应于每年3月1日-3月31日内,完成上年度资产清查并上报", "6"),
    ("合同签订后10个工作日内在政府网站公开合同文本;6月底前完成中期检查", "3"),
])
def test_a_requirement_kept_by_a_date_is_met_or_not_to_check(text, weight):
    """The dates are limits the requirement is kept by, no quantity to reach: met or not, the text saying nothing of
    the score and whether each limit was kept the team's to check."""
    p = propose(text, weight, "")
    assert types(p) == ["all_or_nothing"] and not p.confident, (text, p.summary)
    assert met_or_not(p) == (Decimal(weight), 0)
    assert any("期限内" in u for u in p.unplaced)


@pytest.mark.parametrize("text,weight", [
    ("每年开展2次安全检查", "5"),                        # a count to reach, not a date
    ("项目完成率达到95%", "5"),                          # a line on a rate
    ("项目竣工后30日内报送决算材料,每逾期1天扣0.5分", "4"),  # a delay with its deduction
    ("项目竣工后30日内报送决算材料,酌情评分", "4"),          # judged
])
def test_near_misses_of_a_requirement_kept_by_a_date(text, weight):
    p = propose(text, weight, "")
    assert not (types(p) == ["all_or_nothing"] and any("期限内" in u for u in p.unplaced)), (text, p.summary)


def test_a_heading_then_a_formula_of_a_rate_is_not_a_requirement():
    p = propose("项目验收合格率(4分),得分=验收合格率×4分。", "4", "")
    assert types(p) != ["all_or_nothing"], p.summary
