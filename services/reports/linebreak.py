"""Chinese line breaking (禁则) for every ReportLab paragraph and table cell.

ReportLab's own CJK splitter checks only the one character that overflows: a line may still start
with "；" (after a hung "”") or end with "（" or "“", and a number is cut anywhere ("22350.8/2万元").
This module replaces both of its CJK splitters (the single-fragment ``wordSplit`` and the
multi-fragment ``cjkFragSplit``) with one greedy breaker that, at each line end, chooses the last
break point where

- the next line does not start with a character of CANNOT_START (，。；：、）” …),
- this line does not end with a character of CANNOT_END (（“《 …),
- no run of Latin letters and digits ("22350.82", "DG-1.1.1") is cut;

failing that it lets up to two closing marks hang past the margin, and only a run longer than a
whole line is cut inside.
"""
from __future__ import annotations

from collections.abc import Sequence

#: characters that must never start a line in Chinese text
CANNOT_START = set("，；：！？》、。）”’」』】〕…—%％·.,;:!?)]}〉｝］｠﹚﹜﹞°℃‰" + "\u3005\u309b\u309c\u30fc\uff05")
#: characters that must never end a line
CANNOT_END = set("《（“‘「『【〔([{〈｛［｟﹙﹛﹝$￥＄£@#§")
_FUZZ = 1e-6


def _word(ch: str) -> bool:
    """Part of a Latin word or a number, which is never cut at a line end."""
    return ch.isascii() and (ch.isalnum() or ch in "._-/+%")


def _ok(chars: Sequence[str], b: int, words: bool) -> bool:
    before, after = chars[b - 1], chars[b]
    if after in CANNOT_START or before in CANNOT_END:
        return False
    return not (words and _word(before) and _word(after))


def choose(chars: Sequence[str], start: int, over: int) -> int:
    """Where to end the line that runs from ``start`` when ``chars[over]`` no longer fits."""
    n = len(chars)
    for b in range(over, start, -1):  # push characters down to the next line
        if _ok(chars, b, True):
            return b
    for extra in (1, 2):  # hang closing marks in the margin (标点悬挂)
        b = over + extra
        if b <= n and all(c in CANNOT_START for c in chars[over:b]) and (b == n or _ok(chars, b, False)):
            return b
    for b in range(over, start, -1):  # a word longer than the line: cut it, punctuation rules still hold
        if _ok(chars, b, False):
            return b
    return over if over > start else start + 1


def breaks(chars: Sequence[str], widths: Sequence[float], hard: Sequence[bool],
           max_widths: Sequence[float]) -> list[tuple[int, int, float, bool]]:
    """(start, end, width used, ends with a hard break) of each line."""
    out: list[tuple[int, int, float, bool]] = []
    n = len(chars)
    start = 0
    while start < n:
        mw = max_widths[min(len(out), len(max_widths) - 1)]
        used, i, forced = 0.0, start, False
        while i < n:
            if hard[i]:
                used += widths[i]
                i += 1
                forced = True
                break
            if used + widths[i] > mw + _FUZZ and i > start:
                break
            used += widths[i]
            i += 1
        if forced or i >= n:
            out.append((start, i, used, forced))
            start = i
            continue
        end = choose(chars, start, i)
        out.append((start, end, sum(widths[start:end]), False))
        start = end
    return out


def word_split(word, max_widths, font_name, font_size, encoding="utf8"):
    """ReportLab's ``wordSplit`` for one run of text in one font: [[extra space, line text], …]."""
    from reportlab.lib import textsplit

    text = word.decode(encoding) if isinstance(word, bytes) else word
    if isinstance(max_widths, (int, float)):
        max_widths = [max_widths]
    widths = textsplit.getCharWidths(text, font_name, font_size)
    lines = []
    for a, b, used, _hard in breaks(text, widths, [False] * len(text), max_widths):
        mw = max_widths[min(len(lines), len(max_widths) - 1)]
        lines.append([mw - used, text[a:b]])
    return lines


def frag_split(frags, max_widths, calc_bounds, encoding="utf8"):
    """ReportLab's ``cjkFragSplit`` (several fonts or sizes, ``<br/>``) with the rules above."""
    from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

    glyphs = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        if text:
            glyphs.extend(cjkU(t, f, encoding) for t in text)
        else:
            glyphs.append(cjkU(text, f, encoding))
    first = max_widths[0]
    widths = []
    for u in glyphs:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = first
            w = w.normalizedValue(first)
        widths.append(w)
    hard = [hasattr(u.frag, "lineBreak") for u in glyphs]
    chars = [str(u) or "\n" for u in glyphs]
    lines = []
    for a, b, used, forced in breaks(chars, widths, hard, max_widths):
        mw = max_widths[min(len(lines), len(max_widths) - 1)]
        lines.append(makeCJKParaLine(glyphs[a:b], mw, used, mw - used, forced, calc_bounds))
    return ParaLines(kind=1, lines=lines)


def install() -> None:
    """Use these rules in every paragraph from now on (idempotent)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    paragraph.wordSplit = word_split
    paragraph.cjkFragSplit = frag_split
    textsplit.ALL_CANNOT_START = "".join(sorted(set(textsplit.ALL_CANNOT_START) | CANNOT_START))
    textsplit.ALL_CANNOT_END = "".join(sorted(set(textsplit.ALL_CANNOT_END) | CANNOT_END))
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START


def offending_lines(lines: Sequence[str]) -> list[str]:
    """The lines that break a rule: for tests and for a check of any produced PDF."""
    bad = []
    for line in lines:
        s = line.strip()
        if s and (s[0] in CANNOT_START or s[-1] in CANNOT_END):
            bad.append(s)
    return bad
