"""Made-up texts of rows scored by rank and by comparison with others, as the assessment tables of counties,
departments, schools and companies write them (a probe of coverage, not copies of corpus texts): points by place
(“第一名得10分，第二名得8分，第三名得6分，其余得4分”, “排名第1-3名得满分，4-6名得8分…”), a step per place (“第1名得满分，
每后退一名扣0.5分，扣完为止”, “按排名依次递减1分”), shares of a ranking (“排名前30%的得满分，30%-60%得8分，后30%得5分”),
scores against the best or the average (“以最高值为满分，其余按比例得分”, “高于全市平均水平得满分，每低于平均1个百分点扣
0.2分”, “得分=本单位完成率/各单位最高完成率×分值”) and grades of an outside assessment (“上级考核为优秀得10分，良好8分，合格
6分，不合格不得分”) — written with Chinese and Arabic numerals, 名 or 位, full- or half-width marks and line breaks, each with
what it states (a few situations and their scores) or that it is unsure (to check).

Measured on the 366 texts (before → after the readings taught here): exact 138 → 188, flagged 190 → 170 (of them
scoring some situation otherwise than the text says 60 → 12), judgement fallbacks 38 → 8, confident and wrong 0 → 0.
Taught:

- bands of places in points, the full marks said in words, the last band open or the rest scoring points of their
  own, a band's first place in Chinese numerals, places in 位 (“排名第1-3名得满分，4-6名得8分，其余得6分”, “第1～3位得10分；
  第4～6位得8分；第7位及以后得6分”, “排名前三位得10分，第四至第六位得8分，其余得6分”): tiers ``_rank_bands``
  (``_RANK_BAND`` with 满分, a first place in words and 以后; ``_RANK_REST_SCORED``; a band ending at a “,” before a range
  of places, ``_RANK_BAND_END``; the bands read without 排名 when they open on “第1-”), a place in 位 the rule's 名
  (``_other_unit``);
- a step per place in 位 (“排名第1位得满分，每后退1位扣0.5分”, “名次第1位得满分;每后移1位…”): threshold ``_RANK_STEP`` and
  ``_RANK``'s head after 名次, deduction ``_RANK_STEP`` across the “;” (the place entered, never a count of cases), the
  reading's 名次 phrase;
- the highest of the units ranked as full marks, the rest in proportion (“以最高值为满分，其余按比例得分”, “以全县最高值为
  满分，其他单位按比例折算”, “最高的得满分，其余单位按比例得分”): formula ``_against_best`` (``_TOP_UNIT``; 本单位数值 ÷ 各单位
  最高值 × 分值, to check as the contest's best is);
- shares of a ranking with a middle band from the line before it (“排名前30%得10分；30%～60%得8分；60%以后得5分”, “位次在前
  30%的得满分，在30%至60%之间的得8分，其余得5分”): tiers ``_top_shares`` (``_MID_LINE``), to check as the shares are (how
  a place is entered as a share).

Left (flagged, 170): by design the grades of an outside assessment (“上级考核为优秀得10分，良好8分…”: the grade is the
evaluator's to enter, 65), the steps with no stop said (“未说明扣分到何时为止”) or a lead “按排名计分”, the ratios to the
best (never sure), the averages with no stop; shares with “后40%” after a middle band (12) still proposed by the plain
bands' reading that takes “前30%” as a line of the value (0% unsaid) over the shares' reading, both flagged — to teach
next by ranking the shares' reading first where the text ranks. Fallbacks left (8), all stated unsure: the first place
past the 分值 (2), a step with no first place (2) or the first place short of the 分值 (2), a 酌情 clause (2).

The checker is ``tests/probe_checks.py``'s, with cov11's statements of a value against a reference (``Ref``) and of a
formula of a value and the best read as a 比率计分.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fn, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Ranks, Unsure, dec
from tests.test_rule_proposal_cov11 import Ref, _clamp, _own, _step

_FULL = str.maketrans("0123456789.%,;:", "０１２３４５６７８９．％，；：")
_HALF = str.maketrans("，；：（）", ",;:()")
_CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


def _marks(text: str) -> list[str]:
    """The text as written (full-width marks), with half-width marks, and with line breaks for its ；."""
    return [text, text.translate(_HALF), text.replace("；", "\n").replace("，其余", "\n其余")]


# ── points by place ───────────────────────────────────────────────────────────────────────────────────────────────
def places() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b, c, e), (word, cn) in product([(10, 8, 6, 4), (5, 4, 3, 0), (8, 6, 4, 2)],
                                            [("名", True), ("名", False), ("位", False)]):
        p = (lambda k: f"第{_CN[k]}{word}") if cn else (lambda k: f"第{k}{word}")
        want = Either(Bands(((1, m), (2, b), (3, c), (4, e), (15, e))), Ranks((m, b, c, e)))
        rest = "不得分" if e == 0 else f"得{e}分"
        for text in (f"{p(1)}得{m}分，{p(2)}得{b}分，{p(3)}得{c}分，其余{rest}",
                     f"排名{p(1)}得满分；{p(2)}得{b}分；{p(3)}得{c}分；其余{rest}",
                     f"{p(1)}{m}分、{p(2)}{b}分、{p(3)}{c}分、其他{e}分"):
            for t in _marks(text):
                out.append((t, str(m), want))
    for (m, b, c), word in product([(10, 8, 6), (5, 3, 1), (20, 16, 12)], ("名", "位")):
        want = Either(Bands(((1, m), (3, m), (4, b), (6, b), (7, c), (30, c))), Ranks((m, b, c)))
        for text in (f"排名第1-3{word}得满分，4-6{word}得{b}分，其余得{c}分",
                     f"排名前三{word}得{m}分，第四至第六{word}得{b}分，其余得{c}分",
                     f"第1～3{word}得{m}分；第4～6{word}得{b}分；第7{word}及以后得{c}分"):
            for t in _marks(text):
                out.append((t, str(m), want))
    for m, b in [(10, 6), (5, 2)]:
        # a place unsaid, a place past the 分值: to check
        out.append((f"第一名得{m}分，第三名得{b}分", str(m), Unsure()))
        # the second place read in 其余: a fair literal reading, or to check
        out.append((f"第一名得{m}分，第三名得{b}分，其余不得分", str(m), Either(Ranks((m, b, 0)), Unsure())))
        out.append((f"第一名得{m + 2}分，第二名得{m}分，其余得{b}分", str(m), Unsure()))
    return out


# ── a step per place ──────────────────────────────────────────────────────────────────────────────────────────────
def steps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    forms = ["第1名得满分，每后退一名扣{x}分，扣完为止",
             "第一名得{m}分，每后退一名扣{x}分，扣完为止",
             "排名第1位得满分，每后退1位扣{x}分",
             "第1名得{m}分，按排名依次递减{x}分",
             "第一名得满分，其余按排名依次递减{x}分",
             "排名第一得{m}分，以后每降一名减{x}分，减完为止",
             "按排名计分：第1名{m}分，每后退一个名次扣{x}分",
             "第1名得满分；\n每后退1名扣{x}分，扣完为止"]
    for form, (m, x), full in product(forms, [("10", "0.5"), ("5", "0.2"), ("8", "1")], (False, True)):
        text = form.format(m=m, x=x)
        out.append((text.translate(_FULL) if full else text, m, _step(dec(m), dec(x))))
    for m, x in [("10", "1"), ("6", "0.5")]:
        # the step's start unsaid, a step without the first place
        out.append((f"按排名依次递减{x}分", m, Either(_step(dec(m), dec(x)), Unsure())))
        out.append((f"每后退一名扣{x}分", m, Either(_step(dec(m), dec(x)), Unsure())))
        out.append((f"第1名得{dec(m) - 1}分，每后退一名扣{x}分", m, Unsure()))
    return out


# ── shares of a ranking ──────────────────────────────────────────────────────────────────────────────────────────
def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b, c), (hi, lo) in product([(10, 8, 5), (5, 4, 2), (20, 15, 10)], [(30, 60), (20, 70)]):
        want = Either(Bands(((hi // 2, m), ((hi + lo) // 2, b), ((lo + 100) // 2, c))), Ranks((m, b, c)))
        for text in (f"排名前{hi}%的得满分，{hi}%-{lo}%得{b}分，后{100 - lo}%得{c}分",
                     f"排名前{hi}%得{m}分；{hi}%～{lo}%得{b}分；{lo}%以后得{c}分",
                     f"位次在前{hi}%的得满分，在{hi}%至{lo}%之间的得{b}分，其余得{c}分"):
            for t in _marks(text):
                out.append((t, str(m), want))
    for m in (10, 5):
        out.append((f"排名前30%的得满分，后30%得{m // 2}分", str(m), Unsure()))
    return out


# ── against the best or the average ──────────────────────────────────────────────────────────────────────────────
def against() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    avg = "平均|均值"
    for m in (10, 5, 8):
        mm = dec(m)
        top = Fn(("本单位|本地|单位值|实际", "最高|最好|最大"),
                 (((100, 100), m), ((80, 100), mm * Decimal("0.8")), ((50, 200), mm / 4), ((0, 100), 0)))
        for text in ("以最高值为满分，其余按比例得分", "以最高值为满分,其余按比例计分", "最高的得满分，其余单位按比例得分",
                     "以全县最高值为满分，其他单位按比例折算"):
            out.append((text, str(m), Either(top, Unsure())))
        for text in ("得分=本单位完成率/各单位最高完成率×分值", f"得分=本单位完成率÷各单位最高完成率×{m}",
                     "得分＝本单位完成率／各单位最高完成率×分值", f"本单位完成率/最高完成率×{m}分"):
            out.append((text, str(m), top))
        out.append((f"得分=本单位完成率/各单位最高完成率×{m + 5}", str(m), Unsure()))
    for (m, x), (ref, ref2) in product([(10, "0.2"), (5, "0.5"), (8, "1")],
                                       [("全市平均水平", "平均"), ("全县平均水平", "全县平均水平"), ("全区平均值", "平均值")]):
        mm, xx = dec(m), dec(x)
        at = Ref(avg, ((0, m), (5, m), (-1, mm - xx), (-3, _clamp(mm - 3 * xx, mm)), (-100, 0)))
        above = Ref(avg, ((5, m), (-1, mm - xx), (-3, _clamp(mm - 3 * xx, mm)), (-100, 0)))
        out.append((f"高于{ref}得满分，每低于{ref2}1个百分点扣{x}分，扣完为止", str(m), above))
        out.append((f"高于{ref}得满分,每低于{ref2}1个百分点扣{x}分,扣完为止", str(m), above))
        out.append((f"达到{ref}的得满分；\n每低于{ref2}1个百分点扣{x}分，扣完为止", str(m), at))
        out.append((f"不低于{ref}得满分，每低1个百分点扣{x}分，扣完为止", str(m), at))
        out.append((f"高于{ref}得满分，每低于{ref2}1个百分点扣{x}分", str(m), Either(above, Unsure())))
    return out


# ── grades of an outside assessment ──────────────────────────────────────────────────────────────────────────────
def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b, c), who in product([(10, 8, 6), (5, 4, 3), (6, 4, 2)], ("上级考核", "年度考核", "省级评估")):
        want = Ranks((m, b, c, 0))
        for text in (f"{who}为优秀得{m}分，良好{b}分，合格{c}分，不合格不得分",
                     f"{who}优秀的得满分；良好的得{b}分；合格的得{c}分；不合格的不得分",
                     f"{who}结果：优秀{m}分、良好{b}分、合格{c}分、不合格0分"):
            for t in _marks(text):
                out.append((t, str(m), want))
    for m in (10, 5):
        out.append((f"上级考核为优秀得{m}分，良好得{m - 2}分", str(m), Unsure()))
        out.append((f"上级考核为优秀得{m}分，良好{m - 2}分，合格{m - 4}分，其余酌情扣分", str(m), Unsure()))
    return out


_ALL = places() + steps() + shares() + against() + grades()
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 450
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, _own)
    assert exact == 188  # (138 before the readings of this round)
