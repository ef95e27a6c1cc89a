"""Made-up texts in the house styles of this round's readings — faults listed with commas and one cost after them
(“未建立…,无明确责任人,无…记录,各扣2分”), a cost per case with no 扣 (“…无上岗资格,1例2分”), scored parts joined only by
spaces (“落实资金3分 开展培训的得1分 开展演练的得3分”), a heading with its points then requirements each with a bare share
(“(0.2)”), a closing clause holding someone to account set aside, the small-form signs ﹤﹥, grades defined then scored
(“…为优秀…;计分:优秀100%,良好85%,…”), a count of items met (“符合上述3项标准为3分;符合2项标准为2分;…”), a sentence
whose only figures are an e-mail or web address set aside, a gap below a reference in tiers (“≥参照得A分;低于参照N个
百分点以内得B分,其他不得分”) — and the tuning files' styles (yb-suzhou-ddyy, dw-jiaozuo, yey-xx-tyjg, tsg-xx, mz-dongguan,
jy-gx-flpj, wmcj-guangzhou, sw-shandong, zp-nk2023) with near variants (other numerals, units, punctuation, 得/计/加/+,
orderings, an extra clause a reading should not swallow), each with what it states (a few situations and their scores)
or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (8 texts of the probe before mending, by cause):

- situations of one count read as points that add up (“符合上述2项标准的,计2分;符合1项标准的,计1分” of 分值 3, the
  ladder's top short of the 分值 so ``items_met_ladder`` leaves it): a 要点核查 of “符合上述2项标准” (2) and “符合1项标准”
  (1), scoring 3 where both counts were named, though only one count can hold. Points whose words differ only in a
  count (the words pointing back at the things counted, 上述/以上/其中, aside; an ordinal, 第2季度, never a count) are now
  to check, with a note (reading ``_grades_of_one``, ``_COUNT_IN_POINT``) (2 texts);
- classes of one thing read as points that add up (“办公场所属于自有产权的得3分 属于租借的得2分” of 分值 5, this round's
  spaces as the parts' separator, the same with a comma before it): a 要点核查 scoring 5 for a place both owned and
  rented. Two or more points each saying what a thing 属于 are now to check, with a note (reading ``_grades_of_one``)
  (6 texts).

Readings left to check that would score some situations otherwise (not confident, so no bar): faults listed with
commas (always to check, as the reading says), a case's cost without 扣, a heading's bare shares, a gap below a
reference, a count of items met, grades defined then scored, a closing 追究责任 beside a zeroing or a cost, an address
beside a deadline, parts joined by spaces whose sum is not the 分值 or with a clause after them.

The checker is ``tests/probe_checks.py``'s, with a statement of a rate's own (``Rate``: the count done and the count
asked, the score of each).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec, item_score


def _either(*wants: Any) -> Any:
    """Any of several statements is a fair reading."""
    return wants[0] if len(wants) == 1 else Either(wants[0], _either(*wants[1:]))

def _num(x: Any) -> str:
    return format(Decimal(str(x)).normalize(), "f")


@dataclass(frozen=True)
class Rate:
    """A count done against a count asked (``target``), scored in proportion: ``samples`` of the count done and its
    score."""
    target: str
    samples: tuple[tuple[Any, Any], ...]


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Rate):
        return None
    if len(p.items) != 1:
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    for done, expected in want.samples:
        if item["type"] == "rate":
            got = item_score(item, {"numerator": str(done), "denominator": want.target})
        elif item["type"] in ("formula",) and len(item["params"]["variables"]) == 1:
            got = item_score(item, {"vars": {item["params"]["variables"][0]["name"]: str(done)}})
        elif item["type"] in ("tiers", "threshold") and item["params"].get("input") != "ratio":
            got = item_score(item, {"value": str(done)})
        else:
            return f"read as {item['type']}"
        if got != dec(expected):
            return f"{done}: {got}, not {expected} ({item['type']})"
    return ""


# ── faults listed with commas, one cost after them (yb-suzhou-ddyy) ────────────────────────────────────────────────
_FAULT_SETS = [("未建立医保管理组织", "无明确责任人", "无医保台帐记录"),
               ("无档案管理制度", "档案分类不规范", "未配备专人管理"),
               ("未制定应急预案", "未开展应急演练", "无培训记录", "未明确专人负责"),
               ("无安全检查制度", "未落实值班制度", "消防器材未定期检查")]


def listed_faults() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for faults, (x, m) in product(_FAULT_SETS, [("2", None), ("0.5", "1"), ("2", "4")]):
        n = len(faults)
        m = m or _num(dec(x) * n)
        sure = _either(Per(x), Once((x,) * n))
        out.append((",".join(faults) + f",各扣{x}分", m, sure))
        out.append((",".join(faults) + f"的,各扣{x}分", m, sure))
        out.append((",".join(faults) + f",各扣{x}分,扣完为止", m, sure))
        out.append((",".join(faults) + f",各扣除{x}分。", m, sure))
        out.append(("、".join(faults[:2]) + "," + ",".join(faults[2:]) + f",各扣{x}分", m, _either(sure, Unsure())))
        out.append(("查阅有关资料," + ",".join(faults) + f",各扣{x}分", m, _either(sure, Unsure())))
        out.append((",".join(faults[:2]) + f",各扣{x}分", m, _either(Per(x), Unsure())))
        # an extra clause a reading should not swallow
        out.append((",".join(faults) + f",各扣{x}分;发生重大安全事故的本项不得分", m, Unsure()))
        out.append((",".join(faults) + f",各扣{x}分,{faults[0][:1]}其他问题酌情扣分", m, Unsure()))
        out.append((",".join(faults[:-1]) + f",各扣{x}分,{faults[-1]}扣{_num(dec(x) * 2)}分", _num(dec(m) + dec(x)),
                    _either(Faults(tuple(Fault(f, f"-{x}", False) for f in faults[:-1])
                                  + (Fault(faults[-1], f"-{_num(dec(x) * 2)}", False),)), Unsure())))
        out.append((",".join(faults) + f",各扣{x}分;" + f"资料齐全规范的加{x}分", m, Unsure()))
    for (a, b, c), x, m in product([("被通报批评", "被处罚", "被媒体曝光查实存在违规行为的"),
                                    ("被投诉查实", "被约谈", "被上级部门点名批评的")], ["2", "1"], ["10", "6"]):
        want = _either(Per(x), Faults((Fault(a, f"-{x}", True), Fault(b, f"-{x}", True), Fault(c, f"-{x}", True))))
        out.append((f"其他违反政策规定,{a}1次扣{x}分,{b}1次扣{x}分,{c},1次扣{x}分", m, _either(want, Unsure())))
        out.append((f"{a}1次扣{x}分,{b}1次扣{x}分,{c}1次扣{x}分", m, _either(want, Unsure())))
        out.append((f"{a}1次扣{x}分,{b}1次扣{int(x) + 1}分,{c}1次扣{x}分", m,
                    _either(Faults((Fault(a, f"-{x}", True), Fault(b, f"-{int(x) + 1}", True), Fault(c, f"-{x}", True))),
                           Unsure())))
    return out


# ── a cost per case with no 扣 (yb-suzhou-ddyy) ─────────────────────────────────────────────────────────────────────
def case_points() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for s, (u, x, m) in product(["从业医务人员无上岗资格", "工作人员未持证上岗", "特种作业人员无操作证书", "护理人员未经岗前培训"],
                                [("例", "2", "6"), ("人", "0.5", "2"), ("次", "1", "5"), ("处", "0.2", "1")]):
        want = _either(Per(x), Unsure())
        out.append((f"{s},1{u}{x}分", m, want))
        out.append((f"{s},一{u}{x}分", m, want))
        out.append((f"{s}的,1{u}{x}分,扣完为止", m, want))
        out.append((f"{s},1{u}{x}分。", m, want))
        out.append((f"{s},1{u}{x}分,最多{_num(dec(x) * 2)}分", m, _either(Per(x, _num(dec(x) * 2)), Unsure())))
        out.append((f"{s},1{u}{x}分;发生医疗事故的本项不得分", m, Unsure()))
        out.append((f"{s},1{u}{m}分", m, _either(Per(m), Ranks((int(dec(m)), 0)), Unsure())))
        out.append((f"{s},1{u}{_num(dec(m) + 1)}分", m, _either(Per(m), Ranks((int(dec(m)), 0)), Unsure())))
        # a case earning points (no fault said): never a deduction
        out.append((f"开展志愿服务活动,1{u}{x}分", m,
                    _either(Faults((Fault("志愿|服务|活动|次|例|人|处", f"+{x}", True),), base="0"), Unsure())))
        out.append((f"{s},1{u}{x}分,表现突出的1{u}加{x}分", m, Unsure()))
        out.append((f"{s},1{u}{x}分;未按规定审方、验方,1{u}{x}分", m,
                    _either(Per(x), Faults((Fault(s[-4:], f"-{x}", True), Fault("审方|验方", f"-{x}", True))), Unsure())))
    return out


# ── scored parts joined by spaces (dw-jiaozuo) ─────────────────────────────────────────────────────────────────────
_PARTS = [(("落实应急演练资金", 3), ("开展培训的", 1), ("开展应急演练的", 3)),
          (("制定应急预案", 2), ("组织应急培训的", 1), ("组织应急演练的", 2)),
          (("建立疫情报告制度", 1), ("明确专人负责的", 1), ("按时上报月报的", 1), ("建立监测网点并挂牌的", 1))]


def spaced_parts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for parts, say, sp in product(_PARTS, ["得", "计", ""], [" ", "\u3000"]):
        m = str(sum(p for _w, p in parts))
        costs = tuple(str(p) for _w, p in parts)
        sure = _either(Once(costs), Unsure())
        first, *rest = parts
        text = f"{first[0]}{first[1]}分" + "".join(f"{sp}{w}{say}{p}分" for w, p in rest)
        out.append((text, m, sure))
        out.append((f"{first[0]}{say}{first[1]}分" + "".join(f"{sp}{w}{say}{p}分" for w, p in rest), m, sure))
        out.append((f"{first[0]} {first[1]} 分" + "".join(f"{sp}{w}{say} {p} 分" for w, p in rest), m, sure))
        # the 分值 not the parts' sum: what is short is unsaid
        out.append((text, str(int(m) + 2), Unsure()))
        out.append((text, str(int(m) - 1), Unsure()))
        # an extra clause a reading should not swallow
        out.append((text + f"{sp}演练记录不全的酌情扣分", m, Unsure()))
        out.append((text + f"{sp}发生疫情未及时报告的本项不得分", m, Unsure()))
        out.append((text + f"{sp}未开展的扣1分", m, Unsure()))
    for sp, (hi, lo) in product([" ", "\u3000"], [(3, 2), (4, 1), (5, 3)]):
        # situations to choose from, their points adding up to the 分值 by chance: never parts added up
        out.append((f"办公场所属于自有产权的得{hi}分{sp}属于租借的得{lo}分", str(hi + lo), Unsure()))
        out.append((f"场所面积≥80㎡的得{hi}分{sp}面积≥50㎡的得{lo}分", str(hi + lo), Unsure()))
        out.append((f"全部完成的得{hi}分{sp}基本完成的得{lo}分", str(hi + lo), Unsure()))
        out.append((f"办公场所属于自有产权的得{hi}分{sp}属于租借的得{lo}分{sp}他人提供的不得分", str(hi),
                    _either(Ranks((hi, lo, 0)), Unsure())))
        out.append((f"按照要求足额储备的得满分{sp}否则{sp}不得分", str(hi), Ranks((hi, 0))))
        out.append((f"具备电脑的得{hi}分{sp}有打印机的得{lo}分", str(hi + lo), _either(Once((str(hi), str(lo))), Unsure())))
    return out


# ── a heading with its points, then requirements each with a bare share (yey-xx-tyjg) ──────────────────────────────
_SHARED = [("园内建筑物、户外场地等总体布局合理,有明确功能分区", "1",
            (("安静、远离污染源", "0.2"), ("设立门卫室", "0.2"), ("儿童用房设在3层以下", "0.2"),
             ("平屋顶有防护设施", "0.2"), ("栏杆间距小于11cm", "0.2"))),
           ("室外活动场地地面平整、防滑,无尖锐突出物", "0.5",
            (("户外场地日照充足,排水通畅", "0.25"), ("户外生均面积不小于4㎡", "0.25"))),
           ("卫生保健室设置合理", "2", (("面积不小于8㎡", "0.5"), ("配备身高计、体重秤", "0.5"), ("有消毒设备", "1")))]


def bare_shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (head, m, reqs), mark in product(_SHARED, ["分", ""]):
        body = "".join(f"{r}({p})" for r, p in reqs)
        costs = tuple(p for _r, p in reqs)
        sure = _either(Once(costs), Unsure())
        out.append((f"{head}({m}{mark})" + body, m, sure if mark else Unsure()))
        out.append((f"{head}({m}分)" + "".join(f"{r}({p}分)" for r, p in reqs), m, sure))
        out.append((f"{head}({m}分)" + ",".join(f"{r}({p})" for r, p in reqs), m, sure))
        out.append((f"{head}({m}分)" + body + ";", m, sure))
        # shares short of the heading's points, the heading's points not the 分值, a requirement scored in words of its own
        out.append((f"{head}({m}分)" + "".join(f"{r}({p})" for r, p in reqs[:-1]), m, Unsure()))
        out.append((f"{head}({m}分)" + body, _num(dec(m) * 2), Unsure()))
        out.append((f"{head}({m}分)" + f"{reqs[0][0]},不符合扣{reqs[0][1]}分({reqs[0][1]})"
                    + "".join(f"{r}({p})" for r, p in reqs[1:]), m, Unsure()))
        # an extra clause after: not a share
        out.append((f"{head}({m}分)" + body + "不符合要求的本项不得分", m, Unsure()))
    return out


# ── who is held to account, closing the scoring (tsg-xx) ─────────────────────────────────────────────────────────
def held_to_account() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, bad, who), (x, m) in product([("环境卫生", "火灾或被盗", "管理员"), ("物品堆放混乱", "失窃", "值班人员"),
                                             ("台账记录不全", "数据丢失", "相关人员")], [("1", "10"), ("0.5", "5"), ("2", "8")]):
        want = _either(Per(x), Unsure())
        out.append((f"加强安全管理,保持环境卫生。检查时{what}查1次扣{x}分,出现{bad}的追究{who}责任。", m, want))
        out.append((f"检查时{what}每发现1次扣{x}分,并追究{who}责任", m, want))
        out.append((f"{what}每发现1处扣{x}分,扣完为止,发生{bad}的追究{who}的责任", m, want))
        out.append((f"{what}每发现1处扣{x}分,造成{bad}的责任追究", m, want))
        out.append((f"{what}每发现1处扣{x}分,发生{bad}的本项不得分并追究{who}责任", m,
                    _either(Faults((Fault(what[:2] + "|处|次|发现", f"-{x}", True), Fault(bad[:2], "0", False))), Unsure())))
        out.append((f"{what}每发现1处扣{x}分,发生{bad}的扣{_num(dec(x) * 3)}分并追究{who}责任", m, Unsure()))
        out.append((f"{what}每发现1处扣{x}分,发生{bad}的追究{who}责任并扣{_num(dec(x) * 3)}分", m, Unsure()))
        out.append((f"{what}每发现1处扣{x}分,损失超过1000元的追究{who}责任", m, want))
        out.append((f"造成图书损失的视其情节扣{x}-{m}分,责令赔偿、追究责任。", m, Unsure()))
    return out


# ── the small-form signs ﹤﹥, figures spaced by a PDF's text layer (mz-dongguan) ───────────────────────────────────
def small_forms() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), sp, unit in product([(80, 50, 30), (120, 80, 40), (200, 100, 60)], [False, True], ["㎡", "平方米"]):
        def f(n: int) -> str:
            return " ".join(str(n)) if sp else str(n)
        sure = Bands(((a + 10, 5), (a, 5), (b, 4), ((a + b) // 2, 4), (c, 3), (c + 1, 3), (c - 1, 0), (0, 0)))
        out.append((f"具有独立的办公场所,场所面积≥ {f(a)} {unit}的得 5 分,{f(b)} {unit}≤面积﹤{f(a)} {unit}的得 4 分,"
                    f"{f(c)} {unit}≤ 面积﹤{f(b)} {unit}的得 3 分,面积﹤{f(c)} {unit}的不得分。", "5", sure))
        out.append((f"面积≥{a}{unit}的得5分,{b}{unit}≤面积﹤{a}{unit}的得4分,{c}{unit}≤面积<{b}{unit}的得3分,面积﹤{c}{unit}的不得分",
                    "5", sure))
        out.append((f"面积﹥{a}{unit}的得5分,{b}{unit}﹤面积≤{a}{unit}的得4分,面积≤{b}{unit}的得2分", "5",
                    Bands(((a + 1, 5), (a, 4), (b + 1, 4), (b, 2), (0, 2)))))
        out.append((f"面积≥{a}{unit}的得5分,{b}{unit}≤面积﹤{a}{unit}的得4分", "5",
                    _either(Bands(((a, 5), (b, 4), (b - 1, 0))), Unsure())))
        out.append((f"面积≥{a}{unit}的得5分,{b}{unit}≤面积﹤{a}{unit}的得4分,面积﹤{b}{unit}的不得分;场所为租借的扣1分", "5",
                    Unsure()))
        out.append((f"面积≥{a}{unit}的得6分,{b}{unit}≤面积﹤{a}{unit}的得4分,面积﹤{b}{unit}的不得分", "5", Unsure()))
    for (hi, lo), say in product([(500, 300), (100, 50)], ["得", "计"]):
        out.append((f"服务人数﹥{hi}人的{say}6分,{lo}人﹤服务人数≤{hi}人的{say}4分,服务人数≤{lo}人的{say}2分", "6",
                    Bands(((hi + 1, 6), (hi, 4), (lo + 1, 4), (lo, 2), (0, 2)))))
        out.append((f"差错率﹤1%的{say}6分,1%≤差错率﹤3%的{say}4分,差错率≥3%的不得分", "6",
                    Bands(((0, 6), (0.5, 6), (1, 4), (2, 4), (3, 0), (9, 0)))))
        out.append(("差错率﹤1%的不扣分,1%≤差错率﹤3%的扣2分,差错率≥3%的扣6分", "6",
                    _either(Bands(((0, 6), (0.5, 6), (1, 4), (2, 4), (3, 0), (9, 0))), Unsure())))
    return out


# ── grades defined then scored (jy-gx-flpj) ──────────────────────────────────────────────────────────────────────
def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (g, h), m, head in product([(95, 90, 80), (98, 92, 85)], [(85, 70), (80, 60)], ["50", "10"],
                                              ["计分", "赋分标准"]):
        md = dec(m)
        full, good, ok = md, md * g / 100, md * h / 100
        four = Bands(((100, full), (a, full), (a - 1, good), (b, good), ((b + c) // 2, ok), (c, ok), (c - 1, 0), (50, 0)))
        out.append((f"学生毕业一年后跟踪调查就业率在{a}%及以上的为优秀,{b}%-{a - 1}%的为良好,{c}%-{b - 1}%的为合格,"
                    f"低于{c}%的为不合格。{head}:优秀100%,良好{g}%,合格{h}%,不合格零分。", m, _either(four, Unsure())))
        out.append((f"就业率{a}%以上的为优秀,{b}%-{a - 1}%的为良好,{c}%-{b - 1}%的为合格,{c}%以下的为不合格;"
                    f"{head}:优秀100%,良好{g}%,合格{h}%,不合格0分", m, _either(four, Unsure())))
        out.append((f"就业率{a}%以上的为优秀,{b}%-{a - 1}%的为良好,其余为合格。{head}:优秀100%,良好{g}%,合格{h}%。", m,
                    _either(Bands(((100, full), (a, full), (b, good), (a - 1, good), (b - 1, ok), (40, ok))), Unsure())))
        out.append((f"就业率{a}%以上的为优秀,{b}%-{a - 1}%的为良好,{c}%-{b - 1}%的为合格,{c}%以下的为不合格;"
                    f"{head}:不合格0分,合格{h}%,良好{g}%,优秀100%", m, _either(four, Unsure())))
        # scores out of the order of the grades, a grade scored twice or not defined, an extra clause
        out.append((f"就业率{a}%以上的为优秀,{b}%-{a - 1}%的为良好,{c}%-{b - 1}%的为合格;{head}:优秀100%,良好{h}%,合格{g}%", m,
                    Unsure()))
        out.append((f"就业率{a}%以上的为优秀,{b}%-{a - 1}%的为良好;{head}:优秀100%,良好{g}%,合格{h}%", m, Unsure()))
        out.append((f"就业率{a}%以上的为优秀,{b}%-{a - 1}%的为良好,{c}%-{b - 1}%的为合格,{c}%以下的为不合格;"
                    f"{head}:优秀100%,良好{g}%,合格{h}%,不合格0分;数据弄虚作假的本项不得分", m, Unsure()))
        out.append((f"就业率{a}%以上的为优秀,{b}%-{a - 1}%的为良好,{c}%-{b - 1}%的为合格;{head}:优秀90%,良好{g}%,合格{h}%", m,
                    Unsure()))
    for m, (g, h), head in product(["20", "10"], [(85, 60), (80, 50)], ["计分", "评分"]):
        md = dec(m)
        # a rank: the lower the better, two measures joined by 或
        out.append((f"学生毕业一年后跟踪调查排名前20%的或创业率比上一届增幅50%以上的为优秀,前21%-40%的或增幅30%-50%的为良好,"
                    f"其余为合格。{head}:优秀100%,良好{g}%,合格{h}%。", m,
                    _either(Ranks((md, md * g / 100, md * h / 100)), Unsure())))
        out.append((f"排名前20%的为优秀,前21%-40%的为良好,其余为合格。{head}:优秀100%,良好{g}%,合格{h}%。", m,
                    _either(Bands(((10, md), (20, md), (30, md * g / 100), (40, md * g / 100), (60, md * h / 100))), Unsure())))
        out.append((f"差错率在1%以下的为优秀,1%-3%的为良好,3%以上的为不合格;{head}:优秀100%,良好{g}%,不合格0分", m,
                    _either(Bands(((0, md), (0.5, md), (2, md * g / 100), (5, 0))), Unsure())))
        out.append((f"档案资料齐全规范的为优秀,资料基本齐全的为良好,资料缺失较多的为不合格。{head}:优秀{m}分,良好{_num(md * g / 100)}分,"
                    f"不合格0分。", m, _either(Ranks((md, md * g / 100, 0)), Unsure())))
        out.append((f"台账完整的为较好,台账基本完整的为一般,无台账的为较差;{head}:较好100%,一般{h}%,较差0分", m,
                    _either(Ranks((md, md * h / 100, 0)), Unsure())))
        out.append((f"档案资料齐全规范的为优秀,资料基本齐全的为良好。{head}:优秀{_num(md - 2)}分,良好{_num(md * g / 100 - 2)}分。", m,
                    Unsure()))
    return out


# ── a count of items met (wmcj-guangzhou) ────────────────────────────────────────────────────────────────────────
def counts_met() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for n, e, (verb, noun), say in product([2, 3, 4], ["1", "0.5"], [("符合", "标准"), ("具备", "条件")],
                                           ["为", "的,计"]):
        m = _num(dec(e) * n)
        steps = ";".join(f"{verb}{'上述' if k == n else ''}{k}项{noun}{say}{_num(dec(e) * k)}分" for k in range(n, 0, -1))
        sure = _either(Once((e,) * n), Bands(tuple((k, dec(e) * k) for k in range(n + 1))), Unsure())
        out.append((steps + f";{n}项{noun}均不{verb}为0分。", m, sure))
        out.append((steps + f";均不{verb}的不得分", m, sure))
        out.append((steps.replace(";", ","), m, sure))
        # a ladder out of step, a count skipped, the top short of the 分值, an extra clause
        out.append((steps + f";另有特色做法的加{e}分", m, Unsure()))
        out.append((steps, _num(dec(m) + 1), Unsure()))
        out.append((steps + f";均不{verb}的扣{e}分", m, Unsure()))
        if n >= 3:
            skipped = ";".join(f"{verb}{k}项{noun}{say}{_num(dec(e) * k)}分" for k in (n, 1))
            out.append((skipped, m, Unsure()))
            off = f"{verb}上述{n}项{noun}{say}{m}分;{verb}{n - 1}项{noun}{say}{_num(dec(e) * (n - 2))}分;" \
                  f"{verb}1项{noun}{say}{_num(dec(e) / 2)}分"
            out.append((off, m, _either(Ranks((dec(m), dec(e) * (n - 2), dec(e) / 2, 0)),
                                       Bands(((n, dec(m)), (n - 1, dec(e) * (n - 2)), (1, dec(e) / 2))), Unsure())))
    for n in (2, 3):
        out.append((f"{n}项均满足,得{n}分1项满足,得1分{n}项均不满足,不得分", str(n), Unsure() if n == 3 else
                    _either(Once(("1", "1")), Bands(((2, 2), (1, 1), (0, 0))), Unsure())))
    return out


# ── a sentence whose only figures are an address (sw-shandong) ─────────────────────────────────────────────────────
def addresses() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, n, m), addr in product([("市场动态分析", 8, "10"), ("市场综合分析", 3, "6"), ("信息简报", 6, "8")],
                                      ["邮箱(sdmyxf@126.com)", "邮箱(zhk2021@163.com)", "网站www.sw12.gov.cn",
                                       "邮箱:tj_2010@sina.com.cn"]):
        md = dec(m)
        rate = _either(Rate(str(n), ((n, md), (0, 0), (n * 3, md), (n / 2, md / 2))), Unsure())
        out.append((f"各地每月撰写{what}达{n}篇的,计{m}分,不足按比例计分。为便于考核,材料以发到{addr}的为准。", m, rate))
        out.append((f"每月报送{what}{n}篇以上的,得{m}分,不足按比例计分。材料以报送至{addr}为准", m, rate))
        out.append((f"未按时报送{what}的,每次扣1分,扣完为止。材料统一发送至{addr}。", m, _either(Per("1"), Unsure())))
        # a figure besides the address: a deadline, not set aside
        out.append((f"未按时报送{what}的,每次扣1分。材料须于每月5日前发送至{addr}。", m, _either(Per("1"), Unsure())))
        # the address inside a scored clause
        out.append((f"未发送至{addr}的扣2分,每迟报1天扣1分", m, Unsure()))
    return out


# ── a gap below a reference (zp-nk2023) ────────────────────────────────────────────────────────────────────────
def gaps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, ref, say), (m, p, x) in product([("本专业通过率", "全国平均通过率", "得"),
                                                ("本院学员结业考核的合格率", "全省同类基地平均合格率", "计"),
                                                ("群众满意率", "全市平均满意率", "得")], [(3, 2, 5), (4, 2, 3), (6, 3, 10)]):
        gap = Bands(((-2, m), (0, m), (dec(x) / 2, p), (x, p), (x + 1, 0), (x + 8, 0)))
        sure = _either(gap, Unsure())
        out.append((f"{what}≥{ref},{say}{m}分;低于{ref}{x}个百分点,{say}{p}分,其他情况不得分", str(m), sure))
        out.append((f"{what}≥{ref}{say}{m}分;低于{ref}{x}个百分点以内{say}{p}分,其他不得分", str(m), sure))
        out.append((f"{what}不低于{ref}的,{say}{m}分;低于{ref}{x}个百分点以内的,{say}{p}分;否则不得分", str(m), sure))
        out.append((f"{what}≥{ref},{say}{m}分;低于{ref}{x}个百分点,{say}{p}分,其他情况不得分({what}=通过人数/参加考试总人数)",
                    str(m), sure))
        # near variants: a cost per point, bands said further below, another reference, an extra clause, the best not the 分值
        out.append((f"{what}≥{ref},{say}{m}分;低于{ref},每降低1个百分点,扣1分,扣完为止", str(m),
                    _either(Bands(((-2, m), (0, m), (1, m - 1), (2, m - 2), (m + 3, 0))), Unsure())))
        out.append((f"{what}≥{ref},{say}{m}分;低于{ref}{x}个百分点以内{say}{p}分,低于{x}个百分点以上不得分", str(m), sure))
        out.append((f"{what}≥{ref},{say}{m}分;低于{ref}{x}个百分点以内{say}{p}分,低于{ref}{x}-{2 * x}个百分点{say}1分,"
                    f"其他不得分", str(m), _either(Bands(((-2, m), (0, m), (x / 2, p), (x + 1, 1), (2 * x + 1, 0))), Unsure())))
        out.append((f"{what}≥{ref},{say}{m}分;低于全国平均水平{x}个百分点,{say}{p}分,其他情况不得分", str(m), Unsure()))
        out.append((f"{what}≥{ref},{say}{m}分;低于{ref}{x}个百分点,{say}{p}分,其他情况不得分;数据造假的本项不得分", str(m),
                    Unsure()))
        out.append((f"{what}≥{ref},{say}{m}分;低于{ref}{x}个百分点,{say}{p}分,其他情况不得分", str(m + 1), Unsure()))
        out.append((f"{what}高于{ref}{say}{m}分,低于{ref}不得分", str(m),
                    _either(Ranks((m, 0)), Bands(((-1, m), (1, 0))), Unsure())))
        out.append((f"{what}≥{ref},{say}{m}分;低于{ref}{x}%以内,{say}{p}分,否则不得分", str(m), sure))
    return out


# ── further near variants: 者, 做到, 每项, 加, 比…低, 并按规定处理 ───────────────────────────────────────────────
def further() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (a, b) in product(["10", "20"], [(95, 85), (90, 80)]):
        md = dec(m)
        out.append((f"及格率{a}%及以上者为优秀,{b}%-{a - 1}%者为良好,低于{b}%者为不合格。计分:优秀100%,良好80%,不合格0分", m,
                    _either(Bands(((a, md), (a + 3, md), (b, md * 8 / 10), (b - 1, 0))), Unsure())))
        out.append((f"及格率{a}%及以上者为优秀,{b}%-{a - 1}%者为良好,低于{b}%者为不合格。计分:优秀100%,良好80%,不合格0分。"
                    f"考核结果报送邮箱(kh{a}@163.com)", m, _either(Bands(((a, md), (b, md * 8 / 10), (b - 1, 0))), Unsure())))
    for n, e in product([2, 3, 4], ["1", "1.5"]):
        m = _num(dec(e) * n)
        steps = ",".join(f"做到{'以上' if k == n else ''}{k}项的得{_num(dec(e) * k)}分" for k in range(n, 0, -1))
        out.append((steps, m, _either(Once((e,) * n), Bands(tuple((k, dec(e) * k) for k in range(n + 1))), Unsure())))
        out.append((steps + ",都未做到的不得分", m,
                    _either(Once((e,) * n), Bands(tuple((k, dec(e) * k) for k in range(n + 1))), Unsure())))
        out.append((steps, _num(dec(m) * 2), Unsure()))
    for faults, x in product(_FAULT_SETS[:2], ["2", "1"]):
        n = len(faults)
        m = _num(dec(x) * n)
        out.append((",".join(faults) + f",每项扣{x}分", m, _either(Per(x), Once((x,) * n))))
        out.append((",".join(faults) + f",各扣{x}分(最高扣{x}分)", m, _either(Per(x, x), Unsure())))
        out.append((",".join(faults) + f",各扣{x}分,并按规定处理", m, _either(Per(x), Once((x,) * n), Unsure())))
    for parts in _PARTS:
        m = str(sum(p for _w, p in parts))
        costs = tuple(str(p) for _w, p in parts)
        out.append((" ".join(f"{w}加{p}分" for w, p in parts), m,
                    _either(Once(costs), Faults(tuple(Fault(w[:3], f"+{p}", False) for w, p in parts), base="0"), Unsure())))
        out.append((" ".join(f"{w}+{p}分" for w, p in parts), m,
                    _either(Once(costs), Faults(tuple(Fault(w[:3], f"+{p}", False) for w, p in parts), base="0"), Unsure())))
        out.append((" ".join(f"{w}得{p}分" for w, p in parts) + " 否则不得分", m, _either(Once(costs), Unsure())))
    for (m, p, x) in [(3, 2, 5), (4, 2, 3)]:
        out.append((f"本单位合格率不低于全省平均合格率得{m}分;比全省平均合格率低{x}个百分点以内得{p}分,其他不得分", str(m),
                    _either(Bands(((-2, m), (0, m), (x, p), (x + 1, 0))), Unsure())))
        out.append((f"本单位合格率达到或超过全省平均合格率得{m}分;低于全省平均合格率{x}个百分点以内得{p}分", str(m),
                    _either(Bands(((-2, m), (0, m), (x, p), (x + 1, 0))), Unsure())))
    return out


_ALL = (further() + listed_faults() + case_points() + spaced_parts() + bare_shares() + held_to_account() + small_forms() + grades()
        + counts_met() + addresses() + gaps())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1400, own=_own)
