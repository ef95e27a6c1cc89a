"""Made-up texts in the styles of the readings merged at int278 and their near variants: points at a base count and a
step above it (“服务团队成员为50人的得2分,在50人的基础上每增加25人加2分,最多得6分”; the cap below the 分值, the clauses the other
way round, no points at the base, fewer than the base zeroed, a step of a share, “每增加25人以上”, 减 for 加, Chinese
numerals), a price above the base (“报价每高于评标基准价1%扣1分”; a floor, the base said or not, lower not higher, both
sides, the average as the base, a cap on what is taken off), a step past a line after a lead saying how it is measured
(“按完成任务的百分比计算,每低1%扣0.5分,最高扣10分”, “根据学员匿名评价计算,每低0.1分扣2分,扣完为止”; the line given elsewhere
in the text, before or after, a lead that itself scores, 每高 for 每低, a share for points), a sentence adding per case on
the headed part before it (“上交材料4分,少1篇扣1分;材料发表的每篇加1分”; 加 without a cap, “共N分” that does not match, a
second part), “各1个(2分)” (the amount a count, not a kind; “各1分”, “每个2分”), 扣考核分/扣基本分 (a cap, a floor, a zeroing
line, a share, “1-2分”, “每两次”, a first case let pass), “过关并获得表扬的每次加1分”, 半年 beside 年终 (再加, 上半年/下半年,
quarters, a 共N分 that does not match, grades), and the sure readings met beside them (certificates counted with a
bracket that is a proof note or a condition, “20分 x 代码覆盖率” with a line, a figure or 1-x, parts with “(共5分)”) —
full and half width punctuation; each with what it states (a few situations and scores) or that it is unsure.
The lowest price as the base (“…其价格分为满分。其他投标人的报价每高于评标基准价1%扣0.5分,扣完为止”: a floor, a cap, 不足1%
按1%计, 1个百分点, 1万元, 扣0.5%) and a coefficient by the side of the base (“60-60m×|…|”, “100n×|…|”, a floor of 30).
Every proposal scores every situation as the text says, or is not confident (checked under five row names too).

Figures: 591 texts written, 90 read confidently, 0 confident and scoring wrong (none mended). 24 texts first stated
as unsure were read surely and rightly: “报价每高于评标基准价1%扣1分;每低于评标基准价1%扣0.5分,扣完为止” (the base at full
marks, each side its step) and “半年考核合格得5分,年终考核合格再加5分” (two points adding up), their statements set to what
they say. The sure readings met: the lowest price as the base with
full marks and a step above it (Chinese numerals too), 扣考核分/扣基本分 per case (扣完为止, 扣满N分为止, “每人次”, several faults of one cost),
“上交材料4分,少1篇扣1分,扣完为止”, 半年/年终 and 上半年/下半年 points adding up to the 分值, a price step on both sides of
the base, certificates counted with a proof note and a cap, a ratio times the 分值, “各1个(2分)”/“各2个(2分)” read as
points, parts with “(共5分)” matching.

Readings left to check (not confident, so no bar): a base count's steps in any wording (none read surely), a price
above the base on one side (the base or the lower side unsaid), a bare step with its line said elsewhere (“达到95%得满
分,每低1%扣0.5分”, “以90%为标准”), a joined addition with its cap matching the 分值, “过关并获得表扬的每次加1分,最多加3分”
with the cap the 分值, Chinese numerals in 扣考核分 (“每次扣考核分一分”), 扣考核分 with a floor (“本项最低得2分”) or a cap
(“最多扣3分”), 半年/年终 with a proof note, quarters adding up, certificates with a condition in the bracket that still
counts each (“证书须在有效期内”), “20分 x 代码覆盖率(覆盖率低于50%的按0计)”. Proposed to check and scoring otherwise than said (worth a look though
not confident): “…每高于评标基准价1%扣0.5分,最多扣20分” drops the cap (scores 0, not 10, at 300% of the base), and
“60-60m×|…|…报价得分最低为30分” drops the floor; “每高于评标基准价1个百分点” and “不足1%的按1%计” are left to judgement.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, Fn, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Unsure

Want = object
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十", 25: "二十五", 50: "五十"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


# ── points at a base count, a step above it (tiers._base_count_steps) ─────────────────────────────────────────────
def base_count() -> list[tuple[str, str, Want]]:
    out: list = []
    for (b, st, a, x, cap), full, cn in product([(50, 25, 2, 2, 6), (10, 5, 1, 1, 4), (20, 10, 3, 1, 5)], (True, False),
                                                (False, True)):
        c, s, e = _p(full)
        nb, nst = (_CN.get(b, str(b)), _CN.get(st, str(st))) if cn else (str(b), str(st))
        want = Bands(((b, a), (b + st - 1, a), (b + st, a + x), (b + 2 * st, min(cap, a + 2 * x)), (b + 20 * st, cap)))
        out.append((f"服务团队成员为{nb}人的得{a}分{c}在{nb}人的基础上每增加{nst}人加{x}分{c}最多得{cap}分{e}", str(cap),
                    Either(want, Unsure())))
        # the cap below the 分值
        out.append((f"服务团队成员为{nb}人的得{a}分{c}在{nb}人的基础上每增加{nst}人加{x}分{c}最多得{cap}分{e}", str(cap + 2),
                    Either(want, Unsure())))
        # the clauses the other way round
        out.append((f"在{nb}人的基础上每增加{nst}人加{x}分{c}最多得{cap}分{s}团队成员为{nb}人的得{a}分{e}", str(cap),
                    Either(want, Unsure())))
        # no points at the base said
        out.append((f"在{nb}人的基础上每增加{nst}人加{x}分{c}最多得{cap}分{e}", str(cap),
                    Either(Bands(((b, 0), (b + st, x), (b + 20 * st, cap))), Unsure())))
        # fewer than the base zeroes, said
        out.append((f"团队成员不足{nb}人的不得分{s}为{nb}人的得{a}分{c}在此基础上每增加{nst}人加{x}分{c}满分{cap}分{e}",
                    str(cap), Either(Bands(((b - 1, 0), (b, a), (b + st, a + x), (b + 20 * st, cap))), Unsure())))
        # a step that is a share, not a count
        out.append((f"团队成员为{nb}人的得{a}分{c}在{nb}人的基础上每增加{nst}%加{x}分{c}最多得{cap}分{e}", str(cap), Unsure()))
        # 以上: each step or a band?
        out.append((f"团队成员为{nb}人的得{a}分{c}每增加{nst}人以上加{x}分{c}最多得{cap}分{e}", str(cap), Unsure()))
        # a step in points of the 分值
        out.append((f"团队成员为{nb}人的得{a}分{c}在{nb}人的基础上每增加{nst}人减{x}分{e}", str(cap), Unsure()))
    return out


# ── a price above the base (formula._price_above_base) ────────────────────────────────────────────────────────────
def price() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, x, fl), full, pct in product([(30, 1, 20), (10, "0.5", 6), (20, 2, 10)], (True, False), ("1%",)):
        c, s, e = _p(full)
        xd, h = Decimal(str(x)), Decimal(m)
        out.append((f"报价每高于评标基准价{pct}扣{x}分{c}扣完为止{e}", str(m), Unsure()))
        out.append((f"报价每高于评标基准价{pct}扣{x}分{c}最低得分为{fl}分{e}", str(m), Unsure()))
        out.append((f"以最低价为评标基准价{c}报价等于评标基准价得满分{c}每高于评标基准价{pct}扣{x}分{c}最低得{fl}分{e}", str(m),
                    Either(Bands(((0, m), (2, h - 2 * xd), (200, fl))), Unsure())))
        out.append((f"评标基准价为最低有效报价{s}投标报价每高于评标基准价{pct}扣{x}分{c}扣完为止{e}", str(m),
                    Either(Bands(((0, m), (2, h - 2 * xd), (500, 0))), Unsure())))
        # lower, not higher
        out.append((f"报价每低于评标基准价{pct}扣{x}分{c}扣完为止{e}", str(m), Unsure()))
        # both sides
        y = xd / 2
        out.append((f"报价每高于评标基准价{pct}扣{x}分{s}每低于评标基准价{pct}扣{_n(y)}分{c}扣完为止{e}", str(m),
                    Either(Fn(("基准价", "报价"), (((100, 100), m), ((100, 102), h - 2 * xd), ((100, 98), h - 2 * y),
                                                ((100, 400), 0), ((100, 1), max(Decimal(0), h - 99 * y)))), Unsure())))
        # a base of the average
        out.append((f"以有效报价的算术平均值为评标基准价{c}每高于评标基准价{pct}扣{x}分{e}", str(m), Unsure()))
        # a cap below the 分值 on what is taken off
        out.append((f"报价每高于评标基准价{pct}扣{x}分{c}最多扣{fl}分{e}", str(m), Unsure()))
    return out


# ── a step past a line not given, after a lead saying how it is measured (formula._bare_step) ────────────────────
def bare_step() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, x, cap), full, lead in product([(10, "0.5", 10), (5, 1, 5)], (True, False),
                                           ["按完成任务的百分比计算", "按抽查合格率计算"]):
        c, s, e = _p(full)
        xd, h = Decimal(str(x)), Decimal(m)
        out.append((f"{lead}{c}每低1%扣{x}分{c}最高扣{cap}分{e}", str(m), Unsure()))
        out.append((f"{lead}{c}每低1%扣{x}分{c}扣完为止{e}", str(m), Unsure()))
        # the line given elsewhere in the text
        out.append((f"{lead}{c}达到95%得满分{c}每低1%扣{x}分{c}扣完为止{e}", str(m),
                    Either(Bands(((100, m), (95, m), (93, max(Decimal(0), h - 2 * xd)), (0, 0))), Unsure())))
        out.append((f"{lead}{c}每低1%扣{x}分{c}扣完为止{s}达到100%得满分{e}", str(m),
                    Either(Bands(((100, m), (98, max(Decimal(0), h - 2 * xd)), (0, 0))), Unsure())))
        out.append((f"{lead}{c}以90%为标准{c}每低1%扣{x}分{c}最高扣{cap}分{e}", str(m),
                    Either(Bands(((100, m), (90, m), (88, max(h - cap, h - 2 * xd)), (0, max(Decimal(0), h - cap)))),
                           Unsure())))
        # a lead that itself scores
        out.append((f"{lead}{c}得分=完成率×{m}分{c}每低1%扣{x}分{e}", str(m), Unsure()))
        # a higher value marked down
        out.append((f"{lead}{c}每高1%扣{x}分{c}扣完为止{e}", str(m), Unsure()))
    for m, (step, x), full in product([5, 10], [("0.1", 2), ("0.2", 1), ("0.5", 1)], (True, False)):
        c, s, e = _p(full)
        out.append((f"根据学员匿名评价计算{c}每低{step}分扣{x}分{c}扣完为止{e}", str(m), Unsure()))
        out.append((f"根据学员匿名评价计算{c}评价4.5分及以上得满分{c}每低{step}分扣{x}分{c}扣完为止{e}", str(m),
                    Either(Bands(((5, m), (Decimal("4.5"), m), (Decimal("4.5") - Decimal(step), m - x),
                                  (1, 0))), Unsure())))
        out.append((f"根据学员匿名评价计算{c}每低{step}分扣{x}%{e}", str(m), Unsure()))
    return out


# ── a sentence adding per case to the headed part before it (reading._joined_additions) ───────────────────────────
def joined() -> list[tuple[str, str, Want]]:
    out: list = []
    for (a, x, y), full, unit in product([(4, 1, 1), (6, 2, 1)], (True, False), ["篇"]):
        c, s, e = _p(full)
        yd = Decimal(str(y))
        out.append((f"上交材料{a}分{c}少1{unit}扣{x}分{s}材料发表的每{unit}加{y}分{e}", str(a), Unsure()))
        out.append((f"上交材料{a}分{c}少1{unit}扣{x}分{s}材料发表的每{unit}加{y}分{c}最多加2分{e}", str(a + 2),
                    Either(Fn(("少", "发表"), (((0, 0), a), ((1, 0), a - x), ((0, 1), a + yd), ((0, 9), a + 2),
                                              ((20, 0), 0))), Unsure())))
        # 加 per case without a cap
        out.append((f"上交材料{a}分{c}少1{unit}扣{x}分{s}材料被采用的每{unit}加{y}分{e}", str(a + 3), Unsure()))
        # 共N分 that does not match
        out.append((f"上交材料{a}分{c}少1{unit}扣{x}分{s}材料发表的每{unit}加{y}分{c}共{a + 5}分{e}", str(a + 2),
                    Unsure()))
        # a second part before
        out.append((f"按时参加会议2分{c}缺1次扣1分{s}上交材料{a}分{c}少1{unit}扣{x}分{s}材料发表的每{unit}加{y}分{c}最多加1分{e}",
                    str(a + 3), Unsure()))
        # 各1种 before a count
        out.append((f"红酒杯、白酒杯各1个({x + 1}分){s}水杯1个({x}分){s}杯口朝向一致(1分){e}", str(2 * x + 2),
                    Either(Once((str(x + 1), str(x), "1")), Unsure())))
        out.append((f"红酒杯、白酒杯各1个({x + 1}分){s}水杯1个({x}分){s}杯口朝向一致(1分){e}", str(2 * x + 5), Unsure()))
        out.append((f"红酒杯、白酒杯各{x + 1}分{s}水杯1个({x}分){e}", str(3 * x + 2), Unsure()))
        out.append((f"摆放餐具各1种({a}分){s}餐巾折花1种({x}分){e}", str(a + x), Either(Once((str(a), str(x))), Unsure())))
    return out


# ── 扣考核分/扣基本分; added after 过关 (_ADDED_EACH_AFTER); 半年 beside 年终 ─────────────────────────────────────────
def kinds_of_points() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, x), full, word, cn in product([(5, "1"), (3, "0.5"), (10, "2")], (True, False),
                                          ["考核分", "基本分"], (False,)):
        c, s, e = _p(full)
        one = "一" if cn else "1"
        out.append((f"值班期间脱岗的{c}每次扣{word}{x}分{c}扣完为止{e}", str(m), Either(Per(x), Unsure())))
        out.append((f"未按时报送统计报表的{c}每{one}次扣{word}{x}分{c}最多扣{m - 1}分{e}", str(m),
                    Either(Per(x, str(m - 1)), Unsure())))
        # a zeroing line beside it
        out.append((f"值班期间脱岗的{c}每次扣{word}{x}分{s}脱岗3次及以上的{c}该项不得分{e}", str(m), Unsure()))
        # a share, not points
        out.append((f"值班期间脱岗的{c}每次扣{word}{x}%{e}", str(m), Unsure()))
        # 扣除全部考核分: zeroes
        out.append((f"值班期间脱岗的{c}扣除全部{word}{e}", str(m), Either(Once((str(m),)), Unsure())))
    for (m, x, cap), full in product([(5, 1, 3), (10, 2, 6), (4, "0.5", 2)], (True, False)):
        c, s, e = _p(full)
        out.append((f"考试过关并获得表扬的每次加{x}分{c}最多加{cap}分{e}", str(cap), Unsure()))
        out.append((f"考试过关并获得表扬的每次加{x}分{e}", str(m), Unsure()))
        out.append((f"考试过关的得{m - cap}分{s}过关并获得表扬的每次加{x}分{c}最多加{cap}分{e}", str(m), Unsure()))
        out.append((f"考试未过关的每次扣{x}分{s}过关并获得表扬的每次加{x}分{e}", str(m), Unsure()))
    for (a, b), full, w in product([(5, 5), (4, 6), (3, 2)], (True, False), ["考核合格", "考核优秀"]):
        c, s, e = _p(full)
        out.append((f"半年{w}得{a}分{c}年终{w}得{b}分{e}", str(a + b), Either(Once((str(a), str(b))), Unsure())))
        out.append((f"半年{w}得{a}分{c}年终{w}得{b}分{e}", str(a + b + 2), Unsure()))
        out.append((f"半年{w}得{a}分{s}年终{w}得{b}分{s}全年不合格的不得分{e}", str(a + b), Unsure()))
        out.append((f"半年{w}得{a}分{c}年终{w}再加{b}分{e}", str(a + b), Either(Once((str(a), str(b))), Unsure())))
    return out


# ── counts with a proof note, ratios times the 分值, parts with 共N分 (readings met beside the merged ones) ─────────
def counts() -> list[tuple[str, str, Want]]:
    out: list = []
    certs = "ISO9001、ISO14001、ISO45001、ISO20000、ISO27001"
    for (x, cap), full, note in product([(1, 3), ("0.5", 2), (2, 4)], (True, False),
                                        ["(以有效证书复印件为准)"]):
        c, _s, e = _p(full)
        xd = Decimal(str(x))
        want = Bands(((0, 0), (1, xd), (2, min(2 * xd, cap)), (5, cap)))
        out.append((f"具有{certs}认证证书{c}每项得{x}分{c}最高{cap}分{note}", str(cap), Either(want, Unsure())))
        out.append((f"投标人每具备一项相关专利得{x}分{c}最多得{cap}分{e}{note}", str(cap), Either(want, Unsure())))
        # a bracket that is a condition, not a proof note
        out.append((f"具有{certs}认证证书{c}每项得{x}分{c}最高{cap}分(须同时具备ISO9001方可得分){e}", str(cap), Unsure()))
        # a step of two
        out.append((f"具有{certs}认证证书{c}每具备两项得{x}分{c}最高{cap}分{e}", str(cap),
                    Either(Bands(((0, 0), (1, 0), (2, xd), (3, xd), (4, min(cap, 2 * xd)))), Unsure())))
        # the cap over the 分值
        out.append((f"具有{certs}认证证书{c}每项得{x}分{c}最高{cap}分{e}", _n(Decimal(cap) - Decimal("0.5")),
                    Unsure()))
    for m, full, (name, var) in product([20, 10, 15], (True, False), [("代码覆盖率", "代码覆盖率"), ("单元测试通过率", "通过率")]):
        c, _s, e = _p(full)
        h = Decimal(m)
        out.append((f"{name}{':' if not full else '：'} {m}分 x {var}", str(m),
                    Either(Bands(((100, m), (50, h / 2), (0, 0))), Unsure())))
        out.append((f"{name}：{m}分 X {var}{c}{var}低于60%不得分{e}", str(m),
                    Either(Bands(((100, m), (80, h * Decimal("0.8")), (50, 0))), Unsure())))
        # the figure not the 分值
        out.append((f"{name}：{m - 5}分 x {var}", str(m), Unsure()))
        out.append((f"{name}：{m}分 x (1-{var}){e}", str(m), Unsure()))
    for (a, b, cc, d), full in product([(2, 3, 4, 1), (1, 2, 2, 1), (3, 2, 3, 2)], (True, False)):
        c, _s, e = _p(full)
        out.append((f"1.需求分析文档{a}分{c}设计文档{b}分(共{a + b}分)2.代码实现{cc}分{c}单元测试{d}分(共{cc + d}分)",
                    str(a + b + cc + d), Either(Once((str(a), str(b), str(cc), str(d))), Unsure())))
        # 共N分 that does not match
        out.append((f"1.需求分析文档{a}分{c}设计文档{b}分(共{a + b + 1}分)2.代码实现{cc}分{c}单元测试{d}分(共{cc + d}分)",
                    str(a + b + cc + d + 1), Unsure()))
        out.append((f"1.需求分析文档{a}分{c}设计文档{b}分(共{a + b}分)2.代码实现{cc}分{c}单元测试{d}分(共{cc + d}分)",
                    str(a + b + cc + d + 2), Unsure()))
    return out


# ── one-off near variants of the sure readings: a second part, a note that scores, a figure beside the ratio ─────
def edges() -> list[tuple[str, str, Want]]:
    u = Unsure()
    base = "报价每高于评标基准价1%扣1分;每低于评标基准价1%"
    certs = "具有ISO9001、ISO14001、ISO45001认证证书,每项得1分,最高3分"
    count = Either(Bands(((0, 0), (1, 1), (3, 3))), u)
    duty = "值班期间脱岗的每次扣考核分1分"
    code = "代码覆盖率: 20分 x 代码覆盖率"
    docs = "1.需求分析文档2分,设计文档3分"
    cups = "红酒杯、白酒杯各1个(2分)水杯1个(1分)"
    return [
        (f"{base}扣0.5分,最多扣10分", "30",
         Either(Fn(("基准价", "报价"), (((100, 100), 30), ((100, 105), 25), ((100, 300), 20), ((100, 90), 25))), u)),
        (f"{base}扣0.5分,最低得15分", "30", Either(Fn(("基准价", "报价"), (((100, 100), 30), ((100, 300), 15))), u)),
        (f"{base}扣0.5分", "30", u),
        (f"{base}加0.5分,扣完为止", "30", u),
        ("报价每高于评标基准价1%扣1分;低于评标基准价的,每低1%扣0.5分,扣完为止", "30",
         Either(Fn(("基准价", "报价"), (((100, 100), 30), ((100, 104), 26), ((100, 96), 28))), u)),
        ("报价每高于评标基准价2%扣1分;每低于评标基准价2%扣0.5分,扣完为止", "30",
         Either(Fn(("基准价", "报价"), (((100, 100), 30), ((100, 104), 28), ((100, 96), 29))), u)),
        (f"{base}扣0.5分,扣完为止;报价超过最高限价的不得分", "30", u),
        (f"{base}扣0.5分,不足1%的不扣分,扣完为止", "30", u),
        ("报价每高于评标基准价1%扣1分;每低于评标基准价10%扣0.5分,扣完为止", "30",
         Either(Fn(("基准价", "报价"), (((100, 100), 30), ((100, 104), 26), ((100, 80), 29))), u)),
        ("半年考核合格得5分,年终考核合格得5分,半年考核不合格的年终不得分", "10", u),
        ("半年考核合格得5分,年终考核合格得3分", "10", u),
        ("半年考核合格得5分,年终考核合格得5分,共8分", "10", u),
        ("上半年考核合格得5分,下半年考核合格得5分", "10", Either(Once(("5", "5")), u)),
        ("半年考核合格得5分,年终考核合格得5分,每项不合格扣5分", "10", Either(Once(("5", "5")), u)),
        ("值班期间脱岗的,每次扣考核分1分,扣完为止;扣考核分超过3分的取消评优资格", "5", Either(Per("1"), u)),
        ("值班期间脱岗的,每次扣考核分1分;迟到的每次扣0.5分,扣完为止", "5",
         Either(Faults((Fault("脱岗", "-1", True), Fault("迟到", "-0.5", True))), u)),
        (f"{duty},扣完为止(以考勤记录为准)", "5", Either(Per("1"), u)),
        (f"{duty},扣完为止(每月不超过2分)", "5", u),
        ("值班期间脱岗的每次扣考核总分1分,扣完为止", "5", Either(Per("1"), u)),
        ("值班期间脱岗的每次扣考核分的1%,扣完为止", "5", u),
        ("值班期间脱岗的每次扣考核分1-2分,扣完为止", "5", u),
        ("值班期间脱岗2次的扣考核分1分,扣完为止", "5", u),
        ("值班期间脱岗的每两次扣考核分1分,扣完为止", "5", u),
        ("值班期间脱岗累计3次以上的,每次扣考核分1分,扣完为止", "5", u),
        (f"{duty},扣完为止,脱岗超过一天的不得分", "5", u),
        ("值班期间脱岗的每次扣基本分1分,同时扣绩效分1分,扣完为止", "5", u),
        (f"{certs}(证书须在有效期内且认证范围包含本项目)", "3", count),
        (f"{certs}(以有效证书复印件为准,未提供不得分)", "3", count),
        (f"{certs}(以有效证书复印件为准,缺一项扣1分)", "3", u),
        ("具有ISO9001、ISO14001、ISO45001认证证书的得3分(以有效证书复印件为准)", "3", u),
        (f"{certs}(三项全部具备的得3分)", "3", count),
        ("具有ISO9001、ISO14001、ISO45001认证证书,每项得1分(以有效证书复印件为准)", "3", count),
        ("具有ISO9001、ISO14001、ISO45001认证证书,每项得1.5分,最高3分(以有效证书复印件为准)", "3",
         Either(Bands(((0, 0), (1, "1.5"), (2, 3), (3, 3))), u)),
        (f"{certs}(每项证书以2份为限)", "3", u),
        (f"{certs}(有效期内的每项加0.5分)", "3", u),
        (f"{code},覆盖率达到90%得满分", "20", u),
        (f"{code}/90%", "20", u),
        (f"{code} x 0.8", "20", u),
        (f"{code}(覆盖率低于50%的按0计)", "20", Either(Bands(((100, 20), (60, 12), (40, 0))), u)),
        (f"{code},每低于80%扣2分", "20", u),
        ("代码覆盖率: 10分 x 代码覆盖率 + 10分 x 通过率", "20", u),
        (f"{docs}(共5分)2.代码实现4分,单元测试1分(共5分),每缺一项扣2分", "10", u),
        (f"{docs}(共5分)2.代码实现4分,单元测试2分(共5分)", "10", u),
        (f"{docs}(各5分)2.代码实现4分,单元测试1分", "10", u),
        (f"{docs}(最多5分)2.代码实现4分,单元测试1分(最多5分)", "10", Either(Once(("2", "3", "4", "1")), u)),
        (f"{docs}(共5分)2.代码实现4分,单元测试1分(共5分)(未提供的不得分)", "10", Either(Once(("2", "3", "4", "1")), u)),
        (f"{docs}(共5分)2.代码实现每模块1分,最多4分,单元测试1分(共5分)", "10", u),
        ("红酒杯、白酒杯各1个(各1分)水杯1个(1分)杯口朝向一致(1分)", "4", u),
        ("红酒杯、白酒杯各1个(每个2分)水杯1个(1分)", "5", u),
        ("红酒杯、白酒杯各2个(2分)水杯1个(1分)杯口朝向一致(1分)", "4", Either(Once(("2", "1", "1")), u)),
        (f"{cups}杯口朝向一致(1分),每少一个扣1分", "4", u),
        (f"{cups.replace('(2分)', '(2分),')},杯口朝向不一致(扣1分)", "4", u),
        ("值班期间脱岗的,每次扣考核分1分,扣完为止,本项最低得2分", "5", Either(Per("1", "3"), u)),
        ("值班期间脱岗的,每次扣考核分1分,最多扣3分", "5", Either(Per("1", "3"), u)),
        ("值班期间脱岗的,每次扣考核分1分,扣满5分为止", "5", Either(Per("1"), u)),
        ("值班期间脱岗的,每次扣考核分1分,扣完为止;无脱岗的加1分", "5", u),
        ("值班期间脱岗的,每次扣考核分5分", "5", Either(Per("5"), u)),
        ("值班期间脱岗的,每次扣考核分6分", "5", u),
        ("值班期间脱岗的,每次扣考核分一分,扣完为止", "5", Either(Per("1"), u)),
        ("值班期间脱岗的，每次扣考核分1分，扣完为止；", "5", Either(Per("1"), u)),
        ("值班期间脱岗、迟到、早退的,每次扣考核分1分,扣完为止", "5", Either(Per("1"), u)),
        ("值班期间脱岗的每人次扣考核分1分,扣完为止", "5", Either(Per("1"), u)),
        ("值班期间脱岗的每小时扣考核分1分,扣完为止", "5", Either(Per("1"), u)),
        ("值班期间脱岗的,首次扣考核分1分,再次扣2分,扣完为止", "5", u),
        ("值班期间脱岗的,每次扣考核分1分,扣完为止,情节严重的扣5分", "5", u),
        ("值班期间脱岗的,每次扣考核分1分,扣完为止(第一次提醒不扣分)", "5", u),
        ("考试过关并获得表扬的每次加1分,最多加3分,考试未过关的每次扣1分", "10", u),
        ("材料发表的每篇加1分,最多加3分", "10", u),
        ("材料发表的每篇加1分,最多加3分", "3", Either(Bands(((0, 0), (1, 1), (3, 3), (5, 3))), u)),
        ("材料发表的每篇加1分,最多得3分", "3", Either(Bands(((0, 0), (1, 1), (3, 3), (5, 3))), u)),
        ("材料在省级刊物发表的每篇加1分,国家级刊物发表的每篇加2分,最多加3分", "3", u),
        ("上交材料4分,少1篇扣1分;材料发表的每篇加1分;会议发言3分,缺1次扣1分,共10分", "10", u),
        ("上交材料4分,少1篇扣1分;材料发表的每篇加1分,最多加2分", "6",
         Either(Fn(("少", "发表"), (((0, 0), 4), ((1, 0), 3), ((0, 1), 5), ((0, 9), 6), ((20, 0), 0))), u)),
        ("上交材料4分,少1篇扣1分", "4", Either(Per("1"), u)),
        ("上交材料4分,少1篇扣1分,扣完为止", "4", Either(Per("1"), u)),
        ("上交材料4篇得4分,少1篇扣1分", "4", Either(Per("1"), u)),
        ("半年工作总结5分,年终工作总结5分,每缺一项扣5分", "10", Either(Once(("5", "5")), u)),
        ("半年考核合格得5分;年终考核合格得5分(以考核通知为准)", "10", Either(Once(("5", "5")), u)),
        ("半年考核合格得3分,优秀得5分;年终考核合格得3分,优秀得5分", "10", u),
        ("第一季度考核合格得2.5分,第二季度考核合格得2.5分,第三季度考核合格得2.5分,年终考核合格得2.5分", "10",
         Either(Once(("2.5", "2.5", "2.5", "2.5")), u)),
    ]


# ── a price above the lowest price as the base, a coefficient by the side of the base (formula._deviation_by_side) ─
def lowest_base() -> list[tuple[str, str, Want]]:
    u = Unsure()
    lead = "以满足招标文件要求的最低投标报价为评标基准价,其价格分为满分。其他投标人的报价每高于评标基准价"

    def fn(*samples: tuple[tuple[int, float], object]) -> Either:
        return Either(Fn(("基准价", "报价"), (((100, 100), 30),) + samples), u)

    rule = "报价得分=60-{k}×|投标人的评审价-评审基准价|/评审基准价,保留两位小数。当投标人的评审价{le}评审基准价时,{v}=0.5;"
    tail = "当投标人的评审价>评审基准价时,{v}=1;报价得分最低为{fl}分。"

    def by_side(k: str, le: str, v: str, fl: int, below: object, above: object) -> tuple[str, str, Want]:
        text = rule.format(k=k, le=le, v=v) + tail.format(v=v, fl=fl)
        return (text, "60", Either(Fn(("基准价", "评审价"), (((1000, 1000), 60), ((1000, 900), below),
                                                           ((1000, 1100), above), ((1000, 3000), fl))), u))
    return [
        (f"{lead}1%扣0.5分,扣完为止。", "30", fn(((100, 110), 25), ((100, 400), 0))),
        (f"{lead}1%扣0.5分,最低得10分。", "30", fn(((100, 110), 25), ((100, 200), 10))),
        (f"{lead}2%扣1分,扣完为止。", "30", fn(((100, 104), 28), ((100, 400), 0))),
        (f"{lead}1%扣0.5分,扣完为止,不足1%的按1%计。", "30", fn(((100, 110), 25), ((100, 400), 0))),
        (f"{lead}1%扣0.5分,最多扣20分。", "30", fn(((100, 110), 25), ((100, 300), 10))),
        (f"{lead}1%扣0.5分,扣完为止。报价高于最高限价的不得分。", "30", u),
        ("以有效投标报价的平均值为评标基准价,其价格分为满分。其他投标人的报价每高于评标基准价1%扣0.5分,扣完为止。", "30", u),
        (f"{lead}1%扣0.5分,扣完为止;每低于评标基准价1%扣0.5分。", "30", fn(((100, 110), 25), ((100, 400), 0))),
        (f"{lead.replace(',', '，')}百分之一扣零点五分，扣完为止。", "30", fn(((100, 110), 25), ((100, 400), 0))),
        (f"{lead}1个百分点扣0.5分,扣完为止。", "30", fn(((100, 110), 25), ((100, 400), 0))),
        (f"{lead.replace('满分', '25分')}1%扣0.5分,扣完为止。", "30", u),
        (f"{lead}1万元扣0.5分,扣完为止。", "30", u),
        (f"{lead}1%扣0.5分,扣完为止(以开标一览表为准)。", "30", fn(((100, 110), 25), ((100, 400), 0))),
        (f"{lead}1%扣0.5%,扣完为止。", "30", u),
        by_side("60m", "≤", "m", 0, 57, 54),
        by_side("100n", "≤", "n", 0, 55, 50),
        by_side("60m", "<", "m", 30, 57, 54),
    ]


_ALL = lowest_base() + edges() + base_count() + price() + bare_step() + joined() + kinds_of_points() + counts()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
