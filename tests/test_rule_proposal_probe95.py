"""Made-up texts in the styles of the readings taught at int285 and their near variants: a price step off the base with
a cap on what is taken off (“报价等于评标基准价的得满分,每高于评标基准价1%扣0.5分,最多扣20分”; the cap written first, a lowest
score instead, both sides added then capped, each side its own cost, lower not higher, 满 for 每, another 分值, 1万元 for
1%, a zeroing line after, 评审基准价, Chinese numerals, 投标报价, 扣完为止 beside the cap or the floor), 评标价 as the base
after 高于/高出/超过 (“有效报价高于评标价时,每高于1%扣0.2分”; a cap, the base at full marks said) beside the bid's own 评标价
(“评标价最低的得满分”), a numbered last band of evidence (“…;5.200平方米以下得1分;6.不提供的,不得分”; 立方米, numbered
or not, the not-provided line or not, a gap between the last two lines or bands meeting at their lines, a closing 注 of
a proof, a share or extra points), a score as a formula in words (“计算公式为:基础分+奖励分-扣分(基础分为70分,奖励分满分为
30分)”; its parts swapped, no 扣分, a cap on 扣分, a 分值 that does not match, full and half width brackets), a target
handed down (“完成上级下达指标得基本分,每低10%扣1分,扣完为止”; 满分, 5%, 2分, a cap, both sides, Chinese numerals), a score
brought to the 分值 (“按100分卷折计”, “实验评分表总分50分,按分值30分进行折算”; another total, a 分值 that does not match, a
zeroing line), a limit in 升/百公里 or L/100km (a step over it, or all or nothing), “每项活动得2分” with or without a cap,
and amounts in Chinese numerals with 千/万/亿 (“金额在一千万元以上者得五分;五百万元以上未满一千万元者得三分;…”; 及以上,
元 said or not, a zero band, the bands reversed, 亿/千万, Arabic numerals, Arabic points) — full and half width
punctuation; each with what it states (a few situations and scores) or that it is unsure.
Every proposal scores every situation as the text says, or is not confident.

Figures: 595 texts written, 58 read confidently, 0 confident and scoring wrong (none mended). Two statements of mine
were mended: “实验评分表总分50分,按分值30分进行折算” is read as a rate (实验评分表得分 ÷ 50 × 分值), which the checker
feeds a share of the total, so it states the score at a share too; “百公里油耗低于10升/百公里得10分,否则不得分” is read
all or nothing, stated as such too. The sure readings met: a price step on both sides of the base with “最多扣N分,扣完为止”
(1%, 百分之一), “实验评分表总分N分,按分值M分进行折算” as a rate of the total, “开展活动的,每项活动得N分,最多得M分” per
activity, “百公里油耗低于N L/100km得10分,否则不得分” all or nothing.

Readings left to check (not confident, so no bar): every one-sided price step off the base (the lower side unsaid),
and both sides with a cap but no “扣完为止” (“未说明各项扣分合计扣到何时为止” though “最多扣20分” is said), or with
评审基准价, or with a step of 2%, or with a lowest score; 评标价 after 高于/高出/超过; every band of evidence (mostly: numbered
ones read as judgement, unnumbered as bands to check); the formula in words; the target handed down (read as a line
with a pro-rated step, 95% → 9.5 of 10, or with a cap as points off per percentage point below); “按100分卷折计” (read as
judgement); a step over a limit in 升/百公里; “百公里油耗低于8升/百公里…” (the 8 left unplaced, where 10 and 7 are read
surely); “每项活动得2分” without a cap; amounts in Chinese numerals (read as a choice of 3 cases to check, never
confident — the worry of the brief is not borne out) and in Arabic 万 (bands to check).
Proposed to check and scoring otherwise than said (worth a look though not confident): “完成上级下达指标得基本分,每低10%
扣1分,最多扣5分” asks for the points below as its variable (fine) but the to-check threshold reading of “每低10%扣1分,
扣完为止” counts a part of a step in proportion where the text may mean whole steps.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from itertools import product

from tests.probe_checks import Either, Fn, first_statements, probe_tests
from tests.proposals import Bands, Ranks, Unsure

Want = object
u = Unsure()
_CN = {1: "一", 2: "二", 3: "三", 5: "五", 10: "十", 20: "二十"}


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _fn(*samples: tuple[tuple[int, int], object], words: tuple[str, str] = ("基准价", "报价")) -> Either:
    return Either(Fn(words, samples), u)


# ── a price step off the base with a cap on what is taken off, or a lowest score (formula._price_bounded) ─────────
def price_bounded() -> list[tuple[str, str, Want]]:
    out: list = []
    for (st, cost, cap), full, cn in product([(1, "0.5", 20), (2, "1", 10), (1, "1", 15)], (True, False),
                                             (False, True)):
        c, s, e = _p(full)
        base = "评审基准价" if full and cn else "评标基准价"
        nst = _CN[st] if cn else str(st)
        pct = f"百分之{nst}" if cn else f"{st}%"
        per = float(cost) / st
        w = 30

        def at(x: int, floor: float = 0.0, off: float = cap) -> float:
            return max(floor, w - min(off, per * abs(x - 100)))
        lead = f"报价等于{base}的得满分{c}每高于{base}{pct}扣{cost}分"
        want = _fn(((100, 100), w), ((100, 110), at(110)), ((100, 300), at(300)))
        out.append((f"{lead}{c}最多扣{cap}分{e}", str(w), want))
        # both sides with 扣完为止 beside the cap or the lowest score; 投标报价 for 报价
        out.append((f"投标{lead}{s}每低于{base}{pct}扣{cost}分{c}最多扣{cap}分{c}扣完为止{e}", str(w),
                    _fn(((100, 100), w), ((100, 110), at(110)), ((100, 90), at(90)), ((100, 300), at(300)),
                        ((100, 40), at(40)))))
        out.append((f"{lead}{s}每低于{base}{pct}扣{cost}分{c}扣完为止{c}报价得分最低为{w - cap}分{e}", str(w),
                    _fn(((100, 100), w), ((100, 110), at(110)), ((100, 90), at(90)), ((100, 300), at(300, w - cap, 99)),
                        ((100, 20), at(20, w - cap, 99)))))
        # the cap written first
        out.append((f"报价等于{base}的得满分{c}最多扣{cap}分{c}每高于{base}{pct}扣{cost}分{e}", str(w), want))
        # a lowest score instead of a cap
        fl = w - cap
        out.append((f"{lead}{c}报价得分最低为{fl}分{e}", str(w),
                    _fn(((100, 100), w), ((100, 110), at(110)), ((100, 300), at(300, fl, 99)))))
        out.append((f"{lead}{c}扣完为止{c}报价得分最低为{fl - 5}分{e}", str(w),
                    _fn(((100, 100), w), ((100, 110), at(110)), ((100, 400), at(400, fl - 5, 99)))))
        # both sides, their costs added then capped
        out.append((f"{lead}{s}每低于{base}{pct}扣{cost}分{c}最多扣{cap}分{e}", str(w),
                    _fn(((100, 100), w), ((100, 110), at(110)), ((100, 90), at(90)), ((100, 300), at(300)))))
        out.append((f"{lead}{s}每低于{base}{pct}扣{float(cost) / 2:g}分{c}最多扣{cap}分{e}", str(w),
                    _fn(((100, 100), w), ((100, 110), at(110)), ((100, 90), w - per / 2 * 10), ((100, 300), at(300)))))
        # lower, not higher
        out.append((f"报价等于{base}的得满分{c}每低于{base}{pct}扣{cost}分{c}最多扣{cap}分{e}", str(w),
                    _fn(((100, 100), w), ((100, 90), at(90)), ((100, 10), w - min(cap, per * 90)))))
        # an extra condition: above the ceiling scores 0
        out.append((f"{lead}{c}最多扣{cap}分{e}报价高于最高限价的{c}报价分为0分{e}", str(w), u))
        # 满 instead of 每 — unsure
        out.append((f"报价等于{base}的得满分{c}高于{base}{pct}扣{cost}分{c}最多扣{cap}分{e}", str(w), Either(want, u)))
        # a different 分值 with the full marks said
        out.append((f"{lead}{c}最多扣{cap}分{e}", "40",
                    _fn(((100, 100), 40), ((100, 110), 40 - per * 10), ((100, 300), 40 - cap))))
        # a unit not a share
        out.append((f"报价等于{base}的得满分{c}每高于{base}1万元扣{cost}分{c}最多扣{cap}分{e}", str(w), u))
    return out


# ── 评标价 as the base only after 高于/低于/高出/超过 ─────────────────────────────────────────────────────────────
def bid_price() -> list[tuple[str, str, Want]]:
    out: list = []
    for verb, full, (st, cost), side in product(("高于", "高出", "超过"), (True, False), ((1, "0.2"), (2, "0.5")),
                                                ("", "等于评标价的得满分;")):
        c, s, e = _p(full)
        per = float(cost) / st
        lead = side.replace(";", s)
        want = Either(Either(Fn(("评标价", "报价"), (((100, 100), 20), ((100, 110), 20 - per * 10), ((100, 400), 0))),
                             Fn(("基准", "报价"), (((100, 100), 20), ((100, 110), 20 - per * 10), ((100, 400), 0)))), u)
        out.append((f"{lead}有效报价{verb}评标价时{c}每{verb}{st}%扣{cost}分{c}扣完为止{e}", "20", want))
        out.append((f"{lead}有效报价{verb}评标价时{c}每{verb}{st}%扣{cost}分{c}最多扣10分{e}", "20",
                    Either(Either(Fn(("评标价", "报价"), (((100, 100), 20), ((100, 110), 20 - per * 10), ((100, 400), 10))),
                                  Fn(("基准", "报价"), (((100, 100), 20), ((100, 110), 20 - per * 10), ((100, 400), 10)))),
                           u)))
    for full in (True, False):
        c, s, e = _p(full)
        # the bid's own 评标价, not the base
        out.append((f"投标人的评标价为其投标报价{c}评标价最低的得满分{c}其他按比例得分{e}", "20", u))
        out.append((f"评标价=投标报价-优惠金额{s}评标价最低的投标人得20分{c}其余每高出1%扣0.2分{e}", "20", u))
        out.append((f"以评标价最低者为评标基准价{c}其评标价得分为满分{e}", "20", u))
    return out


# ── a numbered last band of evidence, a line in a closing 注, bands in 立方米 ─────────────────────────────────────
def evidence() -> list[tuple[str, str, Want]]:
    out: list = []
    for unit, full, num, last in product(("平方米", "立方米"), (True, False), (True, False),
                                         ("不提供的,不得分", "")):
        c, s, e = _p(full)
        rows = [f"{n}以上得{p}分" for n, p in ((1000, 5), (800, 4), (500, 3), (300, 2))] + ["200" + unit + "以下得1分"]
        rows = [r if "以下" in r else r.replace("以上", unit + "以上") for r in rows]
        if last:
            rows.append(last.replace(",", c))
        if num:
            rows = [f"{i}.{r}" for i, r in enumerate(rows, 1)]
        text = f"提供仓储场地面积证明{c}" + s.join(rows) + e
        want = Bands(((1200, 5), (1000, 5), (900, 4), (600, 3), (350, 2), (150, 1)))
        out.append((text, "5", Either(want, u)))
        # 200 to 300 unsaid: to check, or read as one of the neighbours
        out.append((text + f"注{c}面积以产权证或租赁合同为准{e}", "5", Either(want, u)))
        out.append((text + f"注{c}须提供证明材料复印件{c}否则不得分{e}", "5", Either(want, u)))
        out.append((text + f"注{c}租赁场地按50%计算面积{e}", "5", u))
        out.append((text + f"注{c}另有冷库的加1分{e}", "5", u))
    # the bands meeting at their lines, the last numbered band below the line before it
    for unit, full, num in product(("平方米", "立方米"), (True, False), (True, False)):
        c, s, e = _p(full)
        rows = [f"1000{unit}以上得5分", f"500{unit}(含)至1000{unit}得3分", f"200{unit}(含)至500{unit}得2分",
                f"200{unit}以下得1分", f"不提供的{c}不得分"]
        if num:
            rows = [f"{i}.{r}" for i, r in enumerate(rows, 1)]
        text = f"提供仓储场地面积证明{c}" + s.join(rows) + e
        want = Either(Bands(((1200, 5), (700, 3), (500, 3), (300, 2), (200, 2), (150, 1))), u)
        out.append((text, "5", want))
        out.append((text + f"注{c}面积以产权证或租赁合同为准{e}", "5", want))
        out.append((text + f"注{c}租赁场地按50%计算面积{e}", "5", u))
    return out


# ── a score as a formula in words, its parts' points in brackets ─────────────────────────────────────────────────
def formula_words() -> list[tuple[str, str, Want]]:
    out: list = []
    for full, (base, bonus), paren in product((True, False), ((70, 30), (60, 40), (80, 20)), (True, False)):
        c, _s, e = _p(full)
        o, cl = ("(", ")") if paren else ("（", "）")
        text = f"计算公式为{':' if not full else '：'}基础分+奖励分-扣分{o}基础分为{base}分{c}奖励分满分为{bonus}分{cl}{e}"
        want = Either(Fn(("奖励", "扣分"), (((0, 0), base), ((bonus, 0), base + bonus), ((10, 5), base + 5),
                                          ((bonus, base + bonus + 10), 0))), u)
        out.append((text, "100", want))
        out.append((text, str(base + bonus + 10), Either(want, u)))
        out.append((text.replace("-扣分", "").replace("计算公式为", "得分"), "100",
                    Either(Fn(("奖励",), (((0,), base), ((bonus,), base + bonus))), u)))
        out.append((text + f"扣分最多扣{base}分{e}", "100", Either(want, u)))
        out.append((text.replace("基础分+奖励分-扣分", "基础分-扣分+奖励分"), "100", want))
    return out


# ── a target handed down, a score brought to the 分值, 升/百公里, per activity ─────────────────────────────────────
def targets() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, cn), (st, cost), w in product(((True, False), (False, True)), ((10, 1), (5, 1), (10, 2)), ("10", "20")):
        c, _s, e = _p(full)
        m = int(w)
        nst = _CN[st] if cn else str(st)
        ncost = _CN[cost] if cn else str(cost)
        pct = f"百分之{nst}" if cn else f"{st}%"
        want = Bands(((100, m), (95, m - (cost if st == 5 else 0)), (90, m - cost * 10 // st),
                      (50, max(0, m - cost * 50 // st)), (0, 0)))
        out.append((f"完成上级下达指标得基本分{c}每低{pct}扣{ncost}分{c}扣完为止{e}", w, Either(want, u)))
        out.append((f"完成上级下达指标得满分{c}每低{pct}扣{ncost}分{c}扣完为止{e}", w, Either(want, u)))
        out.append((f"完成上级下达指标得基本分{c}每低{pct}扣{ncost}分{c}最多扣5分{e}", w,
                    Either(Bands(((100, m), (0, m - 5))), u)))
        out.append((f"完成上级下达指标得基本分{c}每超{pct}加{ncost}分{c}每低{pct}扣{ncost}分{e}", w, u))
    for full, (top, w) in product((True, False), ((100, 20), (50, 30), (150, 10), (100, 15))):
        c, _s, e = _p(full)
        # a rate of the top (what it measures as a share), or bands of the score itself
        want = Either(Bands(((100, w), (50, w / 2), (0, 0))), Bands(((top, w), (top / 2, w / 2), (0, 0))))
        out.append((f"理论考试成绩按{top}分卷折计{e}", str(w), Either(want, u)))
        out.append((f"实验评分表总分{top}分{c}按分值{w}分进行折算{e}", str(w), Either(want, u)))
        out.append((f"实验评分表总分{top}分{c}按分值{w + 5}分进行折算{e}", str(w), u))
        out.append((f"按{top}分卷折计{c}低于60分的不得分{e}", str(w), u))
    for full, (lim, st, cost), unit in product((True, False), ((8, "0.5", 1), (10, "1", 2), (7, "0.5", 2)),
                                               ("升/百公里", "L/100km")):
        c, _s, e = _p(full)
        stf = float(st)
        out.append((f"百公里油耗不超过{lim}{unit}得满分{c}每超过{st}{unit}扣{cost}分{c}扣完为止{e}", "10",
                    Either(Bands(((lim - 1, 10), (lim, 10), (lim + stf, 10 - cost), (lim + 100, 0))), u)))
        out.append((f"百公里油耗低于{lim}{unit}得10分{c}否则不得分{e}", "10",
                    Either(Ranks((10, 0)), Either(Bands(((lim - 1, 10), (lim + 1, 0))), u))))
    for full, per, w, thing in product((True, False), (1, 2, 3), ("6", "10"), ("活动", "培训", "宣传")):
        c, _s, e = _p(full)
        m = int(w)
        want = Bands(((0, 0), (1, per), (2, 2 * per), (20, m)))
        out.append((f"每项{thing}得{per}分{e}", w, Either(want, u)))
        out.append((f"开展{thing}的{c}每项{thing}得{per}分{c}最多得{w}分{e}", w, Either(want, u)))
    return out


# ── amounts in Chinese numerals with 千/万/亿 magnitudes ─────────────────────────────────────────────────────────
def amounts() -> list[tuple[str, str, Want]]:
    out: list = []
    bands = [("一千万", "五"), ("五百万", "三"), ("一百万", "一")]
    for full, ge, unit in product((True, False), ("以上", "及以上"), ("元", "")):
        _c, s, e = _p(full)
        rows = [f"金额在{bands[0][0]}{unit}{ge}者得{bands[0][1]}分",
                f"{bands[1][0]}{unit}{ge}未满{bands[0][0]}{unit}者得{bands[1][1]}分",
                f"{bands[2][0]}{unit}{ge}未满{bands[1][0]}{unit}者得{bands[2][1]}分"]
        in_wan = Bands(((2000, 5), (1000, 5), (700, 3), (500, 3), (200, 1), (100, 1), (50, 0)))
        in_yuan = Bands(tuple((v * 10000, p) for v, p in in_wan.samples))
        want = Either(in_wan, Either(in_yuan, u))
        out.append((s.join(rows) + e, "5", want))
        out.append((s.join(rows) + s + f"未满{bands[2][0]}{unit}者不得分{e}", "5", want))
        out.append((s.join(reversed(rows)) + e, "5", want))
        out.append((s.join(rows).replace("一千万", "一亿").replace("五百万", "五千万").replace("一百万", "一千万") + e, "5",
                    Either(Bands(((20000, 5), (10000, 5), (7000, 3), (5000, 3), (2000, 1), (1000, 1), (500, 0))),
                           Either(Bands(((2e8, 5), (1e8, 5), (7e7, 3), (5e7, 3), (2e7, 1), (1e7, 1), (5e6, 0))),
                                  u))))
        out.append((s.join(rows).replace("一千万", "1000万").replace("五百万", "500万").replace("一百万", "100万") + e, "5",
                    want))
        out.append((s.join(rows).replace("五分", "5分").replace("三分", "3分").replace("一分", "1分") + e, "5", want))
    return out


_ALL = price_bounded() + bid_price() + evidence() + formula_words() + targets() + amounts()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
