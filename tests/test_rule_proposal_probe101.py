"""Made-up texts in the styles of the readings taught lately and their near variants: points added, the other case
adding nothing (“参加培训的，加0.5分；未参加的，该项不加分”, “成绩合格的，加1分；成绩不合格的，不加分”; the clauses the other way
round, 扣 for 加, a figure not matching the 分值, 每 in the case adding, a better grade of its own, a cap after, the other
case taking off, 减半, Chinese numerals, traditional characters), 每, a long fault, then one case (“每财务凭证填写不规范一笔，
扣0.5分”, “每个台账数据与系统登记的数据不符1个”; two cases, 加 or 得 for 扣, a cost above the 分值, a cap, 扣完为止), a fault
said of each period (每月/每季度/每年; 得 for 扣, a line on a count, a zeroing after), one kind of fault bare (“一种扣2分,扣完为止”;
1种, 两种, a cost above the 分值, 加), what each counted case must be before the points per case (the proof in brackets then
“没有得0分”, the cap not matching, every two cases, 扣, the sentences the other way round, a count line after, “N级或以上”,
“N级及以上”, “或以下”, a certificate then a rank, two kinds of person, “5年或以上”), 扣掉 (each 处, 扣完为止, a cap, two faults,
扣掉全部分数, 掉 of another sense), list numbers without “、” (and with it, “.”, brackets; a count after a list number, 每 in
one part, 加), and a total after a comma (共计/合计/总计/共得/共, after “;”, no closing stop, the total first, in Chinese
numerals, parts in Chinese numerals, parts not adding up, the total not the 分值, 每 in a part, 各, 扣 parts, 或 and
其中之一, 任选/择一, a gate after, 酌情, a bonus, a line in a part) — full and half width punctuation; each with what it
states or that it is unsure. Every proposal scores every situation as the text says, or is not confident.

Figures: 800 texts written; before mending 96 read confidently, 10 of them confident and wrong, mended; now 86 read
confidently, 0 confident and wrong.
- Points said as alternatives, “运行成功得1分或返回值正确得1分，输出正确得1分，共计3分” (8 texts, simplified and traditional,
  共计/合计/总计/共得): read as a sure checklist of three points adding up, the 或 dropped from the labels, so both earned
  where the text may give one; now to check (``checklist._POINTS_EITHER``, a doubt in ``checklist._summed``).
- Several things sharing 各 before their points, the total short of their sum, “运行成功、返回值正确各得1分，输出正确得1分，共2分”
  (2 texts): read as a sure checklist whose first point is “运行成功、返回值正确各” worth 1, where each earns 1; now to check
  (``checklist._SHARED_EACH``, the same doubt). With 共3分 the reading as three points was already to check.
The sure readings met (all right): “每…不符1个扣N分,扣完为止” per case (simplified, traditional, 一个), “一项扣1分,扣完为止”,
“具有二级或以上(及以上, 中级或以上)资质的项目负责人,每提供1人得2分,满分6分” as a formula per person (traditional too), “一级建造师
证书得6分,中级或以上得2分,没有得0分” as a choice of three, “…每处扣掉2分,扣完为止” per case, “床铺不整齐扣掉2分” on 2 all or
nothing, numbered points “1、/1./(1)…加2分” adding up, a total after a comma or “;” (共计/合计/总计/共得, in Chinese numerals,
parts in Chinese numerals, the total first, traditional) on points adding to the 分值, one point met by either of two things
(“运行成功,返回值正确其中之一得1分”, “运行成功或返回值正确得1分”: the words of the point hold both), a point holding another's
condition where the total is their sum.

Readings left to check (not confident, so no bar): points added with the other case adding nothing (all or nothing,
to check), “每…一笔” (笔 not a unit counted), “每…两个”, each period's fault (to check, also 每年), bare kinds other than
“一项”, a case requirement before points per case (to check), “N级或以上” with a line, a bracket or a second kind, 扣掉 on a
分值 above the cost, list numbers with no mark (“1没制定计划的扣2分;2…”), parts with 扣, 每, 各 (total matching), 酌情, a
gate, a bonus, or a total not the 分值.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure

Want = object
u = Unsure()


def _p(full: bool) -> tuple[str, str, str, str, str]:
    return ("，", "；", "。", "（", "）") if full else (",", ";", ".", "(", ")")


def _adds(x: Decimal | int | str, cap: int | str, k: int = 1) -> Bands:
    """A count of cases, ``x`` points each ``k`` of them, at most ``cap``."""
    xd, cd = Decimal(str(x)), Decimal(str(cap))
    return Bands(tuple((n, min(cd, xd * (n // k))) for n in (0, k, 2 * k, 3 * k, 40 * k)))


# ── points added, the other case adding nothing ───────────────────────────────────────────────────────────────
def added_or_not() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad), (x, cx) in product([(True, False), (False, False), (False, True)], [("0.5", "零点五"), ("2", "两")]):
        c, s, e, _lb, _rb = _p(full)
        fx = format(Decimal(x) * 2, "f")
        tr = (lambda t: t.translate(str.maketrans("参训该项报绩加试过", "參訓該項報績加試過"))) if trad else (lambda t: t)
        both = Either(Ranks((x, 0)), u)
        out.append((tr(f"参加培训的{c}加{x}分{s}未参加的{c}该项不加分{e}"), x, both))
        out.append((tr(f"参加培训的加{x}分{s}未参加的不加分{e}"), x, both))
        out.append((tr(f"参加培训的{c}加{cx}分{s}未参加的{c}该项不加分{e}"), x, both))
        out.append((tr(f"参加考试成绩合格的{c}加{x}分{s}成绩不合格的{c}不加分{e}"), x, both))
        out.append((tr(f"成绩合格的{c}加{x}分{c}成绩不合格的{c}不加分{e}"), x, both))
        # reordered: the case adding nothing first
        out.append((tr(f"未参加培训的{c}该项不加分{s}参加的{c}加{x}分{e}"), x, both))
        # a figure not matching the 分值
        out.append((tr(f"参加培训的{c}加{x}分{s}未参加的{c}该项不加分{e}"), fx, u))
        # 扣 for 加
        out.append((tr(f"未参加培训的{c}扣{x}分{s}参加的{c}不扣分{e}"), x, both))
        out.append((tr(f"未参加培训的{c}扣{x}分{s}参加的{c}不扣分{e}"), fx, Either(Once((x,)), u)))
        # 每 in the case adding
        out.append((tr(f"每参加1次培训的{c}加{x}分{s}未参加的{c}该项不加分{e}"), fx, Either(_adds(x, fx), u)))
        # a better case of its own: graded
        out.append((tr(f"成绩优秀的{c}加{fx}分{s}成绩合格的{c}加{x}分{s}成绩不合格的{c}不加分{e}"), fx,
                    Either(Ranks((fx, x, 0)), u)))
        # a cap said after
        out.append((tr(f"参加培训的{c}加{x}分{s}未参加的{c}该项不加分{c}最多加{fx}分{e}"), fx, u))
        # the other case taking off
        out.append((tr(f"参加培训的{c}加{x}分{s}未参加的{c}扣{x}分{e}"), x, u))
        # 减半 for nothing
        out.append((tr(f"参加培训的{c}加{x}分{s}未参加的{c}减半加分{e}"), x, u))
    return out


# ── 每, a long fault, then one case; a fault of each period; one kind of fault ─────────────────────────────────
def per_case() -> list[tuple[str, str, Want]]:
    out: list = []
    faults = [("每财务凭证填写不规范", "笔"), ("每个台账数据与系统登记的数据不符", "个"), ("每張憑證填寫不規範", "張")]
    for (full, (x, cap)), (fault, unit), cn in product([(True, ("0.5", None)), (False, ("1", "3"))], faults, (False, True)):
        c, _s, e, _lb, _rb = _p(full)
        one = "一" if cn else "1"
        tail = f"{c}最多扣{cap}分" if cap else ""
        out.append((f"{fault}{one}{unit}{c}扣{x}分{tail}{e}", "5", Either(Per(x, cap), u)))
        out.append((f"{fault}{one}{unit}扣{x}分{c}扣完为止{e}", "5", Either(Per(x), u)))
        # two cases, not one
        two = "两" if cn else "2"
        out.append((f"{fault}{two}{unit}{c}扣{x}分{e}", "5",
                    Either(Bands(((0, 5), (2, 5 - Decimal(x)), (4, max(0, 5 - 2 * Decimal(x))))), u)))
        # 加 for 扣
        out.append((f"{fault}{one}{unit}{c}加{x}分{e}", "5", u))
        # the cost above the 分值
        out.append((f"{fault}{one}{unit}{c}扣{x}分{e}", "0.4", Either(Per("0.4"), u)))
        # 得 (not a fault)
        good = fault.replace("不规范", "规范").replace("不符", "相符").replace("不齐全", "齐全").replace("不規範", "規範")
        out.append((f"{good}{one}{unit}{c}得{x}分{e}", "5", Either(_adds(x, 5), u)))
    for (full, trad), (period, x), tail in product([(True, False), (False, True)],
                                                   [("月", "0.5"), ("季度", "1"), ("年", "1")],
                                                   ("", "扣完为止", "最多扣2分")):
        c, _s, e, _lb, _rb = _p(full)
        tr = (lambda t: t.translate(str.maketrans("报时为迟开展检查扣", "報時為遲開展檢查扣"))) if trad else (lambda t: t)
        cap = "2" if tail.startswith("最多") else None
        t = f"{c}{tail}" if tail else ""
        per = Either(Per(x, cap), u) if period != "年" else Either(Per(x, cap), Either(Once((x,)), u))
        out.append((tr(f"每{period}报表报送不及时的扣{x}分{t}{e}"), "5", per))
        out.append((tr(f"每{period}未开展自查{c}扣{x}分{t}{e}"), "5", per))
        out.append((tr(f"每{period}报表报送及时的得{x}分{t}{e}"), "5", u if tail else Either(_adds(x, 5), u)))
        out.append((tr(f"每{period}检查少于2次的扣{x}分{t}{e}"), "5", per))
        out.append((tr(f"每{period}报表报送不及时的扣{x}分{c}累计3次不及时的不得分{e}"), "5", u))
    for (full, trad), (one, unit, x), tail in product([(True, False), (False, True)],
                                                      [("一", "种", "2"), ("1", "种", "2"), ("两", "种", "2"), ("一", "种", "6")],
                                                      ("扣完为止", "", "最多扣4分")):
        c, _s, e, _lb, _rb = _p(full)
        tr = (lambda t: t.translate(str.maketrans("种类项为", "種類項為"))) if trad else (lambda t: t)
        t = f"{c}{tail}" if tail else ""
        cap = "4" if tail.startswith("最多") else None
        if one == "两":
            want = Either(Bands(((0, 5), (2, 3), (4, 1))) if not cap else Bands(((0, 5), (2, 3), (4, 1), (6, 1))), u)
        elif x == "6":
            want = Either(Per("6", cap), u)
        else:
            want = Either(Per(x, cap), u)
        out.append((tr(f"{one}{unit}扣{x}分{t}{e}"), "5", want))
        out.append((tr(f"{one}{unit}加{x}分{t}{e}"), "5", u))
    return out


# ── what each counted case must be, then the points per case; 没有得0分; N级或以上 ───────────────────────────────
def cases_required() -> list[tuple[str, str, Want]]:
    out: list = []
    heads = ["投标人须具有2021年1月1日以来单项合同金额不少于500万元的类似业绩",
             "投标人须具有二〇二一年一月一日以来单项合同金额不少于五百万元的类似业绩",
             "業績須為2021年1月1日以來單項合同金額不少於500萬元的類似業績",
             "项目负责人须具有一级或以上建造师资格"]
    for (full, (x, cap), proof), head in product([(True, ("3", "6"), ""), (False, ("2", "6"), "须提供合同复印件"),
                                                  (False, ("1", "4"), "")], heads):
        c, s, e, lb, rb = _p(full)
        one = "個" if "業績" in head else "个"
        thing = "人" if "人员" in head or "负责人" in head else f"{one}业绩"
        pf = f"{c}{proof}" if proof else ""
        adds = Either(_adds(x, cap), u)
        out.append((f"{head}{pf}{e}每提供1{thing}得{x}分{c}满分{cap}分{e}", cap, adds))
        out.append((f"{head}{pf}{e}每提供1{thing}得{x}分{e}", cap, adds))
        # the cap not matching the 分值
        out.append((f"{head}{pf}{e}每提供1{thing}得{x}分{c}满分{int(cap) + 3}分{e}", cap, u))
        # every two cases
        out.append((f"{head}{pf}{e}每提供2{thing}得{x}分{c}满分{cap}分{e}", cap, Either(_adds(x, cap, 2), u)))
        # 扣 for 得
        out.append((f"{head}{pf}{e}每提供1{thing}扣{x}分{c}满分{cap}分{e}", cap, u))
        # reordered
        out.append((f"每提供1{thing}得{x}分{c}满分{cap}分{e}{head}{pf}{e}", cap, adds))
        # no proof: 没有得0分 after a bracket
        out.append((f"{head}{e}每提供1{thing}得{x}分{c}满分{cap}分{lb}须提供合同复印件{rb}{c}没有得0分{e}", cap, adds))
        # a count line after
        out.append((f"{head}{e}每提供1{thing}得{x}分{c}3{thing[-1]}或以上得{cap}分{e}", cap, u))
        out.append((f"{head}{e}每提供1{thing}得{x}分{c}满分{cap}分{s}合同金额1000万元或以上的每{thing[-1]}另加1分{e}", cap, u))
    for (full, (x, cap)), (lv, word) in product([(True, ("2", "6")), (False, ("1", "3"))],
                                                [("二级", "或以上"), ("二级", "及以上"), ("中级", "或以上"), ("二级", "或以下"),
                                                 ("三级", "以下")]):
        c, s, e, lb, rb = _p(full)
        below = "以下" in word
        adds = Either(_adds(x, cap), u)
        out.append((f"具有{lv}{word}资质的项目负责人{c}每提供1人得{x}分{c}满分{cap}分{e}", cap, adds))
        out.append((f"项目组成员具有{lv}{word}职称的每人得{x}分{c}最多得{cap}分{e}", cap, adds))
        out.append((f"项目组成员具有{lv}{word}职称的每人得{x}分{c}最多得{cap}分{c}没有得0分{e}", cap, adds))
        out.append((f"每提供1名{lv}{word}职称人员得{x}分{c}满分{cap}分{lb}须提供证书复印件{rb}{c}没有得0分{e}", cap, adds))
        # a line on a rank, not a kind of case: one with the row's points
        out.append((f"项目负责人具有一级建造师证书得{cap}分{c}{lv}{word}得{x}分{c}没有得0分{e}", cap,
                    Either(Ranks((cap, x, 0)), u)))
        out.append((f"每提供1名{lv}{word}职称人员得{x}分{c}满分{cap}分{c}{lv}{'以下' if not below else '以上'}不得分{e}", cap,
                    adds))
        # a count line: N人或以上
        out.append((f"具有{lv}{word}职称的人员3人或以上得{cap}分{c}每少1人扣{x}分{e}", cap, u))
    return out


# ── 扣掉; list numbers without 、 ───────────────────────────────────────────────────────────────────────────────
def taken_off() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad), (x, cx) in product([(True, False), (False, True)], [("2", "两"), ("0.5", "零点五")]):
        c, s, e, _lb, _rb = _p(full)
        tr = (lambda t: t.translate(str.maketrans("铺齐扣掉洁处为", "鋪齊扣掉潔處為"))) if trad else (lambda t: t)
        one = Either(Once((x,)), Either(Per(x), u))
        out.append((tr(f"床铺不整齐扣掉{x}分{e}"), "10", one))
        out.append((tr(f"床铺不整齐扣掉{cx}分{e}"), "10", one))
        out.append((tr(f"床铺不整齐的{c}扣掉{x}分{e}"), "10", one))
        out.append((tr(f"每处床铺不整齐扣掉{x}分{e}"), "10", Either(Per(x), u)))
        out.append((tr(f"床铺不整齐每处扣掉{x}分{c}扣完为止{e}"), "10", Either(Per(x), u)))
        out.append((tr(f"床铺不整齐每处扣掉{x}分{c}最多扣掉3分{e}"), "10", Either(Per(x, "3"), u)))
        out.append((tr(f"床铺不整齐扣掉{x}分{c}地面不洁扣掉1分{e}"), "10",
                    Either(Faults((Fault("床铺|鋪", f"-{x}", None), Fault("地面", "-1", None))), u)))
        out.append((tr(f"床铺不整齐扣掉全部分数{e}"), "10", Either(Ranks(("10", 0)), u)))
        out.append((tr(f"床铺不整齐扣掉{x}分{e}"), x, Either(Ranks((x, 0)), u)))
        out.append((tr(f"床铺整齐的不扣掉分数{c}不整齐的扣掉{x}分{e}"), "10", one))
        # 掉 in another sense
        out.append((tr(f"物品掉落扣{x}分{e}"), "10", one))
        out.append((tr(f"床铺不整齐扣掉{x}分{c}加{x}分{e}"), "10", u))
    for full, (mark, n) in product((True, False), [("", 3), ("、", 3), (".", 3), ("", 2), ("(", 3), ("", 4)]):
        c, s, e, _lb, _rb = _p(full)
        def num(i: int) -> str:
            return f"({i})" if mark == "(" else f"{i}{mark}"
        things = ["没制定计划的", "没建立台账的", "没开展培训的", "没组织检查的"][:n]
        xs = ["2", "2", "1", "1"][:n]
        total = sum(Decimal(x) for x in xs)
        t = f"{s}".join(f"{num(i + 1)}{th}扣{x}分" for i, (th, x) in enumerate(zip(things, xs)))
        once = Either(Once(tuple(xs)), u)
        out.append((t + e, str(total), once))
        out.append((t + e, "10", once))
        out.append((t + f"{s}扣完为止{e}", str(total), once))
        # 每 in one part
        t2 = f"{s}".join(f"{num(i + 1)}{'每' if i == 0 else ''}{th.replace('的', '')}{'1次' if i == 0 else '的'}扣{x}分"
                         for i, (th, x) in enumerate(zip(things, xs)))
        out.append((t2 + e, "10", u))
        # a figure after a list number that is a count, not a mark
        if not mark:
            out.append((f"1没制定计划的扣2分{s}2个台账未建立的扣2分{e}", "10", u))
            out.append((f"1没制定计划的扣2分{s}2次培训未开展的扣2分{e}", "10", u))
            out.append((f"1处没制定计划扣2分{s}2处没建立台账扣2分{e}", "10", u))
        # 加 for 扣
        t3 = f"{s}".join(f"{num(i + 1)}{th.replace('没', '已')}加{x}分" for i, (th, x) in enumerate(zip(things, xs)))
        out.append((t3 + e, str(total), Either(Once(tuple(xs)), u)))
    return out


# ── a total after a comma ──────────────────────────────────────────────────────────────────────────────────────
def totals() -> list[tuple[str, str, Want]]:
    out: list = []
    parts3 = ["运行成功", "返回值正确", "输出正确"]
    for (full, trad), (word, xs) in product([(True, False), (False, True)],
                                            [("共计", ("1", "1", "1")), ("合计", ("2", "1", "1")), ("总计", ("1", "1", "0.5")),
                                             ("共得", ("1", "2", "2"))]):
        c, s, e, _lb, _rb = _p(full)
        tr = (lambda t: t.translate(str.maketrans("运行输计确结论", "運行輸計確結論"))) if trad else (lambda t: t)
        total = sum(Decimal(x) for x in xs)
        ts = format(total, "f")
        body = f"{c}".join(f"{p}得{x}分" for p, x in zip(parts3, xs))
        once = Either(Once(xs), u)
        out.append((tr(f"{body}{c}{word}{ts}分{e}"), ts, once))
        out.append((tr(f"{body}{s}{word}{ts}分{e}"), ts, once))
        out.append((tr(f"{body}{c}{word}{ts}分"), ts, once))
        # parts not adding up to the total
        out.append((tr(f"{body}{c}{word}{format(total + 1, 'f')}分{e}"), format(total + 1, "f"), u))
        out.append((tr(f"{body}{c}{word}{format(total + 1, 'f')}分{e}"), ts, u))
        # the total not the 分值
        out.append((tr(f"{body}{c}{word}{ts}分{e}"), format(total + 2, "f"), u))
        # the total in Chinese numerals
        cn = {"3": "三", "4": "四", "5": "五", "2.5": "二点五"}[ts]
        out.append((tr(f"{body}{c}{word}{cn}分{e}"), ts, once))
        # 每 inside a part
        body_each = f"{c}".join(f"{'每个' if i == 1 else ''}{p}得{x}分" for i, (p, x) in enumerate(zip(parts3, xs)))
        out.append((tr(f"{body_each}{c}{word}{ts}分{e}"), ts, u))
        # 各
        if xs[0] == xs[1]:
            out.append((tr(f"{parts3[0]}、{parts3[1]}各得{xs[0]}分{c}{parts3[2]}得{xs[2]}分{c}{word}{ts}分{e}"), ts, once))
            out.append((tr(f"{parts3[0]}、{parts3[1]}各得{xs[0]}分{c}{parts3[2]}得{xs[2]}分{c}{word}{format(total - Decimal(xs[0]), 'f')}分{e}"),
                        format(total - Decimal(xs[0]), "f"), u))
        # 扣 parts
        body_off = f"{c}".join(f"{p.replace('成功', '失败').replace('正确', '错误')}扣{x}分" for p, x in zip(parts3, xs))
        out.append((tr(f"{body_off}{c}{word}{ts}分{e}"), ts, once))
        out.append((tr(f"{body_off}{c}{word}{ts}分{e}"), format(total + 2, "f"), u))
        # alternatives
        out.append((tr(f"{parts3[0]}得{xs[0]}分或{parts3[1]}得{xs[1]}分{c}{parts3[2]}得{xs[2]}分{c}{word}{ts}分{e}"), ts, u))
        # (one point met by either of two things: its words hold both)
        out.append((tr(f"{parts3[0]}{c}{parts3[1]}其中之一得{xs[0]}分{c}{parts3[2]}得{xs[2]}分{c}"
                       f"{word}{format(Decimal(xs[0]) + Decimal(xs[2]), 'f')}分{e}"),
                    format(Decimal(xs[0]) + Decimal(xs[2]), "f"), Either(Once((xs[0], xs[2])), u)))
        # a gate after
        out.append((tr(f"{body}{c}{word}{ts}分{s}程序无法运行的不得分{e}"), ts, u))
        # two parts said, a total of three
        out.append((tr(f"{parts3[0]}得{xs[0]}分{c}{parts3[1]}得{xs[1]}分{c}{word}{ts}分{e}"), ts, u))
        # parts in Chinese numerals
        cx = {"1": "一", "2": "二", "0.5": "零点五"}
        body_cn = f"{c}".join(f"{p}得{cx[x]}分" for p, x in zip(parts3, xs))
        out.append((tr(f"{body_cn}{c}{word}{ts}分{e}"), ts, once))
        # the total first
        out.append((tr(f"{word}{ts}分{c}{body}{e}"), ts, once))
        # a part of degree: 酌情
        out.append((tr(f"{parts3[0]}得{xs[0]}分{c}{parts3[1]}得{xs[1]}分{c}{parts3[2]}酌情得0-{xs[2]}分{c}{word}{ts}分{e}"),
                    ts, u))
        # a cap of a part per case
        out.append((tr(f"每个测试用例通过得{xs[0]}分{c}最多{ts}分{c}{word}{ts}分{e}"), ts, Either(_adds(xs[0], ts), u)))
    return out


# ── hardest: a total after a comma on points adding up, N级或以上 in a kind of case counted ────────────────────────
def hardest() -> list[tuple[str, str, Want]]:
    out: list = []
    for full in (True, False):
        c, s, e, lb, rb = _p(full)
        once = Either(Once(("1", "1", "1")), u)
        body = f"运行成功得1分{c}返回值正确得1分{c}输出正确得1分"
        out += [
            (f"{body}{c}三项共计3分{e}", "3", once),
            (f"{body}{c}以上共计3分{e}", "3", once),
            (f"{body}{c}累计3分{e}", "3", once),
            (f"{body}{c}最高3分{e}", "3", once),
            (f"{body}{c}共计3分{lb}每项须截图{rb}{e}", "3", once),
            (f"{body}{c}共计3分{s}有一项错误扣1分{e}", "3", u),
            (f"{body}{c}共计3分{c}不得超过3分{e}", "3", once),
            # (the second holding the first, the total their sum: both added)
            (f"运行成功得1分{c}运行成功且返回值正确得2分{c}共计3分{e}", "3", Either(Once(("1", "2")), u)),
            (f"运行成功的得1分{c}运行失败的得0分{c}输出正确得1分{c}共计2分{e}", "2", Either(Once(("1", "1")), u)),
            (f"运行成功得1分{c}返回值不正确不得分{c}输出正确得1分{c}共计2分{e}", "2", u),
            (f"运行成功得1分{c}返回值每正确1个得1分{c}输出正确得1分{c}共计3分{e}", "3", u),
            (f"运行时间在1秒以内得1分{c}返回值正确得1分{c}输出正确得1分{c}共计3分{e}", "3", u),
            (f"运行成功得1分{c}返回值正确得1分{c}输出正确得1分{c}共计3分{c}其中输出正确为必要条件{e}", "3", u),
            (f"运行成功得1分{c}返回值正确得1分{c}输出正确得1分{c}共计3分{s}三项均正确的另加1分{e}", "3", u),
            (f"运行成功或返回值正确得1分{c}输出正确得1分{c}共计2分{e}", "2", Either(Once(("1", "1")), u)),
            (f"运行成功、返回值正确各得1分{c}输出正确得1分{c}共2分{e}", "2", u),
            (f"运行成功、返回值正确各得1分{c}输出正确得1分{c}共3分{e}", "3", Either(Once(("1", "1", "1")), u)),
            (f"运行成功、返回值正确各1分{c}输出正确1分{c}共计2分{e}", "2", u),
            (f"运行成功得1分{c}返回值正确得1分{c}输出正确得1分{c}任选两项{c}共计2分{e}", "2", u),
            (f"运行成功得1分{c}返回值正确得1分{c}二者择一{c}输出正确得1分{c}共计2分{e}", "2", u),
            (f"运行成功得1分{c}返回值正确得1分{c}输出正确得1分{c}共计3分{c}按完成情况酌情给分{e}", "3", u),
        ]
        adds = Either(_adds(2, 6), u)
        out += [
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}三级资质的每人得1分{c}满分6分{e}", "6", u),
            (f"每提供1名二级或以上资质人员得2分{s}每提供1名三级资质人员得1分{s}满分6分{e}", "6", u),
            (f"具有二级或以上资质且5年或以上经验的项目负责人{c}每提供1人得2分{c}满分6分{e}", "6", adds),
            (f"具有二级或以上资质的项目负责人得2分{c}满分6分{e}", "6", u),
            (f"具有二级或以上资质的项目负责人3人或以上得6分{e}", "6", u),
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}满分6分{c}低于二级不得分{e}", "6", adds),
            (f"项目负责人具有二级或以上资质得2分{c}每增加1人加1分{c}满分6分{e}", "6", u),
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}2人或以上得满分{e}", "6", u),
            (f"具有二级或以上资质的项目负责人{c}每提供1人扣2分{c}满分6分{e}", "6", u),
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}满分8分{e}", "6", u),
            (f"具有二級或以上資質的項目負責人{c}每提供1人得2分{c}滿分6分{e}", "6", adds),
            (f"具有二级或二级以上资质的项目负责人{c}每提供1人得2分{c}满分6分{e}", "6", adds),
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}满分6分{lb}须提供证书{rb}{c}没有得0分{e}", "6", adds),
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}满分6分{lb}须提供证书{rb}{c}没有扣2分{e}", "6", u),
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}最多3人{e}", "6", adds),
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}满分6分{c}以上人员须为本单位在职{e}", "6", adds),
            (f"具有二级或以上资质的项目负责人{c}每提供1人得2分{c}满分6分{c}一级以上另加1分{e}", "6", u),
        ]
    return out


_ALL = added_or_not() + per_case() + cases_required() + taken_off() + totals() + hardest()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 400, 800)
