"""Formulas of points counted per case, read by the shape of the text rather than its exact words.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, numberings,
verbs and Chinese numerals), with the rule they must give and the score of a few situations, and near misses that
must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, by_vars, sole


# ── points per case, capped by a sentence or clause of its own (“本项最高5分”, “,本项最高限分6分”) ──────
@pytest.mark.parametrize("text, weight, values, score", [
    ("积极开展读书活动,组织一次得2分,本项最高限分6分。", "6", ("2",), 4),
    ("积极开展读书活动,组织一次得2分,本项最高限分6分。", "6", ("5",), 6),
    ("开展志愿服务,每开展1次得1分。本项最高4分。", "4", ("3",), 3),
    ("开展志愿服务,每开展1次得1分。本项最高4分。", "4", ("9",), 4),
    ("1、每举办一期培训班得1.5分;该项最高分3分", "3", ("1",), Decimal("1.5")),
    ("每报送1篇调研报告得1分,此项最高5分", "5", ("7",), 5),
])
def test_points_per_case_under_a_cap_of_the_item(text, weight, values, score):
    p = propose(text, weight, "活动开展")
    sole(p, "formula")
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight, values, score", [
    ("做好技术推广,获评市级示范基地每个得2分,新品种推广每项0.5分。本项最高5分。", "5", ("1", "2"), 3),
    ("做好技术推广,获评市级示范基地每个得2分,新品种推广每项0.5分。本项最高5分。", "5", ("2", "4"), 5),
    ("开展宣传,在市级媒体发稿每篇得1分,在省级媒体发稿每篇2分;本项最高6分", "6", ("1", "1"), 3),
    ("引进人才每人得3分,柔性引进专家每名1分,最高不超过8分", "8", ("2", "1"), 7),
])
def test_two_cases_counted_in_one_sentence_each_with_its_points(text, weight, values, score):
    p = propose(text, weight, "技术推广")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight, kinds", [
    ("每组织1次活动得2分;本项最高5分", "6", {"judgement"}),  # a cap that is not the 分值: whose cap is it?
    ("每组织1次活动扣2分;本项最高扣6分", "6", {"deduction"}),  # points taken off, not earned
    ("组织活动得2分,本项最高6分", "6", {"choice", "judgement", "all_or_nothing"}),  # no case counted
])
def test_not_points_per_case_under_a_cap(text, weight, kinds):
    p = propose(text, weight, "活动开展")
    assert p.kind in kinds, (p.kind, p.summary)
    assert not p.confident


# ── a count required on the 分值, then the points of each case below it ──────
@pytest.mark.parametrize("text, weight, counts", [
    ("(3)每年开展义诊活动不少于5次(10分)。5次以下每次义诊2分。", "10", {"0": 0, "3": 6, "5": 10, "8": 10}),
    ("在主要路口设置3块及以上宣传栏(6分);3块以下者每块宣传栏2分。", "6", {"1": 2, "3": 6}),
    ("每季度召开例会,全年至少4次,得8分。4次以下的,每次得2分", "8", {"2": 4, "4": 8}),
    ("组织健康讲座每年不少于六次(12分)。六次以下每次讲座二分。", "12", {"5": 10, "7": 12}),
])
def test_points_of_each_case_below_a_count_required(text, weight, counts):
    p = propose(text, weight, "宣传活动")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    for count, score in counts.items():
        assert by_vars(p, count) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight, counts", [
    ("按时报送工作信息,6分。少于6次每次扣1分。", "6", {"6": 6, "4": 4, "0": 0, "9": 6}),
    ("3、向主管部门报送典型案例(以简报形式),6分;不足3篇的,每篇扣2分", "6", {"2": 4, "5": 6}),
    ("开展督查,得6分;少于三次,每次扣2分", "6", {"1": 2, "3": 6}),
])
def test_points_off_for_each_case_short_of_a_count(text, weight, counts):
    p = propose(text, weight, "信息报送")
    params = sole(p, "formula")
    assert params["expression"].startswith("max - ")
    for count, score in counts.items():
        assert by_vars(p, count) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每年开展义诊活动不少于5次(10分)。5次以下每次义诊1分。", "10"),  # 5 × 1 is not the 10 points: a cliff at 5
    ("开展义诊活动(10分)。5次以下每次义诊2分。", "10"),  # the count required is never stated
    ("开展义诊活动,得10分;4次以下每次扣2分。", "10"),  # 以下 without 少于: each case held or each case short?
    ("开展义诊活动达到90%(10分);5次以下每次义诊2分。", "10"),  # a rate in the requirement
])
def test_not_a_count_line_with_points_per_case(text, weight):
    p = propose(text, weight, "宣传活动")
    assert p.kind != "formula", (p.summary, p.items)
    assert not p.confident


def test_a_shortfall_below_a_count_is_no_deduction_per_case_of_its_line():
    # “少于4次每次扣1分”: the 4 is the line, not the number of cases 1 point is shared by
    p = propose("按时报送工作信息,4分;少于4次每次扣1分", "4", "信息报送")
    assert p.kind != "deduction" or p.items[0]["params"]["per"] != "0.25"
    assert by_vars(p, "3") == 3


def test_deduction_per_case_without_a_line_is_unchanged():
    p = propose("报送工作信息,4分;每少1次扣1分", "4", "信息报送")
    assert sole(p, "deduction")["per"] == "1"
    assert by_count(p, "2") == 2


# ── points written “+N” for each case of a kind, capped (“每…1份+1,迟交+0.5,最高分4分”) ──────
@pytest.mark.parametrize("text, weight, values, score", [
    ("每按时提交周报1份+0.5,迟交+0.2,最高分3分", "3", ("4", "2"), Decimal("2.4")),
    ("每按时提交周报1份+0.5,迟交+0.2,最高分3分", "3", ("6", "1"), 3),
    ("每开展主题活动1次+2分,未留记录+1分,本项最高6分", "6", ("2", "1"), 5),
    ("每按时报送台账并填写规范1份+2,迟报+1,填写不全+0.5,最高分5分", "5", ("1", "1", "2"), 4),
    ("每发表论文1篇+3,最高10分", "10", ("2",), 6),
])
def test_points_written_plus_for_each_case_of_a_kind(text, weight, values, score):
    p = propose(text, weight, "资料上交")
    params = sole(p, "formula")
    assert len(params["variables"]) == len(values)
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每按时上交计划1份+1,迟交+0.5", "4"),  # no cap: what beyond the 分值?
    ("每按时上交计划1份+1,迟交+0.5,最高分3分", "4"),  # a cap that is not the 分值
    ("按时上交计划+1,迟交+0.5,最高分4分", "4"),  # no case counted (每…1份)
    ("每按时上交计划1份+1,迟交+0.5,最高分4分,发现抄袭的不得分", "4"),  # more than the cap after the cases
])
def test_not_points_written_plus_per_case(text, weight):
    p = propose(text, weight, "资料上交")
    assert p.kind != "formula", (p.summary, p.items)
    assert not p.confident


# ── a formula written out among words that do not change it ─────────────────
@pytest.mark.parametrize("text, weight, values, score", [
    # who scores, before the formula; “得分为:”; how a quantity is counted, in brackets; the weight before its share
    ("由考评小组根据检查记录打分;本项得分为:各次检查的平均得分(百分制)*本项权重系数20%", "20", ("90",), 18),
    ("由考评小组根据检查记录打分;本项得分为:各次检查的平均得分(百分制)*本项权重系数20%", "20", ("100",), 20),
    # a closing definition of a quantity (其中:…)
    ("(实际到位资金-挪用资金)÷计划资金*指标分值 其中:计划资金是指年初批复的项目资金", "5", ("80", "10", "100"),
     Decimal("3.5")),
    ("本项得分为:(完成户数-返工户数)/计划户数*分值", "10", ("9", "1", "10"), 8),
    ("得分为(完成户数-返工户数)÷计划户数×本项分值。", "10", ("6", "0", "8"), Decimal("7.5")),
])
def test_a_formula_written_among_words_that_do_not_change_it(text, weight, values, score):
    p = propose(text, weight, "工作质量")
    params = sole(p, "formula")
    assert len(params["variables"]) == len(values)
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text", [
    "由考评小组打分;本项得分酌情确定",  # no formula at all
    "本项得分为:各次检查的平均得分*本项权重系数20%,另加分不超过2分",  # words after the formula that change it
    "(实际到位资金-挪用资金)÷计划资金*指标分值,按季度计算 其中:计划资金是指年初批复的项目资金",
    "由考评小组打分,每季度1次;本项得分为:各次检查的平均得分*本项权重系数20%",  # a figure in the sentence before
])
def test_not_a_formula_among_words(text):
    p = propose(text, "20", "工作质量")
    assert p.kind == "judgement", (p.summary, p.items)


# ── a rate's shortfall per step below its line, beside faults of other kinds ──────
@pytest.mark.parametrize("text, weight, values, score", [
    # the line stated for the rate with the 分值, the step in a clause of its own after a fault counted per case
    ("资料齐全,合格率≥90%(2分)。缺少台账的,每发现1处扣0.5分;合格率每降低1个百分点扣0.1分,扣完为止。", "2", ("1", "85"), 1),
    ("资料齐全,合格率≥90%(2分)。缺少台账的,每发现1处扣0.5分;合格率每降低1个百分点扣0.1分,扣完为止。", "2", ("0", "95"), 2),
    # the line in the clause of the step (“100%起”), then a fault taken once
    ("持证上岗比例100%起,每降低10%,扣2分。未设立专职安全员的,扣5分。", "10", ("80", "0"), 6),
    ("持证上岗比例100%起,每降低10%,扣2分。未设立专职安全员的,扣5分。", "10", ("90", "1"), 3),
    # the line stated first, in a sentence of its own
    ("路灯完好率达到98%以上;路灯完好率每下降1个百分点扣0.2分;发现故障未及时报修的,每次扣0.5分,扣完为止", "3", ("96", "2"),
     Decimal("1.6")),
])
def test_a_rate_short_of_its_line_beside_other_faults(text, weight, values, score):
    p = propose(text, weight, "设施管理")
    params = sole(p, "formula")
    assert len(params["variables"]) == 2
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("合格率每降低1个百分点扣0.1分;缺少台账的,每处扣0.5分,扣完为止", "2"),  # no line stated for the rate
    ("检测率≥90%,每降低1个百分点扣0.1分;覆盖率≥80%,每降低1个百分点扣0.1分;缺少台账扣1分", "4"),  # two rates
])
def test_not_one_rate_line_beside_faults(text, weight):
    p = propose(text, weight, "设施管理")
    assert not p.confident
    assert not (p.kind == "formula" and "- r)" in p.items[0]["params"]["expression"]), p.items


def test_a_rate_alone_is_no_formula_of_faults():
    p = propose("合格率≥90%,每降低1个百分点扣0.1分,扣完为止", "2", "设施管理")
    assert p.kind != "formula", (p.summary, p.items)


# ── points for the first case, then more for each further case, capped ────────────
@pytest.mark.parametrize("text, weight, counts", [
    ("配备专职管理人员 1 名(4 分) ,每增加1 人加 2 分,加满 4 分为止", "8", {"0": 0, "1": 4, "2": 6, "5": 8}),
    ("建成示范点1个得3分,每增加1个加1分,最多加2分", "5", {"1": 3, "3": 5, "9": 5}),
    ("设立志愿服务站1处,计2分;每增加1处加0.5分,最多加1分。", "3", {"0": 0, "2": Decimal("2.5")}),
])
def test_points_for_the_first_case_then_each_further_case(text, weight, counts):
    p = propose(text, weight, "队伍建设")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    for count, score in counts.items():
        assert by_vars(p, count) == score
    assert not p.confident


@pytest.mark.parametrize("text", [
    "建成示范点1个得3分,每增加1个加1分,最多加3分",  # 3 + 3 is not the 分值 5
    "建成示范点1个得3分,每增加1个加1分",  # no cap of what is added
    "建成示范点1个得3分,每增加1个扣1分,最多扣2分",  # taken off, not added
])
def test_not_first_case_then_each(text):
    p = propose(text, "5", "队伍建设")
    assert not p.confident
    assert not (p.kind == "formula" and "min(a, 1)" in p.items[0]["params"]["expression"]), p.items


# ── requirements with their points in brackets, then faults costing points per case ─────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("台账登记完整(2分);资料归档及时(1分)。因资料报送不及时,导致工作延误的,每次扣0.5分。", "3", ("1", "1", "2"), 2),
    ("台账登记完整(2分);资料归档及时(1分)。因资料报送不及时,导致工作延误的,每次扣0.5分。", "3", ("1", "0", "0"), 2),
    ("1.制定年度工作计划(1.5分);2.按季度召开推进会(1.5分);3.发现工作失误的,每处扣0.5分", "3", ("0", "1", "1"),
     1),
])
def test_requirements_in_brackets_then_faults_per_case(text, weight, values, score):
    p = propose(text, weight, "日常管理")
    params = sole(p, "formula")
    assert len(params["variables"]) == 3
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("台账登记完整(2分);资料归档及时(2分)。因资料报送不及时,导致工作延误的,每次扣0.5分。", "3"),  # points not the 分值
    ("台账登记完整(2分);资料归档及时(1分)。", "3"),  # no fault: points of a 要点核查
])
def test_not_requirements_in_brackets_then_faults(text, weight):
    p = propose(text, weight, "日常管理")
    assert p.kind != "formula", (p.summary, p.items)


# ── faults taken once, one of them with a line in its words (“延误3个工作日以上扣5分”) ─────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("场所杂乱扣4分。标识不全扣2分。因设备故障延误三个工作日以上扣4分。", "8", ("0", "1", "1"), 2),
    ("场所杂乱扣4分。标识不全扣2分。因设备故障延误三个工作日以上扣4分。", "8", ("1", "1", "1"), 0),
    ("未建立台账的扣2分;连续2次以上未报送的扣3分;资料不齐全的扣1分", "5", ("0", "1", "0"), 2),
])
def test_faults_taken_once_one_with_a_line_in_its_words(text, weight, values, score):
    p = propose(text, weight, "日常管理")
    params = sole(p, "formula")
    assert len(params["variables"]) == 3
    assert any("以上" in v["label"] for v in params["variables"]), params["variables"]
    assert by_vars(p, *values) == score
    assert not p.confident


def test_a_count_per_case_is_still_no_line():
    # “每迟报2次扣1分”: a step of 2 cases, a remainder to read: not a fault taken once (counted in blocks of 2, the
    # blocks full, as a deduction per case counts them; to check)
    p = propose("场所杂乱扣4分。每迟报2次扣1分。", "8", "日常管理")
    assert not (p.kind == "formula" and p.confident)
    if p.kind == "formula":
        assert all("2次" not in v["label"] or v["unit"] == "2次" for v in p.items[0]["params"]["variables"])
        assert not any(v["label"].startswith("是否") and "2次" in v["label"] for v in p.items[0]["params"]["variables"])


# ── faults whose words say how often a thing is required (“每月按时报送…,…的扣1分”) ─────────
@pytest.mark.parametrize("text, weight, values, score", [
    ("未建立工作台账的,缺一项扣1分。每月按时报送工作进展,报送不及时的扣1分,不报送的扣2分。", "3", ("1", "0", "1"), 0),
    ("未建立工作台账的,缺一项扣1分。每月按时报送工作进展,报送不及时的扣1分,不报送的扣2分。", "3", ("0", "1", "0"), 2),
    ("每季度开展一次自查,自查记录不完整的扣0.5分;未整改的扣1分", "2", ("1", "0"), Decimal("1.5")),
])
def test_faults_after_how_often_a_thing_is_required(text, weight, values, score):
    p = propose(text, weight, "日常管理")
    params = sole(p, "formula")
    assert len(params["variables"]) == len(values)
    assert any("每月" in v["label"] or "每季度" in v["label"] for v in params["variables"]), params["variables"]
    assert by_vars(p, *values) == score
    assert not p.confident


def test_a_period_right_before_its_deduction_is_still_a_count():
    # “逾期每月扣1分”: each month late costs a point; never one fault taken once
    p = propose("资料不全的扣1分;逾期每月扣0.5分", "3", "日常管理")
    if p.kind == "formula":
        assert not any(v["unit"] == "" and "每月" in v["label"] for v in p.items[0]["params"]["variables"]), p.items
    assert not p.confident


# ── bands scored progressively (分档累进) ─────────────────────────────────────
_PROGRESSIVE_CLOSED = ("业务量指标分三档累进计算,具体如下:第一档:0-100万元,满分40分,得分=(业务收入÷100)×40;"
                       "第二档:100-300万元,满分70分,得分=40+(业务收入-100)÷200×30;"
                       "第三档:300-500万元,满分80分,得分=70+(业务收入-300)÷200×10。")
_PROGRESSIVE_OPEN = ("人员指标分三档累进计分:第1档:0-20人,满分10分,得分=(在岗人数/20)*10;第2档:20-50人,满分16分,"
                     "得分=10+(在岗人数-20)/30*6;第3档:50人以上,满分20分,得分=16+(在岗人数-50)/(全市最高在岗人数-50)*4。")


@pytest.mark.parametrize("text, weight, values, score", [
    (_PROGRESSIVE_CLOSED, "80", ("50",), 20),
    (_PROGRESSIVE_CLOSED, "80", ("200",), 55),
    (_PROGRESSIVE_CLOSED, "80", ("400",), 75),
    (_PROGRESSIVE_CLOSED, "80", ("900",), 80),
    (_PROGRESSIVE_OPEN, "20", ("35", "90"), 13),
    (_PROGRESSIVE_OPEN, "20", ("70", "90"), 18),
])
def test_bands_scored_progressively(text, weight, values, score):
    p = propose(text, weight, "规模")
    params = sole(p, "formula")
    assert len(params["variables"]) == len(values)
    assert by_vars(p, *values) == score
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    # the second band's formula adds 20, not the 30 between its 满分 and the one below
    ("业务量指标分三档累进计算:第一档:0-100万元,满分40分,得分=(业务收入÷100)×40;第二档:100-300万元,满分70分,"
     "得分=40+(业务收入-100)÷200×20;第三档:300-500万元,满分80分,得分=70+(业务收入-300)÷200×10。", "80"),
    # the last band's 满分 is not the 分值
    (_PROGRESSIVE_CLOSED, "100"),
])
def test_not_bands_scored_progressively(text, weight):
    p = propose(text, weight, "规模")
    assert p.kind != "formula", (p.summary, p.items)
    assert not p.confident


def test_bands_without_progressive_scoring_stay_bands():
    p = propose("第一档:0-100万元,得2分;第二档:100-300万元,得4分;第三档:300万元以上,得6分。", "6", "规模")
    assert p.kind == "tiers", (p.summary, p.items)


def test_a_requirement_before_a_formula_is_not_set_aside():
    # “资金按时拨付;”: a requirement, not who scores: the formula after it is not read as the whole rule
    p = propose("资金按时拨付;得分=(实际拨付资金-违规资金)/计划拨付资金*分值", "10", "资金拨付")
    assert p.kind != "formula", (p.summary, p.items)
