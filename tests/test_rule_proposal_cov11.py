"""Made-up texts in the styles of 考核评分表 / KPI 表 rows scored against a rank, a base, an average or the best (a
probe of coverage, not copies of corpus texts): the first place and a step for each place after it (“全市排名第1名得10分,
第2名得9.5分,依次递减0.5分”, “位次每后移一位扣0.5分”), bands of places (“前三名得满分,4-6名得8分,其余得5分”), shares of the
ranking (“排名前30%得满分,30%-60%得80%,60%以后得60%”), the average (“高于全省平均水平得满分,低于平均水平每1个百分点扣1分”,
“达到平均值得基础分6分,每高出1%加0.5分,最高10分”), last year or a base year (“较上年增长得满分,持平得5分,下降不得分”,
“比上年每降低1%加0.2分”), the best (“得分=本单位值/最高值×分值”, “最低值得满分,其他按比例”) and places in other tables
(“在…考核中获第一名加2分”) — each with what it states (a few situations and their scores) or that it is unsure (to
check). Every proposal scores every situation as the text says, or is not confident; the texts the readings read are
proposed exactly (their count asserted).

Before the readings of this round (336 texts): 30 proposed exactly, 164 flagged, 142 judgement fallbacks, 0 confident
and wrong; after: 60 exactly, 214 flagged, 62 fallbacks, 0 confident and wrong. Taught:

- the 分值 at or above an average and a step short of it, the value unnamed or named in any of the usual ways
  (“高于全省平均水平得满分,低于平均水平每1个百分点扣1分”, “达到全市平均水平的得满分,每低于全市平均水平1个百分点扣…”,
  “全区平均值以上得满分;每低1个百分点扣…”, “指标值≥…的得满分;低于平均水平的,每低1%扣…”): threshold
  ``_reference_and_step`` (高于/达到/“…以上” beside 不低于/≥, a lead “低于…的,” before the step, no name before the
  line when the reference is an average, a lead only when the value is unnamed — a named rate against a named
  average stays formula ``_at_reference``'s; the difference from the average entered), with the reading's 参照 phrase and
  a clause naming the average fallen short of as a lead-in (``_REFERENCED``);
- points for each step of change against last year or a base year, up to a cap (“比上年每降低1%加0.2分,最高10分”,
  “较上年每提高1个百分点加0.5分,满分5分”, “较基准年每降低1个百分点加1分”): formula ``_change_each_step`` (order 7480;
  sure in 个百分点; a step in % — of an amount's growth or of a rate's points — no cap said, or one past the 分值, to
  check), ``_earned`` leaving it, the reading's 变化 phrase;
- “之后每降1个名次扣0.5分”: 降 a step down a rank (threshold ``_RANK_STEP``, the reading's 名次 phrase).

Fallbacks left (62): a base at the average and a step above it (“达到平均值得基础分6分,每高出1%加0.5分,最高10分”, 27:
below the average unsaid, to check at best); shares of the ranking scored in % of the 分值 (“30%-60%得80%”, 12: rare
beside points, and where a share sits at a band's end is unsaid; 6 of them stated unsure); the best or the lowest as full marks, the rest in
proportion in words (“以全市最高值为满分,其他单位按比例得分”, “最低值得满分,其他按比例”, 12: the proportion of the lowest
unsaid, the best's to teach next: 8); “较上年持平或增长的得满分,每下降1个百分点扣…” (4); “第2名起每名递减” (2); bands of
places in cells with no 得 (“前3名 10分 4-6名 8分 其余 5分”, 3); and texts stated unsure (a step both ways from an
average with no cap, bands of places scoring past the 分值: 6).
Flagged and left so by design: a deduction with no stop (未说明扣分到何时为止), places counted of a 加分 row with the rest
unsaid (以上情形均不符合按0分计), 增长/持平/下降 choices (exclusive but read as two situations that may both hold), a lead
“按排名计分”, bands of places whose last band is “其余”/“7名以后”.

The checker is ``tests/probe_checks.py``'s, with two statements of this probe's own: ``Ref`` (a value against a named
reference — an average, last year's — stated by the difference, checked on a formula of the value and the reference
or on an item entering the difference) and a formula of the value and the best read as a 比率计分 (its numerator and
denominator found by their labels).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Fn, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Ranks, Unsure, dec, item_score, valued

_CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 10: "十"}
_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")


@dataclass(frozen=True)
class Ref:
    """A value against a reference named in words (``ref``: words of the reference's label, split by “|”): the score at
    each difference (value − reference, in points) of ``samples``."""
    ref: str
    samples: tuple[tuple[Any, Any], ...]


def _clamp(x: Decimal, top: Decimal) -> Decimal:
    return min(top, max(Decimal(0), x))


def _step(m: Decimal, x: Decimal, places: tuple[int, ...] = (1, 2, 3, 5, 40)) -> Bands:
    """The 分值 at the first place, x off for each place after it, never below 0."""
    return Bands(tuple((r, _clamp(m - x * (r - 1), m)) for r in places))


# ── the first place and a step for each place after it ───────────────────────────────────────────────────────────
def rank_steps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    forms = ["全市排名第1名得{m}分,第2名得{m2}分,依次递减{x}分",
             "第一名得{m}分,其后按名次依次递减{x}分",
             "排名第1名的得满分,每后退1名扣{x}分",
             "排名第1得满分,位次每后移一位扣{x}分",
             "按排名计分,第1名得{m}分,之后每降1个名次扣{x}分,扣完为止",
             "第1名计{m}分,以后每下降一个名次减{x}分",
             "名次第1位得满分;每后移1位扣{x}分,扣完为止。",
             "排名第一的得满分,每后退一名扣{x}分",
             "全省排位第1名得{m}分,排位每后移1位扣{x}分",
             "按各单位得分高低排名,第1名{m}分,每后退一个名次扣{x}分",
             "第1名得满分，第2名起每名递减{x}分"]
    for form, (m, x) in product(forms, [("10", "0.5"), ("8", "1")]):
        mm, xx = dec(m), dec(x)
        text = form.format(m=m, m2=format(mm - xx, "f"), x=x)
        out.append((text, m, _step(mm, xx)))
    for m, x in [("10", "0.5"), ("6", "0.3")]:
        mm, xx = dec(m), dec(x)
        # full-width figures
        out.append((f"排名第1名的得满分,每后退1名扣{x}分".translate(_FULL), m, _step(mm, xx)))
        # the first place short of the 分值, an extra clause: to check
        out.append((f"第1名得{mm - 1}分,每后退1名扣{x}分", m, Unsure()))
        out.append((f"排名第1名的得满分,每后退1名扣{x}分;数据报送不及时的扣1分", m, Unsure()))
    return out


# ── bands of places ──────────────────────────────────────────────────────────────────────────────────────────────
def rank_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    forms = ["前三名得满分,4-6名得{b}分,其余得{c}分",
             "前3名得{m}分,第4-6名得{b}分,第7名及以后得{c}分",
             "排名1-3名,{m}分;4-6名,{b}分;7名以后,{c}分",
             "排名前3名的得{m}分;排名4至6名的得{b}分;排名7名及以后的得{c}分",
             "全市排名前三的得{m}分,第四至第六的得{b}分,其余的得{c}分",
             "排名第1-3名得{m}分;第4-6名得{b}分;其余得{c}分",
             "前3名 {m}分 4-6名 {b}分 其余 {c}分",
             "位列前3名的计{m}分,位列第4-6名的计{b}分,其他名次计{c}分",
             "综合排名前3名:{m}分;4～6名:{b}分;7名及以后:{c}分"]
    for form, (m, b, c) in product(forms, [(10, 8, 5), (6, 4, 2), (5, 3, 0)]):
        want = Either(Bands(((1, m), (3, m), (4, b), (6, b), (7, c), (20, c))), Ranks((m, b, c)))
        out.append((form.format(m=m, b=b, c=c), str(m), want))
    for (m, b, c, e), say in product([(10, 9, 8, 6), (5, 4, 3, 2)], ["得", "", "计"]):
        want = Either(Bands(((1, m), (2, b), (3, c), (4, e), (12, e))), Ranks((m, b, c, e)))
        out.append((f"第1名{say}{m}分,第2名{say}{b}分,第3名{say}{c}分,其余名次{say}{e}分", str(m), want))
        out.append((f"第一名{say}{m}分;第二名{say}{b}分;第三名{say}{c}分;其他{say}{e}分", str(m), want))
        out.append((f"第1名{say}{m}分、第2名{say}{b}分、第3名{say}{c}分、第4名及以后{say}{e}分", str(m), want))
    for m, b in [(10, 6), (4, 2)]:
        # a place unsaid: to check
        out.append((f"前3名得{m}分,7-10名得{b}分", str(m), Unsure()))
        # a band scoring past the 分值
        out.append((f"前3名得{m + 2}分,4-6名得{b}分,其余不得分", str(m), Unsure()))
    return out


# ── shares of the ranking ────────────────────────────────────────────────────────────────────────────────────────
def rank_shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (hi, lo) in product([10, 5, 20], [(30, 60), (20, 50)]):
        b, c = dec(m) * Decimal("0.8"), dec(m) * Decimal("0.6")
        samples = Bands(((hi // 2, m), ((hi + lo) // 2, b), (lo + 20, c)))
        want = Either(samples, Ranks((m, b, c)))
        out.append((f"排名前{hi}%得满分,{hi}%-{lo}%得80%,{lo}%以后得60%", str(m), want))
        out.append((f"排名前{hi}%的得{m}分;{hi}%-{lo}%的得{_n(b)}分;{lo}%以后的得{_n(c)}分", str(m), want))
        out.append((f"排名位于前{hi}%(含)得满分,{hi}%-{lo}%(含)得{_n(b)}分,{lo}%以后得{_n(c)}分", str(m), want))
        out.append((f"位次在前{hi}%的计{m}分,位次在{hi}%至{lo}%的计{_n(b)}分,位次在{lo}%以后的计{_n(c)}分", str(m), want))
        out.append((f"排名前{hi}%的,得满分;排名前{hi}%-{lo}%的,得分值的80%;排名{lo}%以后的,得分值的60%", str(m), want))
        out.append((f"排名在前{hi}%以内得{m}分,{hi}%～{lo}%得{_n(b)}分,后{100 - lo}%得{_n(c)}分", str(m), want))
        # a share unsaid
        out.append((f"排名前{hi}%得满分,{lo}%以后得60%", str(m), Unsure()))
    return out


def _n(x: Decimal) -> str:
    return format(x.normalize(), "f")


# ── against the average ──────────────────────────────────────────────────────────────────────────────────────────
def averages() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    avg = "平均|均值"
    for (m, x), (ref, ref2) in product([(10, "1"), (5, "0.5")],
                                       [("全省平均水平", "平均水平"), ("全市平均水平", "全市平均水平"), ("全区平均值", "平均值")]):
        mm, xx = dec(m), dec(x)
        above = Ref(avg, ((5, m), (-1, mm - xx), (-3, _clamp(mm - 3 * xx, mm)), (-100, 0)))
        at = Ref(avg, ((0, m), (5, m), (-1, mm - xx), (-3, _clamp(mm - 3 * xx, mm)), (-100, 0)))
        out.append((f"高于{ref}得满分,低于{ref2}每1个百分点扣{x}分", str(m), above))
        out.append((f"不低于{ref}的得满分,每低1个百分点扣{x}分", str(m), at))
        out.append((f"达到{ref}的得满分,每低于{ref2}1个百分点扣{x}分,扣完为止", str(m), at))
        out.append((f"{ref}以上得满分;每低1个百分点扣{x}分", str(m), at))
        out.append((f"高于{ref}的得{m}分,低于{ref2}的,每低1个百分点扣{x}分,扣完为止", str(m), above))
        out.append((f"指标值≥{ref}的得满分;低于{ref2}的,每低1%扣{x}分", str(m), at))
    for (m, b, y), ref in product([(10, 6, "0.5"), (5, 3, "0.2"), (20, 12, "1")], ["平均值", "全省平均水平", "全市平均数"]):
        mm, bb, yy = dec(m), dec(b), dec(y)
        base = Ref(avg, ((0, b), (2, bb + 2 * yy), (1000, m)))
        out.append((f"达到{ref}得基础分{b}分,每高出1%加{y}分,最高{m}分", str(m), Either(base, Unsure())))
        out.append((f"达到{ref}的得{b}分,每高出1个百分点加{y}分,加满为止", str(m), Either(base, Unsure())))
        out.append((f"达到{ref}得{b}分;每高于{ref}1个百分点加{y}分,{m}分封顶", str(m), Either(base, Unsure())))
    for (m, b), ref in product([(10, 6), (5, 3)], ["全省平均水平", "全市平均值"]):
        out.append((f"高于{ref}的得{m}分,等于{ref}的得{b}分,低于{ref}的不得分", str(m), Ranks((m, b, 0))))
        out.append((f"高于{ref}得满分,持平得{b}分,低于不得分", str(m), Ranks((m, b, 0))))
        out.append((f"高于{ref}得满分,低于{ref}不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        # a step past the reference adding and a step short taking off, with no cap: to check
        out.append((f"达到{ref}得{b}分,每高1个百分点加1分,每低1个百分点扣1分", str(m), Unsure()))
    return out


# ── against last year or a base year ─────────────────────────────────────────────────────────────────────────────
def last_year() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b), form in product([(10, 5), (6, 3), (4, 2)],
                                ["较上年增长得满分,持平得{b}分,下降不得分",
                                 "与上年相比,增长的得满分,持平的得{b}分,下降的不得分",
                                 "同比上升的得{m}分,持平的得{b}分,下降的得0分",
                                 "比上年提高得{m}分;与上年持平得{b}分;比上年降低不得分",
                                 "较上年度有所增长的得满分,与上年度持平的得{b}分,较上年度下降的不得分",
                                 "较基期年增长的得{m}分、持平的得{b}分、下降的不得分"]):
        out.append((form.format(m=m, b=b), str(m), Ranks((m, b, 0))))
    for (m, x), (rise, plus) in product([(10, "0.2"), (5, "0.5"), (3, "1")],
                                        [("比上年每降低1%", "加"), ("较上年每下降1个百分点", "加"), ("比上年每提高1个百分点", "加"),
                                         ("较上年每增长1%", "得"), ("较基准年每降低1个百分点", "加")]):
        mm, xx = dec(m), dec(x)
        samples = Bands(((0, 0), (1, xx), (3, _clamp(3 * xx, mm)), (1000, m)))
        out.append((f"{rise}{plus}{x}分,最高{m}分", str(m), samples))
        out.append((f"{rise}{plus}{x}分,满分{m}分", str(m), samples))
        out.append((f"{rise}{plus}{x}分", str(m), Either(samples, Unsure())))
        out.append((f"{rise}{plus}{x}分,最高{m + 2}分", str(m), Unsure()))
    for (m, x), fall in product([(10, "1"), (5, "0.5")], ["每下降1个百分点", "每降低1%"]):
        mm, xx = dec(m), dec(x)
        out.append((f"较上年持平或增长的得满分,{fall}扣{x}分,扣完为止", str(m),
                    Either(Bands(((0, m), (1, mm - xx), (3, _clamp(mm - 3 * xx, mm)), (1000, 0))), Unsure())))
    return out


# ── against the best ─────────────────────────────────────────────────────────────────────────────────────────────
def best() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (10, 5):
        mm = dec(m)
        top = Fn(("本单位|本地|单位值|完成值|实际", "最高|最好|最大"),
                 (((100, 100), m), ((80, 100), mm * Decimal("0.8")), ((50, 200), mm / 4), ((0, 100), 0)))
        low = Fn(("本单位|本地|单位值|实际", "最低|最小|最少"),
                 (((100, 100), m), ((200, 100), mm / 2), ((125, 100), mm * Decimal("0.8"))))
        out.append(("得分=本单位值/最高值×分值", str(m), top))
        out.append((f"得分=本单位完成值÷全市最高值×{m}", str(m), top))
        out.append((f"本单位值/最高值×{m}分", str(m), top))
        out.append(("以完成率最高的单位为满分,其他单位按比例得分", str(m), Either(top, Unsure())))
        out.append(("以全市最高值为满分,其他单位按比例得分", str(m), Either(top, Unsure())))
        out.append(("最高的得满分,其余按与最高值的比例计分", str(m), Either(top, Unsure())))
        out.append((f"以最高值为满分{m}分,其余单位得分=本单位值/最高值×{m}", str(m), top))
        out.append(("最低值得满分,其他按比例", str(m), Either(low, Unsure())))
        out.append((f"得分=最低值/本单位值×{m}", str(m), low))
        out.append(("最低值得满分,其他单位得分=最低值/本单位值×分值", str(m), low))
        out.append(("以最低的单位为满分,其余单位得分=最低值÷本单位值×分值", str(m), low))
        out.append((f"得分=本单位值/最高值×{m + 5}", str(m), Unsure()))
    return out


# ── places in other tables ───────────────────────────────────────────────────────────────────────────────────────
def other_tables() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, where in product([2, 1, 3], ["在全市考核中", "在全省综合考核中"]):
        out.append((f"{where}获第一名加{x}分", str(x), Ranks((x, 0))))
        out.append((f"{where}获得第1名的,加{x}分", str(x), Ranks((x, 0))))
        out.append((f"{where}获第一名加{x}分,第二名加{x / 2:g}分", str(x),
                    Either(Bands(((1, x), (2, dec(x) / 2), (3, 0))), Ranks((x, dec(x) / 2, 0)))))
        out.append((f"{where}获第一名的加{x}分,获前三名的加{x / 2:g}分", str(x),
                    Either(Bands(((1, x), (2, dec(x) / 2), (3, dec(x) / 2), (4, 0))), Ranks((x, dec(x) / 2, 0)))))
        # first and last: two-sided, to check
        out.append((f"{where}排名第一的加{x}分,排名末位的扣{x}分", str(x), Unsure()))
    for a, b in [("1", "0.5"), ("2", "1")]:
        want = Faults((Fault("省", f"+{a}", False), Fault("市", f"+{b}", False)), base="0")
        out.append((f"在省级考核中获第一名加{a}分,在市级考核中获第一名加{b}分", str(dec(a) + dec(b)), Either(want, Unsure())))
    return out


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    """``Ref`` statements, and a formula of a value and the best read as a 比率计分."""
    if len(p.items) != 1:
        return None if not isinstance(want, Ref) else "items"
    item = p.items[0]
    kind, params = item["type"], item["params"]
    if isinstance(want, Fn) and kind == "rate" and len(want.words) == 2:
        num, den = params.get("numerator_label", ""), params.get("denominator_label", "")
        hits = [[i for i, w in enumerate(want.words) if any(x in lab for x in w.split("|"))] for lab in (num, den)]
        if any(len(h) != 1 for h in hits) or hits[0] == hits[1]:
            return f"rate of {num} / {den}"
        for values, expected in want.samples:
            got = item_score(item, {"numerator": str(values[hits[0][0]]), "denominator": str(values[hits[1][0]])})
            if got != dec(expected):
                return f"{values}: {got}, not {expected} (rate)"
        return ""
    if not isinstance(want, Ref):
        return None
    if kind == "formula" and len(params["variables"]) == 2:
        variables = params["variables"]
        refs = [any(w in v["label"] for w in want.ref.split("|")) for v in variables]
        if sorted(refs) != [False, True]:
            return f"variables {[v['label'] for v in variables]}"
        for diff, expected in want.samples:
            values = {v["name"]: str(dec(60) if r else dec(60) + dec(diff)) for v, r in zip(variables, refs)}
            got = item_score(item, {"vars": values})
            if got != dec(expected):
                return f"{diff}: {got}, not {expected} (formula)"
        return ""
    for diff, expected in want.samples:
        got = valued(item, dec(diff))
        if got != dec(expected):
            return f"{diff}: {got}, not {expected} ({kind})"
    return ""


_ALL = rank_steps() + rank_bands() + rank_shares() + averages() + last_year() + best() + other_tables()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, _own)
    assert exact == 72  # (60 before cov22's readings of bands of places and of steps per place in 位)
