"""Readings of faults, requirements, lines and bonuses whose words hid them:

- a plan named by its span of years (“未编制五年规划扣10分”, “制定三年行动计划”): the span is part of the plan's name,
  no count of years (``wording._PLAN_SPAN``), so faults and points naming such a plan read as the others do;
- a text that opens by naming what the team weighs (“考察物业人员的热情度…”, “衡量…是否符合要求”): the matters of a
  judgement, never a requirement presumed met or not (``all_or_nothing._WEIGHED_LEAD``);
- a heading with its points, then the requirements it lists run on, numbered 1、2、3、 (“发布文章(5分)1、…2、…”): one
  requirement of those parts, met or not, to check (``all_or_nothing._list_run_on``);
- a heading with its points, then a bonus per step of percentage points past the plan, capped (“存款净增(10分);每超计划1
  个百分点加计0.1分,加分不超过2分”, 分值 12): the heading's points in proportion to the plan reached, plus the bonus —
  to check, the plan short of it being unsaid (``formula._heading_then_bonus``);
- a line below which one deduction is taken, said after its figure (“满意度60%以下,扣2分”), read as 低于 (the line itself
  not below it), to check; and a line on a score the row weighs, in 分 (“评教得分60分以下,扣2分”, “学生测评人均分达80分”):
  points as the measure where the name says a score and the figure is past the 分值 (``tiers._score_weighed``).

- one inspection finding the fault, counted as a case (“检查一次未到位的扣1分”, “抽查1次不合格扣2分”): a deduction per
  inspection, as 发现1次 is (``deduction._COUNTED``);
- situations adding their points, the rest adding none (“生产厂家加3分,代理商加1分,其余不加分”): a choice whose last
  situation scores nothing (``choice._NONE_ADDED``), to check as every 加 read as a situation's score is;
- points a row checks named by what they are, each worth the same (“每个观测点10分,共计100分”): a 要点核查 of the 分值
  over the share, its points unnamed (“第1个观测点”), to check (``checklist._EACH_POINT``);
- numbered cells each closed by a bare score, the next cell opening with its number (“1.大纲齐备 5 2.大纲不全 3 3.未编写 0”):
  the scores of the situations, as a cell's bare score before words is (``wording._CELL_SCORE``), to check.
- situations of one thing in sentences, scores falling, closed by the one scoring nothing, then a sentence scoring on
  its own, the best of each adding up to the 分值 (“优于标杆水平的,得4分;达到基准水平的,得2分;低于基准水平的,不得分;入选
  领跑者名单的,得2分” on 6): two items, a choice and a requirement (``reading._split_closed_by_none``);
- a ratio measured against its line (“光伏安装比例达到50%及以上的,得4分”) is a statement scored, no score in proportion
  (``wording.NOT_A_STATEMENT``), so requirements scored one by one read it as a point.
- bands of a share of the target listed with 、, each closed by its points (“完成目标的90%得35分、80%得30分、50%以下不得分”):
  read as bands listed with commas (``wording._SHARE_BAND_PAUSED``), the target itself reached named as a year's plan
  target too (“完成年度计划目标得40分”, ``tiers._DONE_IN_FULL``);
- points added per step past the target, up to a cap, closing the scoring (“每超额完成10%加2分,最多加6分”) where the
  rest reads on the 分值 alone: a bonus past the row, set aside and named (``reading._BONUS_CLOSING``).
- points counted in a reward of the scheme's own (“奖励10学豆”, “满分5金币”, “无学豆奖励”, “获得3积分”): read as 分, and said so
  (``wording._points_in_reward_read``, ``wording.rewards_as_points``), never confidently.

Near misses: a period counted in years (“每五年规划一次”), the result or period of an assessment (“考核结果…”, “考核期内…”), list
marks out of order, a line of inspections (“检查3次以上”), a decimal after a score (“5 2.5分”), situations not closed by a
sentence scoring nothing, or whose bests do not make the 分值, a score in proportion (“按比例得分”), a bonus whose cap
does not make the 分值, a line in 分 within the 分值 or on no score, scores listed after 各 (“各得2分、1分”),
a bonus the 分值 holds, a reward of money (“奖励500元”) or a figure of
a reward left unread.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.frameworks.reading import _split_closed_by_none, set_aside
from services.scoring.rules.wording import NOT_A_STATEMENT, normalize, rewards_as_points
from tests.proposals import D, by_count, by_vars, maxes, met_or_not, picked, readings, scores, sole, ticks


# ── a plan named by its span of years ─────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, costs", [
    ("无领导小组扣4分;无年度工作计划扣4分;未编制五年规划扣6分。", "14", [4, 4, 6]),
    ("未建立工作台账扣3分;未制定三年行动计划扣5分", "8", [3, 5]),
    ("没有专门机构扣2分;未编制十年发展规划扣3分", "5", [2, 3]),
])
def test_a_plan_named_by_its_years_is_no_count(text, weight, costs):
    p = propose(text, weight, "规划")
    sole(p, "checklist")
    n = len(costs)
    assert ticks(p, *([True] * n)) == D(weight)[0]
    assert ticks(p, *([False] + [True] * (n - 1))) == D(weight)[0] - costs[0]
    assert "年" in p.items[0]["params"]["points"][-1]["label"]


@pytest.mark.parametrize("text, kept", [
    ("编制五年规划", "五年规划"),
    ("制定三年行动方案的得2分", "三年行动方案"),
    ("每五年规划一次", "每5年规划1次"),  # a period counted
    ("连续三年计划未完成", "连续3年计划未完成"),
    ("近三年规划执行情况", "近3年规划执行情况"),
])
def test_plan_span_in_normalising(text, kept):
    assert kept in normalize(text)


# ── what the team weighs, named first ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "考察窗口人员对群众的热情度、耐心和办事效率。",
    "衡量道路保洁程度、垃圾清运频次和公厕卫生是否达到要求。",
    "评估站点标识、宣传栏和服务指引的清晰度。",
])
def test_what_is_weighed_is_a_judgement(text):
    p = propose(text, "10", "服务")
    assert p.kind == "judgement"
    assert not any(r.items[0]["type"] == "all_or_nothing" for r in readings(text, "10", "服务"))


@pytest.mark.parametrize("text", [
    "考核期内无安全责任事故。",  # the period of the assessment, a requirement
    "考核结果报送及时。",
    "窗口人员对群众热情耐心。",
])
def test_requirements_not_opened_by_weighing_stay_requirements(text):
    p = propose(text, "5", "要求")
    assert p.kind == "all_or_nothing" and not p.confident
    assert met_or_not(p) == (D(5)[0], D(0)[0])


# ── a heading, then its requirements run on ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("2.上传附件（5分） 1、未登录时先跳转登录页 2、支持多个文件 3、上传后显示文件列表", "5"),
    ("4.修改密码（4分） 1、输入旧密码和新密码 2、修改成功后重新登录", "4"),
])
def test_heading_then_listed_requirements(text, weight):
    p = propose(text, weight, "功能")
    params = sole(p, "all_or_nothing")
    assert not p.confident
    assert met_or_not(p) == (D(weight)[0], D(0)[0])
    assert "1、" not in params["condition"] and "2、" not in params["condition"]


def test_list_marks_out_of_order_are_no_run_on_list():
    p = propose("上传附件（5分） 2、支持多个文件 1、上传后显示列表", "5", "功能")
    assert p.kind != "all_or_nothing"


# ── a heading's points, then a bonus per point past the plan ───────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("1、存款余额增长（8分）。每超计划1个百分点加计0.2分，加分不超过2分。", "10", ["100", "50", "105", "120"], [8, 4, 9, 10]),
    ("贷款投放(5分),每超目标2个百分点加0.5分,最多加1分", "6", ["100", "80", "104", "110"], [5, 4, 6, 6]),
    ("3、中间业务收入( 4 分)。每超任务 1 个百分点加 0.1 分,加分不超过 1 分。", "5", ["75", "110", "130"], [3, 5, 5]),
])
def test_heading_points_then_bonus_past_the_plan(text, weight, values, expected):
    p = propose(text, weight, "业务指标")
    sole(p, "formula")
    assert not p.confident  # the plan not reached: its score is unsaid
    assert [by_vars(p, v) for v in values] == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("存款净增(10分);每超计划1个百分点加计0.1分,加分不超过2分", "10"),  # the cap is not within the 分值
    ("存款净增(10分);每超计划1个百分点加计0.1分,加分不超过2分", "13"),
    ("存款净增(10分);每超计划1个百分点加计3分,加分不超过2分", "12"),  # a step worth more than the cap
])
def test_heading_then_bonus_needs_the_points_and_cap_to_make_the_row(text, weight):
    assert not any("每超" in r.summary for r in readings(text, weight))


# ── a line below which one deduction is taken, said after the figure; a score as the line's measure ───────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("满意度60%以下,扣2分", "5", ["80", "60", "59"], [5, 5, 3]),
    ("参训人数20人以下的,扣1分", "3", ["25", "20", "12"], [3, 3, 2]),
    ("考试平均成绩70分以下，扣3分", "6", ["85", "70", "69.5"], [6, 6, 3]),
    ("学生评教得分低于75分,扣2分", "4", ["80", "75", "60"], [4, 4, 2]),
])
def test_a_line_said_after_its_figure_or_on_a_score(text, weight, values, expected):
    p = propose(text, weight, "评教")
    sole(p, "tiers")
    assert not p.confident
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight, values, expected", [
    ("学生测评人均分达85分", "4", ["85", "84", "95"], [4, 0, 4]),
    ("期末考试成绩达到60分以上", "3", ["60", "59", "88"], [3, 0, 3]),
])
def test_a_score_reached_is_a_line(text, weight, values, expected):
    p = propose(text, weight, "测评")
    sole(p, "tiers")
    assert not p.confident
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("考试成绩3分以下,扣2分", "5"),  # a figure within the 分值: perhaps the row's points
    ("学生评教60分以下,扣2分", "5"),  # no score named
    ("学生测评人均分达3分", "4"),
    ("满意度低于60%以下,扣2分", "5"),  # the side said twice
])
def test_points_as_a_measure_need_a_score_named_past_the_weight(text, weight):
    assert not any(r.items[0]["type"] == "tiers" for r in readings(text, weight))


# ── one inspection finding the fault ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("检查一次未到位的扣1分", "3", "1"),
    ("抽查1次不合格的扣2分", "6", "2"),
    ("督查一次发现未整改的,扣0.5分", "2", "0.5"),
])
def test_an_inspection_finding_the_fault_is_a_case(text, weight, per):
    p = propose(text, weight, "检查")
    assert sole(p, "deduction")["per"] == per
    assert by_count(p, "2") == D(weight)[0] - 2 * D(per)[0]
    assert by_count(p, "100") == 0


def test_a_line_of_inspections_is_no_case():
    assert not any(r.items[0]["type"] == "deduction" for r in readings("检查3次以上未到位的扣1分", "3"))


# ── situations adding their points, the rest none ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("生产企业加4分，授权经销商加2分，其余不加分", "4", [4, 2, 0]),
    ("省级示范单位加5分,市级示范单位加3分,其他的不予加分", "5", [5, 3, 0]),
])
def test_situations_adding_points_the_rest_none(text, weight, expected):
    p = propose(text, weight, "身份")
    assert len(sole(p, "choice")["options"]) == len(expected)
    assert [picked(p, k) for k in range(len(expected))] == D(*expected)
    assert not p.confident


def test_none_added_needs_situations_adding_points():
    # no situation adds its points: “不加分” closes no list of situations
    assert not any(r.items[0]["type"] == "choice" for r in readings("资料齐全,其余不加分", "4"))


# ── points named by what they are, each worth the same ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, n", [
    ("每个观测点10分,共计100分。", "100", 10),
    ("每个检查点2分,共10分。回答“是”得分,回答“否”0分。", "10", 5),
    ("每个考核点5分，共20分", "20", 4),
])
def test_each_named_point_worth_the_same(text, weight, n):
    p = propose(text, weight, "规范性")
    points = sole(p, "checklist")["points"]
    assert len(points) == n and not p.confident
    assert ticks(p, *([True] * n)) == D(weight)[0]
    assert ticks(p, *([True] + [False] * (n - 1))) == D(weight)[0] / n
    assert points[0]["label"].startswith("第1个")


def test_named_points_that_do_not_divide_the_weight_are_no_checklist():
    assert not any(r.items[0]["type"] == "checklist" for r in readings("每个观测点15分,共计100分。", "100"))


# ── numbered cells closed by bare scores ───────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, expected", [
    ("1.台账齐全且规范 4 2.台账不全或不规范 2 3.未建台账 0", "4", [4, 2, 0]),
    ("1、按时提交报告 6 2、延期提交 3 3、未提交 0", "6", [6, 3, 0]),
])
def test_numbered_cells_closed_by_bare_scores(text, weight, expected):
    p = propose(text, weight, "台账")
    assert len(sole(p, "choice")["options"]) == len(expected)
    assert [picked(p, k) for k in range(len(expected))] == D(*expected)
    assert not p.confident and any("原文未写“分”" in u for u in p.unplaced)


def test_a_decimal_after_a_bare_figure_opens_no_cell():
    assert "2.5分" in normalize("1.台账齐全 5 2.5分")


# ── situations closed by the one scoring nothing, then a part of its own ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight, first, second", [
    ("能耗水平优于先进值的,得4分;达到限定值的,得2分;高于限定值的,不得分;获评节能标杆企业的,得2分。", "6", [4, 2, 0], 2),
    ("获评省级示范的,得3分;获评市级示范的,得1分;未获评的,不得分;开展宣传活动的,得1分", "4", [3, 1, 0], 1),
])
def test_situations_closed_by_none_then_a_part_of_its_own(text, weight, first, second):
    p = propose(text, weight, "对标")
    assert p.items[0]["type"] == "choice" and len(p.items) == 2
    assert [picked(p, k) for k in range(len(first))] == D(*first)
    if p.items[1]["type"] == "checklist":
        assert (ticks(p, True, item=1), ticks(p, False, item=1)) == (D(second)[0], 0)
    else:
        assert met_or_not(p, 1) == (D(second)[0], 0)


@pytest.mark.parametrize("text, weight", [
    ("获评省级示范的,得3分;获评市级示范的,得1分;开展宣传活动的,得1分", "4"),  # no sentence closing the situations
    ("获评省级示范的,得3分;获评市级示范的,得1分;未获评的,不得分;开展宣传活动的,得1分", "5"),  # 3 + 1 is not 5
])
def test_situations_not_closed_or_not_adding_are_no_such_parts(text, weight):
    assert _split_closed_by_none(normalize(text), Decimal(weight)) == []


# ── a ratio measured against its line is a statement ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("推动新能源应用,得2分;屋顶光伏安装比例达到50%及以上的,得4分。", "6", [2, 4]),
    ("建立回收制度的,得1分;废旧物资回收比例不低于80%的,得2分", "3", [1, 2]),
])
def test_a_ratio_against_its_line_is_a_point(text, weight, points):
    p = propose(text, weight, "新能源")
    sole(p, "checklist")
    assert maxes(p) == D(*points)
    assert ticks(p, True, False) == D(points[0])[0]


@pytest.mark.parametrize("words, scored", [
    ("屋顶光伏安装比例达到50%及以上的", False),
    ("回收比例不低于80%的", False),
    ("按完成比例得分", True),  # a score in proportion
    ("比例达标的", True),
])
def test_a_ratio_against_its_line_is_no_score_in_proportion(words, scored):
    assert bool(NOT_A_STATEMENT.search(words)) is scored


# ── bands of a share listed with 、; a bonus past the row set aside ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("完成年度计划目标得20分，完成目标的90%得16分、80%得12分、60%以下不得分。", "20", ["100", "95", "85", "70", "50"],
     [20, 16, 12, None, 0]),
    ("完成全年任务目标得10分,完成目标的90%得8分、80%得6分、80%以下不得分", "10", ["100", "92", "80", "79"], [10, 8, 6, 0]),
])
def test_share_bands_listed_with_pauses(text, weight, values, expected):
    p = propose(text, weight, "节能量")
    sole(p, "tiers")
    got = scores(p, values)
    assert [g for g, e in zip(got, expected) if e is not None] == D(*[e for e in expected if e is not None])


def test_scores_listed_after_each_keep_their_pauses():
    assert "各得2分、1分" in normalize("市级、县级各得2分、1分")
    assert "90%得35分,80%得30分" in normalize("完成目标的90%得35分、80%得30分")


@pytest.mark.parametrize("text, weight, top", [
    ("完成年度计划目标得20分，完成目标的90%得16分，80%得12分，80%以下不得分。每超额完成10%加2分，最多加4分。", "20", 20),
    ("完成目标的100%得10分,90%得8分,90%以下不得分;每超计划5个百分点加1分,最高加2分", "10", 10),
])
def test_a_bonus_past_the_row_is_set_aside(text, weight, top):
    p = propose(text, weight, "节能量")
    sole(p, "tiers")
    assert not p.confident and any("加" in u and "未计入规则" in u for u in p.unplaced)
    assert scores(p, ["130"]) == D(top)


def test_a_bonus_the_row_holds_is_not_set_aside():
    # 分值 24 = 20 + 4: the bonus is the row's, the bands alone do not make it
    text = "完成年度计划目标得20分，完成目标的90%得16分，80%得12分，80%以下不得分。每超额完成10%加2分，最多加4分。"
    assert set_aside(normalize(text), Decimal(24))[1] == []
    assert set_aside(normalize(text), Decimal(20))[1] == ["每超额完成10%加2分,最多加4分"]


# ── points counted in a reward of the scheme's own ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("满分6金币时，按时提交，且： 测评分=100，奖励6金币 80≤测评分＜100，奖励4金币 测评分＜80，无金币奖励", "6",
     ["100", "90", "50"], [6, 4, 0]),
    ("测验得分≥90，奖励5积分；60≤测验得分＜90，奖励2积分；测验得分＜60，无积分奖励", "5", ["95", "70", "30"], [5, 2, 0]),
])
def test_reward_bands_read_as_points(text, weight, values, expected):
    p = propose(text, weight, "作业")
    sole(p, "tiers")
    assert not p.confident and any("按分读" in u for u in p.unplaced)
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    ("完成课后阅读即奖励3学豆", "3"),
    ("按时签到获得2积分", "2"),
])
def test_a_reward_for_a_thing_done(text, weight):
    p = propose(text, weight, "任务")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (D(weight)[0], D(0)[0])
    assert not p.confident


@pytest.mark.parametrize("text, said", [
    ("奖励10学豆", "学豆"),
    ("满分5金币", "金币"),
    ("奖励500元", ""),  # money, no points
    ("完成任务得3分", ""),
])
def test_rewards_said_as_points(text, said):
    assert rewards_as_points(text) == said
