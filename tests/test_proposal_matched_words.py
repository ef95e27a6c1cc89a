"""The words a rule proposal rests on (``Proposal.matched``, shown by the import wizard as “依据”) are the evaluator's
own: whole runs of the 评分标准 as typed, never the normalised text its spans point into (“一处” not “1处”, “零点五”
not “0.5”, full-width digits and traditional characters as written), in the order of the text, each once.

The texts here are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

import re

import pytest

from services.frameworks.proposal import UNSHOWN, propose
from services.scoring.rules.wording import normalize, words_typed

#: text, 分值, the words the proposal must show (each a substring of the text), and the figures it reads
CASES = [
    ("每发现一处问题扣零点五分，扣完为止。", 5, ["每发现一处", "扣零点五分", "扣完为止"], ["1", "0.5"]),
    ("每发现一处问题扣０．５分，扣完为止。", 5, ["每发现一处", "扣０．５分", "扣完为止"], ["1", "0.5"]),
    ("预算执行率≥９０％得满分，\n每低于一个百分点扣一分，扣完为止", 10,
     ["≥９０％", "得满分", "每低于一个百分点", "扣一分", "扣完为止"], ["90", "1", "1"]),
    ("未按時提交報告扣兩分；\n每延遲一個月扣一分，扣完為止", 4, ["扣兩分", "每延遲一個月", "扣一分", "扣完為止"], ["2", "1", "1"]),
    ("每 超过 一百元 扣 一分，扣完为止", 5, [], ["100", "1"]),
    ("每缺一次扣二十分，\n扣完为止", 100, ["每缺一次", "扣二十分", "扣完为止"], ["1", "20"]),
]


def _figures(words: list[str]) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)?", normalize("；".join(words)))


@pytest.mark.parametrize(("text", "weight", "shown", "figures"), CASES,
                         ids=["numerals", "full-width", "rate-lines", "traditional", "spaces", "tens"])
def test_the_words_shown_are_the_texts_own(text, weight, shown, figures):
    p = propose(text, weight)
    assert p.matched, p
    assert all(w in text for w in p.matched), p.matched  # as typed: substrings of the text itself
    assert len(p.matched) == len(set(p.matched))
    assert [text.index(w) for w in p.matched] == sorted(text.index(w) for w in p.matched)  # in the order of the text
    for w in shown:
        assert w in p.matched, (w, p.matched)
    # the words cover every figure the proposal read: normalised again, they hold the normalised spans' figures
    read = [p.text[a:b] for a, b, what in p.spans if what not in UNSHOWN]
    assert sorted(_figures(read)) == sorted(_figures(p.matched)), (read, p.matched)
    assert sorted(_figures(p.matched)) == sorted(figures)


def test_the_spans_and_text_stay_normalised():
    p = propose("每发现一处问题扣零点五分，扣完为止。", 5)
    assert p.text == "每发现1处问题扣0.5分,扣完为止;"
    assert [p.text[a:b] for a, b, what in p.spans if what not in UNSHOWN] == ["每发现1处", "扣0.5分", "扣完为止"]


def test_a_figure_is_never_cut():
    # a span ending inside a figure the normaliser wrote in digits of another length takes the whole figure
    text = "每超过一百二十元扣零点五分"
    assert words_typed(text, "每超过120元扣0.5分", [(0, 7), (7, 12)]) == ["每超过一百二十元", "扣零点五分"]
    assert words_typed(text, "每超过120元扣0.5分", [(0, 5), (8, 10)]) == ["每超过一百二十", "零点五"]
    assert words_typed(text, "每超过120元扣0.5分", [(3, 4), (8, 10)]) == ["一百二十", "零点五"]
    # widened words that overlap are one run of words
    assert words_typed("扣零点五分", "扣0.5分", [(0, 2), (2, 5)]) == ["扣零点五分"]


def test_line_breaks_and_spaces_are_kept_as_typed():
    words = words_typed("每发现一处\n问题 扣一分", "每发现1处;问题扣1分", [(0, 5), (8, 11)])
    assert words == ["每发现一处", "扣一分"]
    assert words_typed("A 扣 一 分", "A扣1分", [(1, 4)]) == ["扣 一 分"]


def test_words_the_normaliser_rewrote_are_shown_as_read():
    # “直至扣完该项分值” read as 扣完为止: no words of the text read so, the normalised words are shown
    p = propose("存在问题的每家扣1分，直至扣完该项分值。", 5)
    assert "扣1分" in p.matched
    assert all(w in "存在问题的每家扣1分，直至扣完该项分值。" or w == "扣完为止" for w in p.matched), p.matched
    # a phrase reordered by the reading is shown as read, never as a slice of the words around it
    assert words_typed("2分扣完为止", "扣完2分为止", [(0, 6)]) == ["扣完2分为止"]


def test_each_word_once():
    assert words_typed("扣一分；扣一分", "扣1分;扣1分", [(0, 3), (4, 7)]) == ["扣一分"]
