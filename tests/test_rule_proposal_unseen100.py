"""Points per case as tables write them: a lone “组织1次得2分” (each time, not a band), a closing sentence saying how the
cases are checked (“查…记录”), a clause after the points saying how the thing is done, a kind of case in brackets before
its count (“(20人以上)”), and a points scheme's 积 for 得 (“每起积1分 最高积3分”). And the points of the last N years
said first, then each year's (“近3年开展过相关工作者3分,每年1分”), and the best scoring the points, the others in
proportion (“发布数量最多的得7分,其余人员得分以此标准推算”).

Made-up texts in the style of published 评分标准, with the score of a few situations, and near misses that must not be
read that way.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules import check_item, score_item
from tests.proposals import D, by_vars, readings, sole


# ── points per case, with the words a table sets around them ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, counts, expected", [
    ("组织1次得2分。会后报送简报,查工作台账。", "4", ["1", "5"], ["2", "4"]),
    ("每举办一次得1分,广泛动员群众参与。", "3", ["2", "7"], ["2", "3"]),
    ("每开展1场得0.5分。查活动记录、签到表等材料。", "2", ["3", "10"], ["1.5", "2"]),
    ("妥善处置突发事件 资料齐全者每起积1分 最高积4分", "4", ["3", "6"], ["3", "4"]),
])
def test_points_per_case_with_words_around_them(text, weight, counts, expected):
    p = propose(text, weight, "工作开展")
    params = sole(p, "formula")
    assert len(params["variables"]) == 1
    assert [by_vars(p, n) for n in counts] == D(*expected)
    assert by_vars(p, "0") == 0
    assert not p.confident


def test_case_of_a_kind_in_brackets_beside_another_case():
    p = propose("每走访一户得0.5分,集中宣讲(20人以上)一次得1分。查走访记录、宣讲照片等材料。", "4", "宣传走访")
    sole(p, "formula")
    assert by_vars(p, "2", "1") == 2
    assert by_vars(p, "6", "3") == 4  # never past the 分值
    assert not p.confident


def _doubted(text: str, weight: str, words: str) -> bool:
    return any(words in " ".join(r.doubts or ()) for r in readings(text, weight))


@pytest.mark.parametrize("text, weight, words", [
    ("开展1次得1分。", "1", "按每次计分读"),  # the count of one earns the 分值: a band or a requirement, no count
    ("组织1次得2分,未组织不得分;查工作台账", "4", "按每次计分读"),  # the count of one beside what none scores: a band
    ("每开展一次得1分,未按要求开展的扣1分", "3", "作为工作要求"),  # a fault after the points, no clause of how it is done
    ("每开展一次得1分,最高得3分", "3", "作为工作要求"),  # a cap after the points
    ("每开展一次得1分,视情况酌情加分", "3", "作为工作要求"),  # judgement after the points
    ("每起积1分,累计积分作为评优依据", "3", "作为工作要求"),
])
def test_near_miss_not_read_with_words_around(text, weight, words):
    assert not _doubted(text, weight, words)


# ── the points of the last N years said first, then each year's ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, years, expected", [
    ("近3年承担过市级以上课题者3分,每年1分。", "3", ["0", "2", "3"], ["0", "2", "3"]),
    ("近2年参与过行业标准制定的4分,每年2分", "4", ["1", "2"], ["2", "4"]),
])
def test_years_then_each(text, weight, years, expected):
    p = propose(text, weight, "业务能力")
    sole(p, "formula")
    assert [by_vars(p, y) for y in years] == D(*expected)
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("近3年承担过市级以上课题者3分,每年1分", "4"),  # the years do not make the 分值
    ("近3年未发生安全事故者3分,每年1分", "3"),  # no fault counted by year
    ("近3年承担过市级以上课题者3分,每项1分", "3"),  # each case, not each year
])
def test_near_miss_not_years_then_each(text, weight):
    assert not any("近 3 年中每有 1 年" in r.summary for r in readings(text, weight))


# ── the best scoring the points, the others in proportion ───────────────────────────────────────────────────────
def test_best_as_standard():
    p = propose("在门户网站发布工作动态,发布数量最多的得6分,其余单位得分以此标准推算。", "6", "信息发布")
    sole(p, "formula")
    assert by_vars(p, "30", "30") == 6
    assert by_vars(p, "10", "30") == 2
    assert not p.confident


def test_best_as_standard_in_two_parts():
    # (the proposal itself takes the two halves as points of a 要点核查 here, placing as much of the text: this reading is
    # the second one, to be offered)
    text = ("报送信息简报,报送数量最多的得4分,其余单位得分以此标准推算。被上级采用信息,采用数量最多的得6分,其余单位得分"
            "以此标准推算。(联合报送的按1篇计)")
    found = [r for r in readings(text, "10") if "其余按比例计" in r.summary]
    assert len(found) == 1 and found[0].doubts
    item = found[0].items[0]
    assert check_item(item) == []
    names = [v["name"] for v in item["params"]["variables"]]
    assert score_item(item, {"vars": dict(zip(names, ["5", "10", "3", "3"]))}).score == 8


@pytest.mark.parametrize("text, weight", [
    ("发布数量最多的得6分,其余单位得分以此标准推算", "8"),  # the points are not the 分值
    ("发布数量最多的得6分,其余单位酌情给分", "6"),  # judged, not in proportion
    ("发布数量最多的得6分,其余单位得3分", "6"),  # a score said for the rest
])
def test_near_miss_not_best_as_standard(text, weight):
    assert not any("其余按比例计" in r.summary for r in readings(text, weight))
