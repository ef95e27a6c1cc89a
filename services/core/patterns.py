"""Regular expressions compiled when first used, not when their module is imported.

The rule proposer's wordings are some two thousand patterns, many over CJK ranges (``[\\u4e00-\\u9fff]``), which
Python's ``re`` compiles slowly (it walks such a range one character at a time). Compiled at import they cost 2–3 s
at every start of the window (the scoring engine imports the rule types, which hold their wordings) and of every
worker process of an import; most are never used in a session that only scores. ``lazy_compile`` returns a stand-in
that compiles its pattern the first time a method is called and from then on hands out the compiled pattern's own
methods, so a used pattern costs what it always did.

The stand-in serves ``.pattern`` without compiling (patterns are built from others' ``.pattern``) and everything else
of ``re.Pattern`` through the compiled pattern. It is not an ``re.Pattern``: pass it to ``re.search`` and the like
and they refuse it (``TypeError``), so call its methods instead (``P.search(text)``); and a match names the compiled
pattern as its ``re``, so ask ``found_by(m, P)``, not ``m.re is P``.
"""
from __future__ import annotations

import re
from typing import Any, cast

#: the methods a stand-in takes over from its compiled pattern on first use
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split")


class LazyPattern:
    """A pattern and its flags, compiled on first use (see the module's words)."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def _compiled(self) -> re.Pattern[str]:
        p = re.compile(self.pattern, self._flags)
        for name in _METHODS:  # from now on the compiled pattern's own methods, as fast as ever
            setattr(self, name, getattr(p, name))
        self.compiled = p  # what its matches name as their ``re`` (``found_by``)
        return p

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().fullmatch(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().subn(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().findall(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().split(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # flags, groups, groupindex … (asked for only when not yet set)
        if name.startswith("__") or name in ("pattern", "_flags", "compiled"):
            raise AttributeError(name)
        return getattr(re.compile(self.pattern, self._flags), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})" if not self._flags else f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used; typed as the pattern it stands for."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def found_by(m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` found ``m``: ``m.re is pattern``, which a stand-in never is (its matches name the compiled
    pattern). A stand-in not yet used found nothing."""
    if isinstance(pattern, LazyPattern):
        return m.re is vars(pattern).get("compiled", False)
    return m.re is pattern
