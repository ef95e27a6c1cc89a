"""Requirements met or not whose words the readings did not take, and a title listing the parts its points go to:

- one requirement holding figures of its own (how many things, a mixing ratio: “每张桌子最多用1块抹布”, “比例1:50”), no
  scoring word, no share, no step nor line fallen short, its points (the 分值) closing the cell in brackets (“(3分)”)
  or after it (“…。2分”, a bracket the page left unopened “…。5分)”): met or not, the figures the team's to
  check (``all_or_nothing._figured_requirement``);
- a requirement, then its denial in the words “未达要求”, “不符合要求/标准/规定”, “不满足要求” scoring nothing, the two
  maybe run together where the page lost the space between them (“…划拨办公经费未达要求不计分”); a proportion a sum is
  allotted or grows by (“按比例划拨”, “逐年按比例递增”) is a requirement's, no scoring (``all_or_nothing._zeroed_by``);
- a title with the 分值 (“基础工作,4分。”), then “包括:” or “其中:” and the parts its points are shared out to, adding up
  to them: the title says nothing of the rule (``reading._titled``).

The 分值 restated closing deductions as a total after a stop or a comma (“…;总计2分”, “…,总计2分”): it says nothing of the
rule (``reading._RESTATED_END``).

A cell's line break ends a clause after the 分值 all taken (“…此分值扣完\n按照…”) or a veto (“…一级否定\n未以…”), and
before an item's number with its pause mark (“\n⑵、委托合同”).

Near misses: a figure with no measure word or with 分 (“2分钟内”, “三分之一”), a share, a step, points other than the
分值, a requirement with figures and no points said; a denial with nothing before it to deny; 按比例 scoring; parts
that do not add up to the title's points.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.all_or_nothing import _figured_requirement
from services.scoring.rules.base import Wording
from services.scoring.rules.wording import line_breaks_read, normalize
from tests.proposals import by_count, maxes, met_or_not, sole


# ── a requirement with figures of its own, its points closing the cell ────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("3.选手配制洗手液的比例正确,洗手液与水比例1:50。(3分)", "3"),
    ("每张桌子最多使用1块抹布(6分)", "6"),
    ("社区内每100户中有志愿服务骨干2人以上,骨干带动作用明显。2分", "2"),
    ("2. 选手在规定时间内整理完成床铺2张。5分)", "5"),
    ("每个班级配备灭火器2具,并放置在明显位置(4分)", "4"),
])
def test_a_requirement_with_figures_then_its_points(text, weight):
    p = propose(text, weight, "操作规范")
    sole(p, "all_or_nothing")
    assert not p.confident
    assert met_or_not(p) == (Decimal(weight), Decimal(0))


@pytest.mark.parametrize("text, weight", [
    ("选手在2分钟内完成桌面整理3张。(5分)", "5"),  # a minute, said with 分
    ("每年对三分之一以上的村开展审计2次;4分", "4"),  # a part, said with 分
    ("每张桌子最多使用1块抹布(共4分)", "6"),  # points other than the 分值
    ("档案整理合格率达到95%以上,整理3批(5分)", "5"),  # a share
    ("每少1块抹布扣1分(共6分)", "6"),  # a step
    ("参会人员不少于3人,低于3人不计分(2分)", "2"),  # a line fallen short
    ("配备2名以上专职人员,视情况评分(3分)", "3"),  # judged
    ("每张桌子最多使用1块抹布", "6"),  # no points said
    ("烟花爆竹零售店周边30米范围内无其他零售店,并与学校保持50米以上距离", "10"),
])
def test_figures_that_are_no_requirement_met_or_not(text, weight):
    assert _figured_requirement(Wording(normalize(text), Decimal(weight), "指标")) is None


# ── a requirement, then its denial scoring nothing ─────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, cond", [
    ("每年按规定划拨办公经费,未达要求不得分", "每年按规定划拨办公经费"),
    ("建立健全安全管理制度,不符合要求不得分", "建立健全安全管理制度"),
    ("设置无障碍通道,不符合标准的,不计分", "设置无障碍通道"),
    ("按时报送统计报表,不满足要求不得分", "按时报送统计报表"),
    ("每年按公用经费比例划拨办公经费 未达要求不计分", "每年按公用经费比例划拨办公经费"),
    ("培训经费逐年按比例递增,未达要求不记分", "培训经费逐年按比例递增"),
])
def test_a_requirement_then_its_denial_scoring_nothing(text, cond):
    p = propose(text, "2", "经费保障")
    assert sole(p, "all_or_nothing")["condition"] == cond
    assert not p.confident
    assert met_or_not(p) == (Decimal(2), Decimal(0))


@pytest.mark.parametrize("text", [
    "按比例扣分,未达要求不得分",  # 按比例 scoring
    "按完成比例计分,不符合要求不得分",
])
def test_a_proportion_scoring_is_no_requirement(text):
    assert propose(text, "2", "经费保障").kind != "all_or_nothing"


def test_a_denial_with_nothing_before_it_is_the_fault_itself():
    # too few words before the denial to be a requirement of their own: the fault, as written
    p = propose("经费不符合要求不得分", "2", "经费保障")
    assert sole(p, "all_or_nothing")["condition"].startswith("无：")


# ── a title, then the parts its points are shared out to ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, expected", [
    ("(3)基础工作,4分。包括:健全办事机构、完善职能,2分;编制年度工作报告,1分;按时报送工作简报,1分。", [2, 1, 1]),
    ("组织保障,5分。其中:成立领导小组,2分;制定工作方案,2分;明确专人负责,1分。", [2, 2, 1]),
    ("宣传工作,3分。具体包括:开设宣传专栏,1分;发放宣传资料,1分;开展主题活动,1分。", [1, 1, 1]),
])
def test_a_title_then_its_parts_listed(text, expected):
    p = propose(text, str(sum(expected)), "基础工作")
    sole(p, "checklist")
    assert maxes(p) == [Decimal(x) for x in expected]
    assert not any("基础工作" in pt["label"] or "组织保障" in pt["label"] for pt in p.items[0]["params"]["points"])


def test_parts_not_adding_up_to_the_title_leave_it():
    p = propose("基础工作,5分。包括:健全办事机构,2分;编制工作报告,1分;报送工作简报,1分。", "5", "基础工作")
    assert not p.confident


# ── a cell's line break after a whole score taken, a veto, or before a number with its pause mark ─────────────────
@pytest.mark.parametrize("text, likeliest", [
    ("建立台账的,得2分,发现一户未登记的此分值扣完\n按时上报的,得3分", "建立台账的,得2分,发现一户未登记的此分值扣完;按时上报的,得3分"),
    ("无该项制度的,一级否定\n制度缺少任一环节的,扣2分", "无该项制度的,一级否定;制度缺少任一环节的,扣2分"),
    ("⑴、营业执照复印件\n⑵、委托合同", "⑴、营业执照复印件;⑵、委托合同"),
])
def test_a_line_break_ends_the_clause(text, likeliest):
    assert line_breaks_read(text)[0] == likeliest


def test_a_line_break_inside_words_still_joins_them():
    assert line_breaks_read("每处扣1分,扣完\n为止")[0] == "每处扣1分,扣完为止"
    assert line_breaks_read("未及时扣\n完的")[0] == "未及时扣完的"


# ── the 分值 restated closing the text as a total (“…;总计2分”, “…,总计2分”) ─────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "装订不合格、未签字、未盖章,缺一项扣1分;总计3分。",
    "图纸与现场大致相同,不同之处每处扣1分,总计3分。",
    "图纸与现场大致相同,不同之处每处扣1分,合计3分。",
])
def test_a_total_restated_closing_deductions(text):
    p = propose(text, "3", "资料")
    sole(p, "deduction")
    assert not any("总计" in u or "合计" in u for u in p.unplaced)
    assert by_count(p, "2") == Decimal(1)


def test_a_total_other_than_the_weight_is_no_restatement():
    p = propose("图纸与现场大致相同,不同之处每处扣1分,总计2分。", "3", "资料")
    assert any("总计2分" in u for u in p.unplaced)


def test_a_total_after_points_earned_is_their_sum():
    # (“…得0.5分,共计2分”: the points of each of the things sampled, added up — no restatement)
    p = propose("抽查4家单位:按规定建立台账得0.5分,共计2分", "2", "台账")
    assert p.kind != "deduction"
