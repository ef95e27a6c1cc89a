"""Proposing a sheet's texts at once (``propose_many``): in order, the same proposals wherever they are made.

A large sheet is proposed in worker processes as well as in this one; a pool that cannot start or breaks leaves
its texts to this process. The tests that start a worker take a few seconds each (a worker compiles the
recognisers' patterns before it proposes)."""
from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from decimal import Decimal

import pytest

from services.frameworks import proposal
from services.frameworks.proposal import propose, propose_many

TEXTS = [
    "每发现一处问题扣0.5分，扣完为止。",
    "预算执行率≥95%得满分，每低于1个百分点扣0.2分，扣完为止。",
    "建立管理制度并严格执行的得满分，否则不得分。",
    "①制度健全，1分；②记录完整，1分。",
    "资料齐全、规范的得满分；资料不全的酌情扣分。",
    "每推迟一个季度扣1分，扣满2分为止。",
    "满意度≥90%得2分；80%≤满意度<90%得1分；满意度<80%不得分。",
]


def _args(n: int) -> list[tuple[str, Decimal, str, str, str]]:
    """``n`` texts, each different (a figure of its own), with 分值 2."""
    return [(TEXTS[i % len(TEXTS)].replace("。", f"（第{i}项）。"), Decimal(2), f"指标{i}", "", "") for i in range(n)]


def test_few_texts_are_proposed_here_in_order_with_progress():
    args = _args(90)
    seen: list[int] = []
    found = propose_many(args, seen.append)
    assert found == [propose(*a) for a in args]
    assert seen == sorted(seen) and seen[-1] == len(args) and len(seen) == 3  # a chunk of 40 at a time


def test_no_texts():
    assert propose_many([], lambda done: pytest.fail("nothing to tell")) == []


def test_a_worker_process_proposes_as_this_one_does(monkeypatch):
    """Every chunk left to the worker (this process takes none): the proposals come back in order, equal to
    those made here."""
    monkeypatch.setattr(Future, "cancel", lambda self: False)
    args = _args(100)
    seen: list[int] = []
    found = propose_many(args, seen.append, workers=1)
    assert found == [propose(*a) for a in args]
    assert seen[-1] == len(args) and seen == sorted(seen)


def test_this_process_and_a_worker_share_the_chunks():
    args = _args(400)
    assert propose_many(args, workers=1) == [propose(*a) for a in args]


class _BrokenPool:
    """A pool whose workers are lost: every chunk fails as a killed worker's does."""

    def __init__(self, *a, **k):
        self.shut = False

    def submit(self, fn, *args):
        f: Future = Future()
        f.set_running_or_notify_cancel()  # taken by a worker: this process cannot take it back
        f.set_exception(BrokenProcessPool("a worker was killed"))
        return f

    def shutdown(self, wait=True, cancel_futures=False):
        self.shut = True


class _NoPool:
    def __init__(self, *a, **k):
        raise OSError("no more processes")


@pytest.mark.parametrize("pool", [_BrokenPool, _NoPool])
def test_a_pool_that_breaks_or_cannot_start_leaves_its_texts_to_this_process(monkeypatch, pool):
    monkeypatch.setattr(proposal, "ProcessPoolExecutor", pool)
    args = _args(130)
    seen: list[int] = []
    assert propose_many(args, seen.append, workers=3) == [propose(*a) for a in args]
    assert seen[-1] == len(args)


def test_a_text_that_fails_in_a_worker_fails_as_it_would_here(monkeypatch):
    """An error of the proposer itself is not hidden by proposing the text again here."""
    def failing(self, fn, *args):
        f: Future = Future()
        f.set_running_or_notify_cancel()
        f.set_exception(ValueError("a proposer error"))
        return f

    monkeypatch.setattr(_BrokenPool, "submit", failing)
    monkeypatch.setattr(proposal, "ProcessPoolExecutor", _BrokenPool)
    with pytest.raises(ValueError, match="a proposer error"):
        propose_many(_args(130), workers=2)


def test_a_large_sheet_uses_the_spare_cores_only(monkeypatch):
    made: list[int] = []

    class Recording(_NoPool):
        def __init__(self, workers, **k):
            made.append(workers)
            super().__init__()

    monkeypatch.setattr(proposal, "ProcessPoolExecutor", Recording)
    monkeypatch.setattr(proposal, "POOL_FROM", 50)
    for cores, expected in ((1, []), (2, [1]), (3, [2]), (16, [proposal.POOL_MAX])):
        made.clear()
        monkeypatch.setattr(proposal, "_cores", lambda cores=cores: cores)
        propose_many(_args(60))
        assert made == expected, cores
    made.clear()
    monkeypatch.setattr(proposal, "_cores", lambda: 16)
    propose_many(_args(49))  # below POOL_FROM: all here
    assert made == []
