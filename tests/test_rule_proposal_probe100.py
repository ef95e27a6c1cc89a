"""Made-up texts in the styles of the readings taught for points per case and their bounds, and their near variants:
a window of time after the count of one (“每提供1个近三年类似项目业绩得2分,最多得6分”, “每具有1份2023年1月1日至投标截止时间止
类似项目业绩得1分”; a window in brackets, the window said after the thing or before the 每, 近3年来/2021年以来/2021-2023年/
3年内/至今, the cap first or none, 扣 for 得, a cap over the 分值, two cases for the points, 满 for 每, a count of cases as
the cap “最多计3个”), what a case must be in brackets inside its name (“每提供1个类似项目(含运维)业绩得2分”; the brackets
after the name or before it, with a figure, two of them, 【】 and [], 加/计/减, a cap of cases or points in the
brackets, two kinds of case), a cap said alone (“有1个得1分,最多得5分;未提供合同复印件不得分”; 最高/至多/最多不超过/本项最高得分为,
the cap first, over or under the 分值, 有2个, situations of one and more, the cap alone, a best and a worst said as
situations “评审价最低得10分,最高得0分”, grades with a cap), points added up and capped at the 分值 (“满分10分,超过10分的按
10分计”, “所获总分如果高于12分,将被截断为12分”; alone or after points per case or named points, a figure not the 分值, over
the line zeroed, a floor, 扣 capped, a cap of cases), a count of times zeroed when none was done (“每年至少召开2次会议,每少1次
扣1分,未召开的不得分”; reordered, 不少于, no 每, 两次/一次, 未召开的扣N分/不扣分, 每多1次加, 每少1人, 召开1次的不得分, a cap of
the cost, a line times the cost not the 分值, 每季度/每半年/每月), and done in full, a fixed cost when short, nothing below a
line (“完成年度任务得4分,未完成的扣2分,完成率低于90%的不得分”; 不足/以下/不到/低于百分之九十/0.9/90分, reordered, 得 for 扣,
a cost over the full, a second cost below the line, in proportion, 高于, 每低于1个百分点, no line, 完成量/满意度/合格率) — full
and half width punctuation, Chinese numerals, traditional characters; each with what it states or that it is unsure.
Every proposal scores every situation as the text says, or is not confident.

Figures: 800 texts written; 48 read confidently, 0 of them confident and wrong; nothing mended (the proposer is as it
was, the corpus unchanged: lost 0, wrong []).
No class was found confident and wrong: each new reading stays to check, and none of the near variants is taken
confidently and wrongly by an older reading.
The sure readings met (all right): points per case capped with the window before the 每 (“投标人近三年每完成1个类似项目得2分,
最多得6分”, “近三年每提供1个…”), the bracket after the name when the 每 comes after it (“类似项目(含运维)业绩,每提供1个得2分,最多
得6分”), a cap said alone after 有1个/有1份/提供1个/具有1项/获得1项 (“有1份得0.5分,最多得2分”, “有1个得3分,最多得5分”: 3 then 5),
“提供类似项目(含运维)业绩的得6分,未提供的不得分” a choice of 6 or 0, “完成年度任务得4分,未完成的扣2分” (or 得2分, 不得分, the
clauses the other way round) a choice of the two, “有投诉的扣2分,最多扣5分” (分值 5) points off per case.

Readings left to check (not confident, so no bar): the window after the count of one and the bracket inside the name (a
formula per case, to check, right), a cap said alone with a proof clause (a formula with the proof as a doubt), points
added up and capped at the 分值 (a formula of the sum, to check; after points per case or named points, a judgement),
a count of times zeroed when none was done (a gated formula, to check, right; with 未开展…的 or a proof clause a
formula of a per-time cost gated by a condition, or a threshold dropping the zeroing), done in full / short / below a
line (three bands, to check, right; with 以下, 不到, another rate, or a second cost a judgement, a choice or a formula to check).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure

Want = object
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十", 12: "十二"}
u = Unsure()


def _p(full: bool) -> tuple[str, str, str, str, str]:
    return ("，", "；", "。", "（", "）") if full else (",", ";", ".", "(", ")")


def _adds(x: Decimal | int | str, cap: Decimal | int | str, k: int = 1) -> Bands:
    """A count of cases, ``x`` points each ``k`` of them, at most ``cap``."""
    xd, cd = Decimal(str(x)), Decimal(str(cap))
    return Bands(tuple((n, min(cd, xd * (n // k))) for n in (0, k, 2 * k, 3 * k, 5 * k, 40 * k)))


def _trad(text: str) -> str:
    return text.translate(str.maketrans("个项业绩类际运维经验会议开计总数务达标须证复审获时间",
                                        "個項業績類際運維經驗會議開計總數務達標須證複審獲時間"))


# ── a window of time after the count of one, points per case, capped ──────────────────────────────────────────
def window() -> list[tuple[str, str, Want]]:
    out: list = []
    for (x, cap, m), (full, cn, trad), (one, when) in product(
            [(2, 6, 6), (3, 9, 10)],
            [(True, False, False), (False, True, False)],
            [("1个", "近三年"), ("1份", "2023年1月1日至投标截止时间止"), ("1项", "近3年(2021年1月1日以来)")]):
        c, _s, e, lb, rb = _p(full)
        when = when.replace("(", lb).replace(")", rb)
        one_ = one.replace("1", "一") if cn else one
        ncap = _CN.get(cap, str(cap)) if cn else str(cap)
        t = _trad if trad else (lambda z: z)
        want = Either(_adds(x, min(Decimal(cap), Decimal(m))), u)
        out.append((t(f"每提供{one_}{when}类似项目业绩得{x}分{c}最多得{ncap}分{e}"), str(m), want))
        out.append((t(f"每具有{one_}{when}类似项目业绩得{x}分{c}最高{ncap}分{e}"), str(m), want))
        # no cap: the 分值
        out.append((t(f"每提供{one_}{when}类似项目业绩得{x}分{e}"), str(m), Either(_adds(x, m), u)))
        # the cap first
        out.append((t(f"最多得{ncap}分{c}每提供{one_}{when}类似项目业绩得{x}分{e}"), str(m), want))
        # the window after the thing
        out.append((t(f"投标人{when}每完成{one_}类似项目得{x}分{c}最多得{ncap}分{e}"), str(m), want))
        # 扣 for 得: points off per case
        out.append((t(f"每有{one_}{when}不良行为记录扣{x}分{c}最多扣{ncap}分{e}"), str(m),
                    Either(Per(str(x), str(cap) if Decimal(cap) < Decimal(m) else None), u)))
        # a cap over the 分值
        out.append((t(f"每提供{one_}{when}类似项目业绩得{x}分{c}最多得{Decimal(m) + 4}分{e}"), str(m), u))
        # two cases for the points
        out.append((t(f"每提供2个{when}类似项目业绩得{x}分{c}最多得{ncap}分{e}"), str(m),
                    Either(_adds(x, min(Decimal(cap), Decimal(m)), 2), u)))
        # the count not one: 满 for 每 (a line, not per case)
        out.append((t(f"满{one_}{when}类似项目业绩得{x}分{c}最多得{ncap}分{e}"), str(m), u))
        # 以上 after the count: a line
        out.append((t(f"提供{when}类似项目业绩3个以上得{m}分{c}1个得{x}分{e}"), str(m), u))
    return out


# ── what a case must be, in brackets inside its name ───────────────────────────────────────────────────────────
def bracketed() -> list[tuple[str, str, Want]]:
    out: list = []
    for (x, m), (full, trad), inner in product(
            [(2, 6), (3, 10)], [(True, False), (False, True)],
            ("含运维", "须提供合同及验收报告", "合同金额不低于500万元", "2020年以后竣工")):
        c, _s, e, lb, rb = _p(full)
        t = _trad if trad else (lambda z: z)
        want = Either(_adds(x, m), u)
        out.append((t(f"每提供1个类似项目{lb}{inner}{rb}业绩得{x}分{e}"), str(m), want))
        out.append((t(f"每提供1个类似项目{lb}{inner}{rb}业绩得{x}分{c}最多得{m}分{e}"), str(m), want))
        out.append((t(f"每提供1个类似项目业绩{lb}{inner}{rb}得{x}分{c}最多得{m}分{e}"), str(m), want))
        out.append((t(f"类似项目{lb}{inner}{rb}业绩{c}每提供1个得{x}分{c}最多得{m}分{e}"), str(m), want))
        out.append((t(f"每提供1个类似项目{lb}{inner}{rb}业绩扣{x}分{e}"), str(m), Either(Per(str(x)), u)))
        out.append((t(f"每提供1个类似项目{lb}{inner}{rb}业绩得{x}分{c}最多得{m - 1}分{e}"), str(m),
                    Either(_adds(x, m - 1), u)))
    for full, (x, m) in product((True, False), [(2, 6), (1, 4)]):
        c, _s, e, lb, rb = _p(full)
        # a cap of cases in the brackets
        out.append((f"每提供1个类似项目{lb}最多3个{rb}业绩得{x}分{e}", str(m), Either(_adds(x, min(3 * x, m)), u)))
        # points in the brackets: the case's worth said twice
        out.append((f"每提供1个类似项目{lb}每个{x}分{rb}业绩得{x}分{e}", str(m), Either(_adds(x, m), u)))
        out.append((f"每提供1个类似项目{lb}每个{x + 1}分{rb}业绩得{x}分{e}", str(m), u))
        out.append((f"每提供1个类似项目{lb}2个以上{rb}业绩得{x}分{e}", str(m), u))
        out.append((f"提供类似项目{lb}含运维{rb}业绩的得{m}分{c}未提供的不得分{e}", str(m),
                    Either(Either(Bands(((0, 0), (1, m), (3, m))), Ranks((m, 0))), u)))
    return out


# ── a cap said alone ───────────────────────────────────────────────────────────────────────────────────────────
def cap_alone() -> list[tuple[str, str, Want]]:
    out: list = []
    for (x, cap, m), (full, cn), (unit, proof) in product(
            [(1, 3, 5), ("0.5", 2, 2)], [(True, False), (False, True)],
            [("个", "未提供合同复印件不得分"), ("份", "")]):
        c, s, e, _lb, _rb = _p(full)
        n1 = "一" if cn else "1"
        ncap = _CN.get(cap, str(cap)) if cn else str(cap)
        tail = f"{s}{proof}{e}" if proof else e
        want = Either(_adds(x, min(cap, m)), u)
        out.append((f"有{n1}{unit}得{x}分{c}最多得{ncap}分{tail}", str(m), want))
        out.append((f"有{n1}{unit}得{x}分{c}最高得{ncap}分{tail}", str(m), want))
        out.append((f"有{n1}{unit}得{x}分{c}得满{ncap}分为止{tail}", str(m), want))
        out.append((f"每有{n1}{unit}得{x}分{c}最多得{ncap}分{tail}", str(m), want))
        out.append((f"有{n1}{unit}扣{x}分{c}最多扣{ncap}分{tail}", str(m),
                    Either(Per(str(x), str(cap) if cap < m else None), u)))
        # the cap first
        out.append((f"最多得{ncap}分{c}有{n1}{unit}得{x}分{tail}", str(m), want))
        # a cap over the 分值
        out.append((f"有{n1}{unit}得{x}分{c}最多得{m + 3}分{tail}", str(m), u))
        # the count 2 for its points: exactly 2, or per two: unclear
        out.append((f"有2{unit}得{x}分{c}最多得{ncap}分{tail}", str(m), u))
        # situations: one and more
        out.append((f"有{n1}{unit}得{x}分{c}有2{unit}及以上得{ncap}分{tail}", str(m),
                    Either(Bands(((0, 0), (1, min(Decimal(str(x)), Decimal(m))), (2, min(cap, m)), (5, min(cap, m)))), u)))
        # the cap alone
        out.append((f"最多得{ncap}分{tail}", str(m), u))
    return out


# ── points added up, capped at the 分值 ───────────────────────────────────────────────────────────────────────
def total_capped() -> list[tuple[str, str, Want]]:
    out: list = []
    for (x, m), (full, cn, trad) in product([(2, 10), (3, 12)],
                                           [(True, False, False), (False, True, False), (False, False, True)]):
        c, s, e, _lb, _rb = _p(full)
        nm = _CN.get(m, str(m)) if cn else str(m)
        t = _trad if trad else (lambda z: z)
        each = f"每发表1篇论文得{x}分"
        out.append((t(f"满分{nm}分{c}超过{nm}分的按{nm}分计{e}"), str(m), u))
        out.append((t(f"所获总分如果高于{nm}分{c}将被截断为{nm}分{e}"), str(m), u))
        out.append((t(f"{each}{c}满分{nm}分{c}超过{nm}分的按{nm}分计{e}"), str(m), Either(_adds(x, m), u)))
        out.append((t(f"{each}{s}所获总分如果高于{nm}分{c}将被截断为{nm}分{e}"), str(m), Either(_adds(x, m), u)))
        out.append((t(f"{each}{c}超过{nm}分的部分不计{e}"), str(m), Either(_adds(x, m), u)))
        out.append((t(f"满分{nm}分{c}超过{nm}分的按{nm}分计{s}{each}{e}"), str(m), Either(_adds(x, m), u)))
        # the figure not the 分值
        out.append((t(f"满分{m - 1}分{c}超过{m - 1}分的按{m - 1}分计{e}"), str(m), u))
        out.append((t(f"{each}{c}满分{m + 2}分{c}超过{m + 2}分的按{m + 2}分计{e}"), str(m), u))
        # over the line: zero, not the line
        out.append((t(f"{each}{c}超过{nm}分的按0分计{e}"), str(m), u))
        out.append((t(f"{each}{c}超过{nm}分的不得分{e}"), str(m), u))
        # a floor, not a cap
        out.append((t(f"{each}{c}低于{nm}分的按{nm}分计{e}"), str(m), u))
        out.append((t(f"所获总分如果低于{nm}分{c}将被记为0分{e}"), str(m), u))
        # 扣: points off, capped
        out.append((t(f"每缺1次扣{x}分{c}扣分超过{nm}分的按{nm}分计{e}"), str(m), Either(Per(str(x)), u)))
        # 超过N次 (a count, not points)
        out.append((t(f"{each}{c}超过{nm}篇的按{nm}篇计{e}"), str(m),
                    Either(_adds(x, min(Decimal(m), Decimal(str(x)) * m)), u)))
    return out


# ── a count of times, each short one costing, none done zeroing ────────────────────────────────────────────────
def times() -> list[tuple[str, str, Want]]:
    out: list = []
    for (n, x, m), (full, cn, trad), (act, none) in product(
            [(2, 1, 2), (4, "0.5", 2), (2, 1, 5)],
            [(True, False, False), (False, True, True)],
            [("召开会议", "未召开的")]):
        c, s, e, _lb, _rb = _p(full)
        nn = _CN.get(n, str(n)) if cn else str(n)
        t = _trad if trad else (lambda z: z)
        xd, md = Decimal(str(x)), Decimal(m)
        v, o = act[:2], act[2:]
        samples = tuple((k, Decimal(0) if k == 0 else max(Decimal(0), md - xd * max(0, n - k))) for k in (0, 1, n - 1, n, n + 3))
        want = Either(Bands(samples), u)
        out.append((t(f"每年至少{v}{nn}次{o}{c}每少1次扣{x}分{c}{none}不得分{e}"), str(m), want))
        # reordered
        out.append((t(f"{none}不得分{s}每年至少{v}{nn}次{o}{c}每少1次扣{x}分{e}"), str(m), want))
        out.append((t(f"每年{v}{o}不少于{nn}次{c}每少1次扣{x}分{c}{none}不得分{e}"), str(m), want))
        # no zeroing: down to 0 by the count
        out.append((t(f"每年至少{v}{nn}次{o}{c}每少1次扣{x}分{e}"), str(m),
                    Either(Bands(tuple((k, max(Decimal(0), md - xd * max(0, n - k))) for k in (0, 1, n - 1, n, n + 3))), u)))
        out.append((t(f"每年至少{v}{nn}次{o}{c}每少1次扣{x}分{c}扣完为止{e}"), str(m),
                    Either(Bands(tuple((k, max(Decimal(0), md - xd * max(0, n - k))) for k in (0, 1, n - 1, n, n + 3))), u)))
        # none done costing a figure, not zeroing
        out.append((t(f"每年至少{v}{nn}次{o}{c}每少1次扣{x}分{c}{none}扣{m}分{e}"), str(m), Either(want, u)))
        out.append((t(f"每年至少{v}{nn}次{o}{c}每少1次扣{x}分{c}{none}扣1分{e}"), str(m), u))
        out.append((t(f"每年至少{v}{nn}次{o}{c}每少1次扣{x}分{c}{none}不扣分{e}"), str(m), u))
        # 加 for 扣: more adds
        out.append((t(f"每年至少{v}{nn}次{o}{c}每多1次加{x}分{c}{none}不得分{e}"), str(m), u))
        # a person, not a time
        out.append((t(f"每年至少{v}{nn}次{o}{c}每少1人扣{x}分{c}{none}不得分{e}"), str(m), u))
    return out


# ── done in full, a fixed cost when short, nothing below a line ───────────────────────────────────────────────
def short_floor() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, x, line), (full, trad), task in product(
            [(4, 2, 90), (10, 5, 95)], [(True, False), (False, True)],
            ("完成年度任务", "全面完成考核指标")):
        c, s, e, _lb, _rb = _p(full)
        t = _trad if trad else (lambda z: z)
        md, xd = Decimal(m), Decimal(x)
        short = md - xd
        below = Decimal(line) - Decimal("0.1")
        want = Either(Bands(((100, md), (120, md), (Decimal("99.9"), short), (line, short), (below, 0), (0, 0))), u)
        out.append((t(f"{task}得{m}分{c}未完成的扣{x}分{c}完成率低于{line}%的不得分{e}"), str(m), want))
        out.append((t(f"{task}的得{m}分{s}未完成的扣{x}分{s}完成率低于{line}%的不得分{e}"), str(m), want))
        out.append((t(f"{task}得{m}分{c}未完成的扣{x}分{c}完成率不足{line}%的不得分{e}"), str(m), want))
        # reordered
        out.append((t(f"完成率低于{line}%的不得分{c}{task}得{m}分{c}未完成的扣{x}分{e}"), str(m), want))
        # 以下: the line itself zeroed
        out.append((t(f"{task}得{m}分{c}未完成的扣{x}分{c}完成率{line}%以下的不得分{e}"), str(m),
                    Either(Bands(((100, md), (Decimal("99.9"), short), (Decimal(line) + Decimal("0.1"), short),
                                  (line, 0), (0, 0))), u)))
        # 得 for 扣: the points of the short
        out.append((t(f"{task}得{m}分{c}未完成的得{x}分{c}完成率低于{line}%的不得分{e}"), str(m),
                    Either(Bands(((100, md), (Decimal("99.9"), xd), (line, xd), (below, 0), (0, 0))), u)))
        # the figure not the 分值
        out.append((t(f"{task}得{m}分{c}未完成的扣{x}分{c}完成率低于{line}%的不得分{e}"), str(m + 2), u))
        # a cost over the full
        out.append((t(f"{task}得{m}分{c}未完成的扣{m + 1}分{c}完成率低于{line}%的不得分{e}"), str(m), u))
        # below the line a cost, not zero
        out.append((t(f"{task}得{m}分{c}未完成的扣{x}分{c}完成率低于{line}%的再扣1分{e}"), str(m), u))
        out.append((t(f"{task}得{m}分{c}未完成的扣{x}分{c}完成率低于{line}%的扣1分{e}"), str(m), u))
        # in proportion when short
        out.append((t(f"{task}得{m}分{c}未完成的按比例得分{c}完成率低于{line}%的不得分{e}"), str(m), u))
        # 高于 for 低于
        out.append((t(f"{task}得{m}分{c}未完成的扣{x}分{c}完成率高于{line}%的不得分{e}"), str(m), u))
        # no line
        out.append((t(f"{task}得{m}分{c}未完成的扣{x}分{e}"), str(m),
                    Either(Either(Bands(((100, md), (Decimal("99.9"), short), (0, short))), Ranks((md, short))), u)))
    return out


def _rate(full: int, short: int, line: int, at_line: int | None = None) -> Bands:
    """A rate of completion: ``full`` at 100% and over, ``short`` below it down to ``line`` (``at_line`` at it), else 0."""
    return Bands(((100, full), (110, full), (Decimal("99.9"), short), (line, short if at_line is None else at_line),
                  (Decimal(line) - Decimal("0.1"), 0), (0, 0)))


def _meets(n: int, x: Decimal | int | str, m: int, zero: bool = True) -> Bands:
    """A count of times, ``n`` wanted, ``x`` off for each short, none done (``zero``) nothing."""
    xd = Decimal(str(x))
    return Bands(tuple((k, 0 if zero and k == 0 else max(Decimal(0), m - xd * max(0, n - k)))
                       for k in sorted({0, 1, n - 1, n, n + 2})))


def _abc(top: str) -> Faults:
    """A, B and C each met or not, 3, 4 and 5 points adding up, at most ``top``."""
    return Faults((Fault("A", "+3", False), Fault("B", "+4", False), Fault("C", "+5", False)), base="0", top=top)


# ── near variants written one by one ─────────────────────────────────────────────────────────────────────────
def near() -> list[tuple[str, str, Want]]:
    return [
        # a cap said alone, other ways
        ("有1个得1分;最多得5分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分,本项最高得分为5分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分,最高得分为5分;未提供合同复印件不得分", "5", Either(_adds(1, 5), u)),
        ("提供1个得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("具有1项得2分,最高6分", "6", Either(_adds(2, 6), u)),
        ("获得1项得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("有1个得1分,此项最多得3分", "5", Either(_adds(1, 3), u)),
        ("有1个得1分,有2个得2分,最多得5分", "5", u),
        ("有1个得1分,有2个及以上得3分,最多得5分", "5", u),
        ("优秀得5分,良好得3分,一般得1分,最高得5分", "5", Either(Ranks((5, 3, 1)), u)),
        ("优秀得5分,良好得3分,一般得1分;最多得5分", "5", Either(Ranks((5, 3, 1)), u)),
        ("有得5分,没有不得分,最多得5分", "5", Either(Ranks((5, 0)), u)),
        ("有1个得1分,最多得5分;未提供合同复印件扣1分", "5", u),
        ("提供合同复印件得1分,最多得5分", "5", u),
        ("每提供1个近三年类似项目业绩得2分,最多得6分,最低分", "6", u),
        ("有1个扣1分,最高扣5分", "5", Either(Per("1"), u)),
        ("有1个得1分,最少得2分", "5", u),
        ("有1个得1分,最高得分为5分,最低分", "5", u),
        ("发现1处扣1分,最多扣3分", "5", Either(Per("1", "3"), u)),
        ("有1个得1分,最高", "5", u),
        ("有1个得1分,最多", "5", u),
        # a count of times, other ways
        ("每季度至少召开1次会议,每少1次扣1分,未召开的不得分", "4", u),
        ("每年至少召开2次会议,每少1次扣1分,少于1次的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年召开会议不少于2次得2分,每少1次扣1分,未召开不得分", "2", Either(_meets(2, 1, 2), u)),
        ("至少召开2次,少1次扣1分,未召开的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开2次会议,每少一次扣1分,一次未召开的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开4次会议,每少1次扣1分,召开不足2次的不得分", "4",
         Either(Bands(((0, 0), (1, 0), (2, 2), (3, 3), (4, 4), (6, 4))), u)),
        ("每年至少召开4次会议,每少1次扣1分,未召开的不得分", "3", u),
        ("每年至少召开4次会议,每少1次扣1分,未召开的不得分", "6", Either(_meets(4, 1, 6), u)),
        ("每年至少召开2次会议得2分,每少1次扣1分,未召开的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开2次会议得2分,每少1次扣1分,未召开的不得分", "3", u),
        ("每年至少召开两次会议,每少一次扣一分,未召开的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开2次會議,每少1次扣1分,未召開的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开2次会议，每少1次扣1分；未召开的，不得分。", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开2次会议,每少1次扣1分,未召开的本项不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开2次会议,每多1次加1分,未召开的不得分", "2", u),
        ("每年至少召开2次会议,每少1次扣1分,召开1次的不得分", "2", Either(Bands(((0, 0), (1, 0), (2, 2), (4, 2))), u)),
        ("每年至少召开3次会议,每少1次扣1分,召开1次的不得分", "3",
         Either(Bands(((0, 0), (1, 0), (2, 2), (3, 3), (5, 3))), u)),
        ("每年至少召开2次会议,每少1次扣1分,未召开的扣2分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开2次会议,每少1次扣1分,未召开的扣1分", "2", u),
        ("每月至少召开2次会议,每少1次扣1分,未召开的不得分", "2", u),
        # done in full, short, below a line: other ways
        ("完成率达到100%得4分,未达到的扣2分,低于90%的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,每低于1个百分点扣2分,完成率低于90%的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90%的扣4分", "4", Either(_rate(4, 2, 90), u)),
        ("超额完成得4分,完成的得2分,完成率低于90%的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,低于90%的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90%的不得分,超额完成的加1分", "4", u),
        ("完成年度任务得4分;未完成的扣2分;完成率低于90%的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,未完成的减2分,完成率低于90%的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,未完成的扣2分,完成率低于百分之九十的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,未完成的扣2分,完成率低于0.9的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90%的得1分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,未完成的扣2分,完成率在90%以下的不得分", "4", Either(_rate(4, 2, 90, 0), u)),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90分的不得分", "4", u),
        ("完成年度任务得4分,完成率低于90%的不得分", "4", u),
        ("按时完成年度任务得4分,未完成的扣2分,完成率低于90%的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,完成进度低于90%的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,满意度低于90%的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,合格率低于90%的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90%的不得分", "3", u),
        ("完成年度任务得4分,未完成的扣2分,完成率高于90%的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣1分,完成率低于80%的扣2分,低于60%的不得分", "4", u),
        ("完成年度任务得4分,完成率达到90%的得2分,完成率低于90%的不得分", "4", Either(_rate(4, 2, 90), u)),
        # a window, other ways
        ("每提供1个近三年内合同金额不低于500万元的类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个2年以上运维项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近3年类似项目业绩得2分,近3年无业绩的不得分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年类似项目业绩得2分,最多得6分;未提供的扣2分", "6", u),
        ("每提供1个2023年1月1日至今签订的类似项目得1分", "5", Either(_adds(1, 5), u)),
        ("每具有1份2023年1月至2024年12月止类似项目业绩得1分", "5", Either(_adds(1, 5), u)),
        ("每提供1个近三年类似项目业绩得2分,最多得3个", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年类似项目业绩得2分,最多计3个", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年类似项目业绩得2分,最多计2个", "6", Either(_adds(2, 4), u)),
        ("每提供1个近5年类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年的类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年类似项目业绩得2分,最多得6分,近三年指2021年1月1日以来", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年类似项目业绩得2分,最多得6分,每个项目须提供合同", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年省级以上类似项目业绩得2分,市级得1分,最多得6分", "6", u),
        ("每提供1个近三年类似项目(含运维)业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三个月类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近12个月类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年类似项目业绩得2分,同一项目不重复计分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("近三年每提供1个类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        # brackets inside the name, other ways
        ("每提供1个类似项目(含运维)业绩得2分,不含运维的得1分,最多得6分", "6", u),
        ("每提供1个类似项目(含3年运维)业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维)业绩加2分,最多加6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维)业绩计2分,最多计6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维)业绩得2分,满分6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维)业绩得2分,满分8分", "6", u),
        ("每提供1个类似项目(含运维)业绩得2分,满6分为止", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维)业绩减2分,最多减6分", "6", Either(Per("2"), u)),
        ("每提供1个类似项目[含运维]业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目【含运维】业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        # points added up, capped, other ways
        ("满分10分,每发表1篇论文得2分,超过10分的按10分计", "10", Either(_adds(2, 10), u)),
        ("各项得分累计,满分10分,超过10分按10分计", "10", u),
        ("每发表1篇论文得2分,累计超过10分的按10分计", "10", Either(_adds(2, 10), u)),
        ("每发表1篇论文得2分,累计超过10分的按10分计", "8", u),
        ("每发表1篇论文得2分,满分10分,超过10分的按10分计", "8", u),
        ("优秀得12分,良好得8分,所获总分如果高于10分,将被截断为10分", "10", u),
        ("每发表1篇论文得2分,核心期刊加1分,超过10分的按10分计", "10", u),
        ("每发表1篇论文得2分,所获总分如果高于10分,将被记为10分", "10", Either(_adds(2, 10), u)),
        ("每发表1篇论文得2分,所获总分如果高于10分,将被截断", "10", Either(_adds(2, 10), u)),
        ("每发表1篇论文得2分,所获总分如果低于10分,将被截断为0分", "10", u),
        # a cap or a floor said alone beside situations; a best and a worst
        ("有投诉的扣2分,最多扣5分", "10", Either(Per("2", "5"), u)),
        ("有投诉的扣2分,最多扣5分", "5", Either(Per("2"), u)),
        ("评审价最低得10分,最高得0分", "10", u),
        ("报价最低得10分;最高得5分", "10", u),
        ("投诉次数最少得5分,最多得0分", "5", u),
        ("投诉次数最少得5分,最多得2分", "5", u),
        ("得票最多得5分,最少得1分", "5", u),
        ("得票最多得5分;其余得2分", "5", Either(Ranks((5, 2)), u)),
        ("排名第一得5分,最高得5分", "5", u),
        ("综合排名最高得5分,最低得1分", "5", u),
        ("综合排名最高得5分,其余得2分", "5", Either(Ranks((5, 2)), u)),
        ("综合排名最高得5分,其次得3分,其余得1分", "5", Either(Ranks((5, 3, 1)), u)),
        ("满意度最高得5分,最低得0分", "5", u),
        ("满意度最高的得5分,最低的得0分", "5", u),
        ("价格最低得5分,价格最高得0分", "5", u),
        ("有得5分,无得0分,最高得5分", "5", Either(Ranks((5, 0)), u)),
        ("有得5分,最多得3分", "5", u),
        ("有1个得1分,本项最多3分", "5", Either(_adds(1, 3), u)),
        ("有1个得1分,该项最高得分5分", "5", Either(_adds(1, 5), u)),
        ("优秀得5分,最多得5分", "5", u),
        ("达标得3分,最多得5分", "5", u),
        ("达标得3分,最高得分为5分", "5", u),
        ("达标得5分,不达标得0分,最低分", "5", Either(Ranks((5, 0)), u)),
        ("获省级奖得3分,最高得5分", "5", u),
        ("获省级奖得3分,获国家级奖得5分,最高得5分", "5", u),
        ("获省级奖得3分,获国家级奖得5分,最高得3分", "5", u),
        ("发现问题1处扣1分,最多扣3分", "10", Either(Per("1", "3"), u)),
        ("有1个得3分,最多得5分", "5", Either(_adds(3, 5), u)),
        ("有1个得1分,至多得5分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分,最多不超过5分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分,最多5个", "5", Either(_adds(1, 5), u)),
        ("有1个得2分,最多5个", "6", u),
        ("有1个得1分,最多得5分,最少得1分", "5", u),
        ("有1个得1分,最多得5分,没有的得1分", "5", u),
        ("有1次得1分,最多得5分", "5", Either(_adds(1, 5), u)),
        ("有1人得1分,最多得5分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分,最多得5分", "10", Either(_adds(1, 5), u)),
        ("有1个得1分,最多得5分", "3", u),
        ("优秀得5分,良好得3分,最高得8分", "8", u),
        ("优秀得5分,良好得3分,最高得8分", "5", u),
        ("第一名得5分,第二名得3分,最高分得5分", "5", Either(Ranks((5, 3)), u)),
        ("有1个得1分,最多得5分;有虚假的不得分", "5", u),
        ("有1个不合格扣1分,最多扣5分", "5", Either(Per("1"), u)),
        ("有1个得1分,累计最多得5分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分;最高5分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分,最高得5分,少于1个的得0分", "5", Either(_adds(1, 5), u)),
        ("有1个的得1分,最多得5分", "5", Either(_adds(1, 5), u)),
        ("有1个以上得1分,最多得5分", "5", u),
        ("有1个得1分,满5个得5分", "5", u),
        ("有1家得1分,最多得5分", "5", Either(_adds(1, 5), u)),
        ("有1个得0.5分,最多得5分", "5", Either(_adds("0.5", 5), u)),
        ("有1个得1分,最多得分5分", "5", Either(_adds(1, 5), u)),
        ("有1个加1分,最多加5分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分,最多扣5分", "5", u),
        ("有10个得1分,最多得5分", "5", u),
        ("有1至3个得1分,最多得5分", "5", u),
        ("有1个得1分,超过5分的按5分计", "5", Either(_adds(1, 5), u)),
        ("每提供1个近三年类似项目业绩得2分,所获总分如果高于6分,将被截断为6分", "6", Either(_adds(2, 6), u)),
        ("满分6分,每提供1个近三年类似项目业绩得2分", "6", Either(_adds(2, 6), u)),
        ("每年至少召开2次会议,每少1次扣1分,未召开的不得分,满分2分", "2", Either(_meets(2, 1, 2), u)),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90%的不得分,满分4分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,未完成的得2分", "4", Either(Ranks((4, 2)), u)),
        ("完成年度任务得4分,未完成的不得分", "4", Either(Ranks((4, 0)), u)),
        ("完成年度任务得4分,未完成的扣5分", "4", u),
        ("完成年度任务得4分,未完成的扣2分", "5", u),
        ("完成年度任务得4分,未完成的扣2分", "3", u),
        ("完成年度任务得4分,未完成的每项扣2分", "4", Either(Per("2"), u)),
        ("完成年度任务得4分,未完成的扣2分,扣完为止", "4", u),
        ("完成年度任务得4分,未完成1项扣2分", "4", Either(Per("2"), u)),
        ("完成年度任务得4分,完成率低于90%的扣2分", "4", u),
        ("完成年度任务得四分,未完成的扣二分,完成率低于百分之九十的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分，未完成的扣2分，完成率低于90％的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90%不得分", "4", Either(_rate(4, 2, 90), u)),
        ("未完成的扣2分,完成年度任务得4分", "4", Either(Ranks((4, 2)), u)),
        # windows said otherwise
        ("每提供1个近3年来类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个2021年以来类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个2021-2023年类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个2021年至2023年类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年(2021-2023年)类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个3年内类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近两年合同额超过100万元的业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年获得2项以上奖项的项目得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个近三年类似项目业绩得2分,最多得6分,提供3个以上得6分", "6", Either(_adds(2, 6), u)),
        ("每具有1份2023年1月1日至投标截止日止类似项目业绩得1分", "5", Either(_adds(1, 5), u)),
        ("每具有1份2023年1月1日至今类似项目业绩得1分", "5", Either(_adds(1, 5), u)),
        ("每具有1份2023年1月1日起至投标截止时间止的类似项目业绩得1分", "5", Either(_adds(1, 5), u)),
        ("每具有1份自2023年1月1日至投标截止时间止类似项目业绩得1分", "5", Either(_adds(1, 5), u)),
        ("每具有1份2023年1月1日至投标截止时间止类似项目业绩扣1分", "5", Either(Per("1"), u)),
        ("每具有1份2023年1月1日至投标截止时间止类似项目业绩得1分,最多得3分", "5", Either(_adds(1, 3), u)),
        ("每具有1份2023年1月1日至2025年12月31日止类似项目业绩得1分", "5", Either(_adds(1, 5), u)),
        ("每具有1份2023年1月1日至投标截止时间止类似项目业绩得1分,同一项目不重复计分", "5", Either(_adds(1, 5), u)),
        # points of named things added up, capped
        ("有A得3分,有B得4分,有C得5分,超过10分的按10分计", "10", Either(_abc("10"), u)),
        ("A得3分,B得4分,C得5分,所获总分如果高于10分,将被截断为10分", "10", Either(_abc("10"), u)),
        ("具有A证书得3分,具有B证书得4分,具有C证书得5分,累计超过10分的按10分计", "10", Either(_abc("10"), u)),
        ("具有A证书得3分,具有B证书得4分,具有C证书得5分,最多得10分", "10", Either(_abc("10"), u)),
        ("具有A证书得3分,具有B证书得4分,具有C证书得5分", "10", u),
        ("具有A证书得3分,具有B证书得4分,具有C证书得5分,超过10分的按10分计", "12", u),
        ("具有A证书得3分,具有B证书得4分,具有C证书得5分,超过8分的按8分计", "10", Either(_abc("8"), u)),
        ("具有A证书得3分;具有B证书得4分;具有C证书得5分;超过10分的按10分计", "10", Either(_abc("10"), u)),
        ("具有A证书得3分,具有B证书得4分,具有C证书得5分,可累加,超过10分的按10分计", "10", Either(_abc("10"), u)),
        ("具有A证书得3分,具有B证书得4分,具有C证书得5分,不累加", "10", u),
        ("具有A证书得3分,具有B证书得4分,具有C证书得5分,就高不就低", "5", Either(Ranks((5, 4, 3)), u)),
        # times wanted, said otherwise
        ("每月至少巡查4次,每少1次扣0.5分,未巡查的不得分", "2", u),
        ("每年至少开展2次应急演练,每少1次扣1分,未开展的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少开展2次应急演练,每少1次扣1分,未开展应急演练的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年开展应急演练2次及以上得2分,每少1次扣1分,未开展的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少开展2次应急演练,少1次扣1分,未开展不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少开展2次应急演练,每缺1次扣1分,未开展的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少开展2次应急演练,每少1次扣1分,未开展的扣2分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少开展3次应急演练,每少1次扣1分,1次也未开展的不得分", "3", Either(_meets(3, 1, 3), u)),
        ("每半年至少开展1次应急演练,每少1次扣1分,全年未开展的不得分", "2", u),
        ("每年至少开展二次应急演练,每少一次扣一分,未开展的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少开展2次应急演练,每少1次扣1分,未开展的不得分", "1", Either(_meets(2, 1, 1), u)),
        ("每年至少开展2次应急演练,每少1次扣1分,未开展的不得分", "3", Either(_meets(2, 1, 3), u)),
        # a line of completion, times wanted, a cap alone, brackets: more near variants
        ("完成年度任务得4分,超额完成的加2分,完成率低于90%的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,完成量低于90件的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,低于90的不得分", "4", u),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90%的本项不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务的得4分,未完成的扣2分,完成率不到90%的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("年度任务完成率100%得4分,未完成的扣2分,完成率低于90%的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("完成年度任务得4分,未完成的扣2分,完成率低于90%的扣完为止", "4", u),
        ("完成年度任務得4分,未完成的扣2分,完成率低於90%的不得分", "4", Either(_rate(4, 2, 90), u)),
        ("每年至少召开2次会议,每少1次扣1分,最多扣1分,未召开的不得分", "2",
         Either(Bands(((0, 0), (1, 1), (2, 2), (4, 2))), u)),
        ("每年至少召开2次会议得2分,召开1次得1分,未召开的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("每年至少召开2次会议,每少1次扣1分,未召开或无记录的不得分", "2", u),
        ("每年至少召开2次以上会议,每少1次扣1分,未召开的不得分", "2", Either(_meets(2, 1, 2), u)),
        ("有1个得1分,最多得5分;未提供合同复印件的该个不得分", "5", Either(_adds(1, 5), u)),
        ("有1个得1分,最多得5分;未提供合同复印件本项不得分", "5", u),
        ("每提供1个类似项目(含运维业绩)得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个(含运维)类似项目业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维)业绩得2分,(最多得6分)", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维,不含设计)业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维、设计)业绩得2分,最多得6分", "6", Either(_adds(2, 6), u)),
        ("每提供1个类似项目(含运维)业绩得2分,每提供1个类似项目(不含运维)业绩得1分,最多得6分", "6", u),
    ]


_ALL = window() + bracketed() + cap_alone() + total_capped() + times() + short_floor() + near()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 400, 800)
