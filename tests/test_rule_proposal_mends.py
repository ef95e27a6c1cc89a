"""Mended defects of the proposer: each class with made-up wordings and near misses.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_vars, maxes, picked, readings, scored, sole, ticks


# ── 1. a boundary marked (含) in one band is held by that band, lettered (“B.80%(含)”) or not ──────────────────
@pytest.mark.parametrize("text, weight, scores", [
    ("A.完成率≥90%(含)得5分;B.80%(含)-90%得3分;C.80%以下得0分", "5", (("95", "5"), ("90", "5"), ("80", "3"), ("79", "0"))),
    ("A.覆盖率90%(含)以上得4分;B.70%(含)-90%得2分;C.70%以下得0分", "4", (("90", "4"), ("70", "2"), ("69", "0"))),
    ("满意度≥85%得6分;75%(含)-85%得4分;75%以下不得分", "6", (("85", "6"), ("75", "4"), ("60", "0"))),
])
def test_a_boundary_marked_as_held_is_no_doubt(text, weight, scores):
    p = propose(text, weight, "指标")
    sole(p, "tiers")
    assert p.confident, p.unplaced
    for value, score in scores:
        assert scored(p, {"value": value}) == D(score)[0]


@pytest.mark.parametrize("text, weight, doubt", [
    ("A.完成率90%以上得5分;B.80%-90%得3分;C.80%以下得0分", "5", "80%同时归入两档"),  # 以上/以下 and a range's start
    ("A.完成率≥90%得5分;B.80%-90%(含)得3分;C.低于80%得0分", "5", "90%同时归入两档"),  # two outright marks claim 90
    ("A.完成率≥90%得5分;B.80%-90%(含)得3分;C.80%以上不得分", "5", "同时归入两档"),  # an end held, and 以上 after it
])
def test_a_boundary_truly_in_two_bands_stays_a_doubt(text, weight, doubt):
    p = propose(text, weight, "完成率")
    assert not p.confident
    assert any(doubt in u for u in p.unplaced), p.unplaced


# ── 2. a count each half-year, quarter or month asks for: each time missed costs (never a line on one count) ─────
@pytest.mark.parametrize("text, weight, per", [
    ("每半年至少召开1次工作例会,少于1次扣1分,扣完为止", "2", "1"),
    ("每季度至少开展1次安全检查,少1次扣0.5分", "2", "0.5"),
    ("每月至少组织1次业务培训,每少1次扣0.5分,扣完为止", "3", "0.5"),
    ("每半年召开一次专题会议,少一次扣1分", "2", "1"),
])
def test_a_count_each_period_asks_for_costs_per_time_missed(text, weight, per):
    p = propose(text, weight, "会议制度")
    params = sole(p, "deduction")
    assert params["per"] == per and params["unit"] == "次"
    assert not any("0.5年" in u or "“每半年”" in u for u in p.unplaced), p.unplaced
    assert scored(p, {"count": "0"}) == D(weight)[0]
    assert scored(p, {"count": "1"}) == D(weight)[0] - D(per)[0]


@pytest.mark.parametrize("text, weight", [
    ("年内至少召开3次会议,少1次扣1分", "3"),  # a count for the year: a line on it
    ("每年至少召开2次会议,少1次扣1分", "2"),
])
def test_a_count_for_the_year_stays_a_line(text, weight):
    assert propose(text, weight, "会议制度").kind == "threshold"


def test_half_a_year_named_as_a_period_is_not_a_half():
    assert normalize("每半年至少召开1次会议") == "每半年至少召开1次会议"
    assert normalize("每延迟半个月扣1分") == "每延迟0.5个月扣1分"


# ── 3. prizes named, then their scores “分别为”: a 情形选择 of the prizes, never a band on a figure ─────────────────
@pytest.mark.parametrize("text, weight, best, second", [
    ("获一等奖、二等奖分别为5分、3分", "5", "5", "3"),
    ("获国家级、省级、市级表彰的分别为6分、4分、2分", "6", "6", "4"),
    ("获评优秀、良好的分别为4分、2分", "4", "4", "2"),
])
def test_prizes_scored_respectively_are_situations(text, weight, best, second):
    p = propose(text, weight, "获奖情况")
    sole(p, "choice")
    assert not p.confident  # none of them holding scores nothing: unsaid
    assert picked(p, 0) == D(best)[0] and picked(p, 1) == D(second)[0]


@pytest.mark.parametrize("text, weight", [
    ("获一等奖、二等奖分别为5分", "5"),  # one score for two prizes: each worth it, or parts
    ("获一等奖、二等奖分别为5分、3分", "5"),
    ("获一等奖、二等奖分别为5分、3分,未获奖不得分", "5"),
])
def test_prizes_scored_respectively_are_no_band(text, weight):
    assert not any(it["type"] in ("tiers", "threshold") for r in readings(text, weight) for it in r.items)
    assert not propose(text, weight, "获奖情况").confident


# ── 4. 一、二、 stay list markers; a zeroing gate that is a numbered part of its own is seen ───────────────────────
@pytest.mark.parametrize("text, weight, cond", [
    ("一、制度健全得2分,台账齐全得1分。二、未按时报送的,此项不得分", "3", "未按时报送"),
    ("一、方案完备得1分,档案规范得1分;二、发现数据造假的,本项不得分", "2", "发现数据造假"),
    ("1.制度健全得2分,台账齐全得1分;2.发生安全责任事故的,该项不得分", "3", "发生安全责任事故"),
])
def test_a_gate_in_a_part_of_its_own_is_seen(text, weight, cond):
    p = propose(text, weight, "制度建设")
    params = sole(p, "checklist")
    assert params["gate"] == "gate" and cond in params["points"][0]["label"]
    assert not p.confident
    assert not any(u in ("“一”", "“二”") for u in p.unplaced), p.unplaced
    assert ticks(p, True, True, True) == D(weight)[0]
    assert ticks(p, False, True, True) == 0  # the gate holds: nothing
    assert ticks(p, True, False, True) == D(weight)[0] - maxes(p)[1]


@pytest.mark.parametrize("text", [
    "制度健全得2分,台账齐全得1分;未按时报送的,不得分",  # no part of its own, no item named: maybe the otherwise
    "制度健全得2分,台账齐全得1分;未按时报送的,此项不得分",
])
def test_a_gate_unmarked_is_no_gate(text):
    p = propose(text, "3", "制度建设")
    assert not p.confident
    assert not (p.items[0].get("params") or {}).get("gate")


@pytest.mark.parametrize("text, marked", [
    ("一、建立制度得3分。二、发生安全事故的,此项不得分", ("一、", "二、")),
    ("(一)建立制度得3分;(二)发生安全事故的,此项不得分", ("(一)", "(二)")),
])
def test_chinese_list_markers_stay_markers(text, marked):
    assert normalize(text).startswith(marked[0]) and marked[1] in normalize(text)
    p = propose(text, "3", "制度建设")
    ordinals = [p.text[a:b] for a, b, what in p.spans if what == "序号"]
    assert list(marked) == ordinals, p.spans


# ── 5. 扣 split by text recognition into 扌 and strokes read as 11: “扌111分” is never 扣1分 ──────────────────────
@pytest.mark.parametrize("text, weight", [
    ("未按规定报送扌111分", "5"),
    ("每发现1例扌111分,扣完为止", "5"),
    ("每少1个百分点扌112分", "5"),
    ("培训覆盖率达到100%,每少1个百分点扌11 1分", "5"),
])
def test_strokes_read_as_digits_stay_to_check(text, weight):
    assert "扌" in normalize(text)
    p = propose(text, weight, "报送")
    assert not p.confident
    assert not any(it.get("params", {}).get("per") == "1" or it.get("params", {}).get("deduct") == "1" for it in p.items)


@pytest.mark.parametrize("text, per", [
    ("每发现1例扌II1分,扣完为止", "1"),
    ("每发现1例扌口0.5分,扣完为止", "0.5"),
])
def test_strokes_read_as_letters_or_mouth_are_still_kou(text, per):
    assert sole(propose(text, "5", "报送"), "deduction")["per"] == per


# ── 6. a line on a gauge's reading (℃, MPa, m): each inspection may fall short again, so one deduction is to check ──
@pytest.mark.parametrize("text, weight, line", [
    ("温度低于18℃扣2分", "5", "18"),
    ("教室内温度低于16℃的扣1分", "3", "16"),
    ("管网末梢压力小于0.28MPa的扣1分", "4", "0.28"),
])
def test_a_gauged_line_with_one_deduction_is_to_check(text, weight, line):
    p = propose(text, weight, "运行管理")
    sole(p, "tiers")
    assert not p.confident
    assert any("每次检查" in u for u in p.unplaced), p.unplaced
    assert scored(p, {"value": line}) == D(weight)[0]


@pytest.mark.parametrize("text, weight", [
    ("全年少于2次的,扣3分", "5"),  # a count of the year: once
    ("温度低于18℃不得分", "5"),  # the whole 分值: once is all
])
def test_a_line_checked_once_has_no_such_doubt(text, weight):
    assert not any("每次检查" in u for u in propose(text, weight, "运行管理").unplaced)


# ── 7. faults of one cost, each per case in a unit no deduction per case counts in (宗): a formula over the counts ──
@pytest.mark.parametrize("text, weight, per", [
    ("迟报1宗扣1分,漏报1宗扣1分", "4", "1"),
    ("迟报1宗扣0.5分、漏报1宗扣0.5分,扣完为止", "3", "0.5"),
    ("瞒报1宗扣2分;错报1宗扣2分,扣完为止", "6", "2"),
])
def test_faults_of_one_cost_counted_in_zong(text, weight, per):
    p = propose(text, weight, "疫情报告")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == ["宗", "宗"]
    assert by_vars(p, "0", "0") == D(weight)[0]
    assert by_vars(p, "1", "1") == D(weight)[0] - 2 * D(per)[0]
    assert by_vars(p, "9", "9") == 0


def test_faults_of_one_cost_in_a_unit_of_deduction_stay_one_deduction():
    p = propose("迟报1起扣1分,漏报1起扣1分,扣完为止", "4", "疫情报告")
    assert sole(p, "deduction")["unit"] == "起"


# ── 8. points per piece with a total, after a sentence of what is asked: an addition per piece capped at the 分值 ──
@pytest.mark.parametrize("text, weight, per, unit", [
    ("报送工作简报。每份0.5分,总分2分。", "2", "0.5", "份"),
    ("查阅台账资料。每项培训内容1分,总分不超过5分。", "5", "1", "项"),
    ("查看活动记录。每开展1次志愿活动得1分;总分3分", "3", "1", "次"),
    ("报送工作简报〔每份0.5分,总分2分〕", "2", "0.5", "份"),
])
def test_points_per_piece_with_a_total(text, weight, per, unit):
    p = propose(text, weight, "信息报送")
    params = sole(p, "formula")
    assert [v["unit"] for v in params["variables"]] == [unit]
    assert by_vars(p, "1") == D(per)[0]
    assert by_vars(p, "2") == 2 * D(per)[0]
    assert by_vars(p, "99") == D(weight)[0]


def test_points_per_point_asked_with_no_total_stay_points():
    # “查看…;每项1分” with no total: the points asked, each worth 1 (分值 ÷ 1 of them), never a count capped
    assert not any(it["type"] == "formula" for r in readings("查看相关文件资料。每项1分。", "4") for it in r.items)


# ── 9. a fault that is a state, with 扣完为止: once beside others (as tables are labelled); alone, per case is to check ──
@pytest.mark.parametrize("text, weight, per", [
    ("未建立台账扣2分,扣完为止", "5", "2"),
    ("无应急预案扣1分,直至扣完", "3", "1"),
    ("没有签订责任书扣0.5分,扣完为止", "2", "0.5"),
])
def test_a_lone_state_fault_that_goes_on_is_to_check(text, weight, per):
    p = propose(text, weight, "台账管理")
    assert sole(p, "deduction")["per"] == per
    assert not p.confident
    assert any("按例数逐次扣分还是只此一种情形" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight, amounts", [
    ("未建立台账扣2分,台账不全扣1分,扣完为止", "5", ("2", "1")),
    ("未按时报送扣1分,报送数据有误扣0.5分,扣完为止", "3", ("1", "0.5")),
])
def test_state_faults_in_pairs_that_go_on_are_each_once(text, weight, amounts):
    # as tables label them (tests/test_rule_proposal_faults.py): each fault a yes/no, the stop the floor at 0
    params = sole(propose(text, weight, "台账管理"), "formula")
    assert [v["unit"] for v in params["variables"]] == ["", ""]
    p = propose(text, weight, "台账管理")
    assert by_vars(p, "1", "1") == D(weight)[0] - D(amounts[0])[0] - D(amounts[1])[0]


@pytest.mark.parametrize("text", [
    "发现问题扣1分,扣完为止",  # an event found again: per case, as said
    "未建立健全各项管理制度扣0.5分,扣完为止",  # many things, each wanting: per case
])
def test_an_event_fault_that_goes_on_is_per_case(text):
    p = propose(text, "3", "台账管理")
    sole(p, "deduction")
    assert not any("只此一种情形" in u for u in p.unplaced)


@pytest.mark.parametrize("text, marked", [
    ("一.建立制度得3分。二.发生安全事故的,此项不得分", "一、建立制度得3分;二、发生安全事故的,此项不得分"),
    ("一．台账齐全得3分。二．数据造假的，此项不得分", "一、台账齐全得3分;二、数据造假的,此项不得分"),
])
def test_a_part_numbered_in_words_with_a_dot_is_a_list_marker(text, marked):
    assert normalize(text) == marked


def test_a_dot_after_words_still_ends_a_sentence():
    assert normalize("考核统一.按时报送得3分") == "考核统一;按时报送得3分"


@pytest.mark.parametrize("text", [
    "一、建立制度得3分。二、发生安全事故的,此项不得分",
    "(一)按时报送资料得3分;(二)发现数据造假的,本项不得分",
])
def test_a_gate_read_as_a_situation_is_to_check(text):
    p = propose(text, "3", "制度建设")
    assert not p.confident
    assert any("整项不得分的条件" in u or "关键要点" in u for u in p.unplaced), p.unplaced


def test_the_otherwise_said_with_the_item_is_no_gate():
    p = propose("按规定办理登记手续的,计3分;未按规定办理登记手续的,本项计0分", "3", "登记")
    assert not any("整项不得分的条件" in u for u in p.unplaced)
