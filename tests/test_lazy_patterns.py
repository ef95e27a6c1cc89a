"""Patterns compiled on first use (services/core/patterns.py), and the rule types' wordings kept that way: importing
the scoring engine and the rule proposer compiles next to none of their two thousand patterns (they cost 2–3 s at
every start of the window and of every import worker when compiled at import)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from services.core.patterns import LazyPattern, lazy_compile

ROOT = Path(__file__).resolve().parent.parent


def test_a_pattern_is_compiled_when_first_used_not_before():
    p = lazy_compile("[")  # not a pattern: nothing is said until it is used
    assert p.pattern == "["
    with pytest.raises(re.error):
        p.search("[")


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_every_method_answers_as_the_compiled_pattern_does(flags):
    source = r"(?P<n>\d+(?:\.\d+)?)(?P<u>分|项|Pts)"
    texts = ["每缺1项扣0.5分", "2PTS、3分", "", "无"]
    for make in (lambda: lazy_compile(source, flags), lambda: lazy_compile(source, flags)):
        lazy, real = make(), re.compile(source, flags)
        for t in texts:
            assert repr(lazy.search(t)) == repr(real.search(t))
            assert repr(lazy.match(t)) == repr(real.match(t))
            assert repr(lazy.fullmatch(t)) == repr(real.fullmatch(t))
            assert lazy.sub(r"<\g<n>>", t) == real.sub(r"<\g<n>>", t)
            assert lazy.subn("#", t, count=1) == real.subn("#", t, count=1)
            assert [m.span() for m in lazy.finditer(t)] == [m.span() for m in real.finditer(t)]
            assert lazy.findall(t) == real.findall(t)
            assert lazy.split(t) == real.split(t)
        assert (lazy.flags, lazy.groups, lazy.groupindex) == (real.flags, real.groups, real.groupindex)


def test_after_first_use_the_methods_are_the_compiled_patterns_own():
    p = lazy_compile(r"扣(\d+)分")
    assert isinstance(p, LazyPattern) and "search" not in vars(p)
    assert p.findall("扣2分，扣3分") == ["2", "3"]
    assert isinstance(p.search.__self__, re.Pattern) and p.search("扣5分").group(1) == "5"


def test_a_pattern_built_from_others_reads_their_words_without_compiling_them():
    part = lazy_compile(r"\d+(?:\.\d+)?")
    whole = lazy_compile("扣" + part.pattern + "分")
    assert "search" not in vars(part) and whole.search("扣0.5分").group(0) == "扣0.5分"


def test_importing_the_scoring_engine_and_the_proposer_compiles_next_to_no_patterns():
    """Counted in a fresh interpreter: the patterns ``re`` compiles while the rule types, the proposer and the
    scoring engine are imported (a module compiling its wordings at import would add hundreds)."""
    code = ("import re._compiler as c\n"
            "n = [0]\n"
            "orig = c.compile\n"
            "def counting(*a, **k):\n"
            "    n[0] += 1\n"
            "    return orig(*a, **k)\n"
            "c.compile = counting\n"
            "import services.scoring.engine, services.frameworks.proposal, services.frameworks.excel\n"
            "print(n[0])\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    assert int(out.stdout.strip()) < 60, out.stdout
