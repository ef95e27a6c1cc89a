"""Hours as a unit of time in 评分标准: a delay counted per hour (or per half-hour), a grace of some hours, a shortfall
of time counted in blocks of hours, and the lines that name hours without counting a delay per hour.

Made-up texts in the style of published tables (several verbs, 个小时 and 小时, 半小时, with and without a grace), with
the rule they must give and the score of a few situations; near misses that must not be read as a delay per hour.
Also: a framework file written with the units known before hours still loads and scores as before, and the window
has an English word for each unit.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from services.frameworks import catalog
from services.frameworks.proposal import propose
from services.scoring.rules import check_item, delay, described, score_item
from services.scoring.rules.base import render
from tests.english_text import CJK
from tests.proposals import by_count, scored, sole, types
from tests.test_rule_described import english

ROOT = Path(__file__).resolve().parents[1]


# ── a delay counted per hour: “每延迟1小时扣1分” ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("按规定时限报送,每延迟1小时扣1分,扣完为止。", "5", "1"),
    ("事件信息须及时上报,每迟报1个小时扣0.5分,扣完为止。", "3", "0.5"),
    ("每逾期1小时扣0.2分,扣完为止。", "2", "0.2"),
    ("办结时限内未办结的,每超过1小时扣0.5分,扣完为止。", "4", "0.5"),
    ("故障修复每超时1个小时扣1分,扣完为止。", "6", "1"),
])
def test_a_delay_per_hour_is_read_in_hours(text, weight, per):
    p = propose(text, weight, "报送及时性")
    params = sole(p, "delay")
    assert not any("每" in u for u in p.unplaced), p.unplaced  # the step is read whatever its verb
    assert params == {"per": per, "unit": "小时", "grace": "0"}
    assert scored(p, {"delay": "0"}) == Decimal(weight)
    assert scored(p, {"delay": "2"}) == Decimal(weight) - 2 * Decimal(per)
    assert scored(p, {"delay": "100"}) == 0


def test_a_step_of_two_hours_is_read_per_hour_and_left_to_check():
    p = propose("信息报送迟报的,每超2小时扣1分,扣完为止。", "4", "报送及时性")
    assert sole(p, "delay") == {"per": "0.5", "unit": "小时", "grace": "0"}  # 1 point per 2 hours: 0.5 an hour
    assert not p.confident  # an hour and a half late: 0.75 off, or 0 (no whole step of 2 hours)?
    assert scored(p, {"delay": "4"}) == 2


@pytest.mark.parametrize("text, weight, grace, per", [
    ("延迟2小时以内不扣分,每延迟1小时扣0.5分,扣完为止。", "3", "2", "0.5"),
    ("迟报2个小时以内的不扣分;每迟报1小时扣1分,扣完为止。", "4", "2", "1"),
    ("逾期3小时内得满分,每逾期1小时扣0.5分,扣完为止。", "3", "3", "0.5"),
])
def test_a_grace_of_some_hours_costs_nothing(text, weight, grace, per):
    p = propose(text, weight, "报送及时性")
    assert sole(p, "delay") == {"per": per, "unit": "小时", "grace": grace}
    assert scored(p, {"delay": grace}) == Decimal(weight)
    assert scored(p, {"delay": str(Decimal(grace) + 2)}) == Decimal(weight) - 2 * Decimal(per)
    assert p.summary.endswith(f"（宽限 {grace} 个小时）")  # the wizard's line says the grace it read


# ── a step of half an hour is counted in half-hours, as 半天 is in half-days ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("每延迟半小时扣0.5分,扣完为止。", "3", "0.5", "半小时"),
    ("到场时间每延误半个小时扣1分,扣完为止。", "4", "1", "半个小时"),
    ("每迟到半小时扣0.2分。", "2", "0.2", "半小时"),
])
def test_a_step_of_half_an_hour_is_a_deduction_per_half_hour(text, weight, per, unit):
    p = propose(text, weight, "响应及时性")
    assert sole(p, "deduction") == {"per": per, "unit": unit}
    assert not p.confident  # whether part of a half-hour counts is not said
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "3") == Decimal(weight) - 3 * Decimal(per)


def test_a_step_of_several_hours_whose_points_make_no_figure_per_hour_is_counted_in_steps():
    p = propose("每超过3小时扣1分,扣完为止。", "3", "响应及时性")
    assert sole(p, "deduction") == {"per": "1", "unit": "3小时"}
    assert by_count(p, "2") == 1


# ── a shortfall of time counted in blocks of hours: “营业时间每少半小时扣2分” ──────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("符合要求的得满分;服务时间每少半小时,扣1分。", "6", "1", "半小时"),
    ("开放时间每减少1小时扣0.5分,扣完为止。", "3", "0.5", "小时"),
    ("值守时长每缺少2小时扣1分,扣完为止。", "4", "1", "2小时"),
    ("营业时长每不足半个小时扣2分。", "8", "2", "半小时"),  # the shortfall's block is said in hours
])
def test_a_shortfall_of_time_is_a_deduction_per_block_of_hours(text, weight, per, unit):
    p = propose(text, weight, "开放时间")
    assert sole(p, "deduction") == {"per": per, "unit": unit}
    assert not p.confident  # whether part of a block counts is not said
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "2") == Decimal(weight) - 2 * Decimal(per)
    assert "少了" in " ".join(p.unplaced)


def test_a_shortfall_that_takes_the_whole_weight_is_not_a_deduction_per_block():
    p = propose("服务时间每少1小时扣5分。", "5", "开放时间")
    assert "deduction" not in types(p)


@pytest.mark.parametrize("text", [
    "响应时间超过2小时的,每超1小时扣0.5分,扣完为止。",  # the hours counted from the 2nd or from the start: not said
    "24小时内未上报的,每延迟1小时扣0.5分,扣完为止。",
])
def test_a_delay_per_hour_after_a_time_limit_stays_to_check(text):
    p = propose(text, "4", "响应及时性")
    assert sole(p, "delay") == {"per": "0.5", "unit": "小时", "grace": "0"}
    assert not p.confident


# ── near misses: hours named, no delay counted per hour ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("建立24小时值班制度得2分,否则不得分。", "2"),
    ("24小时内办结率≥95%得3分,每低1个百分点扣0.5分。", "3"),
    ("平均响应时间2小时以内得3分,2-4小时得2分,4小时以上得0分。", "3"),
    ("实行24小时巡逻,每少1次扣1分,扣完为止。", "3"),
    ("24小时内未处置的扣2分。", "2"),
    ("食品留样时间不足48小时,扣3分。", "3"),
    ("每周开放时间不少于40小时得4分,否则不得分。", "4"),
    ("镇区主街道实行14小时以上保洁,得5分。", "5"),
    ("路灯每晚12小时以上正常照明,未达到的扣1分。", "4"),  # 每晚: every night, not a night late
    ("值班人员每超过8小时需轮换,未轮换的扣1分。", "4"),
    ("每超过24小时未处置的扣1分。", "4"),
    ("窗口每少1小时以上开放的扣1分。", "4"),
])
def test_hours_named_without_a_delay_per_hour_are_not_read_as_one(text, weight):
    p = propose(text, weight, "服务管理")
    assert "delay" not in types(p)
    assert all(it["params"].get("unit") not in ("小时", "半小时") for it in p.items if it["type"] == "deduction")


def test_a_line_of_hours_with_a_step_below_it_stays_a_line():
    p = propose("每天开放不少于8小时,每少1小时扣1分,扣完为止。", "4", "开放时间")
    params = sole(p, "threshold")
    assert (params["full_at"], params["unit"], params["deduct"]) == ("8", "小时", "1")
    assert scored(p, {"value": "6"}) == 2


def test_a_delay_in_days_is_read_as_before():
    p = propose("按期完成得满分,每延迟1天扣1分,扣完为止。", "3", "完成及时性")
    assert sole(p, "delay") == {"per": "1", "unit": "天", "grace": "0"}


# ── the rule: hours as a unit ──────────────────────────────────────────────────────────────────────────────────────
def test_hours_are_a_unit_the_rule_offers_and_says_in_chinese_and_english():
    assert ("小时", "小时") in next(p for p in delay.RULE.params if p.name == "unit").choices
    it = delay.RULE.item("响应延迟", "4", {"per": "0.5", "unit": "小时", "grace": "1"})
    assert check_item(it) == []
    say = english()
    res = score_item(it, {"delay": "5"})
    assert res.score == 2
    assert render(res.words) == "延迟 5 个小时（扣除宽限 1 个小时），每小时扣 0.5 分，得分 = 4 − 4 × 0.5 = 2"
    assert render(res.words, say) == "5 hours late (after 1 hours of grace), 0.5 pts off per hour(s): score = 4 − 4 × 0.5 = 2"
    assert render(score_item(it, {"delay": "0.5"}).text) == "按期完成（延迟 0.5 个小时），得满分 4"
    words = described([it])
    assert render(words) == "按期完成得满分，每延迟 1 小时扣 0.5 分（宽限 1 小时）"
    assert not CJK.search(render(words, say))
    look = delay.looks(it["params"], Decimal(4))["delay"]
    assert render(look.unit) == "个小时" and render(look.unit, say) == "hours"


def test_a_framework_file_with_the_units_known_before_hours_loads_and_scores_as_before(tmp_path):
    data = json.loads((ROOT / "resources" / "templates" / "shuzi_hengyang_2024.json").read_text(encoding="utf-8"))
    delays = [it for node in catalog._iter_leaves(data["nodes"]) for it in node["items"] if it["type"] == "delay"]
    assert delays
    for unit in ("月", "天", "周", "季度", "年", "工作日"):
        for it in delays:
            it["params"]["unit"] = unit
        path = tmp_path / f"fw-{unit}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        fw = catalog.read_file(path)
        items = [it for leaf in fw.leaves() for it in leaf["items"] if it["type"] == "delay"]
        for it in items:
            assert it["params"]["unit"] == unit
            assert check_item(it) == []
            per, full = Decimal(it["params"]["per"]), Decimal(it["max"])
            assert score_item(it, {"delay": "0"}).score == full
            assert score_item(it, {"delay": "3"}).score == max(Decimal(0), full - 3 * per)
            assert unit in render(described([it]))


def test_the_window_has_an_english_word_for_every_unit_of_delay():
    say = english()
    words = set(delay.SAID_UNITS) | set(delay.UNITS) | set(delay.UNITS.values())
    words |= {label for p in delay.RULE.params if p.choices for _, label in p.choices}
    assert not {w for w in words if CJK.search(say(w))}
    assert say("小时") == "hour(s)" and say("个小时") == "hours"
