"""A fault scored by the kind of subject found in it, the rest of a kind on full marks: “未取得批复文件,“新矿井”不得分;
“老矿井”在…之后改建的,不得分;其它“老矿井”得3分”. The subject without the fault is a situation of its own, on full marks,
which the text leaves unsaid.

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.choice import FAULTLESS
from tests.proposals import readings, scored, sole


def _by_label(p, label: str) -> Decimal:
    options = p.items[0]["params"]["options"]
    (key,) = [o["key"] for o in options if o["label"] == label]
    return scored(p, {"option": key})


def _faultless_read(text: str, weight: str) -> bool:
    return any(o["label"] == FAULTLESS for found in readings(text, weight) for it in found.items
               if it["type"] == "choice" for o in it["params"]["options"])


# ── a fault, then its score by kind of subject, the rest of a kind on full marks ─────────────────────────────────
@pytest.mark.parametrize("text, weight, count, zero", [
    ("未办理环评批复的,新建项目不得分;改扩建项目在2020年以后开工的,不得分;其他改扩建项目得4分", "4", 4,
     "未办理环评批复的,新建项目"),
    ("未按期完成整改的, 重点单位不得分; 一般单位经督办后仍未完成的,不得分; 其他一般单位得2分", "2", 4,
     "未按期完成整改的,重点单位"),
    ("未取得备案证明,“甲类企业”不得分;“乙类企业”在上年度发生事故的,不得分;其它“乙类企业”得3分;检测机构无资质的,不得分",
     "3", 5, "未取得备案证明,“甲类企业”"),
])
def test_a_fault_scored_by_kind_has_its_faultless_situation(text, weight, count, zero):
    p = propose(text, weight, "批复")
    params = sole(p, "choice")
    assert not p.confident  # full marks without the fault is unsaid
    assert len(params["options"]) == count
    assert _by_label(p, FAULTLESS) == Decimal(weight)
    assert _by_label(p, zero) == 0
    others = [o["label"] for o in params["options"] if o["label"].startswith("其")]
    assert len(others) == 1 and _by_label(p, others[0]) == Decimal(weight)
    assert any(FAULTLESS in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight", [
    # no fault before the kinds: situations of the kinds alone, nothing unsaid on full marks
    ("示范县得5分;达标县在本年度获表彰的,得5分;其他达标县得3分", "5"),
    # the rest is of every case (“其他情况”), not of a kind named before: the fault absent is among them
    ("未按时报送,逾期一个月以上不得分;逾期半月以上的,不得分;其他情况得3分", "3"),
    # a single kind before the rest: no split of a kind
    ("未取得许可的,新建项目不得分;其他项目得2分", "2"),
    # the rest of the kind on less than full marks
    ("未取得许可的,新建项目不得分;改建项目在2020年以后开工的,不得分;其他改建项目得1分", "2"),
])
def test_near_miss_no_fault_split_by_kind(text, weight):
    assert not _faultless_read(text, weight)
