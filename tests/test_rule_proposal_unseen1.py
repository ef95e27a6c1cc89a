"""Wordings of tables nobody tuned the proposer on (the former hold-out set's texts that fell back to judgement).

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, verbs and
units), with the rule they must give and the score of a few situations, and near misses that must not be read that
way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_count, by_vars, met_or_not, picked, readings, scores, sole


# ── a line run straight into its step: “覆盖率达到100%每少1个百分点扣1分” ─────────────────────────────────────────
@pytest.mark.parametrize("text, weight, deduct", [
    ("社区应急预案覆盖率达到100%每少1个百分点扣1分", "5", "1"),
    ("(1)村级调解组织覆盖率要达到100%。每少一个百分点扣0.5分", "5", "0.5"),
    ("2、建档率达95%每降低1个百分点扣2分,扣完为止", "10", "2"),
])
def test_a_line_run_into_its_step(text, weight, deduct):
    p = propose(text, weight, "覆盖率")
    params = sole(p, "threshold")
    assert params["direction"] == "higher" and params["deduct"] == deduct and params["step"] == "1"
    full = D(params["full_at"])[0]
    assert scores(p, [full, full - 1, full - 2, 0]) == D(weight, D(weight)[0] - D(deduct)[0],
                                                          D(weight)[0] - 2 * D(deduct)[0], 0)


def test_near_miss_a_rate_said_per_year_is_no_step():
    # “每年” after the figure is how often, not a step below the line
    p = propose("财政补助按10%每年递增,按时拨付的得5分", "5", "补助")
    assert p.kind != "threshold" or not p.confident


# ── a deduction for one case, its 每 left out: “值班脱岗一次扣1分”, “1个部门不落实扣2分” ───────────────────────────
@pytest.mark.parametrize("text, weight, unit, per", [
    ("值班脱岗一次扣1分。", "5", "次", "1"),
    ("巡查漏检1处扣0.5分", "3", "处", "0.5"),
    ("1个部门不落实扣2分", "20", "个", "2"),
    ("1项指标未完成的,扣1分", "6", "项", "1"),
    ("一家企业未签订责任书扣0.5分", "4", "家", "0.5"),
])
def test_a_deduction_for_one_case_is_per_case_to_check(text, weight, unit, per):
    p = propose(text, weight, "日常管理")
    params = sole(p, "deduction")
    assert params == {"per": per, "unit": unit}
    assert not p.confident  # that each further case costs as much is read, not said
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]
    assert by_count(p, "99") == 0


@pytest.mark.parametrize("text, weight", [
    ("开展培训1次得1分", "5"),  # points earned, no deduction
    ("1个部门不落实的,扣5分", "5"),  # the whole 分值 for one case: it cannot happen twice
    ("值班脱岗1次扣1分,另有2名人员未到岗", "5"),  # words after the deduction: not the one fault
])
def test_near_miss_one_case_that_is_no_deduction_per_case(text, weight):
    p = propose(text, weight, "日常管理")
    assert p.kind != "deduction" or not p.confident
    assert not (p.kind == "deduction" and p.items[0]["params"].get("per") == weight)
    assert not p.confident


# ── the points of each case after the requirement, in brackets or bare: “…(每份0.5分,总分2分)”, “…,1次1分” ─────
@pytest.mark.parametrize("text, weight, per, unit", [
    ("每季度报送工作简报。〔每份0.5分,总分2分〕", "2", "0.5", "份"),
    ("召开专题推进会议(每次会议1分,最多3分)", "3", "1", "次"),
    ("组织志愿服务活动（每次得1分，满分4分）", "4", "1", "次"),
    ("建成村级服务站1-3个(每个2分)", "6", "2", "个"),
    ("创建示范项目2个(每个5分)", "10", "5", "个"),
    ("开展主题宣传活动,1次1分", "3", "1", "次"),
    ("下乡服务天数，1天0.5分", "20", "0.5", "天"),
    ("在市级以上媒体发表信息,1篇计0.2分,最多2分", "2", "0.2", "篇"),
])
def test_points_of_each_case_after_the_requirement(text, weight, per, unit):
    p = propose(text, weight, "工作开展")
    params = sole(p, "formula")
    assert params["expression"] == f"{per} * a"
    assert params["variables"][0]["unit"] == unit
    assert by_vars(p, "0") == 0
    assert by_vars(p, "1") == D(per)[0]
    assert by_vars(p, "999") == D(weight)[0]  # kept within the 分值


@pytest.mark.parametrize("text, weight", [
    ("每季度报送工作简报。〔每份0.5分,总分3分〕", "2"),  # a total other than the 分值
    ("建成村级服务站3个(每个2分)", "10"),  # the count asked does not reach the 分值
    ("建成村级服务站1-2个(每个2分),另建1个", "4"),  # words after the points
    ("信息报送及时率达到90%,1次1分", "3"),  # a rate, not a count of cases
    ("开展主题宣传活动,1次扣1分", "3"),  # a deduction
    ("开展主题宣传活动(每次1分,酌情加分)", "3"),  # judgement beside the points
])
def test_near_miss_points_of_each_case(text, weight):
    p = propose(text, weight, "工作开展")
    assert not any(it["params"].get("expression", "").endswith("* a") and len(it["params"]["variables"]) == 1
                   for r in readings(text, weight) for it in r.items if it["type"] == "formula")
    assert not p.confident


# ── bands lettered A, B, C … before their figures: “A.30%(含)以上(20分)B.25%(含)-30%(16分)…” ──────────────────
@pytest.mark.parametrize("text", [
    "按持证人员占职工总数的比例评价A.40%(含)以上(10分)B.30%(含)-40%(6分)C.30%以下(2分)",
    "A、≥40%(10分);B、30%(含)-40%(6分);C、<30%(2分)",
    "A.40%(含)以上,10分 B.30%(含)-40%,6分 C.30%以下,2分",
])
def test_bands_lettered_in_order(text):
    p = propose(text, "10", "持证比例")
    params = sole(p, "tiers")
    assert len(params["tiers"]) == 3
    assert scores(p, [50, 40, 35, 30, 10]) == D(10, 10, 6, 6, 2)


@pytest.mark.parametrize("text", [
    # letters out of order, or a single letter: no series of bands
    "B.40%(含)以上(10分)A.30%(含)-40%(6分)",
    # letters before words are answers (情形选择), not bands
    "A.制定了考核办法(10分)B.未制定(0分)",
])
def test_near_miss_letters_that_are_no_bands(text):
    p = propose(text, "10", "持证比例")
    assert p.kind != "tiers" or not p.confident


# ── scores in cells of their own, joined by spaces: “好 3分 较好 2分 一般 1分”, “由厂长负责 5 由主管负责 3” ────────
def test_scores_in_cells_with_their_points():
    p = propose("好 3分 较好 2分 一般 1分", "3", "执行情况")
    assert p.kind == "choice"
    assert [o["score"] for o in p.items[0]["params"]["options"]][:3] == ["3", "2", "1"]


@pytest.mark.parametrize("text, weight, kind", [
    ("由单位负责人负责 5 由科室负责人负责 3 由一般工作人员负责 1", "5", "choice"),
    ("成立工作专班,职责明确 2 配备专职联络员 2", "4", "checklist"),
    ("完成年度招商引资目标任务 8", "8", "all_or_nothing"),
])
def test_bare_scores_in_cells_are_read_to_check(text, weight, kind):
    p = propose(text, weight, "组织领导")
    assert p.kind == kind, (p.summary, p.unplaced)
    assert not p.confident and any("原文未写“分”" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("未按要求报送的扣 2 分", "2"),  # a figure of the words, its 分 after a space
    ("每下降 5 个百分点扣 0.1 分,最多扣 0.5 分", "1"),  # a figure before its measure word
    ("(6 分)组织健全 3 制度完善 3", "6"),  # points said elsewhere: the cells are read as written
])
def test_near_miss_figures_that_are_no_cells(text, weight):
    p = propose(text, weight, "组织领导")
    assert not any("原文未写“分”" in u for u in p.unplaced)


# ── the cap of points earned per case in brackets or said with 记满/计满; the points of a step in a cell of their own ──
@pytest.mark.parametrize("text, weight, per", [
    ("出口额比上年每增长1个百分点得0.5分(最高20分)", "20", "0.5"),
    ("每引进1家规上企业得2分（最多10分）", "10", "2"),
    ("每调动1个部门计0.5分,记满3分为止。", "3", "0.5"),
    ("每组织1次联合检查计1分,计满4分为止", "4", "1"),
])
def test_a_cap_in_brackets_or_with_ji_man(text, weight, per):
    p = propose(text, weight, "工作成效")
    params = sole(p, "formula")
    assert params["expression"] == f"{per} * a"
    assert by_vars(p, "2") == 2 * D(per)[0]
    assert by_vars(p, "999") == D(weight)[0]
    assert p.summary.count("最多") == 1


@pytest.mark.parametrize("text, weight", [
    ("出口额比上年每增长一个百分点 0.5(最高20分)", "20"),
    ("每高出全市平均增幅1个百分点 1(最高5分)", "5"),
])
def test_points_of_a_step_in_a_cell_of_their_own(text, weight):
    p = propose(text, weight, "出口增长")
    params = sole(p, "formula")
    assert params["variables"][0]["unit"] == "个百分点"
    assert by_vars(p, "999") == D(weight)[0]
    assert not p.confident and any("原文未写“分”" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    ("出口额比上年每增长1个百分点得0.5分(最高30分)", "20"),  # a cap beyond the 分值
    ("每引进1家规上企业得2分（最多10分,酌情）", "10"),  # more than a cap in the brackets
    ("每增长1个百分点 0.5 个点", "5"),  # a figure with its measure word is no cell of points
])
def test_near_miss_caps_and_cells(text, weight):
    p = propose(text, weight, "工作成效")
    assert not p.confident
    if p.kind == "formula":
        assert by_vars(p, *["999"] * len(p.items[0]["params"]["variables"])) <= D(weight)[0]


# ── the points all taken (“5分全扣”) and a zero said as 无分 (“发生火灾无分”) ─────────────────────────────────────
@pytest.mark.parametrize("text", ["无工作台账资料,5分全扣。", "未建立工作台账的,本项5分全扣", "未建立工作台账,扣5分"])
def test_points_all_taken(text):
    p = propose(text, "5", "台账")
    assert p.kind == "all_or_nothing", (p.summary, p.unplaced)
    assert met_or_not(p) == (D(5)[0], 0)


def test_points_said_taken_short_of_the_item():
    p = propose("未建立工作台账,3分全扣", "5", "台账")
    assert not (p.kind == "all_or_nothing" and p.confident)


@pytest.mark.parametrize("text", ["全年无安全事故得10分,发生安全事故无分", "全年无安全事故的得10分;发生安全事故的无分。"])
def test_a_zero_said_as_wu_fen(text):
    p = propose(text, "10", "安全")
    assert p.kind in ("choice", "all_or_nothing"), (p.summary, p.unplaced)
    assert max(Decimal(o["score"]) for o in p.items[0]["params"].get("options", [{"score": "10"}])) == 10


def test_near_miss_wu_fen_inside_words():
    p = propose("明确有无分工,得2分", "2", "分工")
    assert "不得分" not in p.text


# ── the 分值 alone in a sentence before the scoring; the last score's 分 left out (“…得0.2”) ───────────────────
@pytest.mark.parametrize("text, points", [
    ("0.6分。设有专用档案库房得0.3分;库房配备温湿度调控设备得0.3", ["0.3", "0.3"]),
    ("4分。制定年度计划得2分;按计划组织实施得2分", ["2", "2"]),
    ("建立值班制度得1分;值班记录完整得1", ["1", "1"]),
])
def test_the_weight_said_first_and_a_score_without_its_fen(text, points):
    p = propose(text, str(sum(D(*points))), "档案管理")
    assert p.kind == "checklist", (p.summary, p.unplaced)
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == points


@pytest.mark.parametrize("text, weight", [
    ("5分;全部完成。3分;部分完成", "5"),  # a ladder of scores, each opening its sentence: no 分值 said first
    ("3分。制定年度计划得2分;按计划组织实施得2分", "4"),  # points other than the 分值
])
def test_near_miss_points_first_that_are_no_weight(text, weight):
    p = propose(text, weight, "档案管理")
    assert not (p.kind == "checklist" and p.confident)


# ── levels named after what is rated, their scores respectively: “等级达到优秀、良好、合格和不合格四个等次,分别得…” ──────
@pytest.mark.parametrize("text", [
    "考核等级评定为优秀、良好、合格和不合格四个等次,分别得基本分20、15、10和0分。",
    "年度考核等级为优秀、良好、合格、不合格的,分别得20、15、10、0分",
    "评议结果达到优秀、良好、合格及不合格,分别计20分、15分、10分和0分",
])
def test_levels_and_their_scores_respectively(text):
    p = propose(text, "20", "考核等级")
    assert p.kind == "choice", (p.summary, p.unplaced)
    labels = [o["label"] for o in p.items[0]["params"]["options"]]
    assert labels[:4] == ["优秀", "良好", "合格", "不合格"]
    assert [picked(p, k) for k in range(4)] == D(20, 15, 10, 0)
    assert not p.confident  # degrees of quality, and what is rated, are the team's to check


@pytest.mark.parametrize("text", [
    "考核等级评定为优秀、良好、合格三个等次,分别得20、15、10和0分。",  # four scores for three levels
    "考核等级评定为优秀、良好、合格,分别得15、20、10分。",  # scores not falling (the best still the 分值)
])
def test_near_miss_levels_respectively(text):
    p = propose(text, "20", "考核等级")
    assert not any("所评定的对象" in doubt for r in readings(text, "20") for doubt in r.doubts or ())
    assert not (p.kind == "choice" and p.confident)


# ── a straight line between the line of full marks and the line of none: “…其余按线性内插赋分” ─────────────────────
@pytest.mark.parametrize("text, weight, full, zero", [
    ("供水保障率为100%的得100%分,供水保障率小于或等于90%的得0分,其余按线性内插赋分。", "20", 100, 90),
    ("水质达标率≥95%得满分,达标率<80%得0分,其间按线性插值计分", "10", 95, 80),
    ("投诉率≤1%的得10分,投诉率超过5%的不得分,其余按线性内插赋分", "10", 1, 5),
])
def test_a_straight_line_between_two_lines(text, weight, full, zero):
    p = propose(text, weight, "保障率")
    sole(p, "formula")
    w = D(weight)[0]
    mid = (D(full)[0] + D(zero)[0]) / 2
    assert by_vars(p, str(full)) == w
    assert by_vars(p, str(zero)) == 0
    assert by_vars(p, str(mid)) == w / 2
    beyond = full + (full - zero)
    assert by_vars(p, str(beyond)) == w and by_vars(p, str(zero - (full - zero))) == 0  # kept within 0～分值
    assert not p.confident


@pytest.mark.parametrize("text", [
    "水质达标率≥80%得满分,达标率<95%得0分,其间按线性插值计分",  # the lines the wrong way round
    "水质达标率≥95%得8分,达标率<80%得0分,其间按线性插值计分",  # full marks other than the 分值
    "水质达标率≥95%得满分,达标率<80%得0分,其间酌情计分",  # judgement, no straight line
])
def test_near_miss_lines_that_are_no_straight_line(text):
    p = propose(text, "10", "达标率")
    assert not any("内插" in r.summary for r in readings(text, "10"))
    assert not p.confident


# ── persons counted with 位: “有1位吸烟成员扣1分,扣完为止” ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "领导班子成员均不吸烟,3分;有1位吸烟成员扣1分,扣完为止;",
    "每发现1位工作人员未佩戴工作证扣1分,扣完为止",
    "每位未参加培训的人员扣1分，扣完为止",
])
def test_persons_counted_with_wei(text):
    p = propose(text, "3", "人员管理")
    assert sole(p, "deduction") == {"per": "1", "unit": "位"}
    assert by_count(p, "2") == 1 and by_count(p, "5") == 0


def test_near_miss_a_rank_in_wei_is_no_count():
    p = propose("排名后3位的扣2分,扣完为止", "5", "排名")
    assert not (p.kind == "deduction" and p.confident)
