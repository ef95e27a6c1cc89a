"""Points added above a line or per case, with a cap, in the house style of bonus rows (加分项):

- points per step above a line said as the one to pass, with no points of its own (“自主实施比例不低于业务总量的30%,
  每增加5%加1分,不超过5分”, “覆盖率超过50%,每增加10%,加1分”), alone or as the parts of a text, each closing on its cap;
- points per case after a clause saying that points are added (“…经认可的,应在评价中优先考虑加分,每项加1分,不超过5分”;
  “…,给予加分,…每项分别加3、2、1分,不超过10分”);
- points per a count of more than one case (“每开展150项加1分,不超过5分”), in proportion.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, by_vars, readings, scored, sole, types


# ── points per step above a line to pass ────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, values, expected", [
    ("开展所辖线路巡视、消缺等工作,自主实施比例不低于所辖业务总量的30%,每增加5%加1分,不超过5分。", "5",
     ["30", "40", "20", "80"], [0, 2, 0, 5]),
    ("员工持证覆盖率超过60%,每增加10%,加1分,不超过4分", "4", ["60", "75", "100"], [0, 1.5, 4]),
    ("志愿服务参与率不低于40%，每提高5个百分点得0.5分，最高不超过2分。", "2", ["40", "50", "90"], [0, 1, 2]),
    ("设备自主检修比例达到20%,每增加10%计2分,累计不超过6分", "6", ["20", "30", "60"], [0, 2, 6]),
])
def test_points_per_step_above_a_line_to_pass(text, weight, values, expected):
    p = propose(text, weight, "加分")
    sole(p, "formula")
    assert not p.confident  # a share entered in %, a part of a step earning in proportion
    assert [by_vars(p, v) for v in values] == D(*expected)


def test_parts_each_above_a_line_and_capped():
    text = ("1.开展变电站巡视、检测等工作。自主实施比例不低于50%，每增加10%加1分，不超过3分。"
            "2.开展台账维护、数据录入等工作。自主实施比例不低于40%，每增加5%加1分，不超过2分。")
    p = propose(text, "5", "自主实施")
    assert types(p) == ["formula", "formula"] and not p.confident
    assert [it["max"] for it in p.items] == ["3", "2"]
    assert scored(p, {"vars": {"p": "70"}}, 0) == 2 and scored(p, {"vars": {"p": "50"}}, 1) == 2
    assert scored(p, {"vars": {"p": "45"}}, 0) == 0


@pytest.mark.parametrize("text, weight", [
    # points stated at the line: a base to add to, not nothing below it
    ("覆盖率超过50%得2分,每增加10%加1分,不超过4分", "4"),
    # a step below the line takes points off: no points earned above it
    ("自主实施比例不低于30%,每降低5%扣1分,扣完为止", "5"),
    # the line only below (低于, no 不得分): not a line to pass
    ("自主实施比例低于30%,每增加5%加1分,不超过5分", "5"),
])
def test_near_miss_no_line_to_pass(text, weight):
    assert not any("max(0, p -" in str(it["params"].get("expression", ""))
                   for found in readings(text, weight) for it in found.items)


# ── points per case after a clause saying that points are added ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("总结提炼检修工艺、管理经验等,经上级部门认可的,应在年度考评中优先考虑加分,每项加1分,不超过5分。", "5",
     ["0", "3", "9"], [0, 3, 5]),
    ("对获得上级表彰的典型做法，给予加分，每项加0.5分，累计不超过2分", "2", ["0", "2", "6"], [0, 1, 2]),
])
def test_points_per_case_after_points_said_added(text, weight, counts, expected):
    p = propose(text, weight, "加分")
    sole(p, "formula")
    assert not p.confident  # 加分: points beyond the item's range are the evaluator's to bear out
    assert [by_vars(p, n) for n in counts] == D(*expected)


def test_kinds_listed_after_points_said_added():
    text = "撰写经验材料等,经认可下发的,应优先考虑加分,纳入国家、省、市推广材料每篇分别加3、2、1分,不超过8分"
    p = propose(text, "8", "推广")
    sole(p, "formula")
    assert not p.confident
    assert by_vars(p, "1", "1", "1") == 6 and by_vars(p, "2", "2", "0") == 8 and by_vars(p, "0", "0", "0") == 0


@pytest.mark.parametrize("text, weight", [
    # the clause says which cases earn nothing: no clause of points added to set aside
    ("未经认可的不加分,每项加1分,不超过5分", "5"),
])
def test_near_miss_cases_left_out_stay(text, weight):
    for found in readings(text, weight):  # read or not, the cases left out are never set aside unsaid
        assert "不加分" in found.summary + "".join(found.doubts or ()) or found.items[0]["type"] != "formula"


# ── points per a count of more than one case ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("自主开展计量装置新装、更换等工作,每开展150项加1分,不超过5分。", "5", ["0", "300", "1200"], [0, 2, 5]),
    ("班组每完成4次带电作业得0.5分，最多2分", "2", ["0", "8", "40"], [0, 1, 2]),
    ("每培训20人计1分,不超过3分", "3", ["10", "40", "100"], [0.5, 2, 3]),
])
def test_points_per_count_of_cases(text, weight, counts, expected):
    p = propose(text, weight, "开展")
    sole(p, "formula")
    assert not p.confident  # a part of the count earns in proportion
    assert [by_vars(p, n) for n in counts] == D(*expected)


@pytest.mark.parametrize("text, weight", [
    # a count said, no case counted
    ("有15项成果的得5分,不超过5分", "5"),
    # a period required, not a count of cases
    ("每季度开展2次活动得1分,不超过4分", "4"),
])
def test_near_miss_no_count_of_cases(text, weight):
    for found in readings(text, weight):
        assert not any(" / 15" in str(it["params"].get("expression", "")) or " / 2" in str(it["params"].get(
            "expression", "")) for it in found.items)


# ── numbered parts each deducting up to its own cap (累计扣分不超过…), a closing cap of them all ──────────────────────
@pytest.mark.parametrize("text, weight, caps, counts, expected", [
    ("1.按时完成制度修订。未按时完成每次扣0.5分，累计扣分不超过1.5分。2.工作流程齐全。缺一个扣0.5分，累计扣分不超过1.5分。",
     "3", ["1.5", "1.5"], [["0", "0"], ["1", "2"], ["4", "1"]], [3, 1.5, 1]),
    ("1.遵守考勤制度,无故缺勤每次扣0.1分,扣分不超过1分;2.会议记录完整,缺1份扣0.2分,累计扣分不超过2分;"
     "3.按时报送信息,每迟报1次扣0.1分,最多扣1分", "4", ["1", "2", "1"], [["0", "0", "0"], ["3", "2", "20"]], [4, 2.3]),
    # a first part stating no points nor deduction, a closing cap that is the 分值
    ("1.档案的设置。按职责设置必要的档案目录。2.档案的记录。记录不全的，每份扣0.1分，累计扣分不超过1分；3.档案的保管。"
     "保管不善的，每份扣0.1分，累计扣分不超过0.5分。以上项目累计扣分不超过1.5分。", "1.5", ["1", "0.5"],
     [["0", "0"], ["3", "9"]], [1.5, 0.7]),
])
def test_parts_each_deducting_up_to_its_cap(text, weight, caps, counts, expected):
    p = propose(text, weight, "管理")
    assert types(p) == ["deduction"] * len(caps) and not p.confident
    assert [it["max"] for it in p.items] == caps
    for found, score in zip(counts, expected):
        assert sum(scored(p, {"count": n}, k) for k, n in enumerate(found)) == D(score)[0]


@pytest.mark.parametrize("text, weight", [
    # a part deducting once beside its capped count may take off more than its cap: the closing cap is the part's too
    ("1.年度总结未按时上交，扣0.5分；月度总结未按时上交，每次扣0.1分，累计扣分不超过0.5分；2.未按时归档的，每次扣0.1分，"
     "累计扣分不超过0.5分。以上项目累计扣分不超过1分。", "1"),
])
def test_near_miss_closing_cap_kept(text, weight):
    p = propose(text, weight, "管理")
    assert not (types(p) == ["deduction", "deduction"] and sum(Decimal(it["max"]) for it in p.items) == Decimal(weight))


# ── parts of points added, one cap for each said after them all (以上单项加分不超过…) ──────────────────────────────
@pytest.mark.parametrize("text, weight, caps, values, expected", [
    ("1.开展线路检修、试验等工作，自主实施比例不低于业务总量的30%，每增加5%加1分。2.开展开关柜检修等工作，自主实施比例不低于"
     "业务总量的20%，每增加5%加1分。有关说明：以上单项加分不超过5分，总加分不超过10分。", "10", ["5", "5"],
     [("40", "30"), ("90", "20")], [4, 5]),
    ("1.参与技术攻关,每次加0.4分;2.发表技术论文,每篇加0.5分;以上各项加分不超过2分", "4", ["2", "2"],
     [("1", "2"), ("6", "1")], [1.4, 2.5]),
])
def test_parts_added_each_capped_after_them(text, weight, caps, values, expected):
    p = propose(text, weight, "加分")
    assert types(p) == ["formula"] * len(caps) and not p.confident
    assert [it["max"] for it in p.items] == caps
    for got, score in zip(values, expected):
        total = sum(scored(p, {"vars": {it["params"]["variables"][0]["name"]: v}}, k)
                    for k, (it, v) in enumerate(zip(p.items, got)))
        assert total == D(score)[0]


@pytest.mark.parametrize("text, weight", [
    # a cap of them all that is not the 分值: not the parts of this item
    ("1.参与技术攻关,每项加1分;2.发表技术论文,每篇加0.5分;以上单项加分不超过2分,总加分不超过3分", "4"),
])
def test_near_miss_parts_capped_otherwise(text, weight):
    p = propose(text, weight, "加分")
    assert not ([it["max"] for it in p.items] == ["2", "2"])


def test_parts_numbered_before_a_figure_with_a_unit():
    text = ("1.220kV及以上变电站设备巡视等工作。自主实施比例不低于50%，每增加10%加1分，不超过3分。"
            "2.35kV线路带电检测等工作。自主实施比例不低于40%，每增加10%加1分，不超过2分。")
    p = propose(text, "5", "自主实施")
    assert types(p) == ["formula", "formula"] and [it["max"] for it in p.items] == ["3", "2"]
    assert scored(p, {"vars": {"p": "80"}}, 0) == 3 and scored(p, {"vars": {"p": "50"}}, 1) == 1


@pytest.mark.parametrize("text, weight, counts, expected", [
    # several sentences of what is asked before the points of each case
    ("协助开展项目储备、前期评审;项目过程管控、质量检查;项目验收、资料移交;全程参与工程项目,每项加1分,不超过3分", "3",
     ["0", "2", "5"], [0, 2, 3]),
])
def test_points_per_case_after_sentences_asked(text, weight, counts, expected):
    p = propose(text, weight, "参与")
    sole(p, "formula")
    assert [by_vars(p, n) for n in counts] == D(*expected)


@pytest.mark.parametrize("text, weight", [
    # a decimal opening the text is no mark of a part
    ("1.5倍以上的得3分;1.2倍至1.5倍的得2分;2.0倍以上另加1分", "4"),
])
def test_near_miss_no_part_mark_before_a_decimal(text, weight):
    p = propose(text, weight, "倍数")
    assert not any(it["label"].startswith("5倍") for it in p.items)


@pytest.mark.parametrize("text, weight", [
    # a period after 每 and a count: how often, not a count of cases
    ("每3个月加1分,不超过4分", "4"),
])
def test_near_miss_no_count_of_a_period(text, weight):
    assert not any(" / 3" in str(it["params"].get("expression", "")) for found in readings(text, weight)
                   for it in found.items)
