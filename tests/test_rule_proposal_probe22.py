"""Confident readings of made-up texts that scored their situations wrong: each is to check now, its near variants
still read.

- situations in brackets, then a sentence outside them that is no denial of what the brackets choose among
  (“配备专职或兼职人员(专职3分,兼职2分)。人员不稳定的得1分”): a quality of whichever holds, not one more situation
  beside them (to check); the sentence denying the requirement (“未配备的得1分”, “没有达到要求的此项不得分”) is still one
  more situation;
- bands of places that share a place (“排名前10名…,第10名至第30名…”), or places at the bottom beside bands from the top
  with no “其余” for those between (“…,第11名至第30名的得9分,后10名不得分”): which band a place is in is unsure (to check);
  a band that skips places leaves them to “其余”, as the text says.
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


# ── bands of places that share a place, or leave places between them unsaid ──────────────────────────────────
@pytest.mark.parametrize("text, weight, word", [
    ("排名前10名的得10分,第10名至第30名的得9分,其余不得分", "10", "名次档"),
    ("全省排名前5名的得6分,第5名至第12名的得4分,其余不得分", "6", "名次档"),
    ("排名前10名的得10分,第11名至第30名的得9分,后10名不得分", "10", "名次档"),
    ("考核排名前3位的得5分,第4位至第8位的得3分,倒数3位不得分", "5", "名次档"),
])
def test_places_shared_or_unsaid_are_to_check(text, weight, word):
    to_check(text, weight, word)


@pytest.mark.parametrize("text, weight, scores", [
    # the places a band skips fall in “其余”, as the text says
    ("排名前10名的得10分,第15名至第30名的得9分,其余不得分", "10", [10, 9, 0]),
    ("考核排名前3位的得5分,第5位至第8位的得3分,其余不得分", "5", [5, 3, 0]),
])
def test_places_that_leave_nothing_unsaid_still_read(text, weight, scores):
    p = propose(text, weight, "指标")
    assert p.confident, p.unplaced
    assert sorted((picked(p, k) for k in range(len(scores))), reverse=True) == D(*scores)
