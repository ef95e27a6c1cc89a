"""Made-up texts in the styles of the readings taught at int311 and their near variants: points for each whole span of
years (“工龄每满2年加1分,最多加5分”; no cap, the cap first, a cap not matching the 分值, 扣 for 加 with or without 扣完为止,
满N年的 once, 每N年开展1次 a period, 满N年后每年, months, half a year, a 万元 step beside; Chinese numerals, traditional
characters, full and half width), one case of a fault zeroing the row beside several faults (“1处发生漏水不得分;无计划停水1次扣3分;
其他1处…扣2分”; 一处, 1次, 1起, 本项不得分, 得0分, the zeroing last, the count after the verb, a cap or 扣完为止 on the rest, a date
before it; near variants 3处以上, 1处以上, 1处及以上, 2处, 每1处, a decimal count, the one case taking 5 points off), numbered
sub-points in a zeroing condition (“不符合第1和2小项要求不得分,其他…1处扣2分”; 第1、2项, 第1至3条, 第1和第2, 第一和第二, 第1-3款,
one sub-point, reordered, 扣3分 instead, 符合…得满分 instead, a line of two sub-points), dates beside per-day deductions
(2015年1月1日, 2015.1.1, 2015-01-01, 二〇一五年一月一日, 1月1日, 2015年1月, 2015年; 之后改造的, 前未完成, 未在…前报送, each 处 after
a date, a date before a zeroing case, 每逾期1日 after or before the date, 逾期5日以上不得分, 当日, 次日, 次日起, 每日巡查, 每月5日前,
1日内, 3日内, 自7月1日起, 截至12月31日, 逾期1日/逾期2日, 1个工作日), and the letter l (or I, O) for a digit of points (0.l, 0.2l,
0.l5, l.5, l, 0.I, O.5, “0. l”, 0.5l; each 处, 扣完为止, a cap, once, 每发现l处, 每项得…满分, a length 0.l米) — each with what it
states or that it is unsure. Every proposal scores every situation as the text says, or is not confident.

Figures: 798 texts written; 38 read confidently, 0 of them confident and wrong; nothing mended (the corpus unchanged).
No class of confident and wrong proposals was found.
The sure readings met (all right): “符合第1和2小项要求得满分,其他不符合要求的1处扣2分,扣完为止” as points per 处 (meeting the
sub-points is full marks, each other fault taken off); each 处 after a date in figures with dots, in Chinese numerals or
without its year (“老站点在2015.1.1之后改造的每处扣0.5分,扣完为止”); “1月1日起每缺1次扣1分”; “次日起每逾期1日扣1分” and
“每延迟1日”/“每逾期1个工作日” as a delay per day; “当日未完成的扣1分,扣完为止” per case; “1处漏水扣3分,每处渗水扣1分” per
处 each; “第1项得2分,第2项得3分” points adding up; l.5 and O.5 (a letter before the decimal point) and “1O” read as 1.5, 0.5 and
10 per 处 or per item.

Readings left to check (not confident, so no bar): years per whole span (a formula to check, right; 扣 for 加 and 满N年的
once are a judgement), 每N年开展1次 (to check), one case zeroing the row (a formula with the condition g=0 to check; 3处以上
and 2处 not zeroing, to check), numbered sub-points zeroing (a formula with g=0 to check), a date before a once-only fault
(a judgement) or with its year before a fault per 处 (the year unused, to check), 每逾期1日 after a date (the date's
figures unused or “前报送”, to check), the letter l for a digit after a decimal point or for a count (read as 1, to
check), “0.I” and “0.l米” (a judgement).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Unsure

Want = object
u = Unsure()
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十"}
_TRAD = str.maketrans("龄满扣处发计划给项满为", "齡滿扣處發計劃給項滿為")


def _p(full: bool) -> tuple[str, str, str, str, str]:
    return ("，", "；", "。", "（", "）") if full else (",", ";", ".", "(", ")")


def _steps(k: int, x: Decimal | int | str, cap: Decimal | int | str, base: Decimal | int | str = 0,
           sign: int = 1) -> Bands:
    """Whole spans of ``k`` counted, ``x`` points each added (``sign`` -1: taken off ``base``), at most ``cap``."""
    xd, cd, bd = Decimal(str(x)), Decimal(str(cap)), Decimal(str(base))
    return Bands(tuple((n, bd + sign * min(cd, xd * (n // k))) if sign > 0 else (n, max(Decimal(0), bd - min(cd, xd * (n // k))))
                       for n in (0, k - 1, k, 2 * k - 1, 2 * k, 3 * k, 40 * k)))


# ── points for each whole span of years, “工龄每满2年加1分,最多加5分” ────────────────────────────────────────────
def years() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad, cn), (k, x, cap, who) in product([(True, False, False), (False, False, False), (False, True, False),
                                                       (True, False, True)],
                                                      [(2, 1, 5, "工龄"), (3, 2, 6, "教龄"), (5, "0.5", 2, "连续工作年限")]):
        c, _s, e, _lb, _rb = _p(full)
        nk = _CN[k] if cn else str(k)
        tr = (lambda t: t.translate(_TRAD)) if trad else (lambda t: t)
        sure = Either(_steps(k, x, cap), u)
        out.append((tr(f"{who}每满{nk}年加{x}分{c}最多加{cap}分{e}"), str(cap), sure))
        # no cap said: the 分值 stops it
        out.append((tr(f"{who}每满{nk}年加{x}分{e}"), str(cap), sure))
        # the cap said first
        out.append((tr(f"最多加{cap}分{c}{who}每满{nk}年加{x}分{e}"), str(cap), sure))
        # the cap not matching the 分值
        out.append((tr(f"{who}每满{nk}年加{x}分{c}最多加{cap}分{e}"), str(int(Decimal(str(cap))) + 3), u))
        # 扣 for 加: a span of years taking points off
        out.append((tr(f"设备使用每满{nk}年扣{x}分{c}最多扣{cap}分{e}"), str(cap),
                    Either(_steps(k, x, cap, cap, -1), u)))
        out.append((tr(f"超期服役每满{nk}年扣{x}分{c}扣完为止{e}"), str(cap), Either(_steps(k, x, cap, cap, -1), u)))
        out.append((tr(f"每{nk}年开展1次应急演练{c}未开展的每次扣{x}分{c}扣完为止{e}"), str(cap), Either(Per(str(x)), u)))
        # 满 once, no span: a line of years
        out.append((tr(f"{who}满{nk}年的加{x}分{e}"), str(cap), u))
        out.append((tr(f"{who}满{nk}年的得{cap}分{c}不满{nk}年的不得分{e}"), str(cap),
                    Either(Bands(((0, 0), (k - 1, 0), (k, cap), (10 * k, cap))), u)))
        # 每 without 满: how often a thing is done, no span counted
        out.append((tr(f"每{nk}年开展1次应急演练{c}未开展的扣{x}分{e}"), str(cap), Either(Once((str(x),)), u)))
        # a span of years after a line: 满N年后每年
        out.append((tr(f"{who}满{nk}年后每年加{x}分{c}最多加{cap}分{e}"), str(cap), u))
        # months, half a year
        out.append((tr(f"{who}每满{nk}个月加{x}分{c}最多加{cap}分{e}"), str(cap), Either(_steps(k, x, cap), u)))
        out.append((tr(f"{who}每满半年加{x}分{c}最多加{cap}分{e}"), str(cap), u))
        # a 万元 step beside (the reading the years follow)
        out.append((tr(f"每满{nk}万元加{x}分{c}最多加{cap}分{e}"), str(cap), Either(_steps(k, x, cap), u)))
    return out


# ── one case of a fault zeroing the row beside several faults ────────────────────────────────────────────────
def one_zeroes() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad, (x, y)), (one, zero) in product([(False, False, (3, 2)), (True, False, ("1.5", "0.5")),
                                                      (True, True, (3, 2))],
                                                     [("1处", "不得分"), ("一处", "不得分"), ("1处", "本项不得分"),
                                                      ("1次", "得0分"), ("1起", "不得分")]):
        c, s, e, _lb, _rb = _p(full)
        tr = (lambda t: t.translate(_TRAD)) if trad else (lambda t: t)
        f_zero = Fault("漏水", "0", None)
        f_stop = Fault("停水", f"-{x}", True)
        f_other = Fault("其他", f"-{y}", True)
        want = Either(Faults((f_zero, f_stop, f_other)), u)
        out.append((tr(f"{one}发生漏水{zero}{s}无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{e}"), "10", want))
        out.append((tr(f"{one}发生漏水{zero}{s}无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{c}扣完为止{e}"), "10", want))
        # a date before the one case
        out.append((tr(f"2015年1月1日后{one}发生漏水{zero}{s}无计划停水每次扣{x}分{c}扣完为止{e}"), "10",
                    Either(Faults((f_zero, f_stop)), u)))
        # reordered: the zeroing last
        out.append((tr(f"无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{s}{one}发生漏水{zero}{e}"), "10", want))
        # the count after the verb
        out.append((tr(f"发生{one}漏水的{c}{zero}{s}无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{e}"), "10", want))
        # a cap on the rest
        out.append((tr(f"{one}发生漏水{zero}{s}无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{c}最多扣6分{e}"), "10",
                    Either(Faults((f_zero, f_stop, f_other), off="6"), u)))
        # a line of three: not one case
        out.append((tr(f"3处以上发生漏水{zero}{s}无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{e}"), "10", u))
        out.append((tr(f"{one}以上发生漏水{zero}{s}无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{e}"), "10",
                    Either(want, u)))
        out.append((tr(f"2处发生漏水{zero}{s}无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{e}"), "10", u))
        out.append((tr(f"{one}及以上发生漏水{zero}{s}无计划停水1次扣{x}分{e}"), "10",
                    Either(Faults((f_zero, f_stop)), u)))
        # the one case taking points off, not zeroing
        out.append((tr(f"{one}发生漏水扣5分{s}无计划停水1次扣{x}分{s}其他1处不符合要求扣{y}分{e}"), "10",
                    Either(Faults((Fault("漏水", "-5", True), f_stop, f_other)), u)))
        # a decimal one: no count
        out.append((tr(f"漏水1.5处{zero}{s}无计划停水1次扣{x}分{e}"), "10", u))
        # one case zeroing, alone beside one fault
        out.append((tr(f"{one}发生漏水{zero}{s}其他1处不符合要求扣{y}分{e}"), "10", Either(Faults((f_zero, f_other)), u)))
    return out


# ── numbered sub-points in a zeroing condition ───────────────────────────────────────────────────────────────
def numbered() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, (pts, word)), (y, m) in product([(False, ("第1和2", "小项")), (True, ("第1和2", "小项")), (False, ("第1、2", "项")),
                                                (False, ("第1至3", "条")), (True, ("第1和第2", "小项")),
                                                (False, ("第1", "小项")), (False, ("第一和第二", "小项")),
                                                (False, ("第1-3", "款"))],
                                               [(2, 10), ("0.5", 4)]):
        c, s, e, _lb, _rb = _p(full)
        f_other = Fault("其他", f"-{y}", True)
        f_zero = Fault(word, "0", None)
        want = Either(Faults((f_zero, f_other)), u)
        out.append((f"不符合{pts}{word}要求不得分{c}其他不符合要求的1处扣{y}分{e}", str(m), want))
        out.append((f"不符合{pts}{word}要求不得分{c}不符合其他要求的每处扣{y}分{c}扣完为止{e}", str(m), want))
        out.append((f"不符合{pts}{word}要求的{c}本项不得分{s}其他不符合要求的每处扣{y}分{e}", str(m), want))
        # reordered
        out.append((f"其他不符合要求的1处扣{y}分{s}不符合{pts}{word}要求不得分{e}", str(m), want))
        # the sub-points taking points off, not zeroing
        out.append((f"不符合{pts}{word}要求扣3分{c}其他不符合要求的1处扣{y}分{e}", str(m),
                    Either(Faults((Fault(word, "-3", None), f_other)), u)))
        # met, full marks: the rest unsaid
        out.append((f"符合{pts}{word}要求得满分{c}其他不符合要求的1处扣{y}分{c}扣完为止{e}", str(m),
                    Either(Per(str(y)), u)))
        # a cap on the rest
        out.append((f"不符合{pts}{word}要求不得分{c}其他不符合要求的1处扣{y}分{c}扣完为止{e}", str(m), want))
        # several sub-points not met counted: a line
        out.append((f"{pts}{word}中2项以上不符合要求不得分{c}其他不符合要求的1处扣{y}分{e}", str(m), u))
    return out


# ── dates beside per-day deductions ─────────────────────────────────────────────────────────────────────────
_DATES = ("2015年1月1日", "2015.1.1", "2015-01-01", "二〇一五年一月一日", "1月1日", "2015年1月", "2015年")


def dates() -> list[tuple[str, str, Want]]:
    out: list = []
    for i, (full, date) in enumerate([(f, d) for f in (False, True) for d in _DATES]):
        x, m = [(1, 5), ("0.5", 3)][i % 2]
        c, s, e, lb, rb = _p(full)
        once = Either(Once((str(x),)), u)
        out.append((f"老站点在{date}之后改造的{c}扣{x}分{e}", str(m), once))
        out.append((f"老站点在{date}前未完成改造的{c}扣{x}分{e}", str(m), once))
        out.append((f"未在{date}前报送的扣{x}分{e}", str(m), once))
        out.append((f"老站点在{date}之后改造的每处扣{x}分{c}扣完为止{e}", str(m), Either(Per(str(x)), u)))
        out.append((f"{date}后发生1起事故不得分{s}迟到1次扣{x}分{c}扣完为止{e}", str(m),
                    Either(Faults((Fault("事故", "0", None), Fault("迟到", f"-{x}", True))), u)))
        # a date, then a delay per day
        out.append((f"应于{date}前报送{c}每逾期1日扣{x}分{e}", str(m), Either(Per(str(x)), u)))
        out.append((f"应于{date}前报送{c}每逾期1日扣{x}分{c}扣完为止{e}", str(m), Either(Per(str(x)), u)))
        out.append((f"应于{date}前报送{c}每逾期1天扣{x}分{c}逾期5日以上不得分{e}", str(m), u))
        # the date said after the delay
        out.append((f"每逾期1日扣{x}分{lb}以{date}为准{rb}{e}", str(m), Either(Per(str(x)), u)))
    for full, (x, m) in product((False, True), [(1, 5), ("0.5", 3)]):
        c, s, e, lb, rb = _p(full)
        out += [
            (f"每逾期1日扣{x}分{e}", str(m), Either(Per(str(x)), u)),
            (f"每逾期一日扣{x}分{e}", str(m), Either(Per(str(x)), u)),
            (f"每延迟1日扣{x}分{c}扣完为止{e}", str(m), Either(Per(str(x)), u)),
            (f"当日未完成的扣{x}分{e}", str(m), Either(Once((str(x),)), u)),
            (f"当日未完成的扣{x}分{c}扣完为止{e}", str(m), Either(Per(str(x)), Either(Once((str(x),)), u))),
            (f"次日起每逾期1日扣{x}分{c}扣完为止{e}", str(m), Either(Per(str(x)), u)),
            (f"每日巡查{c}缺1次扣{x}分{c}扣完为止{e}", str(m), Either(Per(str(x)), u)),
            (f"次日提交的扣{x}分{e}", str(m), Either(Once((str(x),)), u)),
            (f"次日起每逾期1日扣{x}分{e}", str(m), Either(Per(str(x)), u)),
            (f"每日巡查{c}缺1次扣{x}分{e}", str(m), Either(Per(str(x)), u)),
            (f"每日巡查记录缺1日扣{x}分{e}", str(m), Either(Per(str(x)), u)),
            (f"每日检查{c}未检查的扣{x}分{e}", str(m), Either(Once((str(x),)), Either(Per(str(x)), u))),
            (f"12月31日前报送{c}逾期1日扣{x}分{e}", str(m), Either(Per(str(x)), Either(Once((str(x),)), u))),
            (f"每月5日前报送{c}每逾期1日扣{x}分{e}", str(m), Either(Per(str(x)), u)),
            (f"每月5日前报送{c}未按时报送的扣{x}分{e}", str(m), Either(Once((str(x),)), u)),
            (f"1日内未处置的扣{x}分{e}", str(m), Either(Once((str(x),)), u)),
            (f"3日内未处置的每起扣{x}分{e}", str(m), Either(Per(str(x)), u)),
        ]
    return out


# ── the letter l (or I, O) for a digit of points ────────────────────────────────────────────────────────────
def letters() -> list[tuple[str, str, Want]]:
    out: list = []
    for i, (full, (fig, val)) in enumerate(product((False, True),
                                                   [("0.l", "0.1"), ("0.2l", "0.21"), ("0.l5", "0.15"), ("l.5", "1.5"),
                                                    ("l", "1"), ("0.I", None), ("O.5", "0.5"),
                                                    ("0. l", None), ("0.5l", "0.51")])):
        m = ("5", "10")[i % 2]
        c, _s, e, _lb, _rb = _p(full)
        per = Either(Per(val), u) if val else u
        out.append((f"台账不完整的每处扣{fig}分{e}", m, per))
        out.append((f"台账不完整的每处扣{fig}分{c}扣完为止{e}", m, per))
        out.append((f"台账不完整的每处扣{fig}分{c}最多扣3分{e}", m, Either(Per(val, "3"), u) if val else u))
        out.append((f"台账不完整的{c}扣{fig}分{e}", m, Either(Once((val,)), Either(Per(val), u)) if val else u))
        out.append((f"每发现l处台账不完整扣{fig}分{e}", m, per))
        out.append((f"每项得{fig}分{c}满分{m}分{e}", m, _steps(1, val, m) if val else u))
        out.append((f"每超过0.{fig[-1]}米扣1分{c}扣完为止{e}", m, u if fig[-1] in "lI" else Either(Bands(((0, m),)), u)))
    return out


# ── dates, days and one case said together, each once ─────────────────────────────────────────────────────────
def mixed() -> list[tuple[str, str, Want]]:
    leak, seep = Fault("漏水", "0", None), Fault("渗水", "-1", True)
    return [
        ("自7月1日起每逾期1日扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("截至12月31日,每缺1项扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("6月1日前未报送的扣1分,每逾期1日扣0.5分,扣完为止", "5",
         Either(Faults((Fault("未报送", "-1", False), Fault("逾期", "-0.5", True))), u)),
        ("每月1日前报送,每逾期1日扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("每月1日报送,逾期1日扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("逾期1日扣1分,逾期2日扣2分,扣完为止", "5", Either(Per("1"), u)),
        ("2015年1月1日起,每发现1处扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("1月1日起每缺1次扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("于3日内整改,每逾期1日扣1分,扣完为止", "5", u),
        ("3日内未整改的每处扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("每逾期1个工作日扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("逾期每日扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("每日扣1分,扣完为止", "5", u),
        ("每日1次巡查,每缺1次扣1分,扣完为止", "5", Either(Per("1"), u)),
        ("1处漏水扣3分,每处渗水扣1分,扣完为止", "5", Either(Faults((Fault("漏水", "-3", None), seep)), u)),
        ("1处漏水不得分;每处渗水扣1分,扣完为止", "5", Either(Faults((leak, seep)), u)),
        ("1处以上漏水不得分,每处渗水扣1分,扣完为止", "5", Either(Faults((leak, seep)), u)),
        ("每1处漏水不得分,每处渗水扣1分,扣完为止", "5", u),
        ("1例死亡不得分,每发生1例感染扣1分,扣完为止", "5",
         Either(Faults((Fault("死亡", "0", None), Fault("感染", "-1", True))), u)),
        ("第1项得2分,第2项得3分", "5", Either(Once(("2", "3")), u)),
        ("第1和2小项不符合要求的,每项扣2分;其他每处扣1分,扣完为止", "5",
         Either(Faults((Fault("小项", "-2", True), Fault("其他", "-1", True))), u)),
        ("不符合第1小项要求扣5分,其他每处扣1分,扣完为止", "5",
         Either(Faults((Fault("小项", "-5", False), Fault("其他", "-1", True))), u)),
    ]


_ALL = years() + one_zeroes() + numbered() + dates() + letters() + mixed()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 400, 800)
