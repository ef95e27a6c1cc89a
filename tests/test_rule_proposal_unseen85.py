"""Wordings a proposer missed in a 开发区 综合考核 table, a 景区 rating table, a 农业 目标考核 and a 项目 考核 sheet:
points at last year's level and a step of growth either way (“达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,4分封顶”),
a line on a share with such a step (“占比达到60%得3分。每增长(减少)2个百分点…”), full marks at the first place and a step
off for each place behind it (“第1名满分,相差一名扣0.2分,依次递减”), run-together rows of distance ceilings (“30公里以内
10 60公里以内 6”), a line, a step short of it and a floor (“达到50%,得1分;未达到的每减少10%,减0.1分,低于30%不得分”),
and a deduction per case closed by “直至0分”.

Made-up texts in the same style, scored through the proposal, and near misses that must not be read these ways.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, readings, scored, sole


# ── points at last year's level, a step of growth either way ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("全区社会消费品零售总额达到上年水平得3分,每增长(减少)1个百分点加(减)0.2分,6分封顶。", "6",
     [("0", 3), ("5", 4), ("-5", 2), ("40", 6), ("-30", 0)]),
    ("企业研发投入达到上年同期水平的得2分,每增长(减少)5个百分点加(减)0.5分,最高4分", "4",
     [("0", 2), ("10", 3), ("-10", 1), ("100", 4)]),
])
def test_points_at_last_years_level_and_a_step_either_way(text, weight, cases):
    p = propose(text, weight, "增长")
    params = sole(p, "formula")
    assert params["variables"][0]["unit"] == "个百分点"
    assert not p.confident
    assert [by_vars(p, g) for g, _ in cases] == D(*(x for _, x in cases))


def test_a_line_on_a_share_with_a_step_of_growth_either_way():
    p = propose("新兴产业产值占比达到40%得2分。每增长(减少)5个百分点加(减)0.5分,4分封顶。", "4", "产业占比")
    sole(p, "formula")
    assert not p.confident
    assert [by_vars(p, r) for r in ("40", "50", "30", "80", "0")] == D(2, 3, 1, 4, 0)


@pytest.mark.parametrize("text, weight", [
    # a cap short of the 分值: the formula would not hold it
    ("全区社会消费品零售总额达到上年水平得3分,每增长(减少)1个百分点加(减)0.2分,5分封顶。", "6"),
    # the base is the 分值 itself: no room to add
    ("全区社会消费品零售总额达到上年水平得6分,每增长(减少)1个百分点加(减)0.2分。", "6"),
    # a step one way only: another reading
    ("全区社会消费品零售总额达到上年水平得3分,每增长1个百分点加0.2分,6分封顶。", "6"),
    # more said after the step
    ("全区社会消费品零售总额达到上年水平得3分,每增长(减少)1个百分点加(减)0.2分,6分封顶;未报送数据的不得分。", "6"),
])
def test_near_misses_are_not_read_as_last_years_level(text, weight):
    assert not any("达到上年" in r.summary for r in readings(text, weight))


# ── first place full, each place behind it off ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("按照各乡镇完成情况排名计分,第1名满分,相差一名扣0.5分,依次递减。", "5", "0.5"),
    ("按各单位得分排序,第1名得满分,与第1名每相差1个名次扣0.3分,扣完为止。(新设单位不参加排名)", "3", "0.3"),
])
def test_first_place_full_and_each_place_behind_it_off(text, weight, per):
    p = propose(text, weight, "排名")
    params = sole(p, "deduction")
    assert params["per"] == per and params["unit"] == "名"
    full = D(weight)[0]
    step = D(per)[0]
    assert [by_count(p, n) for n in ("0", "1", "3", "50")] == [full, full - step, full - 3 * step, 0]


@pytest.mark.parametrize("text, weight", [
    # a line of places, not the first alone
    ("按照各乡镇完成情况排名计分,前3名满分,相差一名扣0.5分。", "5"),
    # a figure before the rank: a band of it
    ("完成率达到90%的按排名计分,第1名满分,相差一名扣0.5分。", "5"),
    # the step is the 分值 itself
    ("按照各乡镇完成情况排名计分,第1名满分,相差一名扣5分。", "5"),
])
def test_near_misses_are_not_read_as_places_behind_the_first(text, weight):
    assert not any("较第1名每相差" in r.summary for r in readings(text, weight))


# ── run-together rows of ceilings in a unit ────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("20公里以内 8 50公里以内 5 80公里以内 2", "8", [("10", 8), ("20", 8), ("35", 5), ("80", 2), ("120", 0)]),
    ("1小时以内 6 2小时以内 3", "6", [("1", 6), ("1.5", 3), ("2", 3), ("3", 0)]),
])
def test_run_together_ceilings_in_a_unit_are_bands(text, weight, cases):
    p = propose(text, weight, "距离")
    params = sole(p, "tiers")
    assert not p.confident
    assert [scored(p, {"value": v}) for v, _ in cases] == D(*(x for _, x in cases))
    assert params["unit"] in ("公里", "小时")


@pytest.mark.parametrize("text, weight", [
    # scores rising with the ceilings: no ladder of ceilings
    ("20公里以内 2 50公里以内 5 80公里以内 8", "8"),
    # two units among the lines
    ("20公里以内 8 50米以内 5", "8"),
])
def test_near_misses_are_not_run_together_ceilings(text, weight):
    assert not any(r.items and r.items[0]["type"] == "tiers" for r in readings(text, weight, "距离"))


# ── a line, a step short of it, a floor ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("合作社带动农户比例达到60%,得2分;未达到的每减少10%,减0.2分,低于30%不得分。", "2",
     [("60", 2), ("90", 2), ("55", 1.8), ("50", 1.8), ("40", 1.6), ("30", 1.4), ("29", 0)]),
    ("培训覆盖率到达80%,得1分;未到达的每减少5%,扣0.1分,低于70%不得分。", "1",
     [("80", 1), ("75", 0.9), ("70", 0.8), ("69", 0)]),
])
def test_a_line_a_step_short_and_a_floor_are_bands_of_whole_steps(text, weight, cases):
    p = propose(text, weight, "比例")
    sole(p, "tiers")
    assert not p.confident
    assert [scored(p, {"value": v}) for v, _ in cases] == D(*(x for _, x in cases))


@pytest.mark.parametrize("text, weight", [
    # the floor off the steps
    ("合作社带动农户比例达到60%,得2分;未达到的每减少10%,减0.2分,低于35%不得分。", "2"),
    # the steps take more than the 分值 before the floor
    ("合作社带动农户比例达到60%,得1分;未达到的每减少10%,减0.5分,低于20%不得分。", "1"),
    # the line's points are not the 分值
    ("合作社带动农户比例达到60%,得1分;未达到的每减少10%,减0.2分,低于30%不得分。", "2"),
])
def test_near_misses_are_not_read_as_a_line_a_step_and_a_floor(text, weight):
    assert not any("不得分" in r.summary and "每少" in r.summary and "%" in r.summary for r in readings(text, weight))


# ── a deduction per case, closed by 直至0分 ─────────────────────────────────────────────────────
def test_a_deduction_per_case_closed_by_until_nothing():
    p = propose("严格按批复地点实施的,计6分,未按批复执行的,多增加1个乡镇减2分,直至0分。", "6", "建设地点")
    params = sole(p, "deduction")
    assert params["per"] == "2"
    assert not p.confident
    assert [by_count(p, n) for n in ("0", "1", "2", "5")] == D(6, 4, 2, 0)
