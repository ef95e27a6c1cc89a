"""Wordings of bands a proposer missed: bands of an error rate each scored with 为 (“错误率0-1%为5分,2-3%为4分,…”,
“差错率0为5分,≤0.2为4分,…”, where “为5分” is the band's score, not a value of 5), and a table's band cells run
together with their bare scores, each band opening with the name of its value (“良种覆盖率100% 3 95%≤良种覆盖率<100% 2
良种覆盖率<95% 0”), a long name between a band's two signs, or a further case closing the last band's cell.

Made-up texts in the style of assessment sheets, with the scores of a few cases, and near misses that must not be read
that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scored, sole


def by_value(p, *values: str):
    return [scored(p, {"value": v}) for v in values]


# ── bands of a rate, each band's score said with 为 ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("核对报表数据,差错率0-2%为10分,3-5%为8分,6-9%为5分,>9%为0分。", "10",
     [("1", 10), ("4", 8), ("7.5", 5), ("15", 0)]),
    ("抽查档案,缺失率0-1%为4分,2-4%为3分,>4%为1分", "4", [("0.5", 4), ("3", 3), ("8", 1)]),
])
def test_spans_of_a_rate_scored_with_wei(text, weight, cases):
    p = propose(text, weight, "指标")
    tiers = sole(p, "tiers")["tiers"]
    assert all(tr["min"] is None or tr["min"] != tr["max"] for tr in tiers)  # no band of one value, the score's figure
    assert not p.confident  # the bands leave gaps between them, closed by the reading
    assert by_value(p, *(v for v, _ in cases)) == D(*(x for _, x in cases))


def test_a_rate_of_nothing_then_lines_at_most_scored_with_wei():
    p = propose("按抽检的错漏数量计算,错漏率0为6分,≤0.5为4分,≤1为2分,>1为0分。", "6", "指标")
    sole(p, "tiers")
    assert not p.confident  # the figures have no unit
    assert by_value(p, "0", "0.3", "0.5", "0.8", "3") == D(6, 4, 4, 2, 0)


@pytest.mark.parametrize("text, weight", [
    # a score said with 为 after a figure with no band: never a band of the score's figure
    ("按时报送为5分,未按时报送为0分", "5"),
    # a formula after = is no value of a band
    ("100% 得分=50×实际达标率-45 最高分为5分,低于90%为0分", "5"),
])
def test_near_misses_of_scores_said_with_wei(text, weight):
    for r in readings(text, weight):
        for it in r.items:
            if it["type"] == "tiers":
                assert not any(tr["min"] is not None and tr["min"] == tr["max"] and tr["min"] in ("5", "50")
                               for tr in it["params"]["tiers"])


# ── band cells run together with their bare scores, each band opening with its value's name ───────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("病虫害统防统治覆盖率100% 4 90%≤病虫害统防统治覆盖率<100% 2 病虫害统防统治覆盖率<90% 0", "4",
     [("100", 4), ("95", 2), ("90", 2), ("80", 0)]),
    ("农机作业面积占比100% 6 90%≤农机作业面积占比<100% 4 80%≤农机作业面积占比<90% 2 农机作业面积占比<80% 0", "6",
     [("100", 6), ("92", 4), ("85", 2), ("79.9", 0)]),
])
def test_band_cells_opening_with_the_values_name(text, weight, cases):
    p = propose(text, weight, "指标")
    sole(p, "tiers")
    assert by_value(p, *(v for v, _ in cases)) == D(*(x for _, x in cases))


def test_a_long_name_between_a_bands_signs():
    p = propose("建有规范台账的家庭农场比例100% 3 95%≤建有规范台账的家庭农场比例<100% 2 建有规范台账的家庭农场比例<95% 0", "3",
                "指标")
    sole(p, "tiers")
    assert by_value(p, "100", "97", "95", "90") == D(3, 2, 2, 0)


def test_a_further_case_closing_the_last_bands_cell():
    p = propose("建立质量追溯制度,100%产品可追溯 4 90%≤产品可追溯<100% 2 产品可追溯<90%,或发生1起以上质量安全事故 0", "4", "指标")
    sole(p, "tiers")
    assert not p.confident  # the further case is not in the rule
    assert by_value(p, "100", "95", "50") == D(4, 2, 0)


@pytest.mark.parametrize("text, weight", [
    # a figure with its unit after the space is a count, not a score in a cell
    ("开展培训不少于 3 次 检查台账不少于 2 次 走访农户不少于 5 户", "5"),
])
def test_near_misses_of_band_cells(text, weight):
    assert not any(it["type"] == "tiers" for r in readings(text, weight) for it in r.items)


# ── bands of people counted in 名, the row's most said after them ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("评审专家中有1名外省专家则为1分,2名以上则为2分,最高为2分", "2", [("0", 0), ("1", 1), ("4", 2)]),
    ("团队中有1名高级职称人员得2分,2名得3分,3名及以上得4分", "4", [("0", 0), ("1", 2), ("2", 3), ("6", 4)]),
])
def test_bands_of_people_counted_in_ming(text, weight, cases):
    p = propose(text, weight, "人员")
    params = sole(p, "tiers")
    assert params["unit"] == "名"
    assert not p.confident  # none of them scoring nothing is not said
    assert by_value(p, *(v for v, _ in cases)) == D(*(x for _, x in cases))


@pytest.mark.parametrize("text, weight", [
    # places in a ranking, not people counted
    ("全市排名第1名得2分,第2名得1分", "2"),
    ("排名前3名得5分,4-6名得3分", "5"),
])
def test_near_misses_of_people_counted_in_ming(text, weight):
    for r in readings(text, weight):
        for it in r.items:
            assert not (it["type"] == "tiers" and it["params"].get("unit") == "名"
                        and it["params"].get("value_label", "").endswith("（名）"))


def test_the_most_said_after_bands_is_no_band_of_none():
    p = propose("每年组织志愿者1人得1分,2人以上得3分,最高为3分", "3", "志愿者")
    sole(p, "tiers")
    assert by_value(p, "0", "1", "2") == D(0, 1, 3)


# ── a line of issues (期) and a step short of it ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("每单位全年至少编发12期信息专报,每少1期扣0.2分,扣完为止", "2", [("12", 2), ("15", 2), ("9", 1.4), ("0", 0)]),
    ("至少出版4期内部刊物,并报送主管部门,每少一期扣0.5分,扣完为止", "2", [("4", 2), ("3", 1.5), ("0", 0)]),
])
def test_a_line_of_issues_and_a_step_short(text, weight, cases):
    p = propose(text, weight, "简报")
    params = sole(p, "threshold")
    assert params["unit"] == "期"
    assert by_value(p, *(v for v, _ in cases)) == D(*(x for _, x in cases))


# ── a requirement that is a line, no score said: a margin above a level, or a lead clause before it ───────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("5.亩均产值高于全县同类园区平均水平15%以上。", "4", [("15", 4), ("30", 4), ("14.9", 0)]),
    ("单位产品能耗率高于行业先进水平10%以上", "3", [("10", 3), ("9", 0)]),
])
def test_a_margin_above_a_level(text, weight, cases):
    p = propose(text, weight, "指标")
    sole(p, "tiers")
    assert not p.confident  # how the requirement scores is not said
    assert by_value(p, *(v for v, _ in cases)) == D(*(x for _, x in cases))


def test_a_lead_clause_before_a_bare_line():
    p = propose("8.以合作社为主体,组织社员参加技能培训到200人次以上。", "5", "培训")
    params = sole(p, "tiers")
    assert params["unit"] == "人次"
    assert not p.confident
    assert by_value(p, "200", "199", "500") == D(5, 0, 5)


@pytest.mark.parametrize("text, weight", [
    # a rate and its line, no level: a target value, how it scores not said
    ("项目综合完成率高于90%以上", "3"),
    # a margin at most above a level: the values below the level unsaid
    ("亩均产值高于全县平均水平15%以内", "4"),
    # another requirement before the line, not how it is done: both asked (全有或全无)
    ("建立技术服务队,开展技能培训到200人次以上", "5"),
])
def test_near_misses_of_a_margin(text, weight):
    assert not any(it["type"] == "tiers" for r in readings(text, weight) for it in r.items)


# ── a fault of its own before a line and its step: the faults add up, no one line ──────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("无专题网页的扣0.5分;至少一星期更新2次,每少一次扣0.5分", "1", [(("0", "0"), 1), (("1", "0"), 0.5), (("0", "1"), 0.5),
                                                                   (("1", "3"), 0)]),
    ("未建立信息报送台账的扣1分;每月至少报送信息3条,每少1条扣0.5分", "3", [(("0", "0"), 3), (("1", "2"), 1), (("0", "1"), 2.5)]),
])
def test_a_fault_before_a_line_and_its_step(text, weight, cases):
    p = propose(text, weight, "信息")
    sole(p, "formula")
    assert [by_vars(p, *v) for v, _ in cases] == D(*(x for _, x in cases))


def test_near_miss_a_line_and_its_step_alone():
    p = propose("每月至少报送信息3条,每少1条扣0.5分,扣完为止", "3", "信息")
    sole(p, "threshold")


# ── the requirement met keeps the 分值, each step of rise past it costs points ─────────────────────────────────────
@pytest.mark.parametrize("text, weight, cases", [
    ("达到要求的,得10分;未达到要求的,每增加1%扣2分", "10", [("-3", 10), ("0", 10), ("1", 8), ("2.5", 5), ("8", 0)]),
    ("各乡镇达到要求的,得20分;未达到要求的,每增加0.5%扣5分,扣完为止", "20", [("0", 20), ("1", 10), ("3", 0)]),
])
def test_a_rise_past_the_requirement(text, weight, cases):
    p = propose(text, weight, "总量控制")
    params = sole(p, "threshold")
    assert params["direction"] == "lower" and params["full_at"] == "0"
    assert not p.confident  # what the requirement is, and the value as the rise beyond it, are read
    assert by_value(p, *(v for v, _ in cases)) == D(*(x for _, x in cases))


def test_near_miss_a_fall_short_of_the_requirement_is_a_share_of_it():
    p = propose("达到要求的,得10分;未达到要求的,每下降1%扣2分", "10", "完成情况")
    params = sole(p, "threshold")
    assert params["full_at"] == "100" and params["direction"] == "higher"
