"""Points per case where one case earns the whole 分值 and no cap is said (a 计分办法's list of what each thing earns):

- “国家级重点项目80分/项” on 80, “…做大会报告的论文,每篇6分” on 6, “按每个子课题2分计” on 2: one kind of case counted,
  its points the row's 分值, no cap (最多、最高、累计不超过…) said — the 分值 is that of one case, not a cap of many: a
  全有或全无, one case at least (``formula._one_case_takes_all``, which read “…,每件加10分” alone, now takes the cases
  of any wording ``formula._earned`` reads, through ``formula.whole_cases``), never sure; no capped formula is read;
- “按每<unit>X分计(算)”: the points of each case said as how it is counted, read as “每<unit>X分” (``formula._EACH_COUNTED_AS``);
- a cap said with 累计 before its word (“累计最高不超过10分”, “累计分数最高10分”, “累计得分最高不超过…”): the one spelling of
  every cap on points earned, ``formula._CAP_SAID``, takes 累计 and 分数 there too;
- “每次加文体1分”, “每篇加德育分0.5分”: the part of a 综合测评 the points go to, between 加 and the points
  (``formula._POINTS_PART``), read as the points of the row, to check;
- a sentence after the scoring saying what a thing counted must be (“国家级学术会议应为全国性学会主办的年会”), no
  scoring word in it: set aside like one saying what counts as the fault (``reading._DEFINES_FAULT``), to check;
- “出版专著一部25分。合著的第一署名的分值为80%;第二署名的为40%,…”: a situation's share of the row's points said as
  what its points are (“…的分值为80%”, “…的为40%”), read as points (``wording._ROW_SHARE``, the one spelling of a share
  of the row's points said where points would stand), to check;
- “根据安全检查评分表检查评分后,按满分60分折算” on 60: a named table's score brought to the 分值 said
  (``rate._TABLE_SCORE_SCALED``, beside the 百分制 score of ``rate._hundred_point_score``): the table's score ÷ 100 ×
  分值, to check (the table's own scale is not said).

Near misses: a figure other than the 分值 to convert to (“按30分折算” on 20); points per case below the 分值 (a count capped at the 分值, a formula), a cap said (“每月最多1分”,
“最高10分”), several kinds of case (“国家级5分/次,省级3分/次”: the table's 分值 caps them all, a formula), a bare cell
(“100分/项”: the row's name what is counted, a formula), a deduction per case.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import set_aside
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_vars, met_or_not, picked, ratio, readings, scored, sole


# ── one case earns the whole 分值, no cap said ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, words", [
    ("1.国家级青年基金项目60分/项", "60", "国家级青年基金项目"),
    ("3.在省级学术年会上做大会报告的论文,每篇6分。", "6", "做大会报告的论文"),
    ("主持省级教改项目,每项12分", "12", "省级教改项目"),
    ("获得发明专利授权的,每件计12分", "12", "发明专利"),
    ("校级教学团队:按每个子课题2分计。", "2", "子课题"),
    ("获批市级科研平台的,每个计15分", "15", "市级科研平台"),
])
def test_one_case_earns_the_whole_weight(text, weight, words):
    p = propose(text, weight, "科研计分")
    params = sole(p, "all_or_nothing")
    assert words in params["condition"]
    assert list(met_or_not(p)) == D(weight, 0)
    assert not p.confident
    assert any("即得满分" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text, weight", [
    ("1.国家级青年基金项目60分/项", "60"),
    ("3.在省级学术年会上做大会报告的论文,每篇6分。", "6"),
])
def test_one_case_earning_the_whole_weight_is_no_formula(text, weight):
    assert all(it["type"] != "formula" for r in readings(text, weight) for it in r.items)


@pytest.mark.parametrize("text, weight, counts, expected", [
    ("国家级青年基金项目60分/项", "100", ["1", "2"], [60, 100]),  # less than the 分值: a count capped at it
    ("在省级学术年会上做大会报告的论文,每篇6分,最高12分", "12", ["1", "3"], [6, 12]),  # a cap said
])
def test_a_count_capped_stays_a_formula(text, weight, counts, expected):
    p = propose(text, weight, "科研计分")
    sole(p, "formula")
    assert [by_vars(p, c) for c in counts] == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("该团队被媒体报道,国家级6分/次,省级4分/次,市级2分/次。", "6"),  # several kinds: the table's 分值 caps them all
    ("获一等奖的论文,每篇6分,获二等奖的,每篇3分。", "6"),
    ("100分/项", "100"),  # a bare cell: what is counted is the row's
    ("参加志愿服务的 +1 每月最多1分", "1"),  # a cap said
    ("担任社团指导教师,每次加3分", "3"),  # a time a role is held, not a case of a result
    ("做大会报告的论文,每篇6分,累计不超过6分", "6"),
    ("每发表1篇大会报告论文得6分", "6"),  # a count of what is done, opening with 每
])
def test_near_misses_are_not_one_case(text, weight):
    assert all(it["type"] != "all_or_nothing" or "至少有1" not in it["params"]["condition"]
               for r in readings(text, weight) for it in r.items)


def test_a_deduction_per_case_is_not_one_case():
    p = propose("每发现1处问题扣5分", "5", "检查")
    assert p.kind != "all_or_nothing"


# ── “按每…X分计” ────────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("指导学生竞赛获奖,按每项2分计", "10", ["1", "4", "7"], [2, 8, 10]),
    ("发表教研论文:按每篇1.5分计算。", "6", ["2", "5"], [3, 6]),
])
def test_each_counted_as(text, weight, counts, expected):
    p = propose(text, weight, "计分")
    sole(p, "formula")
    assert [by_vars(p, c) for c in counts] == D(*expected)
    assert not p.confident  # no cap said


def test_each_counted_as_needs_its_points_closing_the_clause():
    # “按每项2分计” inside a longer clause (a deduction): not read as points earned
    p = propose("未按每项2分计提的,扣1分", "5", "计分")
    assert p.kind != "formula" or "每项得 2 分" not in p.summary


# ── a cap said with 累计 before its word ──────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "做志愿者的,每次加1分,累计最高不超过10分",
    "参加讲座每次得1分,累计分数最高10分。",
    "担任裁判者每次加1分,累计得分最高不超过10分",
])
def test_cap_with_a_running_total(text):
    p = propose(text, "10", "加分")
    sole(p, "formula")
    assert [by_vars(p, c) for c in ("3", "12")] == D(3, 10)


# ── the part of a 综合测评 the points go to ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("为校运会做服务工作者,每次加文体1分,累计最高不超过8分", "8", ["3", "9"], [3, 8]),
    ("参加无偿献血的,每次加德育分2分,最多6分。", "6", ["1", "4"], [2, 6]),
])
def test_points_of_a_part_of_the_assessment(text, weight, counts, expected):
    p = propose(text, weight, "综合测评")
    sole(p, "formula")
    assert [by_vars(p, c) for c in counts] == D(*expected)
    assert not p.confident and any("按计入本项的分数读" in u for u in p.unplaced), p.unplaced


def test_part_of_the_assessment_needs_its_points_after_it():
    # “加文体活动” is what is done, not the part the points go to
    p = propose("参加文体活动的,每次加1分,最多5分", "5", "综合测评")
    assert not any("按计入本项的分数读" in u for u in p.unplaced)


# ── a named table's score brought to the 分值 ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("根据文明施工检查评分表检查评分后,按满分20分折算。", "20"),
    ("按照脚手架检查表逐项评分后,按15分换算", "15"),
])
def test_table_score_brought_to_the_weight(text, weight):
    p = propose(text, weight, "安全检查")
    assert p.kind == "rate" and not p.confident
    assert any("百分制" in u for u in p.unplaced), p.unplaced
    assert scored(p, ratio("85")) == Decimal(weight) * Decimal("0.85")


@pytest.mark.parametrize("text, weight", [
    ("按照文明施工检查表评分后,按30分折算", "20"),  # another figure than the 分值
    ("根据文明施工检查评分表检查评分", "20"),  # nothing converted
])
def test_table_score_near_misses(text, weight):
    assert not any(r.items[0]["type"] == "rate" for r in readings(text, weight))


# ── a sentence saying what a thing counted must be, after the scoring ───────────────────────────────────────────────
def test_what_is_counted_defined_after_the_scoring():
    text = "在国家级学术会议上宣读的论文,每篇8分。国家级学术会议应为全国性学会主办的年会或由3个以上省份轮流举办的会议。"
    p = propose(text, "8", "会议论文")
    sole(p, "all_or_nothing")
    assert list(met_or_not(p)) == D(8, 0)
    assert any("应为全国性学会" in u and "未计入规则" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "每篇论文8分;论文应为第一作者,否则扣2分",  # a scoring word in it
    "每篇论文8分;作者署名单位为本校的,按应为计",  # 应为 not after what is defined
])
def test_what_is_counted_defined_near_misses(text):
    _rest, words = set_aside(normalize(text), Decimal("8"))
    assert not any("应为" in x for x in words)


# ── a situation's share of the row's points said as what its points are ─────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("编写教材一部10分。合编的第一署名的分值为60%;第二署名的为30%。", "10", [10, 6, 3]),
    ("获批课题一项20分,合作完成的第一完成人的分值为50%,第二完成人的为25%", "20", [20, 10, 5]),
])
def test_shares_said_as_what_the_points_are(text, weight, expected):
    p = propose(text, weight, "成果")
    sole(p, "choice")
    assert [picked(p, k) for k in range(len(expected))] == D(*expected)
    assert not p.confident and any("按本项分值的比例折算为分数读" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", [
    "资金到位率为80%的,得5分",  # a rate's line, 为 after no 的 nor 分值
    "资金到位的为80%以上得5分,否则不得分",  # a line past a share (以上)
])
def test_shares_said_as_points_near_misses(text):
    p = propose(text, "5", "资金")
    assert not any("按本项分值的比例折算为分数读" in u for u in p.unplaced), p.unplaced
