"""Made-up texts in the styles of old257e's readings — the row zeroed in other words (“…见烟头全扣”, “…的全扣”,
“未执行扣完”, “…的扣完基本分”, “…者,无分”, “…的,无分”, “…本项全扣”) beside a fault found or not and a cost per case, alone,
after “按要求落实得满分”, or as one of two or three situations (“落实的得满分,未落实的,无分”); a numbered part run straight on
after a deduction (“(1)…扣1分(2)无…者,无分”, full-width brackets, costs of 0.5/1.5/10, a cap of a part's own, parts
with points of their own, points added in a part); a count allowed, then each one past it (“不超过10人,超过1个扣0.1分”,
“…每超出一节扣-0.2”, 人/个/节/天/次/人次, Chinese numerals, “…不超过N天的不扣分,超过1天扣…”, beside faults of their own,
a step of two past it, bands past it); “扣-0.1”, “扣 －0.1”, “扣—0.1” as 扣0.1 beside ranges of costs (“扣1-2分”); a
range's dash typed twice (“90%--95%”, “——”, “－－”, the first figure's % unsaid, with (含), out of order, a dash before
points, a gap, an overlap, ranges below 0: “-10%--5%”) — and words that look alike but state something else (“扣完为止”,
“直至扣完”, “本项分扣完为止”, “扣完得负分”, “资料不全扣1分”, “不健全”, “不完全扣”, “符合全得,不符全扣”, “此分值扣完”,
“N分全扣”, “有无分工”, “无分管领导”) — numbers varied, full and half width punctuation, clause order; each with what it
states (a few situations and their scores) or that it is unsure (to check). Every proposal scores every situation as
the text says, or is not confident.

Figures: 587 texts written, 131 read confidently, none of them scoring a situation otherwise than the text says. Two
readings of the branch were found reading wrongly (not confidently in the texts written, but a band or a gate away
from it), and mended in ``wording.py``: a range below 0 whose second dash is the minus of its upper figure
(“-10%--5%得6分”: read -10% to 5%, now -10% to -5% as before the branch; ``_DOUBLED_RANGE_DASH`` never after a
figure below 0, and taking the first figure's % unsaid too, “90--95%”, read one band, now confident and right), and
全 the end of the fault's own word before 扣 (“资料不完全扣”: read “资料不完” zeroing the row; ``_FAULT_ALL_TAKEN`` never
after 不完全/不健全/不安全/不周全).

Readings left to check (not confident, so no bar, though some would score wrongly): an adverb straight before 扣完 read
as a fault zeroing the row (“每处扣1分,逐项扣完”, “…,直接扣完”, “…,累计扣完”, “…,最多扣完”); a zero in a part with
points of its own read as the row's (“(2)消防管理(5分):发生火灾者,无分”); “…的全扣” after “得满分” (“按时完成得满分,未完成
全扣”, “否则全扣”) read as nothing; faults beside a count allowed (“迟到-0.1 旷课-0.3 (按次数)”) asked as yes or no; “…不超过
10天的不扣分,超过1天扣…” read as a threshold; bands out of order (“低于90%不得分;90%--95%(含90%)得8分;95%及以上得10分”
scores 95% 8); every count-allowed reading (its start to check), every gate of the faults.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from services.scoring.rules.wording import normalize
from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十", 12: "十二"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _sure(want: Want) -> Want:
    """A statement a confident proposal must score as; not being confident is fair too."""
    return Either(want, Unsure())


# ── the row zeroed in other words beside deductions (全扣, 扣完, 扣完基本分, 者,无分) ─────────────────────────────────
_ZEROS = [("更衣室内见烟头", "烟头"), ("生活垃圾桶内见棉签", "棉签"), ("发现违规吸烟", "吸烟"), ("消防通道被堵塞", "消防通道")]


def _zero_said(z: str, how: str, c: str) -> str:
    return {"全扣": f"{z}全扣", "的全扣": f"{z}的全扣", "扣完": f"{z}扣完", "的扣完基本分": f"{z}的扣完基本分",
            "者无分": f"{z}者{c}无分", "的无分": f"{z}的{c}无分", "本项全扣": f"{z}本项全扣"}[how]


def zeroed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    hows = ["全扣", "的全扣", "扣完", "的扣完基本分", "者无分", "的无分", "本项全扣"]
    for i, ((z, zw), how) in enumerate(product(_ZEROS, hows)):
        full = i % 2 == 0
        a, b, m = [(4, 1, 10), (2, "0.5", 5), (3, 1, 8), (1, "0.5", 6)][i % 4]
        c, s, e = _p(full)
        zero = _zero_said(z, how, c)
        fa, fb = f"垃圾分类未落实扣{a}分", f"发现一处积灰、蛛网等各扣{b}分"
        want = Faults((Fault(zw, "0"), Fault("垃圾分类", f"-{a}", None), Fault("积灰", f"-{b}", True)))
        body = [f"{fa}{s}{zero}{s}{fb}", f"{zero}{s}{fa}{s}{fb}", f"{fa}{s}{fb}{s}{zero}"][i % 3]
        out.append((f"{body}{e}扣完为止{e}", str(m), _sure(want)))
        # the zero alone, or one of two situations said
        out.append(([zero, f"按要求落实得满分{s}{zero}"][i % 2], str(m), _sure(Faults((Fault(zw, "0"),)))))
        # a cost per case beside it, one kind of fault only
        out.append((f"每发现一处积灰扣{b}分{c}{zero}{c}扣完为止", str(m),
                    _sure(Faults((Fault(zw, "0"), Fault("积灰", f"-{b}", True))))))
        # a cap short of the 分值, a point added after
        out.append(([f"{fa}{s}{fb}{s}{zero}{s}最多扣{m // 2}分", f"{fa}{s}{zero}{s}全年无违规的加1分{e}"][i % 2], str(m),
                    Unsure()))
    for m, full in ((10, True), (6, False)):
        c, s, e = _p(full)
        two = _sure(Ranks((m, 0)))
        out.append((f"落实的得满分{c}未落实的{c}无分", str(m), two))
        out.append((f"有制度的{c}得满分{s}无制度的{c}无分", str(m), two))
        out.append((f"有制度得{m}分{c}无制度者{c}无分", str(m), two))
        out.append((f"落实得满分{s}未落实扣完", str(m), two))
        out.append((f"按时完成得满分{c}未完成全扣", str(m), two))
        out.append((f"达到要求得满分{c}否则全扣", str(m), two))
        out.append((f"全部完成得满分{s}部分完成得{m // 2}分{s}未完成的扣完基本分", str(m),
                    _sure(Ranks((m, m // 2, 0)))))
        out.append((f"全年无事故得满分{c}发生一般事故扣{m // 2}分{c}发生重大事故者{c}无分", str(m),
                    _sure(Faults((Fault("重大", "0"), Fault("一般", f"-{m // 2}", False))))))
        out.append((f"全年无事故得满分{c}发生一般事故扣{m // 2}分{c}发生重大事故全扣", str(m),
                    _sure(Faults((Fault("重大", "0"), Fault("一般", f"-{m // 2}", False))))))
    return out


def zero_near() -> list[tuple[str, str, Want]]:
    """Words like the zeroing ones that state something else."""
    out: list[tuple[str, str, Want]] = []
    for (m, x), full in zip([(10, 1), (5, "0.5"), (8, 2)], (True, False, True)):
        c, s, e = _p(full)
        per = _sure(Per(str(x)))
        out.append((f"每发现1处问题扣{x}分{c}扣完为止", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}直至扣完", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}直到扣完为止", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}本项扣完为止", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}本项分扣完为止", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}直至全扣", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}本项扣完", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}扣完", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}累计扣完", str(m), per))
        out.append((f"每发现一处问题扣{x}分{c}逐项扣完", str(m), per))
        out.append((f"每次扣{x}分{c}扣完得负分", str(m), Unsure()))
        out.append((f"每发现一处问题扣{x}分{c}扣完后倒扣", str(m), Unsure()))
        # 全 the fault's own word
        out.append((f"资料不全扣{x}分{s}未建台账扣{m}分", str(m),
                    _sure(Faults((Fault("资料", f"-{x}", None), Fault("台账", f"-{m}", False))))))
        out.append((f"资料不齐全扣{x}分{c}扣完为止", str(m), _sure(Faults((Fault("资料", f"-{x}", None),)))))
        out.append((f"制度不健全扣{x}分{s}记录不完全扣{x}分{c}扣完为止", str(m),
                    _sure(Faults((Fault("制度", f"-{x}", None), Fault("记录", f"-{x}", None))))))
        out.append((f"台账不全扣{c}无台账扣{m}分", str(m), Unsure()))
        out.append((f"资料完整得满分{c}资料不完全扣", str(m), Unsure()))
        out.append((f"制度健全得满分{c}制度不健全全扣", str(m), Unsure()))
        out.append((f"建立得{m}分{s}未建立得0分{s}建立不完全扣", str(m), Unsure()))
        # the two situations
        out.append((f"符合全得{c}不符全扣", str(m), _sure(Ranks((m, 0)))))
        out.append((f"符合要求全得{s}不符合要求全扣{e}", str(m), _sure(Ranks((m, 0)))))
        # the 分值 named
        out.append(("发现1户未纳入的此分值扣完", str(m), _sure(Faults((Fault("未纳入", "0"),)))))
        out.append((f"发现一处问题扣{x}分{c}发现弄虚作假的本项分全扣", str(m),
                    _sure(Faults((Fault("弄虚作假", "0"), Fault("问题", f"-{x}", True))))))
        out.append((f"发现一处问题扣{x}分{c}发现弄虚作假的{m}分全扣", str(m),
                    _sure(Faults((Fault("弄虚作假", "0"), Fault("问题", f"-{x}", True))))))
        # 无分 inside a word, or not closing a clause
        out.append((f"有无分工不明确的扣{x}分{c}扣完为止", str(m), _sure(Faults((Fault("分工", f"-{x}", None),)))))
        out.append((f"无分工的扣{x}分{s}分工不明确的扣{x}分", str(m), Unsure()))
        out.append((f"无分管领导的{c}扣{x}分", str(m), _sure(Faults((Fault("分管", f"-{x}", False),)))))
        out.append((f"无分类收集设施的{c}扣{x}分{c}扣完为止", str(m), _sure(Faults((Fault("分类", f"-{x}", None),)))))
        # a figure before 全扣
        out.append(("发现1件全扣", str(m), _sure(Faults((Fault("发现", "0"),)))))
        out.append((f"每发现一处问题扣{x}分{s}发生火灾的{m}分全扣", str(m),
                    _sure(Faults((Fault("火灾", "0"), Fault("问题", f"-{x}", True))))))
        # the fault's words and the points taken apart
        out.append((f"发生火灾的{c}扣完", str(m), Unsure()))
        out.append((f"发生火灾的{c}全扣", str(m), _sure(Faults((Fault("火灾", "0"),)))))
        out.append((f"发生火灾扣完本项分{s}每发现一处隐患扣{x}分", str(m), Unsure()))
        out.append((f"未执行的全扣分{s}执行不到位扣{x}分", str(m), Unsure()))
    return out


# ── a numbered part run on after a deduction ─────────────────────────────────────────────────────────────────────
def parts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, m), (brackets, full) in product([(1, 2, 10), ("0.5", 1, 5), (2, 3, 20), ("1.5", 1, 6)],
                                               [(("(", ")"), True), (("（", "）"), False)]):
        c, s, _e = _p(full)
        o, k = brackets
        p1, p2, p3 = f"{o}1{k}", f"{o}2{k}", f"{o}3{k}"
        yes = Faults((Fault("不及时", f"-{a}", None), Fault("审批", f"-{a}", None), Fault("参数", "0"),
                      Fault("满足", f"-{b}", True)))
        out.append((f"{p1}设计不及时{c}扣{a}分{s}未上报审批扣{a}分{p2}无本单位基础参数者{c}无分{s}"
                    f"不能满足生产需要者{c}每发现一处扣{b}分", str(m), _sure(yes)))
        out.append((f"{p1}设计不及时扣{a}分{p2}无台账扣{b}分{c}扣完为止", str(m),
                    _sure(Faults((Fault("设计", f"-{a}", None), Fault("台账", f"-{b}", None))))))
        out.append((f"{p1}未登记每次扣{a}分{p2}消防设施缺失每处扣{b}分{c}扣完为止", str(m),
                    _sure(Faults((Fault("登记", f"-{a}", True), Fault("消防设施", f"-{b}", True))))))
        out.append((f"{p1}未登记每次扣{a}分{p2}消防设施缺失每处扣{b}分{p3}发生火灾者{c}无分", str(m),
                    _sure(Faults((Fault("登记", f"-{a}", True), Fault("消防设施", f"-{b}", True),
                                  Fault("火灾", "0"))))))
        out.append((f"{p1}未登记扣{a}分{p2}无台账者{c}不得分{s}扣完为止", str(m),
                    _sure(Faults((Fault("登记", f"-{a}", None), Fault("台账", "0"))))))
        out.append((f"{p1}未登记扣{a}分{p2}无台账扣{b}分{p3}无制度扣{b}分{c}扣完为止", str(m),
                    _sure(Faults((Fault("登记", f"-{a}", None), Fault("台账", f"-{b}", None),
                                  Fault("制度", f"-{b}", None))))))
        # each part's own points: a zero in a part is the part's, not the row's
        h = Decimal(m) / 2
        out.append((f"{p1}门禁管理({_n(h)}分){c}未登记每次扣{a}分{p2}消防管理({_n(h)}分){c}发生火灾者{c}无分", str(m),
                    _sure(Faults((Fault("登记", f"-{a}", True, cap=_n(h)), Fault("火灾", f"-{_n(h)}", False))))))
        out.append((f"{p1}门禁管理{_n(h)}分{c}未登记每次扣{a}分{p2}消防管理{_n(h)}分{c}设施缺失每处扣{b}分", str(m),
                    _sure(Faults((Fault("登记", f"-{a}", True, cap=_n(h)),
                                  Fault("缺失", f"-{b}", True, cap=_n(h)))))))
        # points added in a part
        out.append((f"{p1}未登记扣{a}分{p2}台账齐全得{b}分", str(m), Unsure()))
        # a bracket that is no part's number
        out.append((f"{p1}制度不全扣{a}分({b}分){c}扣完为止", str(m), Unsure()))
        out.append((f"设计不及时扣{a}分{p2}无台账者{c}不得分", str(m), Unsure()))
        out.append((f"{p1}未登记每处扣{a}分{c}最多扣{b + 1}分{p2}无台账每项扣{b}分{c}扣完为止", str(m),
                    _sure(Faults((Fault("登记", f"-{a}", True, cap=str(b + 1)), Fault("台账", f"-{b}", True))))))
        out.append((f"{p1}未登记扣{a}分{p2}无台账扣{b}分{s}{o}3{k}资料齐全得{b}分", str(m), Unsure()))
    return out


# ── a count allowed, then each one past it ───────────────────────────────────────────────────────────────────────
def allowed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    things = [("请假每周累计", "请假", "人", "个"), ("请假每周累计", "请假", "节", "节"), ("病假每月累计", "病假", "天", "天"),
              ("每月迟到", "迟到", "次", "次"), ("外出", "外出", "人次", "人次")]
    for i, ((thing, word, u, past), (n, x, m)) in enumerate(product(things, [(10, "0.1", 10), (6, "0.5", 8),
                                                                              (3, "1", 5)])):
        full, cn = i % 2 == 0, i % 3 == 1
        c, _s, _e = _p(full)
        ns = _CN.get(n, str(n)) if cn else str(n)
        one = "一" if cn else "1"
        want = _sure(Faults((Fault(word, f"-{x}", True, free=n),)))
        out.append((f"{thing}不超过{ns}{u}{c}超过{one}{past}扣{x}分", str(m), want))
        out.append((f"{thing}不超过{ns}{u}{c}每超出{one}{past}扣-{x}分{c}扣完为止", str(m), want))
        out.append((f"{thing}不超过{ns}{u}{c}每超过{one}{u}扣{x}分{c}扣完为止", str(m), want))
        out.append((f"{thing}超过{ns}{u}的{c}每{u}扣{x}分{c}扣完为止", str(m), want))
        # a step of two, a single cost past the count, steps of bands
        out.append((f"{thing}不超过{ns}{u}{c}超过的扣{x}分", str(m), Unsure()))
    for (n, x, m), full in zip([(10, "0.1", 10), (3, "0.5", 5), (12, "0.2", 6), (5, "1", 8)], (True, False, True, False)):
        c, s, _e = _p(full)
        out.append((f"请假不超过{n}天{c}每超过2天扣{x}分", str(m),
                    _sure(Fn(("请假",), (((n,), m), ((n + 2,), Decimal(m) - Decimal(x)),
                                        ((n + 4,), Decimal(m) - 2 * Decimal(x)))))))
        out.append((f"请假不超过{n}天{c}超过1天扣{x}分{c}超过2天扣{m}分", str(m), Unsure()))
        out.append((f"请假累计不超过{n}天的不扣分{c}超过1天扣{x}分{c}扣完为止", str(m),
                    _sure(Faults((Fault("请假", f"-{x}", True, free=n),)))))
        out.append((f"请假不超过{n}天{c}超过1天扣{x}分{c}超过{n}天不得分", str(m), Unsure()))
        # with faults of their own beside
        out.append((f"迟到-0.1 旷课-0.3 (按次数) 请假 每周累计不超过{n}节{c}每超出一节扣-{x}", str(m),
                    _sure(Faults((Fault("迟到", "-0.1", True), Fault("旷课", "-0.3", True),
                                  Fault("请假", f"-{x}", True, free=n))))))
        out.append((f"迟到每次扣-0.1分{s}旷课每节扣-0.3分{s}请假每周累计不超过{n}节{c}每超出1节扣{x}分{c}扣完为止", str(m),
                    _sure(Faults((Fault("迟到", "-0.1", True), Fault("旷课", "-0.3", True),
                                  Fault("请假", f"-{x}", True, free=n))))))
        out.append((f"缺席会议每次扣1分{s}请假不超过{n}天{c}每超过1天扣{x}分", str(m),
                    _sure(Faults((Fault("缺席", "-1", True), Fault("请假", f"-{x}", True, free=n))))))
        # the minus after 扣, said with more or less
        out.append((f"迟到每次扣-{x}分{c}扣完为止", str(m), _sure(Per(x))))
        out.append((f"迟到每次扣 －{x}分{c}扣完为止", str(m), _sure(Per(x))))
        out.append((f"迟到每次扣—{x}分{s}早退每次扣-{x}分{c}扣完为止", str(m),
                    _sure(Faults((Fault("迟到", f"-{x}", True), Fault("早退", f"-{x}", True))))))
        out.append((f"每发现一处问题扣1-2分{c}扣完为止", str(m), Unsure()))
        out.append((f"每发现一处问题扣{x}-{m}分", str(m), Unsure()))
        # 节 as a counted unit, and as no unit
        out.append((f"每缺1节课扣{x}分{c}扣完为止", str(m), _sure(Faults((Fault("课", f"-{x}", True),)))))
        out.append((f"春节期间值班人员不超过{n}人{c}超过1人扣{x}分", str(m), Unsure()))
    return out


# ── a range of percentages, its dash typed twice ─────────────────────────────────────────────────────────────────
def ranges() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((m, a, lo), dash) in enumerate(product([(10, 8, 90), (50, 30, 85), (5, 3, 80)], ["--", "——", "－－", "-"])):
        c, s, e = _p(i % 2 == 0)
        want = _sure(Bands(((100, m), (97, m), (95, m), (lo + 2, a), (lo, a), (lo - 1, 0), (20, 0))))
        out.append((f"完成率≥95%得{m}分{s}{lo}%{dash}95%得{a}分{s}<{lo}%不得分", str(m), want))
        out.append((f"完成率95%(含)以上得{m}分{s}{lo}%{dash}95%(含{lo}%)得{a}分{s}低于{lo}%不得分{e}", str(m), want))
        out.append((f"完成率100%得满分{s}95%{dash}100%(含95%)得{m}分{s}{lo}%{dash}95%(含{lo}%)得{a}分{s}低于{lo}%不得分",
                    str(m), want))
        out.append((f"完成率低于{lo}%不得分{s}{lo}%{dash}95%(含{lo}%)得{a}分{s}95%及以上得{m}分", str(m), want))
        # the dash before points, not a range
        out.append((f"完成率≥95%{dash}{m}分{s}{lo}%≤完成率<95%{dash}{a}分{s}<{lo}%{dash}0分", str(m),
                    Unsure() if dash == "-" else want))
        # the first figure's % unsaid, a gap, an overlap
        out.append((f"完成率≥95%得{m}分{s}{lo}{dash}95%得{a}分{s}<{lo}%不得分", str(m), want))
        out.append(([f"完成率≥95%得{m}分{s}{lo}%{dash}93%得{a}分{s}<{lo}%不得分",
                     f"完成率≥{lo}%得{m}分{s}{lo - 5}%{dash}95%得{a}分{s}<{lo - 5}%不得分"][i % 2], str(m), Unsure()))
    for m, full in product((10, 20), (True, False)):
        c, s, _e = _p(full)
        out.append((f"满意度95%以上得满分{c}85%--95%得{m // 2}分{c}75%--85%得{m // 4}分{c}75%以下不得分", str(m),
                    Either(Bands(((100, m), (96, m), (90, m // 2), (80, m // 4), (70, 0))), Unsure())))
        out.append((f"满意度≥90%得{m}分{s}80%--89.9%得{m // 2}分{s}<80%不得分", str(m),
                    Either(Bands(((100, m), (90, m), (85, m // 2), (80, m // 2), (70, 0))), Unsure())))
        # a range of two figures below 0, the second dash the minus of its upper figure
        h = m // 2
        below = _sure(Bands(((0, m), (3, m), (-3, m), (-7, h), (-8, h), (-12, 0))))
        out.append((f"预算偏差率在-5%-5%之间得满分{s}-10%--5%得{h}分{s}低于-10%不得分", str(m), below))
        out.append((f"偏差率-5%~5%得{m}分{s}-10%--5%得{h}分{s}<-10%不得分", str(m), below))
        out.append((f"偏差率≥-5%得{m}分{s}-10%--5%得{h}分{s}<-10%不得分", str(m),
                    _sure(Bands(((0, m), (-3, m), (-7, h), (-8, h), (-12, 0))))))
        out.append((f"增长率≥0%得{m}分{s}-5%--0%得{h}分{s}<-5%不得分", str(m),
                    _sure(Bands(((3, m), (0, m), (-3, h), (-8, 0))))))
        out.append((f"增长率≥0%得{m}分{s}-5%-0%得{h}分{s}<-5%不得分", str(m),
                    _sure(Bands(((3, m), (0, m), (-3, h), (-8, 0))))))
        out.append((f"增长率≥5%得{m}分{s}0%--5%得{h}分{s}<0%不得分", str(m),
                    _sure(Bands(((8, m), (5, m), (3, h), (0, h), (-1, 0))))))
        out.append((f"增长率≥0%得{m}分{s}-10%--5%得{h // 2}分{s}-5%--0%得{h}分{s}<-10%不得分", str(m),
                    _sure(Bands(((3, m), (0, m), (-3, h), (-7, h // 2), (-12, 0))))))
    return out


_ALL = zeroed() + zero_near() + parts() + allowed() + ranges()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)


def test_what_was_mended_reads_as_it_says():
    # a range below 0: the second dash the minus of its upper figure
    assert "-10%--5%" in normalize("偏差率≥-5%得10分;-10%--5%得6分;<-10%不得分")
    # a range's dash typed twice, the first figure's % unsaid or said
    assert "90-95%" in normalize("完成率≥95%得10分;90--95%得8分")
    assert "90%-95%" in normalize("完成率≥95%得10分;90%--95%得8分")
    # 全 the end of the fault's own word
    assert "扣全分" not in normalize("资料完整得满分,资料不完全扣")
    assert "扣全分" not in normalize("制度健全得满分,制度不健全全扣")
    assert "扣全分" in normalize("更衣室内见烟头全扣;每处积灰扣1分")
