"""The ratio method (比率法) of 院校 assessments: the 分值 at a standard, nothing below a floor, the rest scored by the
figure reached over the standard times the 分值 (``formula._ratio_method``; the words in ``wording.RATIO_METHOD``):

- the standard named (“达到“合格”标准得3分,低于“限制招生”标准得0分,“合格”与“限制招生”之间采用比率法计分;该指标得分=本校实际值
  ÷合格标准值×指标分数权重”): ``g * (v / s * max)``, the standard entered, ``g`` the floor's 0/1 condition;
- the standard a figure of the text (“平均每专业3个及以上…为“合格”,得2分,…低于1个…为“不合格”,得0分,…比率法计分”, “…达到
  12000元/人为“合格”,得2分,低于12000元/人采用比率法计分”): ``g * (v / 3 * max)``, ``v / 12000 * max``;
- the best raw score among the units as the standard (“原始得分最高得4分,测评结果为D得0分,其他情况采用比率法计分”):
  ``g * (v / s * max)`` over one's own and the best raw score;
- standards for kinds of units (“理工类院校…不低于30%为“合格”,得2分,文科类院校…不低于15%为“合格”,得2分,其他情况采取比率法
  计分”): the standard of one's kind entered, to check.

Sure only where the ratio is written out or the standard is one figure of the text. A 比率法 is no situation nor band:
the readings of situations (情形选择) and of bands (分档) leave such texts alone.

Near misses: no ratio method (the rest a score of its own), the standard's points short of the 分值, a scoring
sentence beside it, a rest below another figure than the standard's.

Classes numbered with their word said once (“按工作情况分为一、二、三类村,分别计20分、18分、16分”: 一类村, 二类村, 三类村,
``choice._levels_in_order``), after numbered requirements that score nothing (“1、…;2、…;按工作情况分为…”: set aside,
``reading.set_aside``, to check). Near miss: classes not numbered from the first.

One picture at a fault and its cost, its one said in words and the page's 副 for 幅 (“一副图像显示不清晰扣1分”, “缺规定切面
图像一幅扣2分”): per picture (``deduction._one_fault``); a cell's words wholly in brackets read inside them
(``wording.cell_read``). Near misses: 副 of a title (“一副主任未参加…”), two bracketed parts.

A requirement of two lines or more to reach, one to a clause, no score said (“开展青少年科普活动每年不少于3次,青少年参与率不少于50%”,
“人均经费超过2元/人”, “每百人均达5册”): every line reached, the 分值, any short, none (``all_or_nothing._lines_required``),
always to check. Near misses: one line alone (a figure short of it may earn a share), words weighing the work in
degree (积极、显著), lines of bands run together in a clause, a step or a deduction said.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import cell_read, normalize
from tests.proposals import D, by_count, by_vars, met_or_not, picked, readings, sole


def ratio_readings(text: str, weight: str) -> list:
    return [r for r in readings(text, weight) if r.items[0]["type"] == "formula" and "比率法" in r.summary]


# ── the standard named ──────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "达到“合格”标准得4分，低于“限制招生”标准得0分，“合格”与“限制招生”之间采用比率法计分。该指标得分=本校实际值÷合格标准值×指标分数权重。",
    "生均图书（4分）：达到“合格”标准得4分，低于“限制招生”标准不得分，“合格”和“限制招生”之间采用比率法计分。"
    "该指标得分=本校实际值÷合格标准值×指标分数权重。",
])
def test_standard_named_floor_and_ratio_between(text):
    p = propose(text, "4", "生均图书")
    params = sole(p, "formula")
    assert params["expression"] == "g * (v / s * max)"
    assert [by_vars(p, "1", "8000", "10000"), by_vars(p, "1", "12000", "10000"), by_vars(p, "0", "5000", "10000")] \
        == D("3.2", 4, 0)
    assert p.confident
    assert "限制招生" in params["variables"][0]["label"]


def test_standard_named_no_formula_is_to_check():
    p = propose("达到“合格”标准得4分，低于“限制招生”标准得0分，其他情况采用比率法计分。", "4", "生均图书")
    sole(p, "formula")
    assert by_vars(p, "1", "8000", "10000") == D("3.2")[0]
    assert not p.confident


# ── the standard a figure ────────────────────────────────────────────────────────────────────────────────────────
def test_standard_a_figure_with_a_floor():
    p = propose("占比高于50%为“合格”，得3分，占比低于20%为“不合格”，得0分，其他情况采用比率法计分。"
                "该指标得分=本校实际值÷合格标准值×指标分数权重。", "3", "兼职教师占比")
    assert sole(p, "formula")["expression"] == "g * (v / 50 * max)"
    assert [by_vars(p, "1", "40"), by_vars(p, "1", "60"), by_vars(p, "0", "10")] == D("2.4", 3, 0)


def test_standard_a_count_per_unit_with_a_floor():
    p = propose("平均每个班级2名及以上辅导员为“合格”，得4分，平均每个班级低于1名辅导员为“不合格”，得0分，“不合格”与“合格”之间"
                "采用比率法计分。该指标得分=本校实际值÷合格标准值×指标分数权重。", "4", "辅导员配备")
    assert sole(p, "formula")["expression"] == "g * (v / 2 * max)"
    assert [by_vars(p, "1", "1.5"), by_vars(p, "0", "0.5")] == D(3, 0)


def test_standard_a_figure_ratio_below_it():
    p = propose("生均经费达到8000元/人为“合格”，得5分，低于8000元/人采用比率法计分。该指标得分=本校实际值÷合格标准值×指标分数权重。",
                "5", "生均经费")
    assert sole(p, "formula")["expression"] == "v / 8000 * max"
    assert [by_vars(p, "6000"), by_vars(p, "9000")] == D("3.75", 5)
    assert p.confident


# ── the best raw score the standard ──────────────────────────────────────────────────────────────────────────────
def test_best_raw_score_as_standard():
    p = propose("原始得分最高得5分，测评结果为C得0分，其他情况采用比率法计分。该指标得分=本校原始得分÷各校原始最高分×指标分数权重。",
                "5", "思政工作")
    sole(p, "formula")
    assert [by_vars(p, "1", "80", "100"), by_vars(p, "0", "70", "100")] == D(4, 0)
    assert p.confident


def test_best_raw_score_ratio_unwritten_is_to_check():
    p = propose("原始得分最高得2分，低于60分得0分，其他情况采用比率法计分。", "2", "安全工作")
    sole(p, "formula")
    assert [by_vars(p, "1", "45", "90"), by_vars(p, "0", "50", "90")] == D(1, 0)
    assert not p.confident


# ── standards for kinds of units ─────────────────────────────────────────────────────────────────────────────────
def test_standards_for_kinds_of_units_entered():
    p = propose("理工类院校相关专业占比不低于30%为“合格”，得2分，文科类院校相关专业占比不低于15%为“合格”，得2分，其他情况采取比率法计分。",
                "2", "专业占比")
    assert sole(p, "formula")["expression"] == "v / s * max"
    assert [by_vars(p, "15", "30"), by_vars(p, "15", "15")] == D(1, 2)
    assert not p.confident


# ── no situations nor bands read from a ratio method ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("达到“合格”标准得3分，低于“限制招生”标准得0分，“合格”与“限制招生”之间采用比率法计分。该指标得分=本校实际值÷合格标准值×指标分数权重。", "3"),
    ("平均每专业2个及以上实习基地为“合格”，得3分，平均每专业低于1个实习基地为0分，“不合格”与“合格”之间采用比率法计分。", "3"),
])
def test_ratio_method_read_by_no_situations_nor_bands(text, weight):
    assert {r.items[0]["type"] for r in readings(text, weight)} == {"formula"}


# ── near misses ──────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    # no ratio method: the rest scores points of its own
    ("达到“合格”标准得3分，低于“限制招生”标准得0分，“合格”与“限制招生”之间得1分。", "3"),
    # the standard's points short of the 分值
    ("达到“合格”标准得2分，低于“限制招生”标准得0分，“合格”与“限制招生”之间采用比率法计分。", "3"),
    # a scoring sentence beside it
    ("达到“合格”标准得3分，低于“限制招生”标准得0分，其他情况采用比率法计分。获评示范校另加1分。", "3"),
    # the rest below another figure than the standard's
    ("生均经费达到8000元/人为“合格”，得5分，低于6000元/人采用比率法计分。", "5"),
    # a floor said beside a rest below the standard
    ("生均经费达到8000元/人为“合格”，得5分，低于3000元/人不得分，低于8000元/人采用比率法计分。", "5"),
])
def test_near_misses_not_read_as_the_ratio_method(text, weight):
    assert ratio_readings(text, weight) == []


# ── classes numbered, their word said once ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, labels, expected", [
    ("按工作情况分为一、二、三类村，分别计20分、18分、16分。", "20", ["一类村", "二类村", "三类村"], [20, 18, 16]),
    ("按考核情况分为一、二、三、四档，分别得10分、8分、6分、4分", "10", ["一档", "二档", "三档", "四档"], [10, 8, 6, 4]),
    ("1、制度健全，台账规范；2、按时完成上级交办任务。按工作情况分为一、二、三类，分别计30分、25分、20分。", "30",
     ["一类", "二类", "三类"], [30, 25, 20]),
])
def test_classes_numbered_then_their_scores(text, weight, labels, expected):
    p = propose(text, weight, "党建工作")
    options = sole(p, "choice")["options"]
    assert [o["label"] for o in options] == labels
    assert [picked(p, i) for i in range(len(expected))] == D(*expected)
    assert not p.confident  # the scores by the order listed, and what puts a unit in a class, are to check


def test_classes_not_numbered_from_the_first_are_no_classes():
    p = propose("分为二、三类，分别计10分、8分", "10", "党建工作")
    assert "二类" not in [o.get("label") for it in p.items for o in (it["params"].get("options") or [])]


# ── one picture at a fault ───────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, per", [
    ("一幅图像显示不清晰扣2分", 2),
    ("一副图像有伪影扣1分", 1),
    ("缺规定切面图像一幅扣1分", 1),
    ("(一副图像深度未达到1/2扣1分)", 1),
    ("（一张照片模糊扣1分）", 1),
])
def test_one_picture_at_a_fault_is_per_picture(text, per):
    p = propose(text, "10", "图像质量")
    sole(p, "deduction")
    assert [by_count(p, "1"), by_count(p, "3")] == D(10 - per, 10 - 3 * per)


def test_a_title_is_no_picture():
    p = propose("一副主任未参加会议扣1分", "10", "会议")
    assert p.kind != "deduction"


def test_words_wholly_in_brackets_are_read_inside():
    assert cell_read(normalize("(一幅图像不清晰扣1分)")) == normalize("一幅图像不清晰扣1分")
    assert cell_read(normalize("(一幅图像不清晰扣1分)(查看图像)")).startswith("(")


# ── lines to reach, no score said ────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "开展社区健康教育活动每年不少于4次，居民参与率不少于30%",
    "宣传经费不少于业务经费的10%，人均宣传费用超过3元/人",
    "有阅览室，图书每百人均达10册，年新增不少于200册",
    "居民体检率达60%，并每年提高3%以上",
])
def test_lines_to_reach_with_no_score_all_or_nothing(text):
    p = propose(text, "6", "宣传教育")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (D(6)[0], D(0)[0])
    assert not p.confident


@pytest.mark.parametrize("text", [
    "积极开展健康教育活动，居民知晓率≥90%",  # weighed in degree
    "活动成效显著，参与率达到40%以上",
    "更新内容达15%以上 更新内容达10%以上 更新内容达5%以上 内容未更新",  # cells of bands run together
    "开展活动不少于4次，每少1次扣1分",  # a deduction said
    "居民体检率达到60%以上，做好体检记录",  # one line alone
])
def test_near_misses_not_read_as_lines_to_reach(text):
    assert not any(r.items[0]["type"] == "all_or_nothing" and "未达到时是否按比例得分" in " ".join(r.doubts or ())
                   for r in readings(text, "6"))
