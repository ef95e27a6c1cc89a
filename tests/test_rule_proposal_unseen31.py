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


# ── counts of requirements unmet: one unmet a part off, every one unmet nothing, the counts between unsaid ──────────
@pytest.mark.parametrize("text, weight, scores", [
    ("无草荒、无斑秃、无明显病虫害的给满分(1分),有一项未达到指标的扣0.3分,三项都未达到指标的不给分。", "1",
     ["1", "0.7", "0.4", "0"]),
    ("台账齐全、记录规范、归档及时的得2分;有1项未做到的扣0.5分;3项均未做到的不得分", "2", ["2", "1.5", "1", "0"]),
    ("路面平整、无积水、无垃圾的得满分(2分),有一项没有做到的扣0.5分,三项均没有做到的不得分", "2", ["2", "1.5", "1", "0"]),
])
def test_counts_of_requirements_unmet_between_are_filled(text, weight, scores):
    p = propose(text, weight, "管理")
    params = sole(p, "choice")
    assert not p.confident  # the counts between are unsaid
    assert sorted((Decimal(o["score"]) for o in params["options"]), reverse=True) == [Decimal(x) for x in scores]
    assert any("按每项扣分读入" in u for u in p.unplaced)


@pytest.mark.parametrize("text, weight, scores", [
    # other counts and units: read so (the proposal between it and a deduction per case is the driver's, by the
    # figures each places)
    ("制度、人员、经费、场地均落实的得4分,有1项未落实的扣0.8分,4项都未落实的不得分", "4", ["4", "3.2", "2.4", "1.6", "0"]),
    ("方案、预算、验收均符合要求的得3分;1条不符合要求的扣0.8分;3条都不符合要求的不得分", "3", ["3", "2.2", "1.4", "0"]),
])
def test_counts_of_requirements_unmet_are_read_in_other_counts(text, weight, scores):
    choices = [found for found in readings(text, weight) for it in found.items if it["type"] == "choice"]
    assert any(sorted((Decimal(o["score"]) for o in found.items[0]["params"]["options"]), reverse=True)
               == [Decimal(x) for x in scores] and found.doubts for found in choices)


@pytest.mark.parametrize("text, weight", [
    # the counts between said: nothing to fill
    ("台账齐全、记录规范、归档及时的得2分;有1项未做到的扣0.5分;2项未做到的扣1.5分;3项均未做到的不得分", "2"),
    # the deductions of the counts between would reach nothing before every one unmet
    ("台账齐全、记录规范、归档及时的得1分;有1项未做到的扣0.6分;3项均未做到的不得分", "1"),
    # one fault and another of a different verb: not counts of the same requirements
    ("台账齐全、记录规范、归档及时的得2分;有1项未做到的扣0.5分;3项均不规范的不得分", "2"),
])
def test_near_miss_no_counts_between_filled(text, weight):
    for found in readings(text, weight):
        assert not any("按每项扣分读入" in x for x in (found.doubts or ()))
