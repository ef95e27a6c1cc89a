"""Rows of inspection lists and skills sheets that name one thing and nothing of its score, and the wordings taught
with them (round fis271c):

- a fault or a step said in very few characters: a step of handling (“拿边”, “双手递送”, “不碰杯”), a thing and what it
  lacks (“废液桶无标签”, “灭火器缺检查记录”): the row's 分值 when kept, none when not — always to check, the score unsaid;
- words that only look like scoring inside such a row: a field of a form named in quotes (“‘总评成绩构成比例’与…不符”,
  “‘平时成绩评取方式’说明不明确”), a button pressed (“电梯按钮”);
- points off per case short, then points added per case past it, the case said after 每 in the verb alone (“缺1篇扣1分,
  每超登1篇加1分”, “少1次扣2分,每多开展1次加1分”): the 分值 less the one plus the other, kept within 0～分值 (to check);
- a row's name stating a line at least (“…建档率达到85%”), the text no more than its step, the step of one point of a
  percentage said without its 每 (“少1个百分点扣0.3分,扣完为止”): a 达标线 at that figure (to check); never a rate's
  figure alone in the name (“…参保率95%”: last year's value or the target, unsaid);
- points added past the line the row names, closing “不足不得分” (“不足不得分,每增加1%加0.1分,最多增加2分”, the cap
  perhaps a sentence of its own): a bonus past the 分值, set aside and named; the line met or not (to check);
- bands whose top is full marks said with no verb after its comma (“年度产值800万以上,满分;600~800万,扣2分;…”): bands
  of the value, the others the 分值 less their deduction;
- a requirement, then in one bracket the row's points first and how they are earned after them (“出台…政策。(2分,
  1个部门0.5分,满分2分)”): the bracket's rule, the requirement said back (to check);

each with the rule it must give, its scores, and the near misses that must not be read so.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_vars, met_or_not, scored, types


# ── a row naming one step or fault, nothing of its score ─────────────────
@pytest.mark.parametrize("text,weight", [
    ("拿柄", "1"),                                   # a step of handling, two characters
    ("双手递送", "2"),
    ("不滴洒", "1"),                                 # a slip that must not happen
    ("不碰杯沿", "2"),
    ("配电箱无警示标识", "2"),                       # a thing and what it lacks
    ("台账缺页", "1"),
    ("灭火器缺少检查记录", "3"),
    ("“检查日期”“责任人”与登记表不符", "4"),         # fields named in quotes, one holding 检 … none scoring
    ("“考评记录”说明不明确", "3"),                  # 评 inside a quoted field's name
    ("戴手套操作开关按钮", "2"),                     # 按 of a button
])
def test_a_row_naming_a_step_or_a_fault_alone_is_met_or_not(text, weight):
    """A row of a skills sheet or an inspection list that names a step or a fault and no score: the 分值 when kept (or
    the fault not found), none otherwise — the score presumed, so always to check."""
    p = propose(text, weight, "条目")
    assert types(p) == ["all_or_nothing"] and not p.confident, (text, p.summary, p.unplaced)
    assert met_or_not(p) == (Decimal(weight), Decimal(0))
    assert any("推定" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "不规范",          # a quality weighed, not a step
    "不及时",
    "不合格",
    "良好",
    "较好",
    "无",              # nothing named
    "缺1项",           # a count, not a fault named
    "“考评得分”低于80分",       # a figure outside the quotes
    "按“检查次数”计分",          # 按…计分 is scoring, the quotes no cover for it
])
def test_short_words_that_weigh_or_score_are_not_a_step_or_a_fault(text):
    p = propose(text, "2", "条目")
    assert types(p) != ["all_or_nothing"] or not p.confident, (text, p.summary)
    assert p.kind != "all_or_nothing", (text, p.summary)


# ── points off per case short, points added per case past it ─────────────────
@pytest.mark.parametrize("text,weight,off,add", [
    ("每缺1篇扣1分,每超登1篇加1分。", "5", "1", "1"),
    ("信息报送每年不少于6篇,缺1篇扣0.5分,每多采用1篇加0.5分", "3", "0.5", "0.5"),
    ("少开展1次扣2分;每多开展1次加1分", "6", "2", "1"),
])
def test_points_off_per_case_short_and_added_per_case_past_it(text, weight, off, add):
    """The 分值 less the cases short, plus the cases past, each at its own points; kept within 0～分值: to check."""
    p = propose(text, weight, "信息报送")
    assert types(p) == ["formula"] and not p.confident, (text, p.summary, p.unplaced)
    w, off, add = Decimal(weight), Decimal(off), Decimal(add)
    assert by_vars(p, "0", "0") == w
    assert by_vars(p, "2", "0") == w - 2 * off
    assert by_vars(p, "2", "1") == w - 2 * off + add
    assert by_vars(p, "0", "3") == w                 # never past the 分值
    assert by_vars(p, "40", "0") == 0                # never below 0


@pytest.mark.parametrize("text", [
    "每缺1篇扣1分,超登的另行奖励。",          # nothing added per case
    "每缺1篇扣1分,每超登1篇加1-2分。",        # a range, not said per case on this pattern's points
    "完成任务的得5分,每缺1篇扣1分,每超登1篇加1分。",  # a line both ways, its points said
])
def test_an_addition_not_per_case_is_not_added_per_case(text):
    p = propose(text, "5", "信息报送")
    assert not (p.kind == "formula" and len(p.items[0]["params"]["variables"]) == 2 and
                p.items[0]["params"]["expression"].endswith("+ b")), (text, p.summary)


# ── the target in the row's name, a step of one point without its 每 ─────────────────
@pytest.mark.parametrize("text,name,line", [
    ("少1个百分点扣0.5分,扣完为止。", "乡镇信访案件查结率不低于90%", "90"),
    ("少一个百分点扣0.5分,扣完为止", "项目资金到位率≥95%", "95"),
    ("少1个百分点扣0.5分,扣完为止。", "档案建档率达到85%", "85"),
])
def test_a_step_below_the_target_a_rate_names_in_the_row(text, name, line):
    p = propose(text, "5", name)
    assert types(p) == ["threshold"] and not p.confident, (text, p.summary, p.unplaced)
    params = p.items[0]["params"]
    assert params["full_at"] == line and params["direction"] == "higher"
    x = Decimal(line)
    assert scored(p, {"value": str(x)}) == 5 and scored(p, {"value": str(x - 4)}) == 3
    assert scored(p, {"value": str(x - 30)}) == 0


@pytest.mark.parametrize("text,name", [
    ("少5个百分点扣0.5分,扣完为止。", "乡镇信访案件查结率不低于90%"),  # a step of 5 without 每: maybe a line
    ("少1个百分点扣0.5分,扣完为止。", "乡镇信访案件查结率90%"),   # the rate's figure alone: not said to be the line
    ("少1个百分点扣0.5分,扣完为止。", "查结率90%、办结率80%"),     # two figures in the name: which line, unsaid
    ("少1个百分点扣0.5分,扣完为止。", "查结率(权重10%)"),          # a weight in brackets, no target
])
def test_a_name_with_no_one_target_gives_no_line(text, name):
    p = propose(text, "5", name)
    assert not (p.kind == "threshold" and p.items[0]["params"]["full_at"] not in ("100",)), (text, name, p.summary)


# ── a bonus past the line the row names ─────────────────
@pytest.mark.parametrize("text", [
    "不足不得分,每增加1%加0.2分,最多增加1分。",
    "未达到的不得分,每提高1个百分点加0.5分,最高加2分",
    "不足不得分,每增加1%加0.1分。最多增加2分。",
])
def test_a_bonus_past_the_named_line_is_set_aside(text):
    p = propose(text, "4", "随访管理率≥60%")
    assert types(p) in (["all_or_nothing"], ["tiers"], ["choice"]) and not p.confident, (text, p.summary)
    assert any("未计入规则" in u for u in p.unplaced), p.unplaced
    item = p.items[0]
    if item["type"] == "all_or_nothing":
        assert met_or_not(p) == (Decimal(4), Decimal(0))


@pytest.mark.parametrize("text", [
    "每增加1%加0.1分,最多增加2分。",          # nothing said of the line: the bonus is the scoring
    "不足不得分,每增加1%加0.1分。",           # no cap: how far past the 分值, unsaid
    "不足扣2分,每增加1%加0.1分,最多增加2分。",  # the line not met costs part: the base is not the 分值
])
def test_a_bonus_not_past_a_line_met_for_the_whole_is_not_set_aside(text):
    p = propose(text, "4", "随访管理率≥60%")
    assert not (p.kind == "all_or_nothing" and any("未计入规则" in u for u in p.unplaced)), (text, p.summary)


# ── full marks with no verb, the top band of bands deducted ─────────────────
def test_full_marks_without_a_verb_top_a_ladder_of_deducted_bands():
    p = propose("年度完成投资1000万元以上,满分;800~1000万元,扣2分;600~800万元,扣5分;600万元以下,扣10分", "10", "完成投资额")
    assert types(p) == ["tiers"], (p.summary, p.unplaced)
    assert [scored(p, {"value": v}) for v in ("1200", "900", "700", "100")] == [10, 8, 5, 0]


def test_full_marks_without_a_verb_in_percent_bands():
    p = propose("资金到位率≥95%,满分;90%~95%,3分;90%以下,0分", "5", "资金到位率")
    assert types(p) == ["tiers"], (p.summary, p.unplaced)


@pytest.mark.parametrize("text", [
    "本项满分10分,年度完成投资1000万以上,满分",         # one band only: no ladder
    "年度完成投资1000万以上,满分10分;800~1000万,扣2分",  # the 分值 said, no score of the band
])
def test_full_marks_said_of_the_row_is_no_band(text):
    p = propose(text, "10", "完成投资额")
    assert not (p.kind == "tiers" and p.confident and len(p.items[0]["params"]["tiers"]) < 2), (text, p.summary)


# ── the row's points and how they are earned in one bracket ─────────────────
@pytest.mark.parametrize("text,weight,each", [
    ("建立部门间数据共享机制。(3分,1个部门0.5分,满分3分)", "3", "0.5"),
    ("乡镇建成综合服务站(4分,每个乡镇1分,满分4分)", "4", "1"),
])
def test_points_then_how_earned_in_one_bracket(text, weight, each):
    p = propose(text, weight, "共享机制")
    assert types(p) == ["formula"] and not p.confident, (text, p.summary, p.unplaced)
    assert by_vars(p, "2") == 2 * Decimal(each)
    assert by_vars(p, "100") == Decimal(weight)
    assert any("括号内的办法" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "建立部门间数据共享机制。(3分,未建立的不得分)",     # a zero alone scores the requirement, not a rule of its own
    "建立部门间数据共享机制。(2分,1个部门0.5分,满分2分)",  # the bracket's points not the 分值
])
def test_a_bracket_without_points_earned_or_off_the_row_is_not_read_so(text):
    p = propose(text, "3", "共享机制")
    assert not any("括号内的办法" in u for u in p.unplaced), (text, p.summary)
