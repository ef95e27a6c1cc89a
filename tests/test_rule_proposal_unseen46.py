"""Lines with points at them and a step above (or either way), and points by rank:

- nothing below a line, points at the line, more for each step above it (“<50个不得分;达到50个得5分,此基础上每增加1个加
  0.1分”): a formula over the value, zeroed below the line by a 0/1 factor, up to the 分值;
- points at a line on a percentage, a step either way written “每增(减)…,加(减)…” (“目标达成率95%,得基准分80分,每增(减)
  0.25%,加(减)1.0分”, traditional characters too);
- the first place and its points, then each place after it the points less (“第一名50分,按名次依次递减2分”): a line at the
  first place with a step per place.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scored, scores, sole


def _line_and_value(p, value: str, reached: bool) -> Decimal:
    """The score of a formula gated by whether a line is reached (the gate named first), at ``value``."""
    gate, what = p.items[0]["params"]["variables"]
    return scored(p, {"vars": {gate["name"]: "1" if reached else "0", what["name"]: value}})


# ── nothing below a line, points at it, a step above it ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, line, situations", [
    ("<30家不得分;达到30家得4分,此基础上每增加1家加0.2分。", "10", "30",
     [("29", 0), ("30", 4), ("40", 6), ("70", 10)]),
    ("少于20人的不得分;达到20人得3分,在此基础上每增加2人加0.5分,最高8分。", "8", "20",
     [("18", 0), ("20", 3), ("28", 5), ("60", 8)]),
    ("低于70%不得分;达到70%得5分,此基础上每增加1个百分点加0.2分。", "10", "70",
     [("65", 0), ("70", 5), ("80", 7), ("100", 10)]),
    ("不足500万元的不得分;达到500万元得2分,每增加50万元加0.5分,最多6分。", "6", "500",
     [("400", 0), ("500", 2), ("700", 4), ("1000", 6)]),
    ("达到10项得6分,此基础上每增加1项加1分;不足10项不得分。", "10", "10",
     [("9", 0), ("10", 6), ("12", 8), ("30", 10)]),
])
def test_nothing_below_a_line_points_at_it_and_a_step_above(text, weight, line, situations):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2
    assert not p.confident  # a part of a step, where the 分值 is reached, and the line's gate are the team's to check
    for value, score in situations:
        assert _line_and_value(p, value, Decimal(value) >= Decimal(line)) == Decimal(str(score))


def _gated_line_step(text: str, weight: str) -> bool:
    return any(found.summary.startswith("公式计分：") and "此后每" in found.summary and "不得分" in found.summary
               for found in readings(text, weight))


@pytest.mark.parametrize("text, weight", [
    # the line below which nothing is scored is not the line the points stand at
    ("<40家不得分;达到50家得4分,此基础上每增加1家加0.2分。", "10"),
    # nothing said below the line: what scores there is unsaid
    ("达到50家得4分,此基础上每增加1家加0.2分。", "10"),
    # the step is taken off, not added
    ("<50家不得分;达到50家得8分,此基础上每增加1家扣0.2分。", "10"),
    # the step counts another unit than the line
    ("<50家不得分;达到50家得4分,此基础上每增加1人加0.2分。", "10"),
    # a cap short of the 分值
    ("<50家不得分;达到50家得4分,此基础上每增加1家加0.2分,最高8分。", "10"),
    # the points at the line are the whole 分值
    ("<50家不得分;达到50家得10分,此基础上每增加1家加0.2分。", "10"),
])
def test_near_miss_no_gated_line_and_step(text, weight):
    assert not _gated_line_step(text, weight)


# ── points at a line on a percentage, a step either way written “每增(减)” ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("目標達成率95%,得基準分80分,每增(減)0.25%,加(減)1.0分。", "100", [95, 97, 90, 100], [80, 88, 60, 100]),
    ("目标达成率95%,得基准分80分,每增(减)0.25%,加(减)1.0分。", "100", [95, 97, 90, 100], [80, 88, 60, 100]),
    ("客户满意率90%,得基准分6分,每增(减)1%,加(减)0.5分。", "10", [90, 94, 80, 100], [6, 8, 1, 10]),
    ("供电可靠率达到98%得基准分60分,每升(降)0.5%,加(扣)5分", "100", [98, 99, 96, 110], [60, 70, 40, 100]),
])
def test_points_at_a_line_a_step_either_way(text, weight, values, expected):
    p = propose(text, weight, "达成率")
    params = sole(p, "formula")
    assert not p.confident  # the percentage is entered in %, a part of a step counts in proportion
    assert len(params["variables"]) == 1
    name = params["variables"][0]["name"]
    assert [scored(p, {"vars": {name: str(v)}}) for v in values] == D(*expected)


@pytest.mark.parametrize("text, weight", [
    # only one way said: what is taken off below the line is unsaid
    ("目标达成率95%,得基准分80分,每增0.25%,加1.0分。", "100"),
    # the points at the line are the whole 分值
    ("目标达成率95%,得基准分100分,每增(减)0.25%,加(减)1.0分。", "100"),
])
def test_near_miss_no_step_either_way(text, weight):
    assert not any("每高" in found.summary and "每低" in found.summary for found in readings(text, weight))


# ── the first place and its points, then each place after it the points less ──────────────────────────────────
@pytest.mark.parametrize("text, weight, ranks, expected", [
    ("按照各乡镇工作考核得分排名,第一名20分,按名次依次递减1分。", "20", [1, 3, 25], [20, 18, 0]),
    ("按各单位完成率排名,第1名得10分,其后按名次依次递减0.5分", "10", [1, 2, 11, 30], [10, 9.5, 5, 0]),
    ("按考核得分排序,第一名得满分,依次递减2分", "30", [1, 6, 16], [30, 20, 0]),
    ("工作量排名第一得10分,每下降1个名次扣1分", "10", [1, 4, 12], [10, 7, 0]),
])
def test_first_place_then_a_step_per_place(text, weight, ranks, expected):
    # the first place alone at the 分值: a formula over the place (formula._first_place_down)
    p = propose(text, weight, "排名")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["名"]
    assert [by_vars(p, str(r)) for r in ranks] == D(*expected)


@pytest.mark.parametrize("text, weight", [
    # the first place short of the 分值: the points of the places are not the line
    ("按得分排名,第一名15分,按名次依次递减2分", "20"),
    # a step without a place: points down a list of something else
    ("第一名20分,按等次依次递减", "20"),
])
def test_near_miss_no_first_place_and_step(text, weight):
    assert not any(found.summary.startswith(("达标线扣分：第1名", "公式计分：第1名")) for found in readings(text, weight))


# ── bands of ranks, “位” or “名”, points added, the rest said to score nothing ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, ranks, expected", [
    ("排名前10位的加10分,11位至30位的加9分,31位至50位的加8分,51位至100位加6分,其余不加分。", "10",
     [1, 10, 11, 45, 100, 101], [10, 10, 9, 8, 6, 0]),
    ("综合排名前5名的得6分,6名至15名的得4分,16名至30名的得2分,其余不得分", "6", [3, 6, 30, 31], [6, 4, 2, 0]),
    ("按考核得分排名,前3位加5分,4位至8位加3分,9位至12位加1分,其余的不加分", "5", [2, 4, 12, 13], [5, 3, 1, 0]),
])
def test_bands_of_ranks_the_rest_nothing(text, weight, ranks, expected):
    p = propose(text, weight, "排名")
    params = sole(p, "tiers")
    assert params["unit"] == "名"
    assert scores(p, ranks) == D(*expected)


def _rank_band_tiers(text: str, weight: str) -> bool:
    return any(found.summary.startswith("分档计分：按名次") for found in readings(text, weight))


@pytest.mark.parametrize("text, weight", [
    # a gap between the bands: ranks 31 to 40 are unsaid
    ("排名前10位的加10分,11位至30位的加9分,41位至50位的加8分,其余不加分。", "10"),
    # scores that do not fall
    ("排名前10位的加8分,11位至30位的加10分,其余不加分。", "10"),
    # the best band short of the 分值
    ("排名前10位的加8分,11位至30位的加6分,其余不加分。", "10"),
])
def test_near_miss_no_bands_of_ranks(text, weight):
    assert not _rank_band_tiers(text, weight)


# ── points per place of the first few, listed with 分别 ────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, ranks, expected", [
    ("年度考核前五名的乡镇,分别加3、2.5、2、1.5、1分。", "3", [1, 2, 5, 6], [3, 2.5, 1, 0]),
    ("综合排名前4名的单位,分别加5、4、3、2分", "5", [1, 3, 4, 9], [5, 3, 2, 0]),
])
def test_points_per_place_listed(text, weight, ranks, expected):
    p = propose(text, weight, "排名")
    params = sole(p, "tiers")
    assert params["unit"] == "名"
    assert scores(p, ranks) == D(*expected)


@pytest.mark.parametrize("text, weight, ranks, expected, guessed", [
    # “1.” read by OCR as “L”
    ("考核排名前五名的所,分别加3、2.5、2、L5、1分。", "3", [1, 4, 5, 6], [3, 1.5, 1, 0], "L5"),
    # and a “、” read as “.” between decimals
    ("信息排名前六的科室,分别加2.0、L6、L2、0.8.0.4.0.2分。", "2", [1, 2, 4, 6, 7], [2, 1.6, 0.8, 0.2, 0], "0.8.0.4.0.2"),
])
def test_points_per_place_listed_with_ocr_slips_to_check(text, weight, ranks, expected, guessed):
    p = propose(text, weight, "排名")
    sole(p, "tiers")
    assert not p.confident
    assert any(guessed in u for u in p.unplaced), p.unplaced
    assert scores(p, ranks) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    # fewer scores than places
    ("考核排名前五名的所,分别加3、2.5、2、1分。", "3"),
    # a letter that is no slip of “1.”: the scores would not fall
    ("考核排名前五名的所,分别加3、2.5、L5、2、1分。", "3"),
    # an OCR run that splits into more scores than places
    ("考核排名前三名的所,分别加2.0、0.8.0.4.0.2分。", "2"),
    # the places after them scored too: situations, not places alone
    ("综合排名前4名的单位,分别加5、4、3、2分,其余有加分项目的加1分", "5"),
    # the first items of a list, no places
    ("前3项工作分别得5、3、1分", "5"),
])
def test_near_miss_no_points_per_place(text, weight):
    assert not _rank_band_tiers(text, weight)


# ── nothing below a floor, from it up the rate's share of the 分值 ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, floor, situations", [
    # a table's cells joined: the 分值 at 100% and 0 below the floor stand bare
    ("仪器设备完好率100% 20 仪器设备完好率≥80% 按比例计算得分 仪器设备完好率<80% 0", "20", "80",
     [("100", 20), ("85", 17), ("80", 16), ("79", 0)]),
    ("车辆出勤率达到85%及以上的按比例计算得分,低于85%的不得分", "10", "85", [("100", 10), ("90", 9), ("84", 0)]),
    ("档案归档率≥95%按百分比计分,<95%不得分", "5", "95", [("100", 5), ("96", 4.8), ("90", 0)]),
])
def test_nothing_below_a_floor_the_rate_share_above(text, weight, floor, situations):
    p = propose(text, weight, "比率")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2
    assert not p.confident  # “按比例” read as the rate × 分值, and the floor's gate entered beside the rate
    for value, score in situations:
        assert _line_and_value(p, value, Decimal(value) >= Decimal(floor)) == Decimal(str(score))


@pytest.mark.parametrize("text, weight", [
    # the floor and the line of nothing differ
    ("档案归档率≥95%按百分比计分,<90%不得分", "5"),
    # points of their own beside the share
    ("档案归档率≥95%按百分比计分,<95%不得分,每发现1卷不合格扣1分", "5"),
    # the 分值 at 100% is not the row's
    ("档案归档率100%得4分;档案归档率≥95%按百分比计分;<95%不得分", "5"),
])
def test_near_miss_no_share_from_a_floor(text, weight):
    assert not any(found.summary.startswith("公式计分：") and "× 分值" in found.summary for found in readings(text, weight))


# ── points at a named value, a step either way of it ───────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, gaps, expected", [
    ("以上年同期水平为基数,达到上年同期水平得5分;比上年同期水平每提高1%则在5分基础上加0.5分,8分为上限;"
     "每低于上年同期水平1%则扣0.5分,扣完为止。", "8", [0, 4, 10, -4, -20], [5, 7, 8, 3, 0]),
    # a price: dearer costs points, cheaper earns them
    ("基准价对应分数为30分。每高于基准价1%,标准分扣3分,每低于基准价1%,标准分加1分。", "50", [0, 2, -5, -40, 20],
     [30, 24, 35, 50, 0]),
])
def test_points_at_a_named_value_a_step_either_way(text, weight, gaps, expected):
    p = propose(text, weight, "指标")
    params = sole(p, "formula")
    assert not p.confident  # how “1%” is meant, and a part of a step, are the team's to check
    assert len(params["variables"]) == 1
    name = params["variables"][0]["name"]
    assert [scored(p, {"vars": {name: str(g)}}) for g in gaps] == D(*expected)


def test_points_at_a_named_value_of_a_rate():
    text = ("“设备利用率”:以行业平均水平为基数,达到行业平均水平给7分;比行业平均水平提高2%则在7分基础上加1分,10分为上限;"
            "每低于行业平均水平2%则扣1分,扣完为止。")
    p = propose(text, "10", "设备利用率")
    params = sole(p, "formula")
    assert not p.confident
    rate, line = params["variables"]
    assert "利用率" in rate["label"] and "行业平均水平" in line["label"]
    assert [scored(p, {"vars": {rate["name"]: r, line["name"]: "80"}}) for r in ("80", "86", "95", "76")] == D(7, 10, 10, 5)


@pytest.mark.parametrize("text, weight", [
    # both ways add: no step down
    ("标准价格对应分数为20分。每高于标准价格1%,标准分加2分,每低于标准价格1%,标准分加2分。", "40"),
    # the steps are of another value than the one the points stand at
    ("标准价格对应分数为20分。每高于市场均价1%,扣2分,每低于市场均价1%,加2分。", "40"),
    # the points at the named value are the whole 分值
    ("标准价格对应分数为40分。每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分加2分。", "40"),
    # one way only
    ("标准价格对应分数为20分。每高于标准价格1%,标准分扣2分。", "40"),
])
def test_near_miss_no_named_value_either_way(text, weight):
    assert not any(found.summary.startswith("公式计分：达到") and "每低" in found.summary and "每高" in found.summary
                   for found in readings(text, weight))
