"""Made-up texts in the house styles a probe of the rule corpus found breaking readings that held in the common style: the
same rule written with another verb of points (记, 赋), of deduction (扣除, 扣减, 扣去, 核减, 减), another zero (得0分, 计0分,
“…,0分”, “否则0分”), the item named in its otherwise (否则该项不得分), a step of N百分点 without 个, another stop at nothing
(扣至本项0分为止, 扣完该项分值为止, 扣到零分为止), a cap said before 封顶, and a line said to include its figure in more words
(90%以上(含90%), 90%及以上); and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal read the rule the text states, or that it stay unsure.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import D, by_count, by_vars, met_or_not, picked, scored, sure_scores


def _full_or_nothing(text: str, weight: str) -> None:
    """The text read as a choice or a 全有或全无 scoring ``weight`` or nothing (sure or not)."""
    p = propose(text, weight, "指标")
    assert p.kind in ("choice", "all_or_nothing"), (p.summary, p.unplaced)
    got = [picked(p, k) for k in range(2)] if p.kind == "choice" else list(met_or_not(p))
    assert got == D(weight, 0)


# ── points given with 记 or 赋 (“记3分”, “赋3分”): the words before them the requirement, the verb none of it ───────────
@pytest.mark.parametrize("text", [
    "制定实施方案赋3分,未制定的不得分",
    "建立工作台账的,赋3分;否则不得分。",
    "按时报送 赋3分;未报送 不得分",
])
def test_points_given_with_fu_are_the_points_of_the_requirement(text):
    p = propose(text, "3", "指标")
    assert p.confident and "赋" not in p.summary, p.summary
    _full_or_nothing(text, "3")


@pytest.mark.parametrize("text", ["每开展一次专题活动记1分,最多记3分。", "每开展一次专题活动赋1分,最高3分。"])
def test_points_per_case_given_with_ji_or_fu_are_counted(text):
    p = propose(text, "3", "指标")
    assert p.kind == "formula", p.summary
    assert [by_vars(p, n) for n in ("0", "2", "5")] == D(0, 2, 3)


# ── points taken off with 扣除, 扣减, 扣去, 核减 or 减 (“每处减0.5分,减完为止”) ──────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "每发现一处不合格减0.5分,减完为止",
    "资料每缺一份扣去0.5分，扣完为止。",
    "每少报1项核减0.5分,扣完为止",
])
def test_points_taken_off_in_other_verbs_are_a_deduction_per_case(text):
    p = propose(text, "5", "指标")
    assert p.confident and p.kind == "deduction", p.unplaced
    assert [by_count(p, n) for n in ("0", "3", "20")] == D(5, "3.5", 0)


@pytest.mark.parametrize(("text", "kept"), [
    ("其他依次递减0.5分", "递减0.5分"),
    ("较上年每增减1个百分点加减1分", "加减1分"),
    ("未及时登记1次扣0.5分", "登记1次"),
    ("党支部书记2名", "书记2名"),
])
def test_near_miss_words_holding_jian_or_ji_are_not_verbs_of_points(text, kept):
    assert kept in normalize(text)


# ── a zero said 得0分, 计0分, after the words and a comma (“未公示,0分”), after 否则 or 的 ─────────────────────────────────
@pytest.mark.parametrize(("text", "weight"), [
    ("(3)加强日常巡查,无违规种植现象,得2分,有1例违规种植得0分。", "2"),
    ("(2)做好季度报表报送工作,于每季度末前报送县统计局,得2分,未报送得0分。", "2"),
    ("未公示，0分", "2"),
    ("未开展宣传活动的，0分。", "2"),
])
def test_a_zero_in_other_words_is_the_zero_of_the_requirement(text, weight):
    _full_or_nothing(text, weight)


@pytest.mark.parametrize("text", ["落实的,得1分,建成的,得2分,反之得0分。", "落实的,得1分,建成的,得2分,反之,0分。"])
def test_a_zero_in_other_words_after_points_each_is_read_with_them(text):
    p = propose(text, "3", "指标")
    assert p.kind == "checklist", p.summary


@pytest.mark.parametrize("text", [
    "制定应急预案的得2分,否则，0分",
    "制定应急预案的得2分,否则0分",
    "设立举报电话的,计2分;否则计0分。",
    "按时完成整改的,得2分;未完成整改的,0分;",
])
def test_near_miss_a_zero_read_before_stays_sure(text):
    p = propose(text, "2", "指标")
    assert p.confident, p.unplaced
    _full_or_nothing(text, "2")


@pytest.mark.parametrize(("text", "kept"), [
    ("每缺一项扣0.5分,直至得0分", "直至得0分"),
    ("按店堂整洁程度,最高的8分,最低的0分", "最低的0分"),
    ("扣至计0分为止", "计0分为止"),
])
def test_near_miss_a_zero_of_a_stop_or_a_range_is_no_situation(text, kept):
    assert kept in normalize(text)


# ── the item named in the otherwise of one requirement scoring once (“…,得2分,否则该项不得分”) ────────────────────────
@pytest.mark.parametrize("text", [
    "完成年度建设任务的,得2分,否则该项不得分。",
    "建立项目储备库的,得2分,否则,此项不得分。",
    "专业设备配置符合标准要求，得满分，否则，该项不得分",
    "完成年度建设任务的,得2分,否则本项不得分",
])
def test_the_otherwise_of_one_requirement_naming_the_item_is_its_zero(text):
    p = propose(text, "2", "指标")
    assert p.confident, p.unplaced
    _full_or_nothing(text, "2")


@pytest.mark.parametrize("text", [
    "召开专题会议得1分,有工作方案得1分,否则该项不得分。",
    "开展自查得1分,否则该项不得分;开展阶段性检查得1分,否则该项不得分。",
])
def test_near_miss_the_otherwise_naming_the_item_after_several_scores_stays_to_check(text):
    assert not propose(text, "2", "指标").confident


# ── a step of N百分点 without 个 ──────────────────────────────────────────────────────────────────────────────────────
def test_a_step_of_percentage_points_without_its_measure_word_is_a_step():
    assert sure_scores("完成率达到100%得5分,每低1百分点扣0.5分,扣完为止", "5", [100, 98, 80]) == D(5, 4, 0)


# ── a stop at nothing in other words (“扣至本项0分为止”, “扣至该项0分为止”) and a cap said before 封顶 ──────────────────
@pytest.mark.parametrize("text", [
    "每发现1处扣0.5分,扣至本项0分为止",
    "每发现1处扣0.5分,扣至该项0分为止。",
])
def test_a_stop_at_nothing_in_other_words_is_the_stop(text):
    p = propose(text, "5", "指标")
    assert p.confident and p.kind == "deduction", p.unplaced
    assert [by_count(p, n) for n in ("3", "20")] == D("3.5", 0)


def test_a_stop_at_nothing_in_other_words_closes_a_delay():
    p = propose("每迟报一天扣1分,扣至该项0分为止。", "5", "指标")
    assert p.confident and p.kind == "delay", p.unplaced


def test_a_cap_said_before_fengding_is_the_cap():
    p = propose("每缺一项扣1分,扣3分封顶", "5", "指标")
    assert p.kind == "formula", p.summary
    assert [by_vars(p, n) for n in ("1", "5")] == D(4, 2)


def test_near_miss_a_stop_at_a_figure_of_its_own_is_no_stop_at_nothing():
    p = propose("每缺一项扣1分,扣满3分为止", "5", "指标")
    assert "扣完为止" not in normalize("每缺一项扣1分,扣满3分为止")
    assert p.kind != "deduction", p.summary


# ── a line said to include its figure in more words than 以上 (“90%以上(含90%)”, “90%(含)以上”, “90%及以上”) ───────────
@pytest.mark.parametrize("text", ["完成率90%以上(含90%)得5分,否则不得分", "到位率95%以上(含95%)的,计5分;否则不计分"])
def test_a_line_including_its_figure_in_more_words_is_the_line(text):
    line = 90 if "90%" in text else 95
    assert sure_scores(text, "5", [line + 1, line, line - 1]) == D(5, 5, 0)


# ── near misses: the same classes in the forms read before, still read so ──────────────────────────────────────────
@pytest.mark.parametrize(("text", "counts", "want"), [
    ("每发现1处问题扣除0.5分,扣完为止", ("3", "20"), D("3.5", 0)),
    ("台账不规范的每处扣0.5分,扣到零分为止", ("3", "20"), D("3.5", 0)),
    ("每发现1处扣0.5分,扣完该项分值为止。", ("3", "20"), D("3.5", 0)),
])
def test_near_miss_forms_read_before_stay_sure(text, counts, want):
    p = propose(text, "5", "指标")
    assert p.confident and p.kind == "deduction", p.unplaced
    assert [by_count(p, n) for n in counts] == want


@pytest.mark.parametrize("text", ["完成率90%(含)以上得5分,否则不得分", "完成率达到90%及以上的,得5分;否则不得分"])
def test_near_miss_lines_read_before_stay_sure(text):
    assert sure_scores(text, "5", [95, 90, 89]) == D(5, 5, 0)


def test_near_miss_a_cap_said_before_the_points_is_read_as_before():
    p = propose("每缺一项扣1分,最多扣3分", "5", "指标")
    assert [by_vars(p, n) for n in ("1", "5")] == D(4, 2)


# ── numbered parts marked in words (“一是…;二是…”) ─────────────────────────────────────────────────────────────────
def test_parts_marked_in_words_are_parts():
    p = propose("一是按时报送年度计划的,得1分;逾期报送不得分。二是报送数据准确的,得2分;数据有误的,每发现1处扣0.5分,最多扣2分。",
                "3", "指标")
    assert p.confident and len(p.items) == 2, p.unplaced
    assert picked(p, 0) == 1 and scored(p, {"count": "3"}, item=1) == D("0.5")[0]


def test_parts_marked_in_words_each_with_its_zero_are_parts():
    p = propose("一是制定年度培训计划,得2分;未制定不得分。二是培训记录完整,得2分;记录不全的不得分。", "4", "指标")
    assert p.confident and len(p.items) == 2, p.unplaced
    assert [picked(p, 0, item=k) for k in range(2)] == D(2, 2)


def test_near_miss_a_part_marked_in_words_after_a_comma_is_read_as_before():
    p = propose("主要抓好两项工作,一是制定年度工作计划(2分);二是按季度报送工作进展(2分)。", "4", "指标")
    assert p.confident and p.kind == "checklist", p.unplaced
    assert "一是" in normalize("统一是否安装,一是否")


# ── the case counted set apart from its deduction by a comma (“每发现1处无禁烟标识,扣1分”) ────────────────────────────
@pytest.mark.parametrize(("text", "after_three"), [
    ("每发现1处无禁烟标识，扣1分,扣完为止", "2"),
    ("发现一处占用公路晒粮的，扣0.5分,扣完为止。", "3.5"),
])
def test_a_case_counted_then_a_comma_then_its_deduction_is_one_clause(text, after_three):
    p = propose(text, "5", "指标")
    assert p.confident and p.kind == "deduction", p.unplaced
    assert [by_count(p, n) for n in ("3", "20")] == D(after_three, 0)


@pytest.mark.parametrize("text", ["每月至少开展1次,扣1分", "每季度召开会议,扣1分"])
def test_near_miss_a_requirement_of_each_period_then_a_deduction_is_no_case_counted(text):
    assert ",扣1分" in normalize(text)


# ── a deduction per case with its unit after the points (“扣1分/次”) ─────────────────────────────────────────────────
def test_a_deduction_with_its_unit_after_the_points_is_a_deduction_per_case():
    p = propose("未落实值班制度的,扣1分/次,扣完为止。", "5", "指标")
    assert p.confident and p.kind == "deduction", p.unplaced
    assert [by_count(p, n) for n in ("2", "9")] == D(3, 0)


def test_faults_each_with_the_unit_after_the_points_are_read_as_deductions():
    p = propose("台账填写不规范扣0.5分/处;资料缺失扣0.5分/处,扣完为止", "5", "指标")
    assert p.kind == "deduction", p.summary


def test_near_miss_a_unit_after_the_points_in_a_clause_with_a_count_is_left():
    assert "扣0.5分/人" in normalize("缺勤满2次及以上扣0.5分/人,扣完为止。")
    assert "扣1分/处" in normalize("每发现一处扣1分/处")


# ── figures in full width in the cells of a row (“每增长１个百分点 ０．５”) ─────────────────────────────────────────────
def test_figures_in_full_width_in_cells_are_read_as_in_half_width():
    p = propose("当年实绩比上年每增长１个百分点 ０．５(最高10分)", "10", "指标")
    assert p.kind == "formula", p.summary
    assert [by_vars(p, n) for n in ("4", "30")] == D(2, 10)
