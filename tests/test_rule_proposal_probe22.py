"""Confident readings of made-up texts that scored their situations wrong: each is to check now, its near variants
still read.

- situations in brackets, then a sentence outside them that is no denial of what the brackets choose among
  (“配备专职或兼职人员(专职3分,兼职2分)。人员不稳定的得1分”): a quality of whichever holds, not one more situation
  beside them (to check); the sentence denying the requirement (“未配备的得1分”, “没有达到要求的此项不得分”) is still one
  more situation.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, picked, sole, to_check


# ── a sentence after bracketed situations that denies nothing ────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, word", [
    ("配备专职或兼职人员(专职3分,兼职2分)。人员不稳定的得1分", "3", "人员不稳定"),
    ("设立工作机构(独立设置4分,合署办公2分)。机构运转不正常的得1分", "4", "机构运转不正常"),
    ("落实办公场所(独立场所5分,共用场所3分)。场所面积不足的得2分", "5", "场所面积不足"),
    ("配备讲解员(专职2分,兼职1分);临时聘用的得0.5分", "2", "临时聘用"),
])
def test_a_sentence_outside_the_brackets_that_denies_nothing_is_to_check(text, weight, word):
    to_check(text, weight, word)


@pytest.mark.parametrize("text, weight, scores", [
    ("配备专职或兼职人员(专职3分,兼职2分)。未配备的得1分", "3", [3, 2, 1]),
    ("配备专职或兼职人员(专职3分,兼职1分)。没有达到要求的此项得0.5分", "3", [3, 1, 0.5]),
    ("配备专职或兼职人员(专职3分,兼职1分)。没有达到要求的此项不得分", "3", [3, 1, 0]),
    ("设立机构(独立设置4分,合署办公2分)。未设立的此项不得分", "4", [4, 2, 0]),
])
def test_a_denial_after_the_brackets_is_one_more_situation(text, weight, scores):
    p = propose(text, weight, "指标")
    params = sole(p, "choice")
    assert len(params["options"]) == len(scores)
    assert [picked(p, k) for k in range(len(scores))] == D(*scores)
    assert p.confident, p.unplaced
