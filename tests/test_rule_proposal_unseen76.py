"""Points per count and rates a next agency's table is likely to share:

- points per case said with a count of one and no 每, the whole text (“高级职称1人得1分” on 2, “课题1项得2分” on 4): each
  case earns its points, the 分值 (a whole number of cases) the cap the text leaves unsaid, to check;
- points per case with a target below which the score is “in proportion” (“每建立1个…得5分,不足5个按比例计分,最高得40分”):
  the same points per case below the target, to check;
- a count past a line, each step past it earning points (“…人数300人以上,每增加100名加1分,最多加10分”): the part past the
  line in steps, to check;
- levels of government named with their other names in brackets (“县(处)级表彰加0.5分/次,市(地、厅)级…”): the points per
  time of each level, as without the brackets;
- a task done for the points, otherwise “按<某>率得分” (“全面完成…任务得10分,未完成按抚育率得分”): the rate × 分值, to check;
- full points at a line, below it the rate's share of the line (“…率≥70%,得20分;…率<70%,得分=实际的…率/70%×20分”): the
  rate in % ÷ the line × 分值, to check;
- a count's share of another, full at a line, below it in proportion (“…数量已达行政村数80%的得10分,未达总数80%的,按比例扣除,
  扣完为止”): the share in % ÷ the line × 分值, to check;
- a rate of two counts asked for in numbered blanks (“1.入户核实人数:___人2.服务真实人数:___人3.真实率=②/①×100%4.…”): the
  rate of the second over the first × 分值, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scored, sole


# ── points per case, a count of one without 每 ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("注册会计师1人得1分", "3", "1"),
    ("在省级刊物发表论文1篇得2分", "6", "2"),
    ("取得国家专利1项得0.5分", "2", "0.5"),
])
def test_count_of_one_read_as_each_case(text, weight, per):
    p = propose(text, weight, "人员")
    sole(p, "formula")
    assert not p.confident
    assert any("不是一档" in u and "按分值计" in u for u in p.unplaced)
    assert by_vars(p, "0") == 0
    assert by_vars(p, "1") == D(per)[0]
    assert by_vars(p, "20") == D(weight)[0]


@pytest.mark.parametrize("text, weight", [
    ("发表论文1篇得2分", "2"),  # the points of the whole 分值: a requirement met, not a count
    ("提交年度报告1份得1分;未提交不得分", "2"),  # a sentence after it: not the whole text
    ("新建服务站点1个得3分", "10"),  # 3 does not go into 10: a band of the count, perhaps
    ("参加市级培训1次得1分", "3"),  # a time, not a thing counted: one situation, perhaps
])
def test_near_miss_count_of_one_alone(text, weight):
    assert not any(it["type"] == "formula" and len(it["params"]["variables"]) == 1
                   for found in readings(text, weight) for it in found.items)


# ── points per case, “in proportion” below a target ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("每建设1个示范点得4分,不足5个按比例计分,最高得20分", "20", "4"),
    ("每开展一场宣讲活动得2分,不足10场按比例计分,最高得30分", "30", "2"),
])
def test_each_case_in_proportion_below_a_target(text, weight, per):
    p = propose(text, weight, "活动")
    sole(p, "formula")
    assert not p.confident
    assert by_vars(p, "2") == 2 * D(per)[0]
    assert by_vars(p, "100") == D(weight)[0]


def test_near_miss_target_past_the_cap():
    # 10 cases of 5 points is 50, past the cap of 20: not the same points per case below the target
    p = propose("每建设1个示范点得5分,不足10个按比例计分,最高得20分", "20", "活动")
    assert p.kind != "formula" or not p.confident
    assert not any("不足 10个的同样" in u for u in p.unplaced)


# ── a count past a line, steps past it earning points ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, step, x", [
    ("注册志愿者人数500人以上,每增加50名加1分,最多加5分", "5", 500, 50, 1),
    ("服务对象超过200户的,每增加20户加0.5分", "4", 200, 20, "0.5"),
])
def test_steps_past_a_line(text, weight, line, step, x):
    p = propose(text, weight, "附加分")
    params = sole(p, "formula")
    assert not p.confident
    assert params["expression"].startswith(f"max(0, p - {line})")
    assert by_vars(p, str(line)) == 0
    assert by_vars(p, str(line + 2 * step)) == 2 * D(x)[0]
    assert by_vars(p, str(line + 100 * step)) == D(weight)[0]


@pytest.mark.parametrize("text, weight", [
    ("注册志愿者人数达到500人,每增加50名加1分,最多加5分", "5"),  # points at the line, not past it
    ("注册志愿者人数500人以上,每增加50个加1分,最多加5分", "5"),  # a step counted in other things
    ("注册志愿者人数500人以上,每增加50名加1分,最多加8分", "5"),  # a cap that is not the 分值
])
def test_near_miss_steps_past_a_line(text, weight):
    assert not any(it["type"] == "formula" and it["params"]["expression"].startswith("max(0, p - 500)")
                   for found in readings(text, weight) for it in found.items)


# ── levels named with their other names in brackets ─────────────────────────────────────────────────────────────────
def test_levels_with_other_names_in_brackets():
    p = propose("县(区)级表彰加1分/次,市(厅)级表彰加2分/次,省(部)级表彰加3分/次,最高不超过4分", "4", "表彰")
    params = sole(p, "formula")
    assert len(params["variables"]) == 3
    assert by_vars(p, "1", "0", "0") == 1
    assert by_vars(p, "1", "1", "0") == 3
    assert by_vars(p, "0", "1", "1") == 4


# ── a task done for the points, otherwise by a rate named ───────────────────────────────────────────────────────────
def test_task_done_else_by_a_rate_named():
    p = propose("全面完成年度造林任务得8分,未完成按造林率得分", "8", "造林")
    sole(p, "rate")
    assert not p.confident
    assert scored(p, {"numerator": "50", "denominator": "100"}) == 4
    assert scored(p, {"numerator": "120", "denominator": "100"}) == 8


def test_task_done_else_by_the_completion_rate_stays_sure():
    p = propose("全面完成造林任务得10分,未完成按完成率计分", "10", "造林")
    assert p.confident


# ── full at a line, below it the rate's share of the line ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "1.建档率≥80%,得10分2.建档率<80%,得分=实际建档率/80%×10分",
    "随访率≥80%,得10分;随访率<80%,得分=实际的随访率/80%×10分",
])
def test_full_at_a_line_else_share_of_the_line(text):
    p = propose(text, "10", "管理")
    params = sole(p, "formula")
    assert not p.confident
    assert params["variables"][0]["unit"] == "%"
    assert [by_vars(p, r) for r in ("90", "80", "60", "0")] == D(10, 10, "7.5", 0)


@pytest.mark.parametrize("text", [
    "随访率≥80%,得10分;随访率<70%,得分=实际的随访率/80%×10分",  # two lines
    "随访率≥80%,得8分;随访率<80%,得分=实际的随访率/80%×8分",  # full points not the 分值
])
def test_near_miss_full_at_a_line_else_share(text):
    assert not any(it["type"] == "formula" and it["params"]["expression"].startswith("r / 80")
                   for found in readings(text, "10") for it in found.items)


# ── a count's share of another, full at a line, below it in proportion ──────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "1.建成村级文化活动室数量已达行政村数90%的得10分,未达总数90%的,按比例扣除,扣完为止。",
    "农家书屋数量达到行政村数90%的得10分,未达到90%的,按比例计分",
])
def test_count_share_full_at_a_line_else_in_proportion(text):
    p = propose(text, "10", "文化")
    params = sole(p, "formula")
    assert not p.confident
    assert params["variables"][0]["unit"] == "%"
    assert [by_vars(p, r) for r in ("95", "90", "45", "0")] == D(10, 10, 5, 0)


@pytest.mark.parametrize("text", [
    "农家书屋数量达到行政村数90%的得10分,未达到80%的,按比例计分",  # two lines
    "农家书屋数量达到行政村数90%的得6分,未达到90%的,按比例计分",  # points not the 分值
])
def test_near_miss_count_share_line(text):
    assert not any(it["type"] == "formula" and "r / 90" in it["params"]["expression"]
                   for found in readings(text, "10") for it in found.items)


# ── a rate of two counts asked for in numbered blanks ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "1.应随访人数:____人2.实际随访人数:____人3.随访率=②/①×100%4.随访率≥100%,得20分5.随访率<100%,得分=实际随访率/100%×20分",
    "1.抽查档案数:_____份 2.合格档案数:_____份 3.合格率=②/①×100% 4.合格率≥100%,得20分5.合格率<100%,得分=实际合格率/100%×20分"
    "附:缺少签字的判定为不合格。",
])
def test_rate_of_two_blanks(text):
    p = propose(text, "20", "管理")
    params = sole(p, "rate")
    assert not p.confident
    assert params["denominator_label"] in ("应随访人数", "抽查档案数")
    assert [scored(p, {"numerator": n, "denominator": "40"}) for n in ("40", "30", "0")] == D(20, 15, 0)


def test_near_miss_rate_of_two_blanks_past_the_weight():
    # the full points are not the 分值: not this reading
    text = "1.应随访人数:____人2.实际随访人数:____人3.随访率=②/①×100%4.随访率≥100%,得10分5.随访率<100%,得分=实际随访率/100%×10分"
    assert not any(it["type"] == "rate" and it["params"].get("denominator_label") == "应随访人数"
                   for found in readings(text, "20") for it in found.items)
