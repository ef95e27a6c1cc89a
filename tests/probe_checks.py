"""How a probe of confidence checks a proposal against what a made-up text states of its faults: each fault found in
the label the proposal gives it, every combination of a few cases of each scored as the text says (``faults_wrongly``,
``parts_wrongly``, ``once_wrongly``), and a formula by its values (``fn_wrongly``). Each returns '' when the proposal
scores every case as the text says, else where it does not. ``wrongly`` dispatches a proposal to them by what the
text states (``Want``); a probe with statements of its own passes ``own``. ``probe_tests`` makes the two tests closing
a probe."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

import pytest

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules import check_item
from tests.proposals import Bands, D, Once, Per, Ranks, Unsure, dec, item_score, points_off, valued


@dataclass(frozen=True)
class Fault:
    """One fault (or good deed) of a row: ``word`` found in the label the proposal gives it (one of its alternatives
    split by “|”), its signed points (“-2”,
    “+1”; “0”: the row's zero), whether each case of it counts (True), it is found or not (False), or either reading is
    fair (None); at most ``cap`` taken off for it (None: no cap of its own), the first ``free`` cases let pass."""
    word: str
    pts: str
    each: bool | None = None
    cap: str | None = None
    free: int = 0


@dataclass(frozen=True)
class Faults:
    """Faults moving the score from ``base`` (None: the 分值) by their points, the score within 0 and ``top`` (None: the
    分值), at most ``off`` taken off in all (None: no cap but 0); a fault of points “0” zeroes the row."""
    faults: tuple[Fault, ...]
    base: str | None = None
    top: str | None = None
    off: str | None = None


@dataclass(frozen=True)
class Fn:
    """A formula of what is counted or measured: ``words`` each found in one variable's label, the score at each of
    ``samples`` (the values in the order of ``words``; a condition zeroing the row as 1 where it holds)."""
    words: tuple[str, ...]
    samples: tuple[tuple[tuple[Any, ...], Any], ...]


@dataclass(frozen=True)
class Either:
    """Either of two statements is a fair reading."""
    a: Any
    b: Any


def _found(word: str, label: str) -> bool:
    return any(w in label for w in word.split("|"))


def _minus(f: Fault, k: int) -> Decimal:
    off = -dec(f.pts) * max(0, k - f.free)
    return min(off, dec(f.cap)) if f.cap is not None else off


def _expected(want: Faults, m: Decimal, ks: tuple[int, ...]) -> Decimal:
    if any(f.pts == "0" and k for f, k in zip(want.faults, ks)):
        return Decimal(0)
    base = dec(want.base) if want.base is not None else m
    top = dec(want.top) if want.top is not None else m
    plus = sum((dec(f.pts) * k for f, k in zip(want.faults, ks) if dec(f.pts) > 0), Decimal(0))
    minus = sum((_minus(f, k) for f, k in zip(want.faults, ks) if dec(f.pts) < 0), Decimal(0))
    if want.off is not None:
        minus = min(minus, dec(want.off))
    return min(top, max(Decimal(0), base + plus - minus))


def _cases(want: Faults) -> list[tuple[int, ...]]:
    def ks(f: Fault) -> tuple[int, ...]:
        if not f.each:
            return (0, 1)
        return (0, 1, 3) if not f.free else (0, f.free, f.free + 1, f.free + 3)
    out = list(product(*[ks(f) for f in want.faults]))
    if any(f.each for f in want.faults):
        out.append(tuple(40 if f.each else 0 for f in want.faults))
    return out


def faults_wrongly(item: dict[str, Any], m: Decimal, want: Faults) -> str:
    kind, params = item["type"], item["params"]
    faults = want.faults
    plain = want.base is None and want.top is None and all(f.cap is None and not f.free for f in faults)
    if kind == "formula":
        variables = params["variables"]
        where: list[list[int]] = []
        for v in variables:
            hits = [i for i, f in enumerate(faults) if _found(f.word, v["label"])]
            # a variable may stand for several faults alike (one count of them, or one condition of several)
            if not hits or len({(faults[i].pts, faults[i].each, faults[i].cap, faults[i].free) for i in hits}) != 1:
                return f"variable {v['label']} is of {len(hits)} faults"
            where.append(hits)
        if sorted(i for hits in where for i in hits) != list(range(len(faults))):
            return f"variables {[v['label'] for v in variables]}"
        for v, hits in zip(variables, where):
            if faults[hits[0]].each and ("是=1" in v["label"] or "否=1" in v["label"]):
                return f"a count asked as yes or no: {v['label']}"
        for ks in _cases(want):
            values = {}
            for v, hits in zip(variables, where):
                k = max(ks[i] for i in hits) if faults[hits[0]].pts == "0" else sum(ks[i] for i in hits)
                if len(hits) > 1 and faults[hits[0]].pts != "0" and (faults[hits[0]].cap or faults[hits[0]].free):
                    return f"faults with caps of their own counted as one: {v['label']}"
                values[v["name"]] = str(1 - min(k, 1) if "否=1" in v["label"] else k)
            got, expected = item_score(item, {"vars": values}), _expected(want, m, ks)
            if got != expected:
                return f"{ks}: {got}, not {expected} (formula)"
        return ""
    if kind == "deduction":
        costs = {f.pts for f in faults}
        if not plain or len(costs) != 1 or any(f.each is False or dec(f.pts) >= 0 for f in faults):
            return "read as one count"
        for k in (0, 1, 2, 3, 20):
            ks = (k,) + (0,) * (len(faults) - 1)
            got, expected = item_score(item, {"count": str(k)}), _expected(want, m, ks)
            if got != expected:
                return f"{k} cases: {got}, not {expected} (deduction)"
        return ""
    if kind == "checklist":
        points = params["points"]
        if params.get("gate") or len(points) != len(faults) or not plain or any(f.each for f in faults):
            return "read as checklist"
        pwhere = []
        for pt in points:
            hits = [i for i, f in enumerate(faults) if _found(f.word, pt["label"])]
            if len(hits) != 1:
                return f"point {pt['label']} is of {len(hits)} faults"
            pwhere.append(hits[0])
        for ks in _cases(want):
            got = item_score(item, {"points": {pt["key"]: {"state": "not_met" if ks[i] else "met"}
                                               for pt, i in zip(points, pwhere)}})
            if got != _expected(want, m, ks):
                return f"{ks}: {got}, not {_expected(want, m, ks)} (checklist)"
        return ""
    if kind == "all_or_nothing":
        if plain and all(not f.each and (f.pts == "0" or -dec(f.pts) >= m) for f in faults):
            return ""
        return "read as all or nothing"
    if kind == "choice" and len(faults) == 1 and not faults[0].each and plain:
        got = sorted((Decimal(o["score"]) for o in params["options"]), reverse=True)
        want_scores = [m, max(Decimal(0), m + dec(faults[0].pts))] if faults[0].pts != "0" else [m, Decimal(0)]
        return "" if got == want_scores else f"options {got}"
    return f"read as {kind}"


def parts_wrongly(items: list[dict[str, Any]], m: Decimal, want: Faults) -> str:
    """Several items, each a deduction per case with a cap of its own (the caps making up the 分值)."""
    if len(items) != len(want.faults) or any(it["type"] != "deduction" for it in items):
        return f"items {[it['type'] for it in items]}"
    if want.base is not None or want.top is not None or sum(dec(f.cap or m) for f in want.faults) != m:
        return "parts read apart, the whole not their sum"
    for it, f in zip(items, want.faults):
        if dec(it["max"]) != dec(f.cap or m) or not f.each:
            return f"part of {it['max']}"
        for k in (0, 1, 2, 5, 40):
            got, expected = item_score(it, {"count": str(k)}), max(Decimal(0), dec(it["max"]) - _minus(f, k))
            if got != expected:
                return f"{k} cases: {got}, not {expected} (part)"
    return ""


def fn_wrongly(item: dict[str, Any], m: Decimal, want: Fn) -> str:
    kind, params = item["type"], item["params"]
    if kind != "formula":
        if len(want.words) != 1:
            return f"read as {kind}"
        for (value,), expected in want.samples:
            got = valued(item, dec(value))
            if got != dec(expected):
                return f"{value}: {got}, not {expected} ({kind})"
        return ""
    variables = params["variables"]
    where: list[int] = []
    for v in variables:
        hits = [i for i, w in enumerate(want.words) if _found(w, v["label"])]
        if len(hits) != 1:
            return f"variable {v['label']} is of {len(hits)} words"
        where.append(hits[0])
    if sorted(where) != list(range(len(want.words))):
        return f"variables {[v['label'] for v in variables]}"
    for values, expected in want.samples:
        got = item_score(item, {"vars": {v["name"]: str(1 - min(int(values[i]), 1) if "否=1" in v["label"] else values[i])
                                         for v, i in zip(variables, where)}})
        if got != dec(expected):
            return f"{values}: {got}, not {expected} (formula)"
    return ""


def once_wrongly(item: dict[str, Any], m: Decimal, want: Once) -> str:
    kind, params = item["type"], item["params"]
    n = len(want.costs)
    for ks in product(*[(0, 1)] * n):
        expected = max(Decimal(0), m - sum((dec(c) * k for c, k in zip(want.costs, ks)), Decimal(0)))
        if kind == "formula" and len(params["variables"]) == n:
            got = item_score(item, {"vars": {v["name"]: str(k) for v, k in zip(params["variables"], ks)}})
        elif kind == "checklist" and len(params["points"]) == n and not params.get("gate"):
            got = item_score(item, {"points": {pt["key"]: {"state": "not_met" if k else "met"}
                                               for pt, k in zip(params["points"], ks)}})
        else:
            return f"read as {kind}"
        if got != expected:
            return f"{ks}: {got}, not {expected} ({kind})"
    return ""


@dataclass(frozen=True)
class Gated:
    """Points each met or not (``words`` found in their labels, ``pts`` their points), the first the key one: not met,
    the row scores nothing."""
    words: tuple[str, ...]
    pts: tuple[str, ...]


def gated_wrongly(item: dict[str, Any], want: Gated) -> str:
    """Where a checklist read for ``want`` scores otherwise than the text says."""
    if item["type"] != "checklist" or len(item["params"]["points"]) != len(want.words):
        return f"read as {item['type']}"
    points = item["params"]["points"]
    where = []
    for pt in points:
        hits = [i for i, w in enumerate(want.words) if any(x in pt["label"] for x in w.split("|"))]
        if len(hits) != 1:
            return f"point {pt['label']} is of {len(hits)} words"
        where.append(hits[0])
    for ks in product((0, 1), repeat=len(points)):
        met = dict(zip(where, ks))
        expected = Decimal(0) if not met[0] else sum((dec(want.pts[i]) for i, k in met.items() if k), Decimal(0))
        got = item_score(item, {"points": {pt["key"]: {"state": "met" if k else "not_met"} for pt, k in zip(points, ks)}})
        if got != expected:
            return f"{ks}: {got}, not {expected} (checklist)"
    return ""


Want = Per | Once | Ranks | Bands | Faults | Fn | Either | Unsure | Gated
Own = Callable[[Proposal, Decimal, Any], "str | None"]


def wrongly(p: Proposal, weight: str, want: Any, own: Own | None = None) -> str:
    """Where the proposal scores a situation otherwise than the text says ('' when it scores every one right).
    ``own``: a probe's check of statements of its own kinds, asked first; None for a kind it does not check."""
    m = Decimal(weight)
    if isinstance(want, Unsure):
        return "read as sure" if p.confident else ""
    if isinstance(want, Either):
        a, b = wrongly(p, weight, want.a, own), wrongly(p, weight, want.b, own)
        return a and b and f"{a} / {b}"
    if own is not None and (said := own(p, m, want)) is not None:
        return said
    if len(p.items) > 1 and isinstance(want, Faults):
        if any(check_item(it) for it in p.items):
            return "unsound items"
        return parts_wrongly(p.items, m, want)
    if len(p.items) != 1 or check_item(p.items[0]):
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    kind, params = item["type"], item["params"]
    if isinstance(want, Gated):
        return gated_wrongly(item, want)
    if isinstance(want, Per):
        for k in (0, 1, 2, 3, 5, 8, 20, 100):
            got, expected = valued(item, Decimal(k)), points_off(m, Decimal(want.per) * k, want.cap)
            if got != expected:
                return f"{k} cases: {got}, not {expected} ({kind})"
        return ""
    if isinstance(want, Once):
        return faults_wrongly(item, m, Faults(tuple(Fault(f"\x00{i}", f"-{c}", False) for i, c in enumerate(want.costs))))\
            if kind not in ("formula", "checklist") else once_wrongly(item, m, want)
    if isinstance(want, Faults):
        return faults_wrongly(item, m, want)
    if isinstance(want, Fn):
        return fn_wrongly(item, m, want)
    if isinstance(want, Ranks):
        expected = D(*want.scores)
        if kind == "choice":
            got = sorted((Decimal(o["score"]) for o in params["options"]), reverse=True)
            if got != expected and not (got[:-1] == expected and got[-1] == 0 < expected[-1]):
                return f"options {got}"
            return ""
        if kind == "all_or_nothing" or (kind == "checklist" and len(params["points"]) == 1):
            return "" if expected == [m, Decimal(0)] else f"read as {kind}"
        return f"read as {kind}"
    for value, expected in want.samples:
        got = valued(item, dec(value))
        if got != dec(expected):
            return f"{value}: {got}, not {expected} ({kind})"
    return ""


def first_statements(cases: list[tuple[str, str, Any]]) -> list[tuple[str, str, Any]]:
    """A probe's cases with each (text, 分值) once, at the statement its generators wrote first."""
    return list({(text, w): (text, w, want) for text, w, want in reversed(cases)}.values())[::-1]


#: how many of a probe's cases one test checks: a test per case spent more in pytest's keeping of 50,000 tests than in
#: the proposals themselves
BATCH = 50


def probe_tests(cases: list[tuple[str, str, Any]], low: int, high: int, *, name: str = "指标", own: Own | None = None,
                proposed: Callable[[str, str], Proposal] | None = None,
                digits: int = 3) -> tuple[Callable[[], None], Callable[[int, int], None]]:
    """The two tests closing a probe: its size (``low`` to ``high`` cases, each (text, 分值) once), and each case's
    proposal, when sure, scoring as its text says (``wrongly``, with the probe's ``own``). The cases are checked
    ``BATCH`` to a test, its id the indexes of its first and last case in ``digits`` digits (“050-099”); a failing test
    names every case of its batch that fails (its index, text, 分值 and why), each case checked whatever the others
    did. A text is proposed under the indicator ``name``, or by the probe's own ``proposed``. A probe binds both to its
    names::

        (test_the_probe_is_of_its_size,
         test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
    """
    def test_the_probe_is_of_its_size() -> None:
        assert low <= len(cases) <= high, f"{len(cases)} cases, not {low} to {high}"
        assert len({(text, w) for text, w, _want in cases}) == len(cases), "a (text, 分值) twice"

    return test_the_probe_is_of_its_size, case_test(cases, name=name, own=own, proposed=proposed, digits=digits)


def case_test(cases: list[tuple[Any, ...]], *, name: str = "指标", own: Own | None = None,
              proposed: Callable[[str, str], Proposal] | None = None, digits: int = 3,
              check: Callable[..., str] | None = None) -> Callable[[int, int], None]:
    """The test of a probe's cases (text, 分值, statement; or text, 分值, statement, indicator): each case's proposal, when
    sure, scores as its text says (``wrongly``, with the probe's ``own``). A text is proposed by the probe's own
    ``proposed``, else under its case's indicator, else under ``name``; a probe with a ``wrongly`` of its own passes it as
    ``check`` (called with ``own`` only when there is one). The cases are checked ``BATCH`` to a test, its id
    the indexes of its first and last case in ``digits`` digits (“050-099”); a failing test names every case of its
    batch that fails (its index, text, 分值 and why), each case checked whatever the others did."""
    spans = [(i, min(i + BATCH, len(cases))) for i in range(0, len(cases), BATCH)]
    if check is None:
        def judge(p: Proposal, weight: str, want: Any) -> str:
            return wrongly(p, weight, want, own)
    else:
        def judge(p: Proposal, weight: str, want: Any) -> str:
            return check(p, weight, want, own) if own is not None else check(p, weight, want)

    @pytest.mark.parametrize("start, stop", spans, ids=[f"{a:0{digits}d}-{b - 1:0{digits}d}" for a, b in spans])
    def test_every_made_up_text_is_scored_as_it_says_or_is_to_check(start: int, stop: int) -> None:
        failed = []
        for i in range(start, stop):
            text, weight, want = cases[i][:3]
            try:
                p = proposed(text, weight) if proposed is not None else \
                    propose(text, weight, cases[i][3] if len(cases[i]) > 3 else name)
                why = judge(p, weight, want)
            except Exception as exc:  # noqa: BLE001 (a case raising fails; the rest of the batch is still checked)
                failed.append(f"[{i:0{digits}d}] {text!r} (分值 {weight}): raised {exc!r}")
                continue
            if p.confident and why:
                failed.append(f"[{i:0{digits}d}] {text!r} (分值 {weight}): {why} ({p.summary})")
        assert not failed, f"{len(failed)} of cases {start}-{stop - 1} scored otherwise than their texts say:\n" \
            + "\n".join(failed)

    return test_every_made_up_text_is_scored_as_it_says_or_is_to_check


def read_exactly(cases: list[tuple[str, str, Any]], proposed: Callable[[str, str], Proposal],
                 own: Own | None = None) -> int:
    """How many of a probe's texts are proposed as sure and score every situation as they say."""
    return sum(1 for text, w, want in cases if (p := proposed(text, w)).confident and not wrongly(p, w, want, own))


def overrun_wrongly(p: Proposal, samples: tuple[tuple[Any, Any], ...]) -> str:
    """A proposal of one 上限控制 item scored on an amount over its limit: each sample's overrun (in % of the limit) as
    an actual of 100 + it against a limit of 100, '' when each scores as stated, else where it does not."""
    for value, expected in samples:
        got = item_score(p.items[0], {"actual": str(100 + dec(value)), "limit": "100"})
        if got != dec(expected):
            return f"{value}: {got}, not {expected} (upper_bound)"
    return ""


@dataclass(frozen=True)
class WordOpts(Ranks):
    """Options each named by a word (its label the shortest holding it) and its score, best first."""
    words: tuple[str, ...] = ()


_CN_DIGITS = str.maketrans("一二三四五六", "123456")


def word_of(label: str, words: tuple[str, ...]) -> str | None:
    """The option's word: the longest of ``words`` its label holds (“不完整” is 不完整's, “资料齐全完整” 完整's), numerals
    in digits (“一档” read “1档”)."""
    held = [w for w in words if w.translate(_CN_DIGITS) in label.translate(_CN_DIGITS)]
    return max(held, key=len) if held else None


def word_options_wrongly(p: Proposal, m: Decimal, want: object) -> str | None:
    """Options read as a choice: each word's option scores as the text says (None: the scores alone are checked); a
    probe's ``own`` for statements of ``WordOpts``."""
    if not isinstance(want, WordOpts) or len(p.items) != 1 or p.items[0]["type"] != "choice":
        return None
    said = dict(zip(want.words, want.scores))
    seen = set()
    for o in p.items[0]["params"]["options"]:
        word = word_of(o["label"], want.words)
        if word is None:
            continue
        seen.add(word)
        if Decimal(o["score"]) != dec(said[word]):
            return f"{word}: {o['score']}, not {said[word]}"
    return None if seen == set(want.words) else f"options of {sorted(set(want.words) - seen)} missing"
