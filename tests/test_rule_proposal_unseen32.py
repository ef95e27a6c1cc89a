"""Deductions written in the house styles of inspection tables:

- a minus written as a dash before a fault's points (“每缺一种—0.5分”, “迟报(2天以上)—0.5分/次”, “每低5—0.5分”, numbered
  faults run together in one cell): read as 扣; a dash after a line or a requirement (“≥95%—5分”, “建立制度—2分”), a range
  (“80-90分”) or a text that earns points is not;
- a cap on the deductions written “(3分封顶)” after a deduction per case (“每样扣1分(3分封顶)”): how much may be taken
  off, as “最多扣3分”; a cap after points earned (“每篇得1分,3分封顶”) is not;
- one deduction with a cap or a stop and no 每 (“出现过期海报,扣1分(2分封顶)”): one per case found, up to the cap;
- a fault in a clause of its own before a deduction per case, without 的 (“标识标牌制作不规范,每处扣1分”): what a case is;
- a figure joined to capital letters (“6S标识”, “5G基站”): part of a name, no number of the rule;
- a percentage to reach with what is reached between 达到 and its figure, then a step below it (“站点达到并能正常使用100%;
  每减少3个百分点扣1分”): a 达标线;
- a band between two percentages on full marks, nothing on either side (“在10-30%之间得3分,否则得0分”): three bands, its
  ends read in (to check unless a (含) settles them);
- points for each of a number sampled that meets a requirement, with their total (“抽查3位农户,农户熟悉…工作得2分,共6分”):
  the points times how many of those sampled meet it;
- a point of a 要点核查 said of every one of a kind (“每个村点有干部驻村帮扶的计3分”, “每个社区均配备网格员”): a requirement,
  not a step;
- a composite whose parts each open with a heading and its points, a sentence of their own, then their rule (“1.基础保障
  服务,10分。…未建立…的,扣10分。2.系统(平台)服务,10分。…1个系统(平台)得1分,满分10分。”; “…不得分. 3.平台应用,0.5分.
  平台用户未按要求登录的,发现一次扣0.1分,直至扣完0.5分为止.”): each part read at its points; a half-width stop before
  the next part's mark ends the sentence; “直至扣完0.5分为止” is the stop at the part's points;
- points for a case of one, no 每, up to a cap (“1个系统得1分,满分10分”), the thing counted perhaps named twice (“1个系统
  (平台)得1分”): points per case;
- a fault and its deduction, then a remark in brackets on how it is checked that names a case not taken off or the form's
  column for deductions (“…扣1分(询问…,若无该物品,询问原因,不扣分,填写在扣分说明那栏)”): read before the remark, to check.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, maxes, met_or_not, scored, scores, sole, ticks, types


def scored_vars(p, item: int, value: str):
    """The score of the proposal's formula ``item`` of one variable at ``value``."""
    (var,) = p.items[item]["params"]["variables"]
    return scored(p, {"vars": {var["name"]: value}}, item)


# ── a dash before a fault's points is a minus ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per, counts, want", [
    ("每缺一份台账—0.5分,扣完为止", "5", "0.5", ["0", "3", "20"], D(5, 3.5, 0)),
    ("档案资料每缺少1项—1分，扣完为止", "4", "1", ["0", "1", "9"], D(4, 3, 0)),
    ("1、当年度下达的维修项目,每缺一种—2分,直至扣完", "6", "2", ["0", "2", "4"], D(6, 2, 0)),
    ("巡查记录每漏填一次–0.5分，扣完为止", "3", "0.5", ["0", "4", "7"], D(3, 1, 0)),
])
def test_a_dash_before_points_is_a_deduction(text, weight, per, counts, want):
    p = propose(text, weight, "资料")
    params = sole(p, "deduction")
    assert params["per"] == per
    assert [by_count(p, c) for c in counts] == want


@pytest.mark.parametrize("text, weight, values, want", [
    # numbered faults run together in one cell, each with its dash
    ("1、安全制度不健全—2分；2、未开展安全培训—1分；3、每发现一处隐患未整改—0.5分", "5",
     [("0", "0", "0"), ("1", "0", "2"), ("1", "1", "6")], D(5, 2, 0)),
    ("1、台账管理不规范—0.5分/项2、每缺一种—1分", "8", [("0", "0"), ("2", "3"), ("4", "9")], D(8, 4, 0)),
    ("1、缺报—1分/次2、迟报(3天以上)—0.5分/次3、数据错误—0.5分/次", "6",
     [("0", "0", "0"), ("1", "2", "1"), ("3", "4", "2")], D(6, 3.5, 0)),
])
def test_dashed_faults_in_a_cell_are_a_formula(text, weight, values, want):
    p = propose(text, weight, "报表")
    assert p.kind == "formula", (p.summary, p.unplaced)
    assert [by_vars(p, *v) for v in values] == want


@pytest.mark.parametrize("text, read", [
    ("巡检合格率不低于90%,每低5—0.5分", "每低5扣0.5分"),
    ("设备标志缺、漏、模糊不清、—1分/处", "不清、每处扣1分"),
    ("资料管理、存放不整齐(抽查3处)—0.5分/项", ")扣0.5分/项"),
])
def test_the_dash_read_as_a_minus(text, read):
    assert read in normalize(text)


@pytest.mark.parametrize("text", [
    "建立制度—2分",  # a requirement then its points: earned, not taken off
    "完成率≥95%—5分;90%—3分",  # a line's score
    "完成率90-95分",  # a range of points
    "每增加5-1分",  # a figure not of a step down
    "1、制度齐全得2分;2、每缺一种—0.5分",  # a text that earns points: the dash is not read
    "每发表一篇论文—1分,最高5分",  # a step of merit, no fault
    "1、未按时上报扣1分2、数据不全—2分—1分",  # a run of the cells' scores after the faults
])
def test_near_miss_a_dash_that_is_no_minus(text):
    assert normalize(text).count("扣") == text.count("扣")


# ── a cap written “(N分封顶)” after a deduction per case; one deduction up to a cap or a stop, no 每 ─────────────
@pytest.mark.parametrize("text, weight, sure, counts, want", [
    ("6S标识标牌制作不规范，每样扣１分（3分封顶）", "3", False, ["0", "1", "4"], D(3, 2, 0)),  # a 样 counted as 个
    ("标识标牌损坏未及时修护,每处扣0.5分,2分封顶", "2", True, ["0", "3", "5"], D(2, 0.5, 0)),
    ("台账缺失,每份扣0.5分(2分封顶)", "2", True, ["0", "1", "9"], D(2, 1.5, 0)),
    ("货架商品摆放不整齐，每处扣1分（3分封顶）", "3", True, ["0", "2", "3"], D(3, 1, 0)),
    # one deduction, no 每: one per case found, up to the cap (the fault's own clause and an aside left to check)
    ("站内出现过期海报，扣1分（2分封顶）（询问该物品放置位置，再评判）", "2", False, ["0", "1", "3"], D(2, 1, 0)),
    # a case set apart from its deduction by a comma only reads as the deduction said without it, which is sure
    ("出现乱停乱放车辆,扣0.5分,最多扣2分", "2", True, ["0", "2", "5"], D(2, 1, 0)),
    ("发现消防器材过期的,扣1分,扣完为止", "3", True, ["0", "2", "4"], D(3, 1, 0)),
])
def test_a_deduction_capped_is_per_case(text, weight, sure, counts, want):
    p = propose(text, weight, "6S管理")
    sole(p, "deduction")
    assert p.confident == sure, p.unplaced
    assert [by_count(p, c) for c in counts] == want


def test_a_cap_short_of_the_item_is_to_check():
    p = propose("台账缺失,每份扣0.5分(2分封顶)", "3", "台账")
    assert not p.confident


@pytest.mark.parametrize("text", [
    "每篇得1分(3分封顶)",  # points earned, capped
    "每发现1处问题扣1分;获评先进加1分,3分封顶",  # a cap of points added
])
def test_near_miss_a_cap_of_points_earned(text):
    assert "最多扣" not in normalize(text)


@pytest.mark.parametrize("text, weight", [
    ("出现过期海报,扣1分,最多扣2分", "3"),  # a cap short of the 分值
    ("出现过期海报,扣2分(2分封顶)", "2"),  # one case takes the whole 分值
])
def test_near_miss_one_deduction_capped(text, weight):
    p = propose(text, weight, "现场")
    assert not (p.confident and p.kind == "deduction")


# ── a fault in a clause of its own before a deduction per case; a figure of a name ───────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("标识标牌制作不规范,每处扣1分,扣完为止", "3", "1"),
    ("消防器材缺失,每次扣0.5分,扣完为止", "2", "0.5"),
    ("5G基站建设不规范，每处扣1分,扣完为止", "3", "1"),
])
def test_a_fault_before_a_deduction_per_case_is_what_a_case_is(text, weight, per):
    p = propose(text, weight, "管理")
    assert p.confident, p.unplaced
    assert sole(p, "deduction")["per"] == per


@pytest.mark.parametrize("text", [
    "资料齐全,每处扣1分,扣完为止",  # no fault named before the step: the words stay to check
    "完成率低于90%,每处扣1分,扣完为止",  # a line before the step
    "年内至少开展3次,每处扣1分,扣完为止",  # a count asked
])
def test_near_miss_a_clause_before_a_deduction_that_is_no_fault(text):
    assert not propose(text, "3", "管理").confident


# ── a percentage to reach, what is reached between 达到 and its figure, a step below it ─────────────────────────
@pytest.mark.parametrize("text, weight, sure, values, want", [
    ("行政村终端站点达到并能正常使用100%;每减少1个百分点扣1分,扣完为止。", "5", True, [100, 97, 90], D(5, 2, 0)),
    ("乡镇网格员到位达到并持证上岗95%，每减少2个百分点扣0.5分，扣完为止", "2", False, [95, 91, 70], D(2, 1, 0)),
])
def test_a_line_reached_with_words_between(text, weight, sure, values, want):
    p = propose(text, weight, "终端站点")
    params = sole(p, "threshold")
    assert p.confident == sure, p.unplaced  # a step of 2 points says nothing of a remainder: to check
    assert params["direction"] == "higher"
    assert scores(p, values) == want


@pytest.mark.parametrize("text", [
    "设备达到不能正常使用100%;每减少1个百分点扣1分,扣完为止",  # a denial between: no line reached
    "达到要求的数量为10个,每减少1个百分点扣1分,扣完为止",  # another figure, of a count
])
def test_near_miss_no_line_reached(text):
    p = propose(text, "5", "站点")
    assert not (p.confident and p.kind == "threshold")


# ── a band between two percentages on full marks, nothing on either side ──────────────────────────────────────
@pytest.mark.parametrize("text, weight, sure, values, want", [
    ("在 10-30%之间得 3 分,否则得0分", "3", False, [20, 10, 30, 8, 35], D(3, 3, 3, 0, 0)),
    ("无功补偿比率在15%至40%之间的得2分，否则不得分", "2", False, [15, 40, 41, 0], D(2, 2, 0, 0)),
    ("资产负债率20%(含)-60%(含)计4分,其他不得分", "4", True, [20, 60, 61, 19.9], D(4, 4, 0, 0)),
])
def test_a_band_or_nothing(text, weight, sure, values, want):
    p = propose(text, weight, "比率")
    sole(p, "tiers")
    assert p.confident == sure, p.unplaced  # ends not settled by (含): to check
    assert scores(p, values) == want


@pytest.mark.parametrize("text, weight", [
    ("比率在10-30%之间得2分,否则得0分", "3"),  # the band short of the 分值
    ("比率在30-10%之间得3分,否则得0分", "3"),  # no band
    ("比率在10-30%之间得3分,否则得1分", "3"),  # something on either side
])
def test_near_miss_a_band_or_nothing(text, weight):
    p = propose(text, weight, "比率")
    assert not (p.confident and p.kind == "tiers")


# ── points for each of a number sampled, with their total ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, want", [
    ("抽查3位农户,农户熟悉农村信息化试点乡镇建设工作得2分,共6分。", "6", ["3", "1", "0"], D(6, 2, 0)),
    ("随机抽查5户居民，知晓垃圾分类要求的得1分，共5分", "5", ["5", "2", "0"], D(5, 2, 0)),
    ("抽查4家企业:按规定建立台账得0.5分,共计2分", "2", ["4", "3", "0"], D(2, 1.5, 0)),
])
def test_points_for_each_sampled(text, weight, values, want):
    p = propose(text, weight, "抽查")
    assert p.kind == "formula", (p.summary, p.unplaced)
    assert [by_vars(p, v) for v in values] == want


@pytest.mark.parametrize("text, weight", [
    ("抽查3位农户,农户熟悉工作得2分,共6分", "5"),  # the total is not the 分值
    ("抽查3位农户,农户熟悉工作得2分,共5分", "5"),  # the points times the number sampled are not the total
    ("抽查3位农户,全部熟悉工作得6分", "6"),  # no points for each
])
def test_near_miss_points_for_each_sampled(text, weight):
    p = propose(text, weight, "抽查")
    assert not (p.kind == "formula" and "抽查的" in str(p.items[0]["params"]))


# ── a point said of every one of a kind ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("在乡镇有专人负责“信息化乡镇”工作的得2分,形成了良好运行机制的得1分;人员职责明确且履职较好的计2分;"
     "每个村点有部门或乡镇干部驻村帮扶的计3分;干部到村帮扶时间不少于20个工作日计2分。", "10", D(2, 1, 2, 3, 2)),
    ("每个社区均配备网格员(2分),每个网格有工作台账(1分)", "3", D(2, 1)),
    ("制定工作方案得1分;每个村都有保洁员的得2分;每个行政村已建成文化室的得2分", "5", D(1, 2, 2)),
])
def test_a_point_of_every_one(text, weight, points):
    p = propose(text, weight, "建设")
    sole(p, "checklist")
    assert maxes(p) == points
    assert ticks(p, *[True] * len(points)) == D(weight)[0]
    assert ticks(p, False, *[True] * (len(points) - 1)) == D(weight)[0] - points[0]


@pytest.mark.parametrize("text", [
    "发表论文每篇(1分),获奖每项(2分)",  # points per case
    "开展培训每次(1分),每个项目(2分)",  # each one earning, no requirement of every one
])
def test_near_miss_points_per_case_are_no_points(text):
    p = propose(text, "3", "建设")
    assert p.kind != "checklist" or not p.confident


# ── a composite whose parts open with a heading and its points ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, kinds", [
    ("1.基础保障服务,10分。县(市、区)未建立相应运维组织和配备相关人员的,扣10分。2.系统(平台)服务,10分。"
     "辖区已建系统或平台涉及信息资源服务、公共应用、安全保障等三个领域的,1个系统(平台)得1分,满分10分。", "20",
     ["all_or_nothing", "formula"]),
    ("1.队伍建设,4分。未明确专人负责的,扣4分。2.宣传报道,6分。每篇报道得1分,满分6分。", "10", ["all_or_nothing", "formula"]),
    ("1.按时报送月报的,得1分;未按时报送的,不得分. 2.平台应用,1分.用户未按要求登录的,发现一次扣0.2分,直至扣完1分为止.", "2",
     ["choice", "deduction"]),
])
def test_parts_headed_by_their_points(text, weight, kinds):
    p = propose(text, weight, "工作")
    assert types(p) == kinds, (p.summary, p.unplaced)
    assert sum(D(*[it["max"] for it in p.items])) == D(weight)[0]


def test_a_headed_part_scores_at_its_points():
    p = propose("1.队伍建设,4分。未明确专人负责的,扣4分。2.宣传报道,6分。每篇报道得1分,满分6分。", "10", "工作")
    assert list(met_or_not(p, 0)) == D(4, 0)
    assert scored_vars(p, 1, "3") == D(3)[0] and scored_vars(p, 1, "9") == D(6)[0]


@pytest.mark.parametrize("text, read", [
    ("…未按要求整改反馈的,不得分. 2.在演练中能及时响应的得0.5分", "不得分;2."),
    ("平台用户未按要求登录的,发现1次扣0.1分,直至扣完0.5分为止", "扣0.1分,扣完0.5分为止"),
])
def test_stops_read(text, read):
    assert read in normalize(text)


def test_near_miss_a_decimal_is_no_stop():
    assert "0.5分" in normalize("不得分,得0.5分")
    assert ";5" not in normalize("合格率达到95.5%得2分")


# ── points for a case of one, no 每, up to a cap ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, want", [
    ("1个系统得1分,满分10分", "10", ["3", "12"], D(3, 10)),
    ("已建成的,1个站点(网点)得0.5分,满分2分", "2", ["2", "6"], D(1, 2)),
])
def test_points_for_a_case_of_one(text, weight, values, want):
    p = propose(text, weight, "系统")
    assert p.kind == "formula", (p.summary, p.unplaced)
    assert [by_vars(p, v) for v in values] == want


@pytest.mark.parametrize("text", [
    "1个系统未验收扣1分,扣完为止",  # taken off, not earned
    "建成1个示范点得2分",  # one case, no cap: the one asked for
])
def test_near_miss_no_points_per_case_of_one(text):
    p = propose(text, "2", "系统")
    assert not (p.kind == "formula" and p.confident and "每个得" in p.summary)


# ── a remark in brackets naming a case not taken off ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("红单物品未集中存放，扣1分（询问该物品放置位置，再评判，若无该物品，询问原因，不扣分，填写在扣分说明那栏）", "1"),
    ("灭火器未定期检查，扣2分(现场查看检查记录,如无灭火器不扣分)", "2"),
])
def test_a_remark_with_a_case_not_taken_off(text, weight):
    p = propose(text, weight, "现场")
    assert p.kind == "all_or_nothing" and not p.confident, (p.summary, p.unplaced)
    assert list(met_or_not(p)) == [D(weight)[0], 0]
    assert any("说明或特殊情形" in u for u in p.unplaced)


@pytest.mark.parametrize("text", [
    "红单物品未集中存放，扣1分（若有损坏另扣1分）",  # a further deduction in the remark
    "红单物品未集中存放，扣1分（酌情扣分）",  # judgement
])
def test_near_miss_a_remark_that_takes_off(text):
    p = propose(text, "2", "现场")
    assert not p.confident
    assert p.kind != "all_or_nothing" or not any("说明或特殊情形" in u for u in p.unplaced)
