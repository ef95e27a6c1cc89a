"""Made-up texts in the house styles of the readings merged from unseen230c — a deduction for each case that zeroes the
row at a count (“每处扣1分,3处及以上不得分”, “发现一处扣2分，三处或三处以上本项不得分”, “(否则,扣1分/处,复查未修,则加倍
扣分)一次检查三处及以上为0分”), counts in digits and in Chinese numerals, units 处/次/项/人/间, 及以上 and 或…以上 against
以上 alone, 超过, “(含3处)”, 满, 达到, 第3处起, the zeroing first, caps, counts where the deducting has taken all already, the
recheck's double with or without a zeroing count, another fault or a score in the same cell; a single half-bracket mark
opening the text (“3)消防设施符合…”) with the requirement alone, scored after it, figures after the mark, against real
lists (“1)…;2)…”), marks out of turn or skipped and a bracket left open; codes of standards (GB50016, GB 50016-2014,
JGJ59-2011, GB/T 19001-2016, DB11/T 1234-2015, CJJ 1-2008, JGJ/T 46-2019) in requirements alone and in scored texts,
designs met or adopted (“采用节能设计”), “根据…规模/能力,”; grades whose last is followed by a zero at the team's
discretion in brackets (“很差为1分(视情况可给0分)”, “(可视实际情况给0分)”) against brackets that are no such zero
(“(视情况扣分)”, “(视情况可给0.5分)”, one after a middle grade); deductions per 床位/铺位 (“扣1分/床位”, “每个铺位扣0.5
分”, “扣1分/床”, “扣1分/间”, with a cap, a zeroing count, another fault) — each with what it states (a few situations and
their scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not
confident.

Confident readings found scoring wrong: none of the 630 texts. One cause found that a sure reading would have scored
wrong, hidden only by notes of no weight (the count not found among the formula's figures, its zero not among the rule's
zeros), and mended:

- a deduction for each case zeroed at a count beside another fault or score in the same cell (“每处扣2分,4处及以上不得分;
  台账不全扣2分”, “台账不全扣2分;每处扣2分,…”, “…,弄虚作假的倒扣2分”, 22 texts) was read as the formula of the one
  deduction (``formula._zeroed_at_count``): the deduction's reading of what is left (“每处扣2分;台账不全扣2分”) took the
  case's amount and the other fault was dropped, with no note naming it. Now a second amount (a cap too, “最多扣5分”),
  points given back or added (倒扣, 加…, 得…) beside the deduction leave the text to the other readings
  (``formula._BESIDES_THE_CASE``; the recheck's double is no second amount), which keep it to check.

Readings left to check that would score some situations otherwise or that stay unsure though right: the zeroing count's
formula stays to check where it is right (the count, written ``a - (n - 1)``, not found among the formula's figures,
its zero not counted among the rule's zeros); the recheck's double; 以上 alone, 超过, 满, 达到, “(含3处)”, 第3处起, the
zeroing first, a count in units the zeroing does not know (间, 人次, 床位), “三处不合格不得分”, “全扣”; a requirement
numbered 1) alone or with figures after the mark, marks out of turn or skipped, a bracket left open; codes of standards
with their years (“2011”, “2016” not placed), a code in a point's label (a second reading cuts the label at its figure,
“符合GB”); grades with the discretion's zero in brackets (always “视情况”), a bracket that is no such zero, the zero after
a middle grade; deductions per bed (counted as 个), per 间, with a zeroing count or another fault.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

import pytest

from tests.probe_checks import Either, Fn, Want, first_statements, probe_tests
from tests.proposals import Once, Per, Ranks, Unsure, readings

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六"}
_CN2 = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _zeroed(m: Decimal, per: Decimal, n: int, cap: Decimal | None = None, unit: str = "处") -> Fn:
    """The score at 0, 1, n - 1, n and n + 2 cases: ``per`` off each (at most ``cap``), nothing from ``n`` on."""
    def at(k: int) -> Decimal:
        off = per * k if cap is None else min(per * k, cap)
        return Decimal(0) if k >= n else max(Decimal(0), m - off)
    ks = sorted({0, 1, n - 1, n, n + 2})
    return Fn((unit,), tuple(((k,), at(k)) for k in ks))


# ── a deduction for each case, the row zeroed at a count ─────────────────────────────────────────────────────────
def zeroed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (u, per, n, m), cn in product([("处", "1", 3, "10"), ("次", "2", 3, "10"), ("项", "0.5", 4, "5"),
                                       ("人", "1", 5, "8"), ("间", "1", 3, "6"), ("处", "2", 4, "12")], [False, True]):
        p, w = Decimal(per), Decimal(m)
        k = _CN2[n] if cn else str(n)
        one = "一" if cn else "1"
        want = _zeroed(w, p, n, unit=u)
        sure_unit = u in "处张次个项件人"
        out.append((f"每{u}扣{per}分,{k}{u}及以上不得分", m, want if sure_unit else Either(want, Unsure())))
        out.append((f"发现{one}{u}扣{per}分，{k}{u}或{k}{u}以上本项不得分", m, Either(want, Unsure())))
        out.append((f"每发现{one}{u}扣{per}分;{k}{u}及以上为0分。", m, Either(want, Unsure())))
        out.append((f"不符合要求的每{u}扣{per}分,{k}{u}及以上的本项不得分", m, Either(want, Unsure())))
        out.append((f"每{u}扣{per}分\n{k}{u}及以上不得分", m, Either(want, Unsure())))
        out.append((f"每{u}扣{per}分,扣完为止,{k}{u}及以上不得分", m, Either(want, Unsure())))
        out.append((f"扣{per}分/{u},{k}{u}及以上不得分", m, Either(want, Unsure())))
        # 以上 alone: more than the count, or the count and more, unsaid
        out.append((f"每{u}扣{per}分,{k}{u}以上不得分", m, Unsure()))
        out.append((f"每{u}扣{per}分，{k}{u}以上本项不得分", m, Unsure()))
        # more than the count; the count and more said in brackets
        out.append((f"每{u}扣{per}分,超过{k}{u}不得分", m, Either(_zeroed(w, p, n + 1, unit=u), Unsure())))
        out.append((f"每{u}扣{per}分,{k}{u}以上(含{k}{u})不得分", m, Either(want, Unsure())))
        # the zeroing first
        out.append((f"{k}{u}及以上不得分,每{u}扣{per}分", m, Either(want, Unsure())))
        # a cap of the deducting
        cap = p * (n - 2) if n > 3 else p
        out.append((f"每{u}扣{per}分,最多扣{_n(cap)}分,{k}{u}及以上不得分", m,
                    Either(_zeroed(w, p, n, cap, unit=u), Unsure())))
        # the deductions reach nothing at the count already
        if (w / n).as_tuple().exponent >= -1:
            full = _n(w / n)
            out.append((f"每{u}扣{full}分,{k}{u}及以上不得分", m, Either(Per(full), Unsure())))
        out.append((f"每{u}扣{_n(w)}分,{k}{u}及以上不得分", m, Either(Per(_n(w)), Unsure())))
        # another fault in the same cell
        out.append((f"每{u}扣{per}分,{k}{u}及以上不得分;台账不全扣2分", m, Unsure()))
        out.append((f"台账不全扣2分;每{u}扣{per}分,{k}{u}及以上不得分", m, Unsure()))
        out.append((f"每{u}扣{per}分,{k}{u}及以上不得分,弄虚作假的倒扣{per}分", m, Unsure()))
        # the count in another unit, points taken off at it
        other = "人" if u != "人" else "次"
        out.append((f"每{u}扣{per}分,{k}{other}及以上不得分", m, Unsure()))
        out.append((f"每{u}扣{per}分,{k}{u}及以上扣{_n(w / 2)}分", m, Unsure()))
        # the recheck doubling
        out.append((f"设施保持完好(否则,扣{per}分/{u},复查未修,则加倍扣分)一次检查{k}{u}及以上为0分", m, Unsure()))
        out.append((f"每{u}扣{per}分,复查未修,则加倍扣分", m, Unsure()))
        out.append((f"每{u}扣{per}分,复查仍未整改的加倍扣分,{k}{u}及以上不得分", m, Unsure()))
        out.append((f"每{u}扣{per}分,{k}{u}及以上不得分,复查未修的加倍扣分", m, Unsure()))
    return out


# ── a single half-bracket mark opening the text ─────────────────────────────────────────────────────────────────────
def half_bracket() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = ["消防设施符合国家有关规定", "候客区设置足够的座椅", "公共区域照明充足", "出入口设置无障碍通道",
            "卫生间有残疾人厕位"]
    for k, req in zip([3, 1, 7, 12, 2], reqs):
        out.append((f"{k}){req}", "1", Unsure()))
        out.append((f"{k}){req}。", "2", Unsure()))
        # scored after the mark
        out.append((f"{k}){req},得2分", "2", Either(Ranks((2, 0)), Unsure())))
        out.append((f"{k}){req},否则扣1分", "1", Either(Ranks((1, 0)), Unsure())))
        out.append((f"{k}){req},每发现1处不符合扣1分", "5", Either(Per("1"), Unsure())))
        # figures after the mark
        out.append((f"{k})设置不少于2个{req[:3]}", "1", Unsure()))
        out.append((f"{k})3个以上{req[:3]}", "1", Unsure()))
        out.append((f"{k})90%以上{req[:4]}", "2", Unsure()))
        # a real list, a second mark, a bracket left open
        out.append((f"1){req},得1分;2)建立管理制度,得1分", "2", Either(Once(("1", "1")), Unsure())))
        out.append((f"{k}){req};{k + 1})建立管理制度", "2", Unsure()))
        out.append((f"{req}(见附表\n{k}){req[:4]}", "1", Unsure()))
        out.append((f"{k}){req}(详见附件", "1", Unsure()))
        out.append((f"{k}){req}(2分)", "2", Either(Ranks((2, 0)), Unsure())))
        out.append((f"{k}){req}\n{k + 1}){reqs[(k + 1) % 5]}", "2", Unsure()))
    return out


# ── codes of standards, designs, capacity ────────────────────────────────────────────────────────────────────────────
def codes() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for code, m in product(["GB50016", "GB 50016-2014", "JGJ59-2011", "GB/T 19001-2016", "DB11/T 1234-2015",
                            "CJJ 1-2008", "JGJ/T 46-2019", "GB50034"], ["5", "3"]):
        mm = int(m)
        out.append((f"消防设施符合{code}的规定", m, Unsure()))
        out.append((f"3)施工现场符合{code}的要求", m, Unsure()))
        out.append((f"符合{code}要求的得{m}分,否则不得分", m, Either(Ranks((mm, 0)), Unsure())))
        out.append((f"按{code}检查,每处不符合扣1分", m, Either(Per("1"), Unsure())))
        out.append((f"按{code}检查,评分达到80分以上得{m}分", m, Unsure()))
        out.append((f"依据{code},合格率达到95%得{m}分", m, Unsure()))
        out.append((f"执行{code},每缺1项扣{mm - 1}分", m, Either(Per(str(mm - 1)), Unsure())))
    for m in ("2", "4"):
        mm = int(m)
        out.append(("展厅照明设计符合建筑照明设计标准", m, Unsure()))
        out.append(("采用节能设计,满足使用要求", m, Unsure()))
        out.append((f"采用节能设计,得{m}分", m, Either(Ranks((mm, 0)), Unsure())))
        out.append((f"照明设计合理得{m}分,设计一般得{mm // 2}分", m, Either(Ranks((mm, mm // 2)), Unsure())))
        out.append(("根据园区接待能力,设置停车场", m, Unsure()))
        out.append(("根据学校规模,配备专职校医", m, Unsure()))
        out.append((f"根据学校规模,配备专职校医,得{m}分", m, Either(Ranks((mm, 0)), Unsure())))
        out.append(("根据学校规模,每少配1名校医扣1分", m, Either(Per("1"), Unsure())))
        out.append(("根据接待能力,按每100人1个车位配置停车位", m, Unsure()))
        out.append(("根据完成情况,酌情扣分", m, Unsure()))
    return out


# ── a zero at the team's discretion after the last grade ─────────────────────────────────────────────────────────────
def discretion() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (hi, mid, lo), say in product([(5, 3, 1), (10, 7, 4), (8, 5, 2)],
                                      ["(视情况可给0分)", "(可视实际情况给0分)", "(视情况给0分)", "(视情况可不得分)"]):
        out.append((f"窗台干净为{hi}分;窗台有灰尘为{mid}分;窗台很脏为{lo}分{say}", str(hi),
                    Either(Ranks((hi, mid, lo, 0)), Unsure())))
        out.append((f"很好为{hi}分,较好为{mid}分,很差为{lo}分{say}", str(hi), Either(Ranks((hi, mid, lo, 0)), Unsure())))
        out.append((f"好{hi}分;一般{mid}分;差{lo}分{say}。", str(hi), Either(Ranks((hi, mid, lo, 0)), Unsure())))
    for hi, mid, lo in [(5, 3, 1), (10, 6, 2)]:
        # brackets that are no zero at discretion
        out.append((f"很好为{hi}分,较好为{mid}分,很差为{lo}分(视情况扣分)", str(hi), Unsure()))
        out.append((f"很好为{hi}分,较好为{mid}分,很差为{lo}分(视情况可给0.5分)", str(hi), Unsure()))
        out.append((f"很好为{hi}分,较好为{mid}分,很差为{lo}分(情节严重的不得分)", str(hi),
                    Either(Ranks((hi, mid, lo, 0)), Unsure())))
        out.append((f"很好为{hi}分(视情况可给0分),较好为{mid}分,很差为{lo}分", str(hi), Unsure()))
        out.append((f"很好为{hi}分,较好为{mid}分,很差为{lo}分(视情况可给0分);弄虚作假的倒扣2分", str(hi), Unsure()))
        out.append((f"很好为{hi}分,较好为{mid}分,很差为{lo}分(视情况可给{hi}分)", str(hi), Unsure()))
    return out


# ── a deduction per bed or berth ─────────────────────────────────────────────────────────────────────────────────────
def beds() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, m in [("1", "4"), ("0.5", "3"), ("2", "10")]:
        out.append((f"衣柜内物品摆放整齐,不规范的扣{x}分/床位。", m, Either(Per(x), Unsure())))
        out.append((f"床铺整洁,不合格的扣{x}分/铺位,扣完为止", m, Either(Per(x), Unsure())))
        out.append((f"床铺整洁,每床位扣{x}分", m, Either(Per(x), Unsure())))
        out.append((f"床铺整洁,不合格的每个铺位扣{x}分", m, Either(Per(x), Unsure())))
        out.append((f"床铺整洁,不合格的扣{x}分/床", m, Either(Per(x), Unsure())))
        out.append((f"床铺整洁,不合格的扣{x}分/间", m, Either(Per(x), Unsure())))
        out.append((f"床铺整洁,不合格的扣{x}分/床位,最多扣{_n(Decimal(m) / 2)}分", m,
                    Either(Per(x, _n(Decimal(m) / 2)), Unsure())))
        out.append((f"床铺整洁,不合格的扣{x}分/床位,3个床位及以上不得分", m, Unsure()))
        out.append((f"床铺整洁,不合格的扣{x}分/床位;私拉电线的扣{m}分", m, Unsure()))
        out.append((f"床铺整洁,不合格的扣{x}分/2床位", m, Unsure()))
    return out


# ── near variants: other words for the count, grades with the discretion elsewhere, codes in scored texts ───────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for u, m in [("处", "10"), ("次", "8")]:
        w = Decimal(m)
        out.append((f"每{u}扣1分,累计3{u}及以上不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"一{u}扣1分，三{u}以上(含三{u})不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"扣1分/{u},3{u}(含)以上不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"发现1{u}扣1分,发现3{u}及以上的不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"每{u}扣1分,一个月内3{u}及以上不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"每{u}扣1分,满3{u}不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"每{u}扣1分,达到3{u}不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"每{u}扣1分,3{u}或以上不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"每{u}扣1分,两{u}及以上不得分", m, Either(_zeroed(w, Decimal(1), 2, unit=u), Unsure())))
        out.append((f"每{u}扣1分;3{u}及以上不得分;扣完为止", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"每{u}扣1分,3{u}及以上全扣", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"每{u}扣1分,出现3{u}及以上的,本项不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"一{u}不合格扣1分,三{u}不合格不得分", m, Unsure()))
        out.append((f"每{u}扣1分,第3{u}起不得分", m, Either(_zeroed(w, Decimal(1), 3, unit=u), Unsure())))
        out.append((f"每{u}扣1分,3{u}以内不扣分", m, Unsure()))
        out.append((f"每{u}扣1分(复查未整改的加倍扣分)", m, Unsure()))
        out.append((f"每{u}扣1分(视情况可不得分)", m, Unsure()))
    for hi, mid, lo in [(6, 4, 2), (3, 2, 1)]:
        out.append((f"好{hi}分;中{mid}分;差{lo}分(视情况给1分)", str(hi), Unsure()))
        out.append((f"好{hi}分;中{mid}分;差{lo}分(视情况可给0分)。未参加不得分", str(hi), Unsure()))
        out.append((f"好{hi}分;中{mid}分;差{lo}分(视情况可给0分),扣完为止", str(hi), Unsure()))
        out.append((f"优秀{hi}分,良好{mid}分(视情况给0分),合格{lo}分", str(hi), Unsure()))
        out.append((f"按时完成得{hi}分,逾期完成得{lo}分(视情况可给0分)", str(hi), Either(Ranks((hi, lo, 0)), Unsure())))
        out.append((f"完成率100%得{hi}分,90%以上得{lo}分(视情况可给0分)", str(hi), Unsure()))
    for m in ("10", "5"):
        mm = int(m)
        out.append((f"按JGJ59-2011评分,得分≥80分得{m}分,70分≤得分<80分得{mm // 2}分,低于70分不得分", m, Unsure()))
        out.append((f"依据JGJ59-2011检查,优良得{m}分,合格得{mm // 2}分,不合格不得分", m,
                    Either(Ranks((mm, mm // 2, 0)), Unsure())))
        out.append((f"水质达到GB3838-2002中III类标准得{m}分,否则不得分", m, Either(Ranks((mm, 0)), Unsure())))
        out.append((f"通过GB/T19001质量管理体系认证得{m}分", m, Either(Ranks((mm, 0)), Unsure())))
        out.append((f"PM2.5年均浓度低于35微克得{m}分,否则不得分", m, Unsure()))
        out.append((f"按GB 50034设计,照度达到300lx得{m}分", m, Unsure()))
        out.append((f"符合JGJ 46-2005要求得{m}分,不符合不得分", m, Either(Ranks((mm, 0)), Unsure())))
        out.append((f"符合GB50016的规定得{m}分,3处及以上不符合不得分", m, Unsure()))
        out.append((f"1)符合GB50016的规定,得{mm // 2}分;2)设置消防通道,得{mm - mm // 2}分", m,
                    Either(Once((str(mm // 2), str(mm - mm // 2))), Unsure())))
        out.append((f"符合GB50016规定得{m}分;符合GB50016规定80%以上得{mm - 2}分", m, Unsure()))
        out.append((f"3)2人以上得{m}分,1人得{mm // 2}分", m, Unsure()))
        out.append((f"2)按时上报得1分;1)资料齐全得{mm - 1}分", m, Unsure()))
        out.append((f"1)有制度得1分,3)有记录得{mm - 1}分", m, Unsure()))
        out.append((f"见附表3)按时上报得{m}分", m, Unsure()))
    return out


_ALL = zeroed() + half_bracket() + codes() + discretion() + beds() + near()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 700)


@pytest.mark.parametrize("text", [
    "每处扣2分,4处及以上不得分;台账不全扣2分",        # another fault of its own amount
    "台账不全扣1分;每处扣2分,4处及以上不得分",
    "每处扣2分,4处及以上不得分,弄虚作假的倒扣2分",    # points given back
    "每处扣2分,最多扣4分,4处及以上不得分",             # a cap the formula would leave out
    "每处扣2分,4处及以上不得分,整改到位的加1分",
])
def test_a_count_zeroing_beside_another_amount_is_no_formula_of_the_one_deduction(text):
    # (a formula of the faults holding the count's zero beside the other amount reads it: no amount is dropped)
    assert not any(it["type"] == "formula" and "min(1, max(0, a -" in it["params"]["expression"]
                   and len(it["params"]["variables"]) == 1 for r in readings(text, "12") for it in r.items)


def test_a_count_zeroing_the_deduction_alone_or_with_the_recheck_is_still_read():
    for text in ("每处扣2分,4处及以上不得分", "每处扣2分,扣完为止,4处及以上不得分",
                 "设施完好(否则,扣2分/处,复查未修,则加倍扣分)一次检查4处及以上为0分"):
        assert any(it["type"] == "formula" and "min(1, max(0, a - 3))" in it["params"]["expression"]
                   for r in readings(text, "12") for it in r.items), text
