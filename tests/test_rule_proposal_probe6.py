"""Made-up texts of ranges, lines with steps, delays, completion shares, choices and checklists that were read
confidently and wrong, and the near misses beside them.

The texts are written for these tests in the styles 评分标准 and 项目支出绩效评价 scoring sheets use (none is taken from
the rule corpus). Each asks that the proposal be unsure or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, scores


# ── a line and a step that point opposite ways (“≥0得满分,每超支…”, “90%以上得满分,每超过…”): which value is ──
# ── meant is not said, so no 达标线 is read ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "成本节约率≥0得满分,每超支1个百分点扣2分,扣完为止",
    "节约率不低于0%得满分,每超出1个百分点扣1分,扣完为止",
    "覆盖率90%以上得满分,每超过1个百分点扣2分,扣完为止",
    "投诉率在2%以上的得满分,每上升1个百分点扣2分,扣完为止",
    "覆盖率在90%以下的得满分,每下降1个百分点扣2分,扣完为止",
    "差错率≤1%得满分,每降低0.5个百分点扣1分,扣完为止",
])
def test_a_line_and_a_step_pointing_opposite_ways_are_not_read_confidently(text):
    p = propose(text, "10", "成本控制")
    assert not p.confident, p.summary
    assert not any(it["type"] == "threshold" for it in p.items), p.summary


@pytest.mark.parametrize("text, at, expected", [
    ("节约率≥0得满分,每低1个百分点扣2分,扣完为止", [5, 0, -3], [10, 10, 4]),
    ("超支率≤0得满分,每超支1个百分点扣2分,扣完为止", [0, 3, 8], [10, 4, 0]),
    ("覆盖率达90%以上得10分,每下降1个百分点扣2分,扣完为止", [95, 90, 87, 80], [10, 10, 4, 0]),
    ("投诉率在2%以内的得满分,每上升1个百分点扣2分,扣完为止", [1, 3, 8], [10, 8, 0]),
    ("偏离度不超过5%得满分,每增加一个百分点扣1分,扣完为止", [5, 7, 20], [10, 8, 0]),
    ("完成120户以上得满分,每少1户扣0.5分,扣完为止", [120, 110, 90], [10, 5, 0]),
])
def test_a_line_and_a_step_pointing_the_same_way_are_still_read(text, at, expected):
    p = propose(text, "10", "成本控制")
    assert p.confident, p.unplaced
    assert scores(p, at) == D(*expected)
