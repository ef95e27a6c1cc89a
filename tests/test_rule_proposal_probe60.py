"""Made-up texts in the compact cells agencies' spreadsheets and software seed data hold — bands with colons (“≥95%:5;
85%-95%:3;<85%:0”, “95%以上：5分；85%～95%：3分；85%以下：0分”, the score first “5分：≥95%”, one band a line), slashes
(“优/良/中/差：5/3/1/0”, “5/3/0”, “按时/逾期/未完成：5/3/0”, “≥95%/85%-95%/<85%：5/3/0”), letter grades (“A:10 B:8 C:6 D:0”,
“A档10分、B档7分”, “A级(10分)”, “评为A得…”, 甲乙丙丁, Ⅰ Ⅱ Ⅲ), “有=2，无=0”, “是得3分 否得0分”, points in brackets after each
item (“制度健全(2) 执行到位(2) 记录完整(1)”, with 分, 【】, numbered, a heading's total), “满分5分，缺一项扣1分”, “按完成比例
计分”, cells of two lines (“达标：5分\n不达标：0分”, \r\n), numbers with units (“5.0分”, “0.5分/项”, “每项0.5”, “-0.5/次”, “扣
0.5分/项”), bands with 含 and 不含, bands overlapping at their ends (“90-95%得3分，95-100%得5分”) — with variants of numbers,
punctuation (，,；;、 full and half width, full-width digits and marks), order of clauses and line breaks; and their near
variants where a confident reading would be wrong: scores and names not matching in number, scores past the 分值 or out of
turn, a grade scored twice or given a range of points, an end claimed by two bands, a gap of a decimal, bare figures as
bands, 满分 not the 分值, a line left to judgement, a third situation below zero. Each with what it states (a few
situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or
is not confident.

Confident readings found scoring wrong, and mended (24 texts of the 508, one cause):

- lettered grades with one left out (“A档10分、B档7分、D档不得分”, “A:5分；C:1分；D:0分”, “A档10分，C、D档0分”, “甲级8分\n乙级
  6分\n丁级不得分”, “B类12分 C类8分 D类0分”, “Ⅰ级10分、Ⅱ级6分、Ⅳ级0分”) were read surely as a 情形选择 of the grades named:
  a row graded C, or A, had no situation to score it, though the text leaves what it scores unsaid. Now a choice whose
  situations name grades of one scale (A–E, Ⅰ–Ⅴ, 甲–丁; each grade a situation names, “C、D档”) with one before the last
  named left out is to check, with a note naming the grade (``reading.grades_skipped``); the grades all named, or the
  rest said (“C档及以下”, “其他”) after the last in turn, read as before.

Readings left to check that would score some situations otherwise (not confident, so no bar): bands with no 分 after
their scores (“≥95%:5;…”, “好:5 中:3 差:0”), the score before its band (“5分：≥95%”), bands and scores on two sides of a
slash, “以上”/“以下” both holding an end, an end held by two bands (“(含)” on both, “90-95%得3分，95-100%得5分”), a gap of
a decimal (“90-94.9%”), grades of quality (优/良/中/差: the grade is the evaluator's judgement), letters with ranges of
points, “有=2，无=0” beside a third situation of judgement, brackets with no 分 (“(2)”), points not making the 分值 or a
heading's total, an item left without points, “每项0.5”, “0.5分/项” and “-0.5/次” (gain or loss, no cap), “满分” not the
分值, a count's cliff (“缺3项及以上不得分”), 按完成比例 beside a cliff, a line of “按比例”/“酌情”, a third line below zero.
“95%以上：5分；85%～95%：3分；低于85%：0分” (以上 against a range's end) stays a sure band, 95% in the upper one.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal

from tests.probe_checks import Either, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


_SEPS = [";", "\n", "，", "；", " ", "、"]
_COLONS = [":", "：", "：", ":"]


# ── bands with colons ────────────────────────────────────────────────────────────────────────────────────────────
def colon_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (hi, lo, m, a), sep, co in zip([(95, 85, 5, 3), (90, 80, 10, 6), (98, 90, 4, 2)], _SEPS, _COLONS + _COLONS):
        mid = (hi + lo) / 2
        sure = Bands(((100, m), (hi, m), (mid, a), (lo, a), (lo - 1, 0), (0, 0)))
        inner = Bands(((100, m), (mid, a), (lo - 1, 0), (0, 0)))
        out.append((f"≥{hi}%{co}{m}{sep}{lo}%-{hi}%{co}{a}{sep}<{lo}%{co}0", str(m), Either(sure, Unsure())))
        out.append((f"≥{hi}%{co}{m}分{sep}{lo}%-{hi}%{co}{a}分{sep}<{lo}%{co}0分", str(m), Either(sure, Unsure())))
        out.append((f"≥{hi}%{co}{m}分{sep}{lo}%≤X<{hi}%{co}{a}分{sep}X<{lo}%{co}0分", str(m), Either(sure, Unsure())))
        out.append((f"{hi}%以上{co}{m}分{sep}{lo}%～{hi}%{co}{a}分{sep}{lo}%以下{co}0分", str(m), Either(inner, Unsure())))
        out.append((f"{hi}%及以上{co}{m}分{sep}{lo}%(含)-{hi}%(不含){co}{a}分{sep}{lo}%以下(不含){co}0分", str(m),
                    Either(sure, Unsure())))
        out.append((f"{hi}%以上{co}{m}分{sep}{lo}%-{hi}%{co}{a}分{sep}其他{co}0分", str(m), Either(inner, Unsure())))
        # the top band past the 分值, a gap, bands overlapping past their ends, out of order
        out.append((f"≥{hi}%{co}{m + 2}分{sep}{lo}%-{hi}%{co}{a}分{sep}<{lo}%{co}0分", str(m), Unsure()))
        out.append((f"≥{hi}%{co}{m}分{sep}{lo}%-{hi - 3}%{co}{a}分{sep}<{lo}%{co}0分", str(m), Unsure()))
        out.append((f"≥{hi - 5}%{co}{m}分{sep}{lo}%-{hi}%{co}{a}分{sep}<{lo}%{co}0分", str(m), Unsure()))
        out.append((f"<{lo}%{co}0分{sep}{lo}%-{hi}%{co}{a}分{sep}≥{hi}%{co}{m}分", str(m), Either(sure, Unsure())))
        # full-width marks
        out.append((f"≥{hi}％{co}{m}分{sep}{lo}％－{hi}％{co}{a}分{sep}＜{lo}％{co}0分", str(m), Either(sure, Unsure())))
        # the scores of the middle band as a range
        out.append((f"≥{hi}%{co}{m}分{sep}{lo}%-{hi}%{co}{a - 1}-{a}分{sep}<{lo}%{co}0分", str(m), Unsure()))
    # counts of faults
    for (m, a), sep, co in zip([(5, 3), (10, 5), (4, 2)], _SEPS, _COLONS):
        out.append((f"0次{co}{m}分{sep}1-2次{co}{a}分{sep}3次及以上{co}0分", str(m),
                    Either(Bands(((0, m), (1, a), (2, a), (3, 0), (6, 0))), Unsure())))
        out.append((f"0次{co}{m}分{sep}1次{co}{a}分{sep}2次及以上{co}0分", str(m),
                    Either(Bands(((0, m), (1, a), (2, 0), (6, 0))), Unsure())))
        out.append((f"0次{co}{m}分{sep}1-2次{co}{a}分{sep}2次以上{co}0分", str(m), Unsure()))
        out.append((f"无{co}{m}分{sep}1次{co}{a}分{sep}2次及以上{co}0分", str(m),
                    Either(Bands(((0, m), (1, a), (2, 0), (6, 0))), Unsure())))
    return out


# ── slashes ──────────────────────────────────────────────────────────────────────────────────────────────────────
def slashes() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b, c, d), co, names in zip([(5, 3, 1, 0), (10, 8, 6, 0), (4, 3, 2, 1)], _COLONS,
                                       [("优", "良", "中", "差"), ("好", "较好", "一般", "差"), ("A", "B", "C", "D"),
                                        ("优秀", "良好", "合格", "不合格")]):
        g = "/".join(names)
        out.append((f"{g}{co}{m}/{b}/{c}/{d}", str(m), Either(Ranks((m, b, c, d)), Unsure())))
        out.append((f"{g}{co}{m}分/{b}分/{c}分/{d}分", str(m), Either(Ranks((m, b, c, d)), Unsure())))
        out.append((f"{g} {m}/{b}/{c}/{d}分", str(m), Either(Ranks((m, b, c, d)), Unsure())))
        out.append((f"{g}分别得{m}/{b}/{c}/{d}分", str(m), Either(Ranks((m, b, c, d)), Unsure())))
        # scores and names not matching, past the 分值, a middle grade above the one before
        out.append((f"{g}{co}{m}/{b}/{d}", str(m), Unsure()))
        out.append((f"{'/'.join(names[:3])}{co}{m}/{b}/{c}/{d}", str(m), Unsure()))
        out.append((f"{g}{co}{m + 2}/{b}/{c}/{d}", str(m), Unsure()))
        out.append((f"{g}{co}{m}/{c}/{b}/{d}", str(m), Unsure()))
        # the bare scores
        out.append((f"{m}/{b}/{c}/{d}", str(m), Unsure()))
        out.append((f"{m}/{b}/{d}分", str(m), Unsure()))
    for (m, a), co in zip([(3, 0), (2, 1), (5, 0)], _COLONS):
        out.append((f"合格/不合格{co}{m}/{a}", str(m), Either(Ranks((m, a)), Unsure())))
        out.append((f"达标/基本达标/未达标{co}{m}/{(m + a) // 2}/{a}分", str(m),
                    Either(Ranks((m, (m + a) // 2, a)), Unsure())))
        out.append((f"是/否{co}{m}/{a}", str(m), Either(Ranks((m, a)), Unsure())))
        out.append((f"有/无{co}{m}/{a}分", str(m), Either(Ranks((m, a)), Unsure())))
        out.append((f"有/无{co}{a}/{m}分", str(m), Either(Ranks((m, a)), Unsure())))
        out.append((f"完成/未完成{co}{m}/{a}", str(m), Either(Ranks((m, a)), Unsure())))
    return out


# ── letter grades ────────────────────────────────────────────────────────────────────────────────────────────────
def letters() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b, c), sep, co in zip([(10, 8, 6), (5, 3, 1), (12, 9, 6)], _SEPS, _COLONS + _COLONS):
        out.append((f"A{co}{m}{sep}B{co}{b}{sep}C{co}{c}{sep}D{co}0", str(m), Either(Ranks((m, b, c, 0)), Unsure())))
        out.append((f"A{co}{m}分{sep}B{co}{b}分{sep}C{co}{c}分{sep}D{co}0分", str(m), Either(Ranks((m, b, c, 0)), Unsure())))
        out.append((f"A档{m}分、B档{b}分", str(m), Either(Ranks((m, b)), Unsure())))
        out.append((f"A档{m}分{sep}B档{b}分{sep}C档{c}分{sep}D档0分", str(m), Either(Ranks((m, b, c, 0)), Unsure())))
        out.append((f"A级({m}分){sep}B级({b}分){sep}C级({c}分)", str(m), Either(Ranks((m, b, c)), Unsure())))
        out.append((f"A类{m}分，B类{b}分，C类{c}分，D类不得分", str(m), Either(Ranks((m, b, c, 0)), Unsure())))
        out.append((f"评为A得{m}分{sep}评为B得{b}分{sep}评为C得{c}分", str(m), Either(Ranks((m, b, c)), Unsure())))
        # past the 分值, a letter twice, a range of points, a grade scoring more than the one before
        out.append((f"A{co}{m + 2}分{sep}B{co}{b}分{sep}C{co}{c}分", str(m), Unsure()))
        out.append((f"A{co}{m}分{sep}B{co}{b}分{sep}B{co}{c}分", str(m), Unsure()))
        out.append((f"A档{b}-{m}分{sep}B档{c}-{b}分{sep}C档0-{c}分", str(m), Unsure()))
        out.append((f"A{co}{m}分{sep}B{co}{c}分{sep}C{co}{b}分", str(m), Unsure()))
        # the letters' meanings after them
        out.append((f"A(优秀){co}{m}分{sep}B(良好){co}{b}分{sep}C(一般){co}{c}分{sep}D(差){co}0分", str(m),
                    Either(Ranks((m, b, c, 0)), Unsure())))
    return out


# ── 有/无, 是/否 ─────────────────────────────────────────────────────────────────────────────────────────────────
def yes_no() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, sep, co in zip([2, 3, 0.5], _SEPS, _COLONS + _COLONS):
        s = _n(m)
        out.append((f"有={s}{sep}无=0", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"有={s}分{sep}无=0分", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"有{co}{s}分{sep}无{co}0分", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"有得{s}分{sep}无得0分", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"有{s}分 无0分", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"是得{s}分 否得0分", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"是{co}{s}分{sep}否{co}0分", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"是={s}{sep}否=0", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"是({s}分)否(0分)", s, Either(Ranks((m, 0)), Unsure())))
        # a third situation, the scores past the 分值, turned round
        out.append((f"有={s}{sep}部分={_n(Decimal(str(m)) / 2)}{sep}无=0", s, Either(Ranks((m, Decimal(str(m)) / 2, 0)), Unsure())))
        out.append((f"有={_n(m * 2)}{sep}无=0", s, Unsure()))
        out.append((f"是得0分 否得{s}分", s, Either(Ranks((m, 0)), Unsure())))
        out.append((f"有={s}{sep}无=0{sep}不完整酌情", s, Unsure()))
        out.append((f"是得{s}分 否得0分 部分完成视情况", s, Unsure()))
    return out


# ── points in brackets after each item ────────────────────────────────────────────────────────────────────────────
def bracketed_items() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    items = ["制度健全", "执行到位", "记录完整", "按时上报"]
    for pts, sep, (lb, rb) in zip([(2, 2, 1), (3, 2), (1, 1, 1, 2), (0.5, 0.5, 1)],
                                  [" ", "；", "\n", "、"], [("(", ")"), ("（", "）"), ("(", ")"), ("【", "】"),
                                                                   ("（", "）"), ("(", ")")]):
        m = sum(Decimal(str(p)) for p in pts)
        costs = tuple(_n(p) for p in pts)
        bare = sep.join(f"{w}{lb}{_n(p)}{rb}" for w, p in zip(items, pts))
        said = sep.join(f"{w}{lb}{_n(p)}分{rb}" for w, p in zip(items, pts))
        out.append((bare, _n(m), Either(Once(costs), Unsure())))
        out.append((said, _n(m), Either(Once(costs), Unsure())))
        out.append((sep.join(f"{w}{_n(p)}分" for w, p in zip(items, pts)), _n(m), Either(Once(costs), Unsure())))
        # the points not the 分值, a range of points, a scoring after them
        out.append((said, _n(m + 1), Unsure()))
        out.append((said, _n(m - Decimal("0.5")), Unsure()))
        out.append((sep.join(f"{w}{lb}0-{_n(p)}{rb}" for w, p in zip(items, pts)), _n(m), Unsure()))
        out.append((said + "，每项不符合扣1分", _n(m), Unsure()))
        out.append((said + "，酌情扣分", _n(m), Unsure()))
        # an item holding a figure of its own
        out.append((f"每月检查1次{lb}{_n(pts[0])}分{rb}{sep}" + sep.join(f"{w}{lb}{_n(p)}分{rb}" for w, p in
                                                                          zip(items[1:], pts[1:])),
                    _n(m), Either(Once(costs), Unsure())))
    return out


# ── 满分, a cost per item missing ─────────────────────────────────────────────────────────────────────────────────────
def full_then_missing() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x, sep in zip([5, 10, 3], ["1", "2", "0.5"], ["，", "；", "\n"]):
        out.append((f"满分{m}分{sep}缺一项扣{x}分", str(m), Either(Per(x), Unsure())))
        out.append((f"满分{m}分{sep}缺一项扣{x}分{sep}扣完为止", str(m), Either(Per(x), Unsure())))
        out.append((f"满分{m}分{sep}缺1项扣{x}分，扣完为止", str(m), Either(Per(x), Unsure())))
        out.append((f"满分{m}分{sep}每缺一项扣{x}分，最多扣{m - 1}分", str(m), Either(Per(x, str(m - 1)), Unsure())))
        out.append((f"{m}分{sep}缺一项扣{x}分", str(m), Either(Per(x), Unsure())))
        out.append((f"满分{m}.0分{sep}缺一项扣{x}分，扣完为止", str(m), Either(Per(x), Unsure())))
        # 满分 not the 分值, a cliff after a count
        out.append((f"满分{m}分{sep}缺一项扣{x}分，扣完为止", str(m + 1), Unsure()))
        out.append((f"满分{m}分{sep}缺1项扣{x}分{sep}缺2项及以上不得分", str(m),
                    Either(Bands(((0, m), (1, m - Decimal(x)), (2, 0), (5, 0))), Unsure())))
        out.append((f"满分{m}分{sep}缺一项扣{x}分{sep}缺项严重的酌情扣分", str(m), Unsure()))
    return out


# ── in proportion to what is done ───────────────────────────────────────────────────────────────────────────────
def proportion() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (5, 10, 8):
        half = Decimal(m) / 2
        whole = Bands(((0, 0), (50, half), (100, m)))
        for say in ("按完成比例计分", "按完成比例得分", "按完成率计分", "按实际完成比例计分。"):
            out.append((say, str(m), Either(whole, Unsure())))
        out.append((f"按完成比例计分，满分{m}分", str(m), Either(whole, Unsure())))
        out.append((f"按完成比例计分，满分{m + 2}分", str(m), Unsure()))
        out.append(("按完成比例计分，完成率低于60%不得分", str(m),
                    Either(Bands(((100, m), (80, Decimal(m) * Decimal("0.8")), (59, 0), (0, 0))), Unsure())))
        out.append(("按完成比例计分，超额完成加分", str(m), Unsure()))
        out.append(("按完成比例酌情计分", str(m), Unsure()))
    return out


# ── cells of two lines ──────────────────────────────────────────────────────────────────────────────────────────
def two_lines() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a), co, (good, mid, bad) in zip([(5, 3), (10, 6), (8, 4)], _COLONS,
                                           [("达标", "基本达标", "不达标"), ("完成", "部分完成", "未完成"),
                                            ("合格", "基本合格", "不合格"), ("符合", "基本符合", "不符合")]):
        out.append((f"{good}{co}{m}分\n{bad}{co}0分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"{good}{co}{m}分\r\n{bad}{co}0分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"{good}{m}分\n{bad}0分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"{good}{co}{m}分\n{mid}{co}{a}分\n{bad}{co}0分", str(m), Either(Ranks((m, a, 0)), Unsure())))
        out.append((f"{good}{co}{m}.0分\n{bad}{co}0.0分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"{good}得{m}分；\n{bad}不得分。", str(m), Either(Ranks((m, 0)), Unsure())))
        # below zero, past the 分值, a line left to judgement, a line with no points
        out.append((f"{good}{co}{m}分\n{bad}{co}0分\n弄虚作假{co}-2分", str(m), Unsure()))
        out.append((f"{good}{co}{m + 1}分\n{bad}{co}0分", str(m), Unsure()))
        out.append((f"{good}{co}{m}分\n{mid}{co}酌情", str(m), Unsure()))
        out.append((f"{good}{co}{m}分\n{mid}{co}按比例", str(m), Unsure()))
        out.append((f"{good}{co}{m}分\n{mid}{co}{a}分", str(m), Either(Ranks((m, a)), Unsure())))
    return out


# ── numbers with units: “5.0分”, “0.5分/项”, “每项0.5”, “-0.5/次” ────────────────────────────────────────────────────
def units() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, m, u in zip(["0.5", "1", "2"], ["5", "3", "10"], ["项", "次", "人"]):
        xs = Decimal(x)
        earned = Bands(((0, 0), (1, xs), (2, 2 * xs), (100, m)))
        out.append((f"{m}.0分", m, Unsure()))
        out.append((f"{x}分/{u}", m, Either(earned, Unsure())))
        out.append((f"{x}分/{u}，最高{m}分", m, Either(earned, Unsure())))
        out.append((f"每{u}{x}", m, Unsure()))
        out.append((f"每{u}{x}分，最高{m}分", m, Either(earned, Unsure())))
        out.append((f"-{x}/{u}", m, Either(Per(x), Unsure())))
        out.append((f"-{x}分/{u}", m, Either(Per(x), Unsure())))
        out.append((f"扣{x}分/{u}", m, Either(Per(x), Unsure())))
        out.append((f"每{u}-{x}分", m, Either(Per(x), Unsure())))
        out.append((f"-{x}分/{u}，扣完为止", m, Either(Per(x), Unsure())))
        out.append((f"-{x}分/{u}，最多扣2分", m, Either(Per(x, "2"), Unsure())))
        out.append((f"每发现1{u}问题-{x}分", m, Either(Per(x), Unsure())))
        out.append((f"发现问题{x}分/{u}", m, Unsure()))
        out.append((f"达标得{m}.0分，不达标得0.0分", m, Either(Ranks((Decimal(m), 0)), Unsure())))
        # points past the 分值 at one case, a cost and a gain both
        out.append((f"-{_n(Decimal(m) + 1)}分/{u}", m, Either(Per(_n(Decimal(m) + 1)), Unsure())))
        out.append((f"+{x}分/{u}，-{x}分/{u}", m, Unsure()))
    return out


# ── bands with 含 and 不含 ──────────────────────────────────────────────────────────────────────────────────────────
def held() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (hi, lo, m, a), sep in zip([(95, 90, 5, 3), (90, 80, 10, 6), (98, 95, 6, 4), (85, 70, 4, 2)], ["，", "；", ";", "\n"]):
        mid = Decimal(hi + lo) / 2
        out.append((f"{hi}%(含)以上得{m}分{sep}{lo}%(含)-{hi}%(不含)得{a}分{sep}{lo}%以下得0分", str(m),
                    Either(Bands(((100, m), (hi, m), (mid, a), (lo, a), (lo - 1, 0))), Unsure())))
        out.append((f"≥{hi}%(含)：{m}分{sep}{lo}%(含)~{hi}%(不含)：{a}分{sep}<{lo}%：0分", str(m),
                    Either(Bands(((100, m), (hi, m), (mid, a), (lo, a), (lo - 1, 0))), Unsure())))
        out.append((f"{hi}%以上(不含{hi}%)得{m}分{sep}{lo}%-{hi}%(含{hi}%)得{a}分{sep}{lo}%以下(不含{lo}%)得0分", str(m),
                    Either(Bands(((100, m), (hi + 1, m), (hi, a), (lo, a), (lo - 1, 0))), Unsure())))
        out.append((f"大于{hi}%得{m}分{sep}{lo}%(含)至{hi}%(含)得{a}分{sep}低于{lo}%得0分", str(m),
                    Either(Bands(((100, m), (hi + 1, m), (hi, a), (lo, a), (lo - 1, 0))), Unsure())))
        out.append((f"{hi}%（含）以上{m}分{sep}{lo}%（含）—{hi}%（不含）{a}分{sep}{lo}%（不含）以下0分", str(m),
                    Either(Bands(((100, m), (hi, m), (mid, a), (lo, a), (lo - 1, 0))), Unsure())))
        # the end held by two bands, or by neither
        out.append((f"{hi}%(含)以上得{m}分{sep}{lo}%-{hi}%(含)得{a}分{sep}{lo}%以下得0分", str(m), Unsure()))
        out.append((f"{lo}%(含)-{hi}%(含)得{a}分{sep}{hi}%(含)-100%得{m}分{sep}{lo}%以下得0分", str(m), Unsure()))
        out.append((f"{hi}%以上(不含)得{m}分{sep}{lo}%-{hi}%(不含)得{a}分{sep}{lo}%以下得0分", str(m), Unsure()))
    return out


# ── bands overlapping at their ends ─────────────────────────────────────────────────────────────────────────────────
def overlapping() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (hi, lo, m, a), sep, dash in zip([(95, 90, 5, 3), (90, 80, 10, 6), (98, 95, 6, 4), (95, 85, 8, 4)],
                                         ["，", "；", ";", "\n", " "], ["-", "-", "~", "～", "至"]):
        out.append((f"{lo}{dash}{hi}%得{a}分{sep}{hi}{dash}100%得{m}分", str(m), Unsure()))
        out.append((f"{lo}%{dash}{hi}%得{a}分{sep}{hi}%{dash}100%得{m}分{sep}{lo}%以下得0分", str(m), Unsure()))
        out.append((f"{hi}{dash}100%得{m}分{sep}{lo}{dash}{hi}%得{a}分{sep}低于{lo}%不得分", str(m), Unsure()))
        out.append((f"{hi}%以上得{m}分{sep}{lo}%{dash}{hi}%得{a}分{sep}{lo}%以下不得分", str(m), Unsure()))
        # settled by signs
        out.append((f"{lo}%≤X<{hi}%得{a}分{sep}{hi}%≤X≤100%得{m}分{sep}X<{lo}%得0分", str(m),
                    Either(Bands(((100, m), (hi, m), (lo, a), (lo - 1, 0))), Unsure())))
        # whole numbers meeting without overlap
        out.append((f"{lo}{dash}{hi - 1}%得{a}分{sep}{hi}{dash}100%得{m}分{sep}{lo - 1}%及以下得0分", str(m),
                    Either(Bands(((100, m), (hi, m), (lo, a), (lo - 1, 0))), Unsure())))
        # overlapping past the ends
        out.append((f"{lo}{dash}{hi + 2}%得{a}分{sep}{hi}{dash}100%得{m}分{sep}{lo}%以下得0分", str(m), Unsure()))
        # points of counts meeting at their ends
        out.append((f"0{dash}2次得{m}分{sep}2{dash}5次得{a}分{sep}5次以上不得分", str(m), Unsure()))
    return out


# ── letter grades with one left out ───────────────────────────────────────────────────────────────────────────────
def grades_left_out() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b, c), sep, (mark, suffix) in zip([(10, 7, 4), (5, 3, 1), (8, 6, 3), (12, 8, 4)], ["、", "；", "\n", " "],
                                              [("ABCD", "档"), ("ABCD", ":"), ("甲乙丙丁", "级"), ("ABCD", "类")]):
        a_, b_, c_, d_ = (f"{x}{suffix}" for x in mark)
        # all the grades: a sure choice
        out.append((f"{a_}{m}分{sep}{b_}{b}分{sep}{c_}{c}分{sep}{d_}0分", str(m), Either(Ranks((m, b, c, 0)), Unsure())))
        out.append((f"{a_}{m}分{sep}{b_}{b}分{sep}{c_}不得分", str(m), Either(Ranks((m, b, 0)), Unsure())))
        # a grade between them left out
        out.append((f"{a_}{m}分{sep}{b_}{b}分{sep}{d_}不得分", str(m), Unsure()))
        out.append((f"{a_}{m}分{sep}{c_}{c}分{sep}{d_}0分", str(m), Unsure()))
        out.append((f"{a_}{m}分{sep}{b_}{b}分{sep}{d_}0分", str(m), Unsure()))
        out.append((f"{a_}({m}分){sep}{c_}({c}分)", str(m), Unsure()))
        # the best grade left out
        out.append((f"{b_}{m}分{sep}{c_}{b}分{sep}{d_}0分", str(m), Unsure()))
    # grades named together in one situation
    for sep in ("，", "；"):
        out.append((f"A档10分{sep}B档8分{sep}C、D档0分", "10", Either(Ranks((10, 8, 0)), Unsure())))
        out.append((f"A档10分{sep}B档8分{sep}C档、D档不得分", "10", Either(Ranks((10, 8, 0)), Unsure())))
        out.append((f"A档10分{sep}C、D档0分", "10", Unsure()))
        out.append((f"A级:10分{sep}B级:8分{sep}D级及以下:0分", "10", Unsure()))
        out.append((f"A级:10分{sep}C级:5分{sep}其他:0分", "10", Unsure()))
    out.append(("A档10分、B档7分、C档4分、E档0分", "10", Unsure()))
    out.append(("Ⅰ级10分、Ⅱ级6分、Ⅳ级0分", "10", Unsure()))
    return out


# ── near variants: bands written every which way, figures in the cases, slashes and letters holding bands ─────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    b5 = Bands(((100, 5), (97, 5), (95, 5), (92, 3), (90, 3), (89, 0), (0, 0)))
    for text in ["得分：≥95%为5分；90%-95%为3分；<90%为0分", "≥95%，5分；90%-95%，3分；<90%，0分",
                 "≥95% 5分;90%-95% 3分;<90% 0分", "≥95%得5分\n90%（含）-95%得3分\n<90%得0分",
                 "大于等于95%得5分，大于等于90%小于95%得3分，小于90%得0分", "≥95%:5分;≥90%:3分;<90%:0分",
                 "≥90%:3分;≥95%:5分;<90%:0分", "95%以上5分，90%-95%3分，不足90%0分", "≥95%得5.0分，90%-95%得3.0分，<90%得0分",
                 "≥９５%：５分；９０%-９５%：３分；＜９０%：０分"]:
        out.append((text, "5", Either(b5, Unsure())))
    # 以上 against a range's end: the range read as stopping short of it
    out.append(("95%以上：5分；90%～95%：3分；低于90%：0分", "5", Either(b5, Unsure())))
    out.append(("95%（不含）以上得5分；90%-95%（含）得3分；90%（不含）以下0分", "5",
                Either(Bands(((100, 5), (96, 5), (95, 3), (90, 3), (89, 0))), Unsure())))
    out.append(("95%以上5分，90%~94%3分，不足90%0分", "5", Either(Bands(((100, 5), (95, 5), (94, 3), (90, 3), (89, 0))), Unsure())))
    # ends claimed twice, a gap of a decimal, bands each a bare figure, scores first, ranges of points
    for text in ["≥95%:5分;90%-95%(含):3分;<90%:0分", "95%（含）以上得5分；90%-95%（含）得3分；90%以下0分",
                 "95%以上5分，90%以上3分，90%以下0分", "95%以上（含95%）5分，90%以上（含90%）3分，90%以下0分",
                 "95%以上5分，90-94.9%3分，90%以下0分", "≥95%:5分;90%~94.99%:3分;<90%:0分", "95%:5分;90%:3分;<90%:0分",
                 "5分：≥95%；3分：90%-95%；0分：<90%", "5：≥95%；3：90%-95%；0：<90%", "100%:5分;95%-100%:3分;<95%:0分",
                 "100%:5分;99%-95%:3分;<95%:0分", "≥95%/90%-95%/<90%：5/3/0", "满意度：95%以上5分/90%-95%3分/90%以下0分",
                 "A(95%以上)/B(90%-95%)/C(90%以下)：5/3/0", "A档(≥95%)5分、B档(90%-95%)3分、C档(<90%)0分",
                 "优(≥90分)/良(80-89分)/中(60-79分)/差(<60分)：5/3/1/0", "优/良/中/差：5/4-3/2-1/0",
                 "≥95%：5；90%-95%：3；90%以下：0", ">95%:5;90-95%:3;<90%:0", "90%-95%得3分，高于95%得5分，低于90%得0分",
                 "≥95%得5分，90-95%得3分，≤90%得0分", "1-3次扣1分，3-5次扣3分，5次以上不得分", "1年以内:5分;1-3年:3分;3年以上:0分",
                 "90分以上:5分;80-90分:3分;80分以下:0分", "≥3次:5分;2次:3分;1次:1分;0次:0分"]:
        out.append((text, "5", Unsure()))
    out.append(("A档(≥95%)：10分；B档(90%≤X<95%)：7分；C档(<90%)：0分", "10",
                Either(Bands(((100, 10), (95, 10), (92, 7), (90, 7), (89, 0))), Unsure())))
    out.append(("达到100%：5分\n达到95%：3分\n低于95%：0分", "5",
                Either(Bands(((100, 5), (99, 3), (95, 3), (94, 0), (0, 0))), Unsure())))
    out.append(("≤2次:5分;3-5次:3分;>5次:0分", "5", Either(Bands(((0, 5), (2, 5), (3, 3), (5, 3), (6, 0))), Unsure())))
    out.append(("0起：5分；1起：3分；2起及以上：0分", "5", Either(Bands(((0, 5), (1, 3), (2, 0), (7, 0))), Unsure())))
    out.append(("0起：5分；1起：3分；3起及以上：0分", "5", Unsure()))
    # situations of slashes and colons, one of them scored in proportion
    out.append(("按时完成：5分/逾期完成：3分/未完成：0分", "5", Either(Ranks((5, 3, 0)), Unsure())))
    out.append(("按时/逾期/未完成：5/3/0", "5", Either(Ranks((5, 3, 0)), Unsure())))
    out.append(("完成：5分\n未完成：按完成比例计分", "5", Either(Bands(((100, 5), (50, Decimal("2.5")), (0, 0))), Unsure())))
    out.append(("制度健全2分/执行到位2分/记录完整1分", "5", Either(Once(("2", "2", "1")), Unsure())))
    out.append(("1.制度健全(2分) 2.执行到位(2分) 3.记录完整(1分)", "5", Either(Once(("2", "2", "1")), Unsure())))
    out.append(("规范管理(5分)：制度健全(2分) 执行到位(2分)", "5", Unsure()))
    out.append(("制度健全(2分) 执行到位(2分) 记录完整(1分) 台账规范", "5", Unsure()))
    out.append(("是否建立台账：是得3分 否得0分", "3", Either(Ranks((3, 0)), Unsure())))
    out.append(("有制度=1，有记录=1，无=0", "2", Unsure()))
    # costs per case after slashes, caps
    out.append(("每缺一项扣0.5分，最多扣2分", "2", Per("0.5")))
    out.append(("扣0.5分/项，扣完为止", "2", Per("0.5")))
    out.append(("满分5分，每缺1项扣1.5分，扣完为止", "5", Per("1.5")))
    out.append(("迟报扣1分/次，漏报扣2分/次，最多扣3分", "5", Unsure()))
    out.append(("满分5分，缺一项扣1分，缺3项及以上不得分", "5", Either(Bands(((0, 5), (1, 4), (2, 3), (3, 0), (6, 0))), Unsure())))
    out.append(("按完成比例计分，超过100%的按100%计", "5", Either(Bands(((100, 5), (120, 5), (50, Decimal("2.5")), (0, 0))), Unsure())))
    out.append(("按完成比例计分，未完成60%的不得分", "5", Unsure()))
    return out


_ALL = (colon_bands() + slashes() + letters() + yes_no() + bracketed_items() + full_then_missing() + proportion()
        + two_lines() + units() + held() + overlapping() + grades_left_out() + near())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
