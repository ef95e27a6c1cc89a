"""Rows of several parts, each with its own rule, a next agency's table is likely to share:

- numbered parts each under a heading with its points in brackets, then bands each closed by its points in brackets
  (“1.企业签订集体合同。(6分)80%以上(6分),50%-80%(4分),50%以下(3分)。2.…(8分)…”): a 分档计分 for each part, its
  points the heading's (the best band's), never the last band's; where the heading's points are not the best band's,
  the parts are not read so;
- numbered parts each earning points per case up to its own 满分 (“1.…每次加2分,满分3分;2.…每次加0.5分,满分1分”): a
  formula for each part capped at its 满分, to check;
- a choice inside a list of points, its situations parted by “或” (“…得20分;主要领导参加得10分或分管领导参加得8分”): the
  situations of one part, a 情形选择, read as they are when parted by a comma.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, met_or_not, picked, scored, scores, ticks, types


def _values(p, item: int, values: list[str]) -> list[Decimal | None]:
    return scores(p, values, item)


# ── parts each under a heading with its points, then its bands ─────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, first, second", [
    ("1.职工参保。(4分)参保率90%以上(4分),70%-90%(2分),70%以下(0分)。"
     "2.工资发放。(6分)按时发放率95%以上(6分),80%-95%(3分),80%以下(0分)",
     "10", ("4", ["95", "80", "50"], [4, 2, 0]), ("6", ["99", "85", "60"], [6, 3, 0])),
    ("(1)培训覆盖。(5分)培训覆盖率达到90%及以上(5分),60%(含)-90%(3分),60%以下(1分);"
     "(2)考核合格。(3分)合格率95%以上(3分),95%以下(0分)",
     "8", ("5", ["92", "75", "30"], [5, 3, 1]), ("3", ["98", "90"], [3, 0])),
    ("1.社区覆盖;(3分)覆盖率85%以上(3分),60%-85%(2分),60%以下(1分);2.入户走访;(2分)走访率90%以上(2分),70%-90%(1分),70%以下(0分)",
     "5", ("3", ["90", "70", "10"], [3, 2, 1]), ("2", ["95", "80", "50"], [2, 1, 0])),
])
def test_parts_each_a_set_of_bands_under_its_points(text, weight, first, second):
    p = propose(text, weight, "劳动关系")
    assert types(p) == ["tiers", "tiers"]
    assert not p.confident  # the bands share their edges
    for k, (pts, values, expected) in enumerate((first, second)):
        assert p.items[k]["max"] == pts
        assert _values(p, k, values) == D(*expected)


@pytest.mark.parametrize("text, weight", [
    # the heading's points are not its best band's: which is the part's?
    ("1.职工参保。(5分)参保率90%以上(4分),70%-90%(2分)。2.工资发放。(5分)按时发放率95%以上(5分),80%-95%(3分)", "10"),
    # one heading with its points, its bands, and no second part
    ("职工参保。(4分)参保率90%以上(4分),70%-90%(2分),70%以下(0分)", "8"),
])
def test_near_miss_not_parts_of_bands(text, weight):
    p = propose(text, weight, "劳动关系")
    assert types(p) != ["tiers", "tiers"] or not p.confident
    assert not p.confident


# ── parts each earning points per case up to its own 满分 ──────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, caps, counts, total", [
    ("1.承建工程项目,每次加2分,满分3分;2.组织物资支援,每次加0.5分,满分1分。", "4", ["3", "1"], ["1", "1"], 2.5),
    ("1.获得省级表彰的,每次加1分,满分3分;2.在市级会议上作典型发言,每次加0.5分,满分2分", "5", ["3", "2"], ["5", "2"], 4),
    ("(1)开展专题培训,每场加0.5分,满分2分;(2)报送信息被采用,每篇加0.2分,满分1分", "3", ["2", "1"], ["3", "10"], 2.5),
])
def test_parts_each_earning_up_to_its_full_marks(text, weight, caps, counts, total):
    p = propose(text, weight, "加分")
    assert types(p) == ["formula", "formula"]
    assert [it["max"] for it in p.items] == caps
    got = sum((scored(p, {"vars": {it["params"]["variables"][0]["name"]: n}}, k)
               for k, (it, n) in enumerate(zip(p.items, counts))), Decimal(0))
    assert got == Decimal(str(total))
    assert not p.confident  # “加” per case: to check


@pytest.mark.parametrize("text, weight", [
    # the 满分 add up to more than the 分值
    ("1.承建工程项目,每次加2分,满分3分;2.组织物资支援,每次加0.5分,满分2分。", "4"),
    # one part only
    ("承建工程项目,每次加2分,满分3分;另有说明", "3"),
])
def test_near_miss_not_parts_up_to_full_marks(text, weight):
    p = propose(text, weight, "加分")
    assert types(p) != ["formula", "formula"]


# ── a choice inside a list of points, its situations parted by “或” ───────────────────────────────────────────
@pytest.mark.parametrize("text, weight, first, best, lesser", [
    ("有研究工作的会议纪要得10分;有督导检查记录得10分;主要领导带队得10分或分管领导带队得6分。", "30", ["10", "10"], 10, 6),
    ("建立工作台账得4分;主要负责人签字得8分或经办人签字得5分", "12", ["4"], 8, 5),
    ("制定实施方案得2分;县级领导出席得3分或乡镇领导出席得1.5分", "5", ["2"], 3, 1.5),
])
def test_a_choice_parted_by_or_in_a_list_of_points(text, weight, first, best, lesser):
    p = propose(text, weight, "领导重视")
    assert sorted(types(p)) == sorted(["checklist" if len(first) > 1 else "all_or_nothing", "choice"])
    k = types(p).index("choice")
    other = 1 - k
    assert [picked(p, r, k) for r in range(3)] == D(best, lesser, 0)
    if len(first) > 1:
        assert ticks(p, True, False, item=other) == Decimal(first[0])
    else:
        assert met_or_not(p, other) == (Decimal(first[0]), Decimal(0))
    assert not p.confident  # none of the situations holding is unsaid


@pytest.mark.parametrize("text, weight, best, lesser", [
    ("主要领导参加得10分或分管领导参加得8分", "10", 10, 8),
    ("由局长带队检查得5分或由副局长带队检查得3分,未开展检查不得分", "5", 5, 3),
])
def test_situations_parted_by_or(text, weight, best, lesser):
    p = propose(text, weight, "领导重视")
    assert types(p) == ["choice"]
    assert [picked(p, r) for r in range(3)] == D(best, lesser, 0)


@pytest.mark.parametrize("text, weight", [
    # “或” inside a situation's words, not between two situations
    ("有会议纪要或督导记录得10分", "10"),
    # “或” after points, then a deduction, no situation
    ("按时报送得5分或每迟报1天扣1分", "5"),
])
def test_near_miss_not_situations_parted_by_or(text, weight):
    p = propose(text, weight, "领导重视")
    assert not (types(p) == ["choice"] and len(p.items[0]["params"]["options"]) >= 2 and p.confident)
