"""Requirements of a demonstration-zone or a 绩效评价 table whose points the readings did not place:

- a rate to reach with no points said, whole or a lower line (“居民健康素养知晓率达到60%及以上”, “社区覆盖率达到80%”,
  “学校覆盖率为100%”) or a change of it (“吸烟率在现有基础上下降3%”, “与基线相比,…知晓率逐年递增20%”, the base it is
  measured from to check), the rate's words holding the figures of its period, its frequency or the ages it counts
  (“1年内…”, “每2年1次…”, “35岁以上…”), perhaps after the mark of a key row (“*”): met or not, the 分值 or none
  (``all_or_nothing._rate_reached``), always to check — the score is unsaid, and so is whether a rate short of the line
  earns a share. A lower line alone was once left to judgement; every such text of the corpus (a 慢病示范区 table's
  rows, a 科普 table's, a 殡葬 one's) states it as met or not;
- lines to reach, one a clause, one of them a proportion the requirement names (“…张贴禁烟标识的比例达到80%及以上,…知晓率达到
  50%及以上”), read as the other lines are (``all_or_nothing._lines_required``): 按比例 stays a scoring;
- a share of the 分值 in thirds (“要点①②③各占指标分值的1/3”, “各占三分之一”): a third of 3 is 1 point exactly
  (``wording.row_shares_as_points``, ``checklist._shared_list``), never 0.99… and dropped;
- a list of faults, each costing its points, one of them naming a rule in quotation marks whose figures are words of the
  name (“未执行“三级配电、两级保护”原则,扣5分”, written “3级配电、2级保护”): no count, no line of the fault
  (``checklist._figureless``);
- a requirement that each kind reach a line, scored on the 分值 (“每年每类示范单位创建3家以上的附加10分”): 每类 before a
  line (3家以上) is no step (``wording.NOT_A_STATEMENT``); the 附 of 附加 is no word of the requirement;
- a requirement of counts opening with the plan or rules the work follows (“根据…行动方案,建设…,每年不少于3个”), perhaps
  after the mark of a key row: the basis is no scoring (``all_or_nothing._BASIS_FOLLOWED``, in ``_kept_by_a_date``),
  the mark none either.

Near misses: a rate weighed, scored or stepped in its words (“按…”, “根据…”, “每低于1%扣…”), a line above 100%, a rate
with no words before it, a share not exact in points (a third of 4), a figure outside quotation marks in a fault, a step
per kind (“每类创建5家加1分”, no line), a basis that is the standard or the results the work is scored by (“根据评分标准,”,
“根据考核结果,”), a basis before a requirement with no count (“根据…计划,统一…”, which may be weighed).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.all_or_nothing import _lines_required, _rate_reached
from services.scoring.rules.base import Wording
from services.scoring.rules.checklist import _figureless
from services.scoring.rules.wording import NOT_A_STATEMENT, normalize, row_shares_as_points
from tests.proposals import D, maxes, met_or_not, point_labels, sole, ticks


def wording(text: str, weight: str = "10") -> Wording:
    return Wording(normalize(text), Decimal(weight), "指标")


# ── a rate to reach, no points said ───────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "(2)居民健康素养知晓率达到60%及以上。",
    "(1)2 年内辖区学校健康教育覆盖率为100%。",
    "(3)每3 年1 次为辖区老年人提供免费体检的社区覆盖率达到80%。",
    "(1)* 辖区医疗机构18 岁以上门诊测血糖率达到85%及以上。",
    "★适龄儿童疫苗接种率≥95%",
    "村卫生室标准化建设达标率达90%以上",
    "车辆冲洗率不低于90%",      # (once near misses of other readings: real tables state a lower line alone as met
    "项目完成率达到95%",        # or not, the share short of it unsaid)
])
def test_a_rate_to_reach_is_met_or_not_to_check(text):
    p = propose(text, "10", "指标")
    params = sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(10, 0)
    assert "率" in params["condition"]
    assert not p.confident
    assert any("未达到时是否按比例得分未说明" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "(3)到2020 年,辖区成年人吸烟率在现有基础上下降3%。",
    "(1)与基线调查相比,居民健康知识知晓率逐年递增20%。",
    "居民饮酒率较上年降低2%",
])
def test_a_change_of_a_rate_to_reach_is_met_or_not_to_check(text):
    p = propose(text, "10", "指标")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(10, 0)
    assert not p.confident
    assert any("变化幅度" in u for u in p.unplaced), p.unplaced


def test_the_mark_of_a_key_row_is_named():
    p = propose("* 社区居民血压知晓率达到75%及以上。", "10", "指标")
    assert any("重点项的标记" in u for u in p.unplaced), p.unplaced
    assert not p.items[0]["params"]["condition"].startswith("*")


@pytest.mark.parametrize("text", [
    "按常住人口计算的健康档案建档率达到90%",       # weighed by how it is counted
    "根据抽查结果,居民知晓率达到70%以上",          # a clause of evidence before it
    "每低于1%的知晓率达到70%",                    # a step
    "群众满意率达到120%",                         # no rate above 100%
    "率达到90%",                                  # no words before the rate
    "居民知晓率达到70%以上得10分",                 # points said: other readings
    "知晓率达到70%以上,低于70%的酌情扣分",          # more than the line
    "吸烟率下降5%,每少1%扣1分",                    # a step of the change
    "到2020年,每低于1%的吸烟率下降5%",              # a step in the rate's words
    "与上年相比,按抽查结果计算的知晓率提高10%",       # weighed by how it is counted
])
def test_a_rate_scored_or_weighed_is_no_rate_to_reach(text):
    assert _rate_reached(wording(text)) is None


# ── lines to reach, one a proportion the requirement names ───────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "(1)辖区出台控烟相关政策,公共场所张贴禁烟标识的比例达到80%及以上,居民控烟知识知晓率达到50%及以上。",
    "建立健康食堂,使用限盐勺的家庭比例达到40%以上,居民食盐知识知晓率达到60%以上",
])
def test_lines_with_a_proportion_named_are_met_or_not(text):
    found = _lines_required(wording(text))
    assert found is not None
    p = propose(text, "10", "指标")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(10, 0) and not p.confident


def test_lines_scored_in_proportion_are_not_lines_to_reach():
    assert _lines_required(wording("按比例计算,健康档案建档率达到80%以上,规范管理率达到60%以上")) is None


# ── shares of the 分值 in thirds ────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, each", [
    ("要点①②③各占指标分值的1/3，符合要点的得相应分值，不符合的扣除相应分值。", "3", "1"),
    ("要点①②③各占指标分值的1/3，满足相关要点得相应权重分值。", "9", "3"),
    ("要点①②③各占1/3权重分值；符合要点得相应权重分值，否则不得分。", "3", "1"),
    ("要点①②③各占1/3权重分值；符合要点得相应权重分值，否则不得分。", "6", "2"),
])
def test_a_third_of_the_points_is_exact(text, weight, each):
    p = propose(text, weight, "评价要点")
    sole(p, "checklist")
    assert maxes(p) == D(each, each, each)
    assert ticks(p, True, False, True) == Decimal(each) * 2
    assert not p.confident


def test_a_third_in_words_is_exact():
    out, said, sure = row_shares_as_points("要点①②③各占指标分值的三分之一", Decimal(3))
    assert out == "要点①②③各1分" and said == ["各占指标分值的三分之一"] and sure


def test_shares_listed_after_the_points_in_thirds():
    p = propose("①制度健全;②资料齐全;③执行到位;要点①②③各占指标分值的1/3", "3", "评价要点")
    sole(p, "checklist")
    assert maxes(p) == D(1, 1, 1)


def test_a_third_not_exact_in_points_is_not_read():
    assert row_shares_as_points("要点①②③各占指标分值的1/3", Decimal(4)) == ("要点①②③各占指标分值的1/3", [], False)
    p = propose("①制度健全;②资料齐全;③执行到位;要点①②③各占指标分值的1/3", "4", "评价要点")
    assert p.kind != "checklist" or Decimal("1.33") not in maxes(p)


# ── a fault naming a rule in quotation marks ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("配电线路敷设不符合要求，扣3分；未执行“三级配电、两级保护”的原则，扣5分；开关箱未做到“一机、一闸、一漏”，扣2分。",
     "10", [3, 5, 2]),
    ("施工现场未落实“两级检查、三级验收”制度，扣4分；临边防护不符合要求，扣2分。", "6", [4, 2]),
])
def test_a_quoted_name_holds_no_figure_of_the_fault(text, weight, costs):
    p = propose(text, weight, "临时用电")
    sole(p, "checklist")
    assert maxes(p) == D(*costs)
    assert all(label.startswith("无：") for label in point_labels(p))
    assert ticks(p, *([True] * len(costs))) == Decimal(weight)
    assert ticks(p, False, *([True] * (len(costs) - 1))) == Decimal(weight) - costs[0]


def test_a_figure_outside_quotation_marks_stays_a_figure():
    assert "3" in _figureless("未配置3级配电箱")
    assert "3" not in _figureless("未执行“3级配电、2级保护”原则")


# ── a line each kind reaches ────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("每年每类健康示范点建成4 家及以上的附加15 分。", "15"),
    ("每年每类示范单位创建3家以上的附加10分", "10"),
])
def test_a_line_each_kind_reaches_is_a_requirement(text, weight):
    p = propose(text, weight, "附加分")
    params = sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(weight, 0)
    assert not params["condition"].endswith(("附", "的"))
    assert not p.confident


@pytest.mark.parametrize("text", ["每类创建5家加1分", "每个乡镇建成1个得0.5分", "每增加5家以上加1分"])
def test_a_step_per_kind_is_no_requirement(text):
    assert NOT_A_STATEMENT.search(normalize(text))


# ── a requirement of counts after the plan it follows ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "* 根据全民健身实施计划,建设健身步道、健身广场,每年新建不少于3 个。",
    "根据市卫健委工作要求,组织开展义诊活动,每季度至少1次。",
])
def test_the_plan_a_requirement_follows_is_no_scoring(text):
    p = propose(text, "20", "示范创建")
    params = sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(20, 0) and not p.confident
    assert not params["condition"].startswith("*")
    assert ("重点项的标记" in " ".join(p.unplaced)) == text.startswith("*")


@pytest.mark.parametrize("text", ["根据评分标准,每年开展活动不少于2次", "根据考核结果,每年开展活动不少于2次",
                                  "根据年度工作计划,规范开展各项活动,按时完成工作任务"])
def test_a_basis_that_scores_is_no_plan_followed(text):
    assert propose(text, "5", "指标").kind != "all_or_nothing"
