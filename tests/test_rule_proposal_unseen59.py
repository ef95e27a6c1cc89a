"""Wordings of an arithmetic rule a proposer left as a judgement: points at a named value with a step either way of it
written with “的” and “则在N分的基础上” (“每超过历史最佳水平的1%,则在20分的基础上加1分”), or a step of days either side of a
named time (“每早于规定时限1天…加1分;每迟于规定时限1天…扣1分”); a written formula with square brackets and a form's
blank for the score after it (“质量得分=[1-(进料不合格批/总进料批数)]×40=分”); a written conversion of a score between
the 分值 said first and a closing pass mark (“…满分12分,按照单位测评平均分进行折算。得分=平均分×12%。达标为90分。”).

Each class has made-up texts in the style of published 评分标准, with the score of a few situations, and near misses
that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, sole


# ── points at a named value, a step either way (“每超过…的1%,则在20分的基础上加1分”, “每早于规定时限1天”) ──────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("以历史最佳水平为基数,达到历史最佳水平得20分;每超过历史最佳水平的1%,则在20分的基础上加1分,25分为上限;"
     "每低于历史最佳水平的1%,则扣1分,扣完为止。", "25", ["0", "3", "8", "-5", "-30"], [20, 23, 25, 15, 0]),
    ("以上年实际为基数，达到上年实际计八分；每高于上年实际的2%，则在8分的基础上加1分，10分为上限；每低于上年实际的2%，"
     "则扣1分，扣完为止", "10", ["0", "4", "-4"], [8, 10, 6]),
    ("以行业平均水平为基准,达到行业平均水平得6分,每超过行业平均水平1%,在6分的基础上加0.5分,最高10分;每低于行业平均水平1%,"
     "扣0.5分", "10", ["0", "2", "-2"], [6, 7, 5]),
])
def test_points_at_a_named_value_a_step_either_way_with_de(text, weight, at, expected):
    p = propose(text, weight, "账实相符程度")
    sole(p, "formula")
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight, at, expected", [
    ("以规定时限为基数,达到规定时限得10分;每早于规定时限1天,则在10分的基础上加1分,15分为上限;每迟于规定时限1天,则扣1分,"
     "扣完为止。", "15", ["0", "3", "9", "-4", "-20"], [10, 13, 15, 6, 0]),
    ("以规定期限为基准，达到规定期限得八分；每提前规定期限一天，加0.5分，最高10分；每超过规定期限一天，扣1分", "10",
     ["0", "2", "-3"], [8, 9, 5]),
    ("达到报送时限得6分,每早于报送时限1个工作日,在6分的基础上加1分,10分为上限;每晚于报送时限1个工作日扣2分", "10",
     ["0", "1", "-2"], [6, 7, 2]),
])
def test_points_at_a_named_time_a_step_of_days_either_way(text, weight, at, expected):
    p = propose(text, weight, "时限")
    params = sole(p, "formula")
    assert params["variables"][0]["unit"] == "天" and "迟于为负" in params["variables"][0]["label"]
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每迟于规定时限1天扣1分,扣完为止", "10"),  # a delay only: no named value scored, no step up
    ("达到规定时限得10分;每早于规定时限1天加1分", "15"),  # a step up only
    ("以规定时限为基数,达到规定时限得10分;每早于规定时限1次,加1分;每迟于规定时限1次,扣1分", "15"),  # no days
])
def test_near_miss_no_step_of_days_either_way(text, weight):
    # another reading may take the text (a requirement met beside points per day early), never the step either way
    p = propose(text, weight, "时限")
    assert not any("迟于为负" in v.get("label", "")
                   for it in p.items for v in it.get("params", {}).get("variables", [])), p.summary
    assert not p.confident


# ── a written formula in square brackets, a blank for the score after it (“…]×40=分”) ──────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("1、质量得分=[ 1 - (进料不合格批 /总进料批数批)] × 40=分", "40", [("0", "10"), ("2", "10"), ("10", "10")], [40, 32, 0]),
    ("交期得分＝［1－（进料逾期批数÷总进料批数）］×30＝____分", "30", [("0", "20"), ("5", "20")], [30, 22.5]),
    ("服务得分=[1-(投诉次数/服务总次数)]*20", "20", [("1", "4"), ("0", "4")], [15, 20]),
])
def test_a_written_formula_in_square_brackets(text, weight, at, expected):
    p = propose(text, weight, "质量")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("得分=[1-(不合格批/总批数)]*40=38分", "40"),  # a score filled in: a worked example, not a blank
    ("得分=[1-(不合格批/总批数)*40", "40"),  # a bracket left open
])
def test_near_miss_square_brackets_not_a_formula(text, weight):
    p = propose(text, weight, "质量")
    assert p.kind != "formula" or not p.confident, p.summary
    assert not (p.kind == "formula" and p.confident)


# ── a conversion written between the 分值 said first and a closing pass mark (“…折算。得分=平均分×12%。达标为90分。”) ────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("本项满分40分,按照居住区测评平均分进行折算。得分二平均分*40%。达标为90分,增设一票否决项。", "40", ["100", "90", "75"],
     [40, 36, 30]),
    ("单位和一般公共场所满分12分,按照单位测评平均分进行折算。得分二平均分*12%0达标为90分。", "12", ["100", "50"], [12, 6]),
    ("公共场所满分20分，按照测评平均分进行折算。得分＝平均分×20%。合格线为85分。", "20", ["90", "60"], [18, 12]),
])
def test_a_conversion_between_the_full_marks_and_a_pass_mark(text, weight, at, expected):
    p = propose(text, weight, "分类实效")
    sole(p, "formula")
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


def test_the_veto_left_unsaid_is_named_for_checking():
    p = propose("本项满分40分,按照居住区测评平均分进行折算。得分=平均分×40%。达标为90分,增设一票否决项。", "40", "分类实效")
    assert any("一票否决" in u and "核对" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("单位满分10分,按照单位测评平均分进行折算。得分=平均分×12%。达标为90分。", "12"),  # another 分值 said first
    ("按照单位测评平均分进行折算。得分=平均分×12%。达标的得2分。", "12"),  # points for reaching the line: more than a note
])
def test_near_miss_not_a_conversion_with_a_pass_mark(text, weight):
    p = propose(text, weight, "分类实效")
    assert not (p.kind == "formula" and len(p.items[0]["params"]["variables"]) == 1
                and p.items[0]["params"]["expression"] == "a * 0.12"), p.summary


# ── the 分值 at or past a named value, a written formula below it (“…大于或等于…的,得满分20分;…小于…的,按下列公式计算:”) ──
@pytest.mark.parametrize("text, weight, at, expected", [
    ("1.以全市存贷比平均水平为标准,被评估金融机构存贷比大于或等于全市存贷比平均水平的,得满分20分。 被评估金融机构构存贷比小于"
     "全市存贷比平均水平的,按下列公式计算: 基础分=20/全市存贷比平均水平×被评估机构存贷比", "20",
     [("70", "56"), ("70", "80")], [16, 20]),
    ("涉农贷款增速高于或等于全省平均增速的，得满分10分；低于全省平均增速的，按以下公式计算：得分＝10÷全省平均增速×本机构增速", "10",
     [("10", "5"), ("10", "12")], [5, 10]),
])
def test_full_marks_at_a_named_value_a_formula_below_it(text, weight, at, expected):
    p = propose(text, weight, "存贷比")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


def test_near_miss_a_formula_below_a_named_value_without_the_full_marks():
    p = propose("存贷比小于全市平均水平的,按下列公式计算:基础分=20/全市平均水平×存贷比;大于的得15分", "20", "存贷比")
    assert not (p.kind == "formula" and p.confident), p.summary


# ── points per step of a rate's points, the row's range after them (“每增加0.5个百分点加1分,该项得分0~10分”) ───────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("2.被评估金融机构存贷比与上年相比,每增加0.5个百分点加一分,该项得分0~10分。", "10", ["0", "1.5", "8"], [0, 3, 10]),
    ("绿色贷款占比较上年每提高0.5个百分点得0.5分，本项得分0-5分", "5", ["1", "20"], [1, 5]),
    ("新增贷款每增加2个百分点加1分,该项得分0~4分", "4", ["3", "10"], [1.5, 4]),
])
def test_points_per_step_of_a_rates_points_the_range_after_them(text, weight, at, expected):
    p = propose(text, weight, "存贷比")
    params = sole(p, "formula")
    assert params["variables"][0]["unit"] == "个百分点"
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每增加0.5个百分点加1分,该项得分0~8分", "10"),  # a range short of the 分值: a cap the formula does not hold
    ("每增加0.5个百分点加1分,该项得分2~10分", "10"),  # a range not from 0: a floor unread
])
def test_near_miss_a_range_that_is_not_the_row(text, weight):
    p = propose(text, weight, "存贷比")
    assert not (p.kind == "formula" and p.confident), p.summary
    assert not (p.kind == "formula" and "/ 0.5" in p.items[0]["params"]["expression"]
                and not any("0~" in u or "2~" in u for u in p.unplaced)), (p.summary, p.unplaced)


# ── a requirement, then “未做到扣N分” (no 的): its denial a fault taken off the 分值 ────────────────────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("2.讲台台面见不到粉笔尘,未做到扣2分,讲台的粉笔和粉笔擦等教具摆放整齐,未做到扣2分。", "10",
     [("0", "0"), ("1", "0"), ("1", "1")], [10, 8, 6]),
    ("室内地面干净无杂物，未做到扣一分；门窗玻璃明亮，没做到扣0.5分", "5", [("1", "1"), ("0", "1")], [3.5, 4.5]),
    ("台账按月更新,没有做到扣3分;资料归档规范,没有做到扣2分", "10", [("1", "0"), ("1", "1")], [7, 5]),
])
def test_a_requirement_then_not_done_costs_points(text, weight, at, expected):
    p = propose(text, weight, "卫生")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("扣分直到扣完为止,每处扣1分", "10"),  # 直到 before 扣: a stop, no fault
    ("每学期开展1次,做到扣完为止", "10"),
])
def test_near_miss_dao_before_kou_is_no_fault(text, weight):
    p = propose(text, weight, "卫生")
    assert not any("到（是=1" in v.get("label", "") for it in p.items
                   for v in it.get("params", {}).get("variables", [])), p.summary


# ── a share of a score found elsewhere as the row's score (“表1实得总分的70%即为本栏目工程质量实得分”) ─────────────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("表1实得总分的70%即为本栏目工程质量实得分。", "70", ["100", "80"], [70, 56]),
    ("按考核得分的30%计入本项得分", "30", ["90"], [27]),
    ("以群众测评平均分的20%作为本项得分。", "20", ["85"], [17]),
    ("年度考核总分的百分之四十即为本项得分", "40", ["75"], [30]),
])
def test_a_share_of_a_score_found_elsewhere(text, weight, at, expected):
    p = propose(text, weight, "工程质量")
    sole(p, "formula")
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("表1实得总分的70%以上得满分", "70"),  # a line on the score, no share of it
    ("考核得分的70%", "70"),  # no word of what the share is for
    ("完成任务的70%即为合格", "10"),  # a share of a task, no score
])
def test_near_miss_no_share_of_a_score(text, weight):
    p = propose(text, weight, "工程质量")
    assert not (p.kind == "formula" and p.items[0]["params"]["expression"].startswith("a * 0.7")), p.summary


# ── a row of amount bands: the band below a figure before the step, the range of points after (“捐款99元以下的,每10元…”) ──
@pytest.mark.parametrize("text, weight, at, expected", [
    ("捐款99元以下的，每10元加0.1分 +0.1至+0.9", "0.9", ["50", "90"], [0.5, 0.9]),
    ("捐款999元以下的,每100元加1分,+1至+9", "9", ["300"], [3]),
])
def test_an_amount_band_below_a_figure_then_its_step(text, weight, at, expected):
    p = propose(text, weight, "捐款")
    sole(p, "formula")
    assert [by_vars(p, x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("捐款99元以下的，每10元加0.1分", "0.9"),  # no range of points saying the band's top: the band unread
    ("捐款99元以下的，每10元加0.1分 +0.1至+0.5", "0.9"),  # a range short of the 分值
])
def test_near_miss_an_amount_band_without_its_range(text, weight):
    p = propose(text, weight, "捐款")
    assert p.kind != "formula", p.summary


# ── points each with their points adding up past the total said after them (“…,工作开展效果好3分,总分3分”) ───────────────
@pytest.mark.parametrize("text, weight, at, expected", [
    ("切实做好团员民主评议工作。〔有方案0.5分,有总结0.5分,工作开展效果好3分,总分3分〕", "3",
     [("1", "1", "0"), ("1", "0", "1"), ("0", "0", "0")], [1, 3, 0]),
    ("有方案1分,有总结1分,开展活动2分,最高3分", "3", [("1", "1", "0"), ("1", "1", "1")], [2, 3]),
    ("（建立台账二分，按月报送二分，资料齐全二分，满分5分）", "5", [("1", "0", "1"), ("1", "1", "1")], [4, 5]),
])
def test_points_adding_up_past_the_total_said_after_them(text, weight, at, expected):
    p = propose(text, weight, "民主评议")
    sole(p, "formula")
    assert [by_vars(p, *x) for x in at] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight, kind", [
    ("有方案1分,有总结1分,开展活动1分,总分3分", "3", "checklist"),  # points adding up to the total: a 要点核查
    ("有方案1分,每少1次扣1分,总分3分", "3", None),  # a deduction among them: no point of its own points
    ("有方案1分,有总结1分,开展活动2分,总分5分", "3", None),  # a total other than the 分值
])
def test_near_miss_points_not_past_the_total(text, weight, kind):
    p = propose(text, weight, "民主评议")
    assert not (p.kind == "formula" and "合计不超过" in p.summary), p.summary
    if kind:
        assert p.kind == kind, p.summary
