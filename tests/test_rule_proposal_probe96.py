"""Made-up texts in the styles of the readings taught at int285 (assessment sheets, Taiwan/HK wording, zeroing) and
their near variants: points per case in brackets after the row's points, capped “至N分止” (“參加志工培訓課程10分。(年度內每參加1次
加1分,至10分止)”; the cap below the row's points, no cap, a proof note after, 扣 for 加, the 分值 not matching, 满 for 每,
every two times, Chinese numerals, simplified/traditional), 乙 for 一 after 奖/功/过 (“嘉獎乙次加1分,記功乙次加3分”, 奬, 申誡,
扣完為止, a 記過 of the whole 分值), bands whose upper end is said 未滿/不足 (“500萬元以上未滿1000萬元者給3分。未滿500萬元者不給分”;
the clauses the other way round, the lowest band unsaid, 以下 for the upper end, 万元 and 的得, a band above the 分值,
amounts in Chinese numerals), “本题0分”/“本项0分”/“本题不得分”/“本题记0分” after faults on a skills-test sheet (零件 no
numeral, each case or found, the zeroing first), graded situations followed by a sentence zeroing the row (本项不得分,
本项得0分, 则本条目整体记为0分, a closing note; a 扣2分 instead; grades missing) and a closing bracketed note with inner
brackets, points taken off a named pool (总学分/附加分/基本分/考核分; Chinese numerals, 扣完为止, a cap, two kinds, a
zeroing case “扣除全部分值”), the whole 分值 in words (“可获得该部分全部分数”, “得本项全部分值”; an 一半 instead, 酌情),
a list number then a figure (“2. 8次作业满分8分…”, 2、, (2), no space; a 满分 not matching), 设计/统计/会计/审计 in a
fault (1处, 每处, 一处, 2处, a cap), and points adding up where one names a measure of how well (质量, 完成情况, 规范程度;
“报告格式规范” a thing done or not) — full and half width punctuation; each with what it states or that it is unsure.
Every proposal scores every situation as the text says, or is not confident.

Figures: 588 texts written; before mending 75 read confidently, 16 of them confident and wrong, mended; now 59 read
confidently, 0 confident and wrong.
- Bands of an amount in Chinese numerals (“一千萬元以上者給5分.五百萬元以上一千萬元以下者給3分.…”: 五百/一千 before 万元
  are left as words, so the bands were read as a sure 情形选择 of the situations, their lines unchecked — the line said
  twice at 1000万 with 以下, the lowest band unsaid, 10 texts): now to check (``choice._amounts_in_words``, a doubt added in
  ``choice._options``). The same bands in figures read as 分档 (full-width stops), rightly.
- “按时提交报告(1分)完成情况(2分)” (6 texts): a point naming how far a thing is done, read as a sure checklist of points
  adding up; now to check (``checklist._DEGREE_NAMED`` holds 完成情况/完成度; 执行情况 left sure, as test_rule_proposal_cov5 reads it).
The sure readings met (all right): 未滿/不足 bands in figures with full-width stops, 記過乙次扣2分,扣完為止 per case,
A-D grades, a named pool per case with 扣完为止, “可获得该部分全部分数”/“得本项全部分值” with 未完成的不得分 (or alone, all
or nothing), “报告格式规范(2分)” points adding up.

Readings left to check (not confident, so no bar): points per case in brackets “(每參加1次加1分,至10分止)” (a formula to
check; with no cap or a note after, or every two times, an all or nothing to check that scores otherwise: 10 or 0),
嘉獎/記功 乙次 adding up (a formula to check; 申誡乙次 is asked as yes or no, not a count), bands in figures with
half-width stops (a judgement, or an all or nothing that scores otherwise), skills-test faults with 本题0分 (a formula to
check, right), grades with a zeroing sentence (a choice with a 0 option for the condition, to check), a named pool without
扣完为止 (to check), “2.8次作业…” with no space after the list number (a threshold of 2.8 to check, scoring otherwise),
设计/统计/会计/审计 faults per 处 (to check).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure

Want = object
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十", 20: "二十", 500: "五百", 1000: "一千"}
u = Unsure()


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str, str, str]:
    return ("，", "；", "。", "（", "）") if full else (",", ";", ".", "(", ")")


def _adds(x: Decimal | int | str, cap: int, k: int = 1) -> Bands:
    """A count of cases, ``x`` points each ``k`` of them, at most ``cap``."""
    xd = Decimal(str(x))
    return Bands(tuple((n, min(Decimal(cap), xd * (n // k))) for n in (0, k, 2 * k, 3 * k, 40 * k)))


# ── points per case in brackets after the row's points, capped “至N分止” ─────────────────────────────────────────
def per_case() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, k, x), (full, trad, cn) in product([(10, 1, 1), (6, 1, 2), (5, 2, 1), (8, 1, "0.5")],
                                               [(True, True, False), (False, False, False), (False, True, True)]):
        c, _s, e, lb, rb = _p(full)
        nk = _CN.get(k, str(k)) if cn else str(k)
        act, yr, stop = ("參加志工培訓課程", "年度內每參加", "止") if trad else ("参加志愿者培训课程", "年度内每参加", "止")
        want = Either(_adds(x, m, k), u)
        out.append((f"{act}{m}分{e}{lb}{yr}{nk}次加{x}分{c}至{m}分{stop}{rb}", str(m), want))
        # the cap below the row's points
        out.append((f"{act}{m}分{e}{lb}{yr}{nk}次加{x}分{c}至{m - 2}分{stop}{rb}", str(m), Either(_adds(x, m - 2, k), u)))
        # no cap said
        out.append((f"{act}{m}分{e}{lb}{yr}{nk}次加{x}分{rb}", str(m), want))
        # a note after
        out.append((f"{act}{m}分{e}{lb}{yr}{nk}次加{x}分{c}至{m}分{stop}{rb}{lb}須檢附證明{rb}", str(m), want))
        # 扣, not 加: a fault per case
        out.append((f"{act}{m}分{e}{lb}{yr.replace('參加', '缺席').replace('参加', '缺席')}{nk}次扣{x}分{c}至{m}分{stop}{rb}",
                    str(m), Either(Per(str(x)) if k == 1 else Bands(((0, m), (k, m - Decimal(str(x))), (40 * k, 0))), u)))
        # the 分值 not matching the row's points
        out.append((f"{act}{m}分{e}{lb}{yr}{nk}次加{x}分{c}至{m}分{stop}{rb}", str(m + 5), u))
        # 满 for 每
        out.append((f"{act}{m}分{e}{lb}{yr.replace('每', '滿' if trad else '满')}{nk}次加{x}分{c}至{m}分{stop}{rb}", str(m), u))
    return out


# ── 乙 for 一 after 奖/功/过, 奬 ──────────────────────────────────────────────────────────────────────────────────
def merits() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, cap), (j, g, gg) in product([(True, 10), (False, 6)],
                                           [("嘉獎", "記功", "記過"), ("嘉奬", "记功", "记过"), ("嘉奖", "记功", "记过")]):
        c, s, e, _lb, _rb = _p(full)
        plus = Either(Faults((Fault("獎|奬|奖", "+1", True), Fault("功", "+3", True)), base="0", top=str(cap)), u)
        out.append((f"{j}乙次加1分{c}{g}乙次加3分{c}最高加至{cap}分{e}", str(cap), plus))
        out.append((f"{j}一次加1分{c}{g}一次加3分{c}最高加至{cap}分{e}", str(cap), plus))
        out.append((f"{j}乙次者加1分{s}{g}乙次者加3分{s}最高{cap}分{e}", str(cap), plus))
        out.append((f"每{j}乙次加1分{c}至{cap}分止{e}", str(cap), Either(_adds(1, cap), u)))
        out.append((f"{j}乙次得{cap}分{e}", str(cap), u))
        out.append((f"{gg}乙次扣3分{c}申誡乙次扣1分{e}", str(cap),
                    Either(Faults((Fault("過|过", "-3", True), Fault("申誡|申诫", "-1", True))), u)))
        out.append((f"{gg}乙次扣{cap}分{e}", str(cap), Either(Per(str(cap)), Either(Faults((Fault(gg[1], "0", None),)), u))))
        out.append((f"{gg}乙次扣2分{c}扣完為止{e}", str(cap), Either(Per("2"), u)))
        out.append((f"{gg}乙次以上者不給分{e}", str(cap), u))
    return out


# ── bands whose upper end is said 未滿 ─────────────────────────────────────────────────────────────────────────
def below_upper() -> list[tuple[str, str, Want]]:
    out: list = []
    for (a, b, hi, mid), (full, cn), word in product([(500, 1000, 5, 3), (20, 50, 4, 2), (1000, 3000, 6, 3)],
                                                     [(True, False), (False, True), (False, False)], ("未滿", "不足")):
        _c, s, e, _lb, _rb = _p(full)
        na, nb = (_CN.get(a, str(a)), _CN.get(b, str(b))) if cn else (str(a), str(b))
        if cn and (a not in _CN or b not in _CN):
            continue
        want = Either(Bands(((0, 0), (a - 1, 0), (a, mid), (b - 1, mid), (b, hi), (3 * b, hi))), u)
        out.append((f"{nb}萬元以上者給{hi}分{e}{na}萬元以上{word}{nb}萬元者給{mid}分{e}{word}{na}萬元者不給分{e}", str(hi), want))
        # the clauses the other way round
        out.append((f"{word}{na}萬元者不給分{e}{na}萬元以上{word}{nb}萬元者給{mid}分{e}{nb}萬元以上者給{hi}分{e}", str(hi), want))
        # the lowest band not said
        out.append((f"{nb}萬元以上者給{hi}分{e}{na}萬元以上{word}{nb}萬元者給{mid}分{e}", str(hi), want))
        # 以下 for the upper end: the line said twice
        out.append((f"{nb}萬元以上者給{hi}分{e}{na}萬元以上{nb}萬元以下者給{mid}分{e}{word}{na}萬元者不給分{e}", str(hi), u))
        # a different unit, simplified
        out.append((f"{nb}万元以上的得{hi}分{s}{na}万元以上{word}{nb}万元的得{mid}分{s}{word}{na}万元的不得分{e}", str(hi), want))
        # a band scoring above the 分值
        out.append((f"{nb}萬元以上者給{hi + 2}分{e}{na}萬元以上{word}{nb}萬元者給{mid}分{e}{word}{na}萬元者不給分{e}", str(hi), u))
    return out


# ── faults on a skills-test sheet, “本题0分” ─────────────────────────────────────────────────────────────────────
def zeroing() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, (x, y)), zero, thing in product([(True, ("3.0", "2")), (False, ("2", "1"))],
                                               ("本题0分", "本项0分", "本题不得分", "本题记0分"),
                                               ("量具或零件", "零件")):
        c, _s, e, _lb, _rb = _p(full)
        fz = Fault("损坏", "0", False)
        out.append((f"量具使用不正确扣{x}分{c}读数错误扣{y}分{c}操作不当导致{thing}损坏{zero}{e}", "10",
                    Either(Faults((Fault("量具使用", f"-{_n(x)}", None), Fault("读数", f"-{_n(y)}", None), fz)), u)))
        out.append((f"量具使用不正确每处扣{x}分{c}操作不当导致{thing}损坏{zero}{e}", "10",
                    Either(Faults((Fault("量具使用|处数", f"-{_n(x)}", True), fz)), u)))
        out.append((f"操作不当导致{thing}损坏{zero}{c}量具使用不正确扣{x}分{e}", "10",
                    Either(Faults((fz, Fault("量具使用", f"-{_n(x)}", None))), u)))
    return out


# ── 则本条目整体记为0分; a closing bracketed note; graded situations and a sentence zeroing the row ─────────────────
def graded() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, zero), (top, grades) in product([(True, "本项不得分"), (False, "本项得0分"), (True, "则本条目整体记为0分"),
                                                (False, "本项记0分")],
                                             [(8, (8, 6, 3, 0)), (10, (10, 7, 4, 0)), (6, (6, 4, 2, 0))]):
        c, _s, e, lb, rb = _p(full)
        gs = f"{c}".join(f"{g}级得{v}分" for g, v in zip("ABCD", grades))
        out.append((f"{gs}{e}未按时报送整改方案的{c}{zero}{e}", str(top), Either(Ranks(grades), u)))
        out.append((f"{gs}{e}", str(top), Either(Ranks(grades), u)))
        out.append((f"{gs}{e}未按时报送整改方案的{c}扣2分{e}", str(top), u))
        out.append((f"{gs}{e}未按时报送整改方案的{c}{zero}{e}{lb}以评估报告为准{rb}", str(top), Either(Ranks(grades), u)))
        gs5 = f"{c}".join(f"{g}级得{v}分" for g, v in zip("ABC", grades[:3]))
        out.append((f"{gs5}{e}未按时报送整改方案的{c}{zero}{e}", str(top), u))
        out.append((f"每提交1份材料得1分{c}最多得{top}分{e}材料存在虚假的{c}{zero}{e}", str(top), u))
        out.append((f"按时提交得{top}分{e}{lb}每项须提供{lb}含{rb}通知、记录{lb}签到表{rb}等材料{rb}", str(top),
                    Either(Ranks((top, 0)), u)))
    return out


# ── points taken off a named pool; the whole 分值 in words ─────────────────────────────────────────────────────
def pools() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, (pool, m)), (x, cn) in product([(True, ("总学分", "5")), (False, ("附加分", "3")), (True, ("基本分", "10")),
                                               (False, ("考核分", "6"))],
                                             [("0.5", "零点五"), ("1", "一"), ("2", "两")]):
        c, s, e, _lb, _rb = _p(full)
        out.append((f"病假每天扣除{pool}{x}分{e}", m, Either(Per(x), u)))
        out.append((f"每缺1次扣除{pool}{x}分{e}", m, Either(Per(x), u)))
        out.append((f"每缺一次扣除{pool}{cn}分{e}", m, Either(Per(x), u)))
        out.append((f"每缺1次扣除{pool}{x}分{c}扣完为止{e}", m, Either(Per(x), u)))
        out.append((f"每缺1次扣除{pool}{x}分{c}最多扣2分{e}", m, Either(Per(x, "2"), u)))
        out.append((f"病假每天扣除{pool}{x}分{c}事假每天扣除{pool}1分{e}", m,
                    Either(Faults((Fault("病假", f"-{x}", True), Fault("事假", "-1", True))), u)))
        out.append((f"每缺1次扣除{pool}{x}分{c}旷课1次扣除全部分值{e}", m,
                    Either(Faults((Fault("缺|不符合", f"-{x}", True), Fault("旷课", "0", None))), u)))
    for full, m in [(True, "5"), (False, "10"), (True, "20")]:
        c, s, e, _lb, _rb = _p(full)
        out += [
            (f"按时完成全部作业的{c}可获得该部分全部分数{s}未完成的不得分{e}", m, Either(Ranks((m, 0)), u)),
            (f"按时完成全部作业的{c}得本项全部分值{s}未完成的不得分{e}", m, Either(Ranks((m, 0)), u)),
            (f"按时完成全部作业的{c}得本项全部分值{e}", m, Either(Ranks((m, 0)), u)),
            (f"按时完成全部作业的{c}得本项全部分值{s}未完成1次扣1分{e}", m, Either(Per("1"), u)),
            (f"抄袭他人作业的{c}扣除全部分值{e}", m, Either(Ranks((m, 0)), Either(Faults((Fault("抄袭", "0", None),)), u))),
            (f"迟交1次扣1分{s}抄袭他人作业的{c}扣除全部分值{e}", m,
             Either(Faults((Fault("迟交|不符合", "-1", True), Fault("抄袭", "0", None))), u)),
            (f"按时完成全部作业的{c}可获得该部分一半分数{e}", m, u),
            (f"按时完成全部作业的{c}可获得该部分全部分数{s}部分完成的{c}酌情给分{e}", m, u),
        ]
    return out


# ── a list number, a space, then a figure; 设计/统计/会计/审计 in a fault ────────────────────────────────────────────
def listed() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, (num, sp)), (k, x) in product([(True, ("2.", " ")), (False, ("2、", "")), (False, ("(2)", " ")),
                                               (False, ("2.", ""))],
                                           [(8, 1), (10, 1), (5, 2), (6, "0.5")]):
        c, _s, e, _lb, _rb = _p(full)
        m = int(Decimal(str(x)) * k)
        want = Either(Per(_n(x)), Either(Bands(tuple((v, max(Decimal(0), m - Decimal(str(x)) * (k - v))) for v in (k, k - 1, 0))), u))
        out.append((f"{num}{sp}{k}次作业满分{m}分{c}缺交1次扣{x}分{e}", str(m), want))
        out.append((f"{num}{sp}{k}次作业{c}缺交1次扣{x}分{e}", str(m), want))
        out.append((f"{num}{sp}{k}次作业满分{m}分{c}缺交1次扣{x}分{c}缺交3次以上不得分{e}", str(m), u))
        out.append((f"{num}{sp}{k}次作业满分{m + 2}分{c}缺交1次扣{x}分{e}", str(m), u))
    for (full, (x, cap)), word in product([(True, ("2", None)), (False, ("1", "5")), (False, ("0.5", None))],
                                          ("设计", "统计", "会计", "审计")):
        c, _s, e, _lb, _rb = _p(full)
        thing = {"设计": "台阶坡面角大于设计", "统计": "数据与统计报表不符", "会计": "凭证不符合会计规范", "审计": "未按审计意见整改"}[word]
        tail = f"{c}最多扣{cap}分" if cap else ""
        out.append((f"{thing}1处扣{x}分{tail}{e}", "10", Either(Per(x, cap), u)))
        out.append((f"{thing}每处扣{x}分{tail}{e}", "10", Either(Per(x, cap), u)))
        out.append((f"{thing}一处扣{x}分{tail}{e}", "10", Either(Per(x, cap), u)))
        out.append((f"{thing}2处扣{x}分{tail}{e}", "10",
                    Either(Bands(((0, 10), (2, 10 - Decimal(x)), (4, 10 - min(2 * Decimal(x), Decimal(cap or 10))))), u)))
        out.append((f"{thing}的扣{x}分{e}", "10", Either(Once((x,)), Either(Per(x), u))))
    return out


# ── points adding up where one names a measure of how well: to check ──────────────────────────────────────────
def quality() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, (a, b)), word in product([(True, (1, 2)), (False, (2, 3)), (False, (3, 2))],
                                        ("报告的质量", "报告质量", "完成情况", "规范程度")):
        c, _s, e, lb, rb = _p(full)
        out.append((f"按时提交报告{lb}{a}分{rb}{word}{lb}{b}分{rb}", str(a + b), u))
        out.append((f"按时提交报告{lb}{a}分{rb}{c}{word}{lb}{b}分{rb}{e}", str(a + b), u))
    for full, (a, b) in product((True, False), [(1, 2), (2, 3)]):
        c, _s, e, lb, rb = _p(full)
        out.append((f"按时提交报告{lb}{a}分{rb}{c}报告格式规范{lb}{b}分{rb}{e}", str(a + b),
                    Either(Once((str(a), str(b))), u)))
    return out


_ALL = per_case() + merits() + below_upper() + zeroing() + graded() + pools() + listed() + quality()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
