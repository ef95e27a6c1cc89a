"""Made-up texts in the styles of the readings merged in round 278 — a case earning its points qualified by a figure
in its words (``formula.CASE_QUALIFIER``: “每具备1个金额在20万元及以上合同得2分,满分10分”, “每具有一个在三家省级以上医院
的服务案例得1分”) and a line in brackets (``formula._LINE_ASIDE``: “…协议(每份协议的维修车辆≥10辆),每有1项得3分”); the
低价优先法's quotient times the 分值 named otherwise (“×价格部分分值”, “(权重20%)…×价格权值×100”, “×20备注:…”) and a Latin
x for × (“30分 x 审核通过率”); a lead “根据…偏离情况打分,包括…” set aside; a count of one held capped (“具备一项得1分,最多得5
分”, “无则不得分”); amount bands closed by “不提供不得分”; a part's points summed again in brackets (“(共5分)”); a share of the
分值 each (``formula._SHARE_EACH``), the proof first (``_PROOF_FIRST``), the 分值 before the points each
(``_FULL_BEFORE_EACH``: “满分20分,1家4分”) — and their near variants: numbers varied, Chinese numerals, full and half
width punctuation and brackets, an amount that is a step (“合同金额每增加50万元得3分”), a bracket that is a proof note
or a count all must reach (“(不少于3个)”) or a cap of its own, a second part (“…的每个另加1分”), a zeroing line, a floor of
cases, a cap short of or past the 分值, 加 per case with no cap, points taken off instead, a weight or points other than
the 分值, the price part's 分值 given elsewhere in the text, “x” beside a coefficient, a lead that itself scores, a base
count with steps and a cap below the 分值, a deviation with a floor, “共N分” that does not match — each with what it
states (a few situations and their scores) or that it is unsure (to check). Every proposal scores every situation as
the text says, or is not confident.

Figures: 586 texts written, 69 read confidently (73 before the mend), 4 confident and wrong found, all mended. The
four: a count all must reach in brackets whose figure is also the points of each case (“投标人提供…车辆维修协议(不少于3个),
每有1项得3分,最多得9分”) was read surely as 3 per agreement, the “3” of “不少于3个” taken for a figure the rule uses (it
equals the points); with 2 points each the same text was already to check. Mended in ``reading.stray_numbers``: for a
rule of points earned per case (as for a rule of points only) a count asked (“不少于3个”, “至少2家”) whose figure
happens to be one of its points is still a figure no parameter holds (``reading._points_earned``). Corpus unchanged.

The confident readings met, all scoring as said: “具备一项得1分,最多得5分(,无则不得分)”, “每一项得0.5分,最高得2分”,
“每提供一份合同得标准分值的25%,最多得标准分值”, “每缺少一份合同扣标准分值的25%,扣完为止”, a bracket of proof between what
is counted and its points, “N分 x 审核通过率” and “审核通过率 x N分” on N, parts' points with the whole summed in
brackets (“…(共10分)”).

Readings left to check (not confident, so no bar, though many would score right): the case qualified by an amount in
every form written (a kind, so only the cases reaching it counted), the line in brackets, the 低价优先法 named by
“价格部分分值”/“价格权值×100”/“×N备注”, the lead “根据…打分,包括…” before a deduction per 负偏离, amount bands with or
without the band at 0, “(共N分)” after each part, “满分20分,1家4分” and the proof first, a share of the 分值 each with no
cap or a cap of half of it, a base count with steps.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Unsure

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十", 20: "二十", 50: "五十"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _count(per: Decimal | int | str, cap: Decimal | int | str, ks: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 20)) -> Bands:
    """Cases each earning ``per``, at most ``cap`` in all."""
    p, c = Decimal(str(per)), Decimal(str(cap))
    return Bands(tuple((k, min(c, p * k)) for k in ks))


# ── a case earning its points, qualified by a figure in its words (formula.CASE_QUALIFIER) ─────────────────────────
def qualified() -> list[tuple[str, str, Want]]:
    out: list = []
    for (a, p, m), full in product([(20, 2, 10), (50, 3, 12), (100, "1.5", 6)], (True, False)):
        c, s, e = _p(full)
        one = "一" if full else "1"
        want = _count(p, m)
        out.append((f"提供近三年同类项目业绩{c}每具备{one}个金额在{a}万元及以上合同得{p}分{c}满分{m}分{e}", str(m),
                    Either(want, Unsure())))
        out.append((f"每提供{one}份金额{a}万元以上的合同得{p}分{c}最多得{m}分{e}", str(m), Either(want, Unsure())))
        out.append((f"投标人每具有{one}个在三家省级以上医院的服务案例得{p}分{c}最高得{m}分{e}", str(m), Either(want, Unsure())))
        # the amount a step, not a kind
        out.append((f"合同金额每增加{a}万元得{p}分{c}最高得{m}分{e}", str(m), Unsure()))
        # a second part: bigger contracts earn more
        out.append((f"每具备{one}个金额在{a}万元及以上合同得{p}分{s}金额在{a * 5}万元以上的每个另加1分{c}满分{m}分{e}", str(m),
                    Unsure()))
        # a cap below the 分值 / past it
        out.append((f"每具备{one}个金额在{a}万元及以上合同得{p}分{c}最多得{m}分{e}", str(m + 2), Unsure()))
        # 加 per case with no cap
        out.append((f"每具备{one}个金额在{a}万元及以上合同加{p}分{e}", str(m), Either(want, Unsure())))
        # a zeroing line
        out.append((f"每具备{one}个金额在{a}万元及以上合同得{p}分{c}最多得{m}分{s}提供虚假合同的{c}本项不得分{e}", str(m),
                    Unsure()))
        # a count of cases with a floor: less than N cases, nothing
        out.append((f"每具备{one}个金额在{a}万元及以上合同得{p}分{c}最多得{m}分{c}少于2个的不得分{e}", str(m), Unsure()))
    return out


# ── a line in brackets (formula._LINE_ASIDE) ───────────────────────────────────────────────────────────────────────
def aside() -> list[tuple[str, str, Want]]:
    out: list = []
    for (thing, line, p, m), full, br in product(
            [("车辆维修协议", "每份协议的维修车辆≥10辆", 3, 9), ("物业服务合同", "每份合同的服务面积≥5000平方米", 2, 10),
             ("同类信息化项目", "合同金额50万元及以上的", 1, 4)], (True, False), (("(", ")"), ("（", "）"))):
        c, s, e = _p(full)
        o, cl = br
        want = _count(p, m)
        out.append((f"投标人提供近三年签订的{thing}{o}{line}{cl}{c}每有1项得{p}分{c}最多得{m}分{e}", str(m),
                    Either(want, Unsure())))
        out.append((f"投标人提供近三年签订的{thing}{o}{line}{cl}{c}每份得{p}分{c}满分{m}分{e}", str(m), Either(want, Unsure())))
        # the bracket a proof note
        out.append((f"投标人提供近三年签订的{thing}{o}提供合同复印件加盖公章{cl}{c}每有1项得{p}分{c}最多得{m}分{e}", str(m),
                    Either(want, Unsure())))
        # the bracket a count all must reach, not each
        out.append((f"投标人提供近三年签订的{thing}{o}不少于3个{cl}{c}每有1项得{p}分{c}最多得{m}分{e}", str(m), Unsure()))
        # the bracket a cap of its own
        out.append((f"投标人提供近三年签订的{thing}{o}最多计2项{cl}{c}每有1项得{p}分{c}最多得{m}分{e}", str(m), Unsure()))
        # the bracket's line given twice, otherwise
        out.append((f"投标人提供近三年签订的{thing}{o}{line}{cl}{c}每有1项得{p}分{s}不满足括号内要求的每项得{_n(Decimal(p) / 2)}分"
                    f"{c}最多得{m}分{e}", str(m), Unsure()))
        # points taken off, not earned
        out.append((f"投标人提供近三年签订的{thing}{o}{line}{cl}{c}每缺1项扣{p}分{c}扣完为止{e}", str(m),
                    Either(Per(str(p)), Unsure())))
    return out


# ── the 低价优先法's quotient times the 分值 named otherwise; a Latin x ──────────────────────────────────────────────────
def price() -> list[tuple[str, str, Want]]:
    out: list = []
    for m, full in product([10, 20, 30], (True, False)):
        c, _s, e = _p(full)
        md = Decimal(m)
        want = Bands(((100, m), (80, md * Decimal("0.8")), (50, md / 2)))
        lead = (f"满足招标文件要求且投标价格最低的投标报价为评标基准价{c}其价格分为满分{e}其他投标单位的价格分统一按照下列公式计算"
                ":")
        out.append((f"{lead}报价得分=评标基准价/投标报价×价格部分分值{e}", str(m), Either(want, Unsure())))
        out.append((f"{lead}报价得分=(评标基准价/投标报价)×价格分值{e}", str(m), Either(want, Unsure())))
        out.append((f"报价(权重{m}%)得分计算公式如下:{lead}报价得分=(评标基准价/投标报价)×价格权值×100", str(m),
                    Either(want, Unsure())))
        # the weight other than the 分值
        out.append((f"报价(权重{m // 2}%)得分计算公式如下:{lead}报价得分=(评标基准价/投标报价)×价格权值×100", str(m), Unsure()))
        out.append((f"报价(权重{m}%)得分计算公式如下:{lead}报价得分=(评标基准价/投标报价)×价格权值×{m}", str(m), Unsure()))
        out.append((f"磋商报价得分=(磋商基准价/最终磋商报价)×{m}备注:计算分数时四舍五入取小数点后两位{e}", str(m),
                    Either(want, Unsure())))
        # the points other than the 分值
        out.append((f"磋商报价得分=(磋商基准价/最终磋商报价)×{m + 10}备注:计算分数时四舍五入取小数点后两位{e}", str(m), Unsure()))
        out.append((f"磋商报价得分=(磋商基准价/最终磋商报价)×{m}备注:报价高于最高限价的{c}本项不得分{e}", str(m), Unsure()))
        # the 分值 of the price part given elsewhere in the text, not the row's
        out.append((f"价格部分分值为{m + 10}分{e}报价得分=评标基准价/投标报价×价格部分分值{e}", str(m), Unsure()))
        # a Latin x
        for x in ("x", "X"):
            out.append((f"审核通过率:{m}分 {x} 审核通过率", str(m),
                        Either(Bands(((100, m), (50, md / 2), (0, 0))), Unsure())))
        out.append((f"审核通过率:{m + 5}分 x 审核通过率", str(m), Unsure()))
        out.append((f"审核通过率:{m}分 x 审核通过率 x 0.8", str(m), Unsure()))
        out.append((f"审核通过率:审核通过率 x {m}分", str(m), Either(Bands(((100, m), (50, md / 2), (0, 0))), Unsure())))
        out.append((f"审核通过率:{m}分 x 审核通过率{c}另有加分项{c}每项加1分", str(m), Unsure()))
        out.append((f"得分={m}分 x (1-差错率)", str(m), Unsure()))
        out.append((f"审核通过率:{m}分 x 审核通过率{c}通过率低于60%不得分", str(m), Unsure()))
        # an x that is no sign: a size
        out.append((f"展板尺寸2mx3m{c}符合得{m}分{c}不符合不得分", str(m), Either(Bands(()), Unsure())))
    return out


# ── a lead sentence set aside; a count of one held; 无则不得分 ─────────────────────────────────────────────────────────
def lead() -> list[tuple[str, str, Want]]:
    out: list = []
    for (x, m), full in product([("1", 5), ("0.5", 3), ("2", 10)], (True, False)):
        c, s, e = _p(full)
        lead = f"根据响应文件中的商务条款偏离情况打分{c}包括付款方式、交货期、质保期{e}"
        out.append((f"{lead}无负偏离得{m}分{c}每有一项负偏离扣{x}分{c}扣完为止{e}", str(m), Either(Per(x), Unsure())))
        out.append((f"{lead}每有一项负偏离扣{x}分{c}扣完为止{e}", str(m), Either(Per(x), Unsure())))
        # a lead that itself scores
        out.append((f"根据响应文件中的商务条款偏离情况打分{c}包括付款方式、交货期{c}每项满足得{x}分{e}每有一项负偏离扣{x}分{c}"
                    f"扣完为止{e}", str(m), Unsure()))
        out.append((f"根据响应文件中的商务条款偏离情况打分{c}有重大偏离的不得分{e}每有一项负偏离扣{x}分{c}扣完为止{e}", str(m),
                    Unsure()))
        # 正偏离 adding too
        out.append((f"{lead}每有一项正偏离加{x}分{c}每有一项负偏离扣{x}分{e}", str(m), Unsure()))
    for (p, m), full, none in product([("1", 5), ("0.5", 2), ("2", 6)], (True, False),
                                      ("无则不得分", "")):
        c, s, e = _p(full)
        tail = f"{c}{none}" if none else ""
        out.append((f"供应商具备有效的相关认证证书{c}具备一项得{p}分{c}最多得{m}分{tail}{e}", str(m),
                    Either(_count(p, m), Unsure())))
        out.append((f"投标人提供的优于采购需求的增值服务{c}每一项得{p}分{c}最高得{m}分{tail}{e}", str(m),
                    Either(_count(p, m), Unsure())))
        out.append((f"供应商具备有效的相关认证证书{c}具备一项得{p}分{c}最多得{m}分{c}无则扣{p}分{e}", str(m), Unsure()))
        out.append((f"供应商具备有效的相关认证证书{c}具备一项得{p}分{c}两项及以上得{m}分{e}", str(m), Unsure()))
        # a cap below the 分值
        out.append((f"供应商具备有效的相关认证证书{c}具备一项得{p}分{c}最多得{m}分{tail}{e}", str(m * 2), Unsure()))
        # one held: all of it (not per case)
        out.append((f"供应商具备有效的相关认证证书{c}具备其中一项即得{m}分{tail}{e}", str(m), Either(_count(m, m), Unsure())))
        # a base count
        out.append((f"具备三项得{m}分{c}每少一项扣{p}分{tail}{e}", str(m), Unsure()))
        # one of kind says more
        out.append((f"供应商具备有效的相关认证证书{c}具备一项得{p}分{c}最多得{m}分{s}具备发明专利的另加1分{e}", str(m), Unsure()))
    return out


# ── amount bands, the lowest closed by 不提供不得分 ──────────────────────────────────────────────────────────────────
def amount_bands() -> list[tuple[str, str, Want]]:
    out: list = []
    for (lo, hi), (a, b, cc), full, none in product([(30, 80), (50, 100)], [(1, 2, 3), (2, 4, 6)],
                                                   (True, False), ("不提供不得分", "未提供的不得分")):
        c, s, e = _p(full)
        body = (f"累计服务金额＜{lo}万元{c}得{a}分{s}{lo}万元≤累计服务金额＜{hi}万元{c}得{b}分{s}累计服务金额≥{hi}万元{c}"
                f"得{cc}分{e}")
        samples = ((lo // 2, a), (lo, b), (hi - 1, b), (hi, cc), (hi * 3, cc))
        out.append((f"{body}{none}{e}", str(cc), Either(Bands(((0, 0),) + samples), Unsure())))
        # no 0 band said
        out.append((body, str(cc), Either(Bands(samples), Unsure())))
        # a step, its line elsewhere: 每增加 past the top band
        out.append((f"{body}{none}{e}在{hi}万元基础上每增加10万元加1分{e}", str(cc + 2), Unsure()))
    return out


# ── a part's points summed again in brackets ─────────────────────────────────────────────────────────────────────
def summed() -> list[tuple[str, str, Want]]:
    out: list = []
    for (a, b, d), full, gap in product([(3, 2, 5), (1, 1, 2), (4, 1, 3)], (True, False), ("", "；")):
        c, _s, _e = _p(full)
        t1, t2 = a + b, d
        text = f"1.练习部分{a}分{c}代码运行检查{b}分(共{t1}分){gap}2.实验报告{d}分(共{t2}分)"
        out.append((text, str(t1 + t2), Either(Once((str(a), str(b), str(d))), Unsure())))
        # the sum does not match
        out.append((f"1.练习部分{a}分{c}代码运行检查{b}分(共{t1 + 1}分){gap}2.实验报告{d}分(共{t2}分)", str(t1 + t2 + 1),
                    Unsure()))
        # the sum is of the whole, not the part
        out.append((f"1.练习部分{a}分{c}代码运行检查{b}分{gap}2.实验报告{d}分(共{t1 + t2}分)", str(t1 + t2),
                    Either(Once((str(a), str(b), str(d))), Unsure())))
        # a per-case cost in a part
        out.append((f"1.练习部分{a}分{c}每缺一次扣1分(共{t1}分){gap}2.实验报告{d}分(共{t2}分)", str(t1 + t2), Unsure()))
    return out


# ── a share of the 分值 each; the proof first; the 分值 before the points each ─────────────────────────────────────────
def share_proof_full() -> list[tuple[str, str, Want]]:
    out: list = []
    for (pct, m), full in product([(25, 8), (20, 10), (50, 6)], (True, False)):
        c, s, e = _p(full)
        per = Decimal(m) * pct / 100
        out.append((f"以提供项目合同复印件和验收报告复印件为准{c}每提供一份合同得标准分值的{pct}%{c}最多得标准分值{e}", str(m),
                    Either(_count(per, m), Unsure())))
        out.append((f"每提供一份合同得标准分值的{pct}%{c}最多得标准分值{e}", str(m), Either(_count(per, m), Unsure())))
        # a cap of half the 分值
        out.append((f"每提供一份合同得标准分值的{pct}%{c}最多得标准分值的50%{e}", str(m),
                    Either(_count(per, Decimal(m) / 2), Unsure())))
        # no cap said; a cap of the deduction
        out.append((f"每提供一份合同得标准分值的{pct}%{e}", str(m), Either(_count(per, m), Unsure())))
        out.append((f"每缺少一份合同扣标准分值的{pct}%{c}最多扣标准分值的50%{e}", str(m),
                    Either(Per(_n(per), _n(Decimal(m) / 2)), Unsure())))
        out.append((f"每提供一份合同得标准分值的{pct}%{c}最多得{m // 2}分{e}", str(m),
                    Either(_count(per, Decimal(m // 2)), Unsure())))
        # a share of something else
        out.append((f"每提供一份合同得合同金额的{pct}%{c}最多得标准分值{e}", str(m), Unsure()))
        # points taken off
        out.append((f"每缺少一份合同扣标准分值的{pct}%{c}扣完为止{e}", str(m), Either(Per(_n(per)), Unsure())))
    for (p, m), full, one in product([(4, 20), (3, 15), (2, 10)], (True, False), ("1家", "每家")):
        c, s, e = _p(full)
        want = _count(p, m)
        out.append((f"满分{m}分{c}{one}{p}分{e}", str(m), Either(want, Unsure())))
        out.append((f"使用证明仅限提供用户单位盖章的发票或合同{s}满分{m}分{c}{one}{p}分{e}", str(m), Either(want, Unsure())))
        out.append((f"满分{m}分{c}每提供{one.lstrip('每')}三甲医院的使用证明得{p}分{e}", str(m), Either(want, Unsure())))
        # the 满分 other than the 分值
        out.append((f"满分{m}分{c}{one}{p}分{e}", str(m + 5), Unsure()))
        # steps named after the first
        out.append((f"满分{m}分{c}{one}{p}分{c}2家{Decimal(str(p)) * 2 + 1}分{e}", str(m), Unsure()))
        # points off per case
        out.append((f"满分{m}分{c}{one}扣{p}分{e}", str(m), Either(Per(str(p)), Unsure())))
    for (p, m), full in product([(2, 8), (1, 5), ("1.5", 6)], (True, False)):
        c, s, e = _p(full)
        out.append((f"以提供合同复印件和银行进账凭证复印件为准{c}每提供一个类似项目业绩得{p}分{c}最多得{m}分{e}", str(m),
                    Either(_count(p, m), Unsure())))
        out.append((f"以提供合同复印件为准{c}每提供一个类似项目业绩得{p}分{c}最多得{m}分{s}未提供银行进账凭证的每个扣0.5分{e}",
                    str(m), Unsure()))
    return out


# ── a base count then steps; a deviation with a floor ──────────────────────────────────────────────────────────────
def base_and_floor() -> list[tuple[str, str, Want]]:
    out: list = []
    for (n, step, p, cap, m), full in product([(30, 10, 3, 9, 9), (50, 25, 2, 6, 6), (20, 5, 1, 4, 4)], (True, False)):
        c, s, e = _p(full)
        out.append((f"供应商承诺投入本项目的人员为{n}人的得{p}分{c}在{n}人的基础上每增加{step}人加{p}分{c}最多得{cap}分{e}",
                    str(m), Either(Bands(((n, p), (n + step, 2 * p), (n + 20 * step, cap))), Unsure())))
        out.append((f"供应商承诺投入本项目的人员为{n}人的得{p}分{c}在{n}人的基础上每增加{step}人加{p}分{c}最多得{cap}分{e}",
                    str(m + 3), Unsure()))
        out.append((f"供应商承诺投入本项目的人员为{n}人的得{p}分{c}每增加{step}人加{p}分{e}", str(m), Unsure()))
    for (x, floor, m), full in product([(1, 30, 50), (2, 35, 50), ("0.5", 10, 30)], (True, False)):
        c, s, e = _p(full)
        out.append((f"评标价等于评标基准值{c}得{m}分{s}每高于评标基准值1%扣{x}分{s}最低得分为{floor}分{e}", str(m), Unsure()))
        out.append((f"投标报价每高于评标基准价1%扣{x}分{c}每低于评标基准价1%扣{x}分{c}最低得{floor}分{e}", str(m), Unsure()))
    return out


_ALL = qualified() + aside() + price() + lead() + amount_bands() + summed() + share_proof_full() + base_and_floor()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
