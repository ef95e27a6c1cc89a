"""The words each recogniser needs (``KEY_WORDS``): a text without them is never one it reads.

The proposer skips a recogniser on a text holding none of its key words; that must change no reading.
Checked here on every 评分标准 of the tuning corpus and every text the proposal tests hold, each under
several 分值: wherever a recogniser's words are missing, the recogniser itself answers None.
"""
from __future__ import annotations

import ast
import functools
import json
from decimal import Decimal
from pathlib import Path

import pytest

from services.frameworks.reading import _PHRASE_NEEDS, _PHRASES, candidates
from services.scoring.rules import KEY_WORDS, recognisers
from services.scoring.rules.base import Recogniser, Wording
from services.scoring.rules.wording import normalize

TESTS = Path(__file__).resolve().parent
WEIGHTS = (Decimal(1), Decimal(2), Decimal(5), Decimal(10), Decimal(20))


@functools.cache
def _texts() -> tuple[tuple[str, str], ...]:
    """(normalized criteria, indicator name) from the tuning corpus and the string literals of the proposal tests.

    Read once for the whole module: every recogniser's test walks the same texts."""
    out = []
    for path in sorted((TESTS / "data" / "rule_corpus").glob("*.json")):  # the tuning set only
        out += [(e["text"], e["indicator"]) for e in json.loads(path.read_text(encoding="utf-8"))["criteria"]]
    for path in sorted(TESTS.glob("test_rule_proposal*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "分" in node.value:
                out.append((node.value, ""))
    return tuple(dict.fromkeys((normalize(t), indicator) for t, indicator in out))


def _tried(r: Recogniser, t: str) -> bool:
    return r.needs is None or r.needs.search(t) is not None


def test_every_key_word_entry_names_a_recogniser():
    names = {r.name for _rule, r in recognisers()}
    assert set(KEY_WORDS) <= names, sorted(set(KEY_WORDS) - names)
    assert all(r.needs is not None for _rule, r in recognisers() if r.name in KEY_WORDS)
    assert all(r.needs is None for _rule, r in recognisers() if r.name not in KEY_WORDS)


def test_a_recogniser_without_key_words_is_always_tried():
    plain = next(r for _rule, r in recognisers() if r.name not in KEY_WORDS)
    assert _tried(plain, "") and _tried(plain, "资料齐全")


def test_key_words_skip_texts_a_recogniser_cannot_read():
    ranges = next(r for _rule, r in recognisers() if r.name == "tiers._ranges")
    assert _tried(ranges, normalize("≥95%得满分；90%~95%得3分；<90%不得分"))
    assert not _tried(ranges, normalize("资料齐全、规范的得满分；资料不全的酌情扣分。"))


def test_the_proposer_skips_a_recogniser_without_its_words(monkeypatch):
    """``candidates`` gives a text only to the recognisers whose words it holds, and to those with none named."""
    import re

    import services.frameworks.reading as reading

    asked: list[str] = []

    def listening(tag: str):
        def recognise(w: Wording):
            asked.append(f"{tag}:{w.text}")
            return None
        return recognise

    needs_cut = Recogniser(1, listening("needs"), re.compile("扣"))
    always = Recogniser(2, listening("always"))
    monkeypatch.setattr(reading, "recognisers", lambda: [(None, needs_cut), (None, always)])
    for t in ("资料齐全的得满分", "每发现1处问题扣1分"):
        list(candidates(Wording(t, Decimal(2), "")))
    assert asked == ["always:资料齐全的得满分", "needs:每发现1处问题扣1分", "always:每发现1处问题扣1分"]


@pytest.mark.parametrize("name", sorted(KEY_WORDS))
def test_no_text_without_the_key_words_is_read(name):
    recogniser = next(r for _rule, r in recognisers() if r.name == name)
    skipped = 0
    for t, indicator in _texts():
        if _tried(recogniser, t):
            continue  # the proposer asks this recogniser; nothing to check
        skipped += 1
        for weight in WEIGHTS:
            found = recogniser.recognise(Wording(t, weight, indicator))
            assert found is None, f"{name} reads “{t}” ({weight} 分) although none of its key words is there"
    assert skipped > 0  # the words do skip texts


@pytest.mark.parametrize("index", [i for i, needs in enumerate(_PHRASE_NEEDS) if needs is not None])
def test_no_phrase_is_found_in_a_text_without_its_words(index):
    (what, pattern), needs = _PHRASES[index], _PHRASE_NEEDS[index]
    skipped = 0
    for t, _indicator in _texts():
        if needs.search(t) is None:
            skipped += 1
            assert pattern.search(t) is None, f"phrase {what} ({index}) found in “{t}” without its words"
    assert skipped > 0
