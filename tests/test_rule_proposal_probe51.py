"""Made-up texts in the styles of 乡镇(街道)/部门 年度综合考核细则 and 目标责任考核 rows as county offices write them — ranks
among units (“第一名得满分,每下降一个名次扣0.5分”, 前三名 / 后三名 / 其余, “第1-3名得10分,第4-6名得8分…”, “进入全市前三名
的…”), 加分 and 减分 side by side (“获得省级表彰加2分、市级加1分,最高加3分”, a 基础分), 一票否决 inside a row, per-case
deductions by seriousness (一般问题每个扣0.5分、较大问题每个扣1分), deadlines (每推迟一天扣0.2分, 逾期不报不得分, days one by
one, 迟报/漏报/瞒报), ratios of completion (完成率×分值, 按完成比例得分, 未完成的按比例扣分), 被通报批评 by level (国家级/省级/
市级 each a deduction, once or each time), counts of reports or activities per quarter, month, week, 旬, 学期 or half year
(“每季度不少于1次,少一次扣1分”) — and their near variants where a confident reading would be wrong: a cap missing, a
floor above 0, 或/和, a unit changed (半天, 一周, 工作日, two days, two places, percentage points after 第一名), a base of
another kind (the first unit's score, the county's total or average), levels overlapping (市级以上 beside 县级以上), ranks
overlapping or with gaps, scores that do not fall in turn, costs rising by the time (第一次…第二次…), the rest unsaid,
points past the 分值 — each with what it states (a few situations and their scores) or that it is unsure (to check).
Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (17 texts of the 589, two causes):

- a line said of a period shorter than the year (“每季度报送工作信息不少于2篇,少一篇扣1分,扣完为止”, “每月报送工作信息1篇
  以上,每少1篇扣1分,扣完为止”, “更新信息:每周不少于2篇,…”, “每半年报送调研报告不少于1篇,…”) was read surely as a 达标线 on
  one count (threshold ``_line_and_step``): a year with no report scored 8 of 10 (one count 2 short of the line), where
  the four quarters each 2 short take all 10, and one count of the year meets the line at once; each period falls short
  on its own and the shortfalls add up. The period's doubt was kept for units of cases (``_ONE_BY_ONE``), which held no
  篇, 场 nor 批 (10 texts); and it was left out where one period's shortfall could take the 分值 (“每季度报送工作信息
  不少于10篇,少一篇扣1分” of 10; 2 texts), though two periods each one short still cost 2, not 1. Now 篇/篇次/场/
  场次/批/批次 are units of cases, and a period line is to check whatever its shortfall could take (the note names the
  period), but a 学期's that can take the 分值 (the term a school's row is scored over: “每学期听课不少于20节,每少1节
  扣1分” of 10, read surely as before); a line on the year's count (“全年…不少于8篇”) reads as before;
- the first place, then a step of percentage points (“第一名得满分,其余每低1个百分点扣0.5分,扣完为止”, “第1名得满分,每下降
  一个百分点扣0.5分,扣完为止”; 5 texts) was read surely as a deduction per 名 (deduction ``_per_instance``, its fallback
  of one case where deductions go on until none are left): the “1名” of 第1名 taken for a case counted, so the evaluator
  was asked how many 名 — places — not the points behind the first. An ordinal (第 before the 1) is no case counted now;
  such texts are left to check.

The corpus reads as before (lost 0, wrong none).

Readings left to check that would score some situations otherwise (not confident, so no bar): ranks without 扣完为止 or
with a floor, a step of two places, 前三名 then steps, 倒数第一名, ranks in bands with gaps or overlaps or the rest
unsaid, 以此类推; additions with no base, 或/和 between levels, additions beside deductions; seriousness without 每, a
figure in the fault, 加倍; 一票否决 beside points earned or of the year's whole assessment; delays with a cut-off (逾期5天
以上不得分), in half days or two days, missing reports each costing; completion with a floor or added points, a
multiplier other than the 分值, a base of the first unit or the county's average; criticisms taken once, capped, with a
level zeroing the row or praise added, levels overlapping; counts per period below the 分值 of one period (as above),
with points added for more, or a period short costing. Read surely and fairly: 前三名得满分,前五名得8分,其余得7分 (ranks
4–5 the second band); “获得省级表彰加2分、市级表彰加1分” of 3 (a checklist of the two, its sum the 分值); “按完成数占全县
总数的比例得分” (the share times the 分值, as written); “每推迟一周扣0.2分” (a delay in weeks).

The checker is ``tests/probe_checks.py``'s, with ``_adds_wrongly`` for additions making up the 分值.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product

from services.frameworks.proposal import Proposal
from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure, item_score


@dataclass(frozen=True)
class Adds:
    """Additions each found or not (``words`` found in their points' labels, ``pts`` their points), the 分值 their sum."""
    words: tuple[str, ...]
    pts: tuple[object, ...]


def _adds_wrongly(p: Proposal, m: Decimal, want: object) -> str | None:
    if not isinstance(want, Adds):
        return None
    if len(p.items) != 1 or p.items[0]["type"] != "checklist" or p.items[0]["params"].get("gate"):
        return f"items {[it['type'] for it in p.items]}"
    points = p.items[0]["params"]["points"]
    if len(points) != len(want.words):
        return f"{len(points)} points"
    where = []
    for pt in points:
        hits = [i for i, w in enumerate(want.words) if w in pt["label"]]
        if len(hits) != 1:
            return f"point {pt['label']} is of {len(hits)} words"
        where.append(hits[0])
    for ks in product((0, 1), repeat=len(points)):
        expected = min(m, sum((Decimal(str(want.pts[i])) for i, k in zip(where, ks) if k), Decimal(0)))
        got = item_score(p.items[0], {"points": {pt["key"]: {"state": "met" if k else "not_met"}
                                                 for pt, k in zip(points, ks)}})
        if got != expected:
            return f"{ks}: {got}, not {expected} (checklist)"
    return ""


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _half(text: str) -> str:
    """The text with half-width punctuation."""
    return text.translate(str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"}))


def _rank(samples: tuple[tuple[int, object], ...]) -> Fn:
    """A score by the unit's rank (名次): each sample a rank and its score."""
    return Fn(("名次",), tuple(((r,), s) for r, s in samples))


# ── ranks among units ────────────────────────────────────────────────────────────────────────────────────────────────
def ranks() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((m, x), lead, first), step, cm in product(zip([(10, "0.5"), (5, "0.2"), (8, "1")],
                                                     ["", "按全县排名计分，", "根据全市考核排名，"], ["第一名", "第1名", "第一名"]),
                                                 ["每下降一个名次", "每后退1名"], ["，", ","]):
        xs = Decimal(x)
        fn = _rank(((1, m), (2, m - xs), (4, m - 3 * xs), (200, 0)))
        out.append((f"{lead}{first}得满分{cm}{step}扣{x}分{cm}扣完为止", str(m), fn))
        if step == "每下降一个名次" and cm == "，":
            out.append((f"{lead}{first}得满分{cm}{step}扣{x}分", str(m), Either(fn, Unsure())))
            # a floor above 0, a cap of points off, a step of two ranks
            out.append((f"{lead}{first}得满分{cm}{step}扣{x}分{cm}最低得{_n(m / 2)}分", str(m),
                        Either(_rank(((1, m), (2, m - xs), (200, Decimal(m) / 2))), Unsure())))
            out.append((f"{lead}{first}得满分{cm}每下降两个名次扣{x}分{cm}扣完为止", str(m),
                        Either(_rank(((1, m), (3, m - xs), (5, m - 2 * xs), (400, 0))), Unsure())))
            # the first three full, then steps; points added going up
            out.append((f"{lead}前三名得满分{cm}{step}扣{x}分{cm}扣完为止", str(m),
                        Either(_rank(((1, m), (3, m), (4, m - xs), (6, m - 3 * xs), (300, 0))), Unsure())))
            out.append((f"{lead}{first}得满分{cm}每上升一个名次加{x}分{cm}扣完为止", str(m), Unsure()))
            out.append((f"{lead}{first}得{m - 1}分{cm}{step}扣{x}分{cm}扣完为止", str(m), Unsure()))
            out.append((f"{lead}倒数第一名不得分{cm}{step}扣{x}分", str(m), Unsure()))
    for i, (m, (a, b)) in enumerate(product((10, 6), [(8, 7), (8, 6), (7, 9)])):
        cm = "，；"[i % 2]
        mid, low = m - 10 + a, m - 10 + b
        # 前三名 / 后三名 / 其余
        out.append((f"前三名得满分{cm}后三名得{low}分{cm}其余得{mid}分", str(m), Ranks(tuple(sorted((m, mid, low), reverse=True)))))
        # (read as bands of places where each band scores less than the one before: cov22)
        bands = Bands(((1, m), (3, m), (4, mid), (6, mid), (7, low), (30, low))) if m > mid > low else Unsure()
        out.append((f"全县排名前三名得{m}分{cm}第四至六名得{mid}分{cm}其余得{low}分", str(m),
                    Either(Either(Ranks(tuple(sorted((m, mid, low), reverse=True))), bands), Unsure())))
        out.append((f"前三名得满分{cm}后三名扣{m - low}分{cm}其余扣{m - mid}分", str(m),
                    Either(Ranks(tuple(sorted((m, mid, low), reverse=True))), Unsure())))
        # the rest unsaid; two ranks given overlapping; a score past the 分值
        out.append((f"前三名得满分{cm}后三名得{low}分", str(m), Unsure()))
        # 前五名 after 前三名: the fourth and fifth (the first band read first)
        out.append((f"前三名得满分{cm}前五名得{mid}分{cm}其余得{low}分", str(m),
                    Either(Bands(((1, m), (3, m), (4, mid), (5, mid), (6, low), (30, low))), Unsure()) if mid > low
                    else Unsure()))
        out.append((f"前三名得{m + 2}分{cm}后三名得{low}分{cm}其余得{mid}分", str(m), Unsure()))
        # ranks in turn, scores that do not fall in turn
        out.append((f"第一名得{m}分{cm}第二名得{mid}分{cm}第三名得{low}分{cm}其余不得分", str(m),
                    Either(Ranks(tuple(sorted((m, mid, low, 0), reverse=True))), Unsure())))
        out.append((f"排名第一得{m}分{cm}第二名{_n(m - Decimal('0.5'))}分{cm}以此类推", str(m), Unsure()))
        # points added to a base for the first three
        out.append((f"前三名加2分{cm}后三名扣2分", str(m), Unsure()))
    return out


# ── ranks in bands, ranks one by one; an ordinal beside a step of another unit ───────────────────────────────────────
def rank_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a, b, c), (cm, dash) in zip([(10, 8, 6, 4), (6, 5, 4, 2), (8, 6, 4, 2), (10, 9, 7, 5)],
                                        [("，", "-"), ("；", "至"), (",", "－"), ("，", "至")]):
        ranks3 = Bands(((1, m), (3, m), (4, a), (6, a), (7, b), (9, b), (10, c), (30, c)))
        out.append((f"第1{dash}3名得{m}分{cm}第4{dash}6名得{a}分{cm}第7{dash}9名得{b}分{cm}其余得{c}分", str(m),
                    Either(ranks3, Unsure())))
        # overlapping, a gap, scores not falling, the rest unsaid, past the 分值
        out.append((f"第1{dash}3名得{m}分{cm}第3{dash}6名得{a}分{cm}第7{dash}9名得{b}分{cm}其余得{c}分", str(m), Unsure()))
        out.append((f"第1{dash}3名得{m}分{cm}第4{dash}6名得{a}分{cm}第8{dash}9名得{b}分{cm}其余得{c}分", str(m), Unsure()))
        out.append((f"第1{dash}3名得{m}分{cm}第4{dash}6名得{a}分{cm}第7{dash}9名得{m + 2}分{cm}其余得{c}分", str(m), Unsure()))
        out.append((f"第1{dash}3名得{m}分{cm}第4{dash}6名得{a}分{cm}第7{dash}9名得{b}分", str(m), Unsure()))
        out.append((f"前3名得{m}分{cm}4{dash}8名得{a}分{cm}9名以后得{b}分", str(m),
                    Either(Bands(((1, m), (3, m), (4, a), (8, a), (9, b), (30, b))), Unsure())))
        out.append((f"前3名得{m}分{cm}4{dash}8名得{a}分{cm}10名以后得{b}分", str(m), Unsure()))
        out.append((f"进入全市前三名的得满分{cm}进入前十名的得{a}分{cm}其余得{b}分", str(m),
                    Either(Bands(((1, m), (3, m), (4, a), (10, a), (11, b), (40, b))), Unsure())))
        # one by one
        out.append((f"第一名{m}分{cm}第二名{a}分{cm}第三名{b}分{cm}第四名及以后{c}分", str(m),
                    Either(Bands(((1, m), (2, a), (3, b), (4, c), (20, c))), Unsure())))
        out.append((f"第一名{m}分{cm}第二名{b}分{cm}第三名{a}分{cm}第四名及以后{c}分", str(m),
                    Either(Bands(((1, m), (2, b), (3, a), (4, c), (20, c))), Unsure())))
        out.append((f"第一名{m}分{cm}第二名{a}分{cm}第三名{b}分{cm}第五名及以后{c}分", str(m), Unsure()))
        # the first place, then a step of percentage points (the gap to the first's figure, no place counted)
        out.append((f"第一名得满分{cm}其余每低1个百分点扣0.5分{cm}扣完为止", str(m), Unsure()))
        out.append((f"第1名得满分{cm}每下降一个百分点扣0.5分{cm}扣完为止", str(m), Unsure()))
        out.append((f"第一名得满分{cm}与第一名每相差1个百分点扣0.5分{cm}扣完为止", str(m), Unsure()))
        # the first time, the second time: costs rising
        out.append((f"第一次发现问题扣1分{cm}第二次发现扣2分{cm}扣完为止", str(m), Unsure()))
        out.append((f"第一次被通报扣{m - a}分{cm}第二次被通报扣{m - b}分{cm}扣完为止", str(m), Unsure()))
    return out


# ── 加分 and 减分 side by side ───────────────────────────────────────────────────────────────────────────────────────
def plus_minus() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (p1, p2, cap), (cm, get) in product([(2, 1, 3), (3, 2, 4), (1, "0.5", 2)],
                                            zip(["、", "，", "；"], ["获得", "获", "受到"])):
        out.append((f"{get}省级表彰加{p1}分{cm}市级加{p2}分{cm}最高加{cap}分", str(cap + 5), Unsure()))
        # the additions making up the 分值: each found or not (more than one of a level unsaid, the 分值 caps it)
        adds = Adds(("省级", "市级"), (p1, p2)) if Decimal(str(p1)) + Decimal(str(p2)) == cap else Unsure()
        out.append((f"{get}省级表彰加{p1}分{cm}市级表彰加{p2}分", str(cap), Either(adds, Unsure())))
        if cm == "，":
            base = 7
            m = base + cap
            out.append((f"基础分{base}分{cm}{get}省级表彰加{p1}分{cm}市级表彰加{p2}分{cm}最高加{cap}分", str(m),
                        Either(Faults((Fault("省级", f"+{p1}"), Fault("市级", f"+{p2}")), base=str(base)), Unsure())))
            # 加分 and 减分 side by side, the base unsaid
            out.append((f"{get}省级表彰加{p1}分{cm}被市级通报批评扣{p1}分", str(m), Unsure()))
            out.append((f"{get}省级表彰加{p1}分{cm}被省级通报批评扣{p1}分{cm}最高加{cap}分", str(m), Unsure()))
            # a cap missing, 或/和
            out.append((f"基础分{base}分{cm}{get}省级或市级表彰加{p1}分", str(m), Unsure()))
            out.append((f"{get}国家级和省级表彰各加{p1}分{cm}最多加{cap}分", str(cap), Unsure()))
            out.append((f"工作经验被省级推广的加{p1}分{cm}被市级推广的加{p2}分{cm}加分不超过{cap}分", str(cap), Unsure()))
    return out


# ── 一票否决 inside a row; per-case deductions by seriousness ────────────────────────────────────────────────────────
def seriousness() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((a, b), m), (cm, each) in product(zip([("0.5", "1"), ("1", "2"), ("0.2", "0.5")], (10, 5, 10)),
                                           [("、", "每个"), ("，", "每处"), ("；", "每起"), ("，", "每个")]):
        faults = (Fault("一般", f"-{a}", True), Fault("较大", f"-{b}", True))
        out.append((f"一般问题{each}扣{a}分{cm}较大问题{each}扣{b}分{cm}扣完为止", str(m), Either(Faults(faults), Unsure())))
        if cm == "，":
            out.append((f"一般问题{each}扣{a}分{cm}较大问题{each}扣{b}分", str(m), Either(Faults(faults), Unsure())))
            out.append((f"发现一般问题{each}扣{a}分{cm}较大问题{each}扣{b}分{cm}最多扣{m - 2}分", str(m),
                        Either(Faults(faults, off=str(m - 2)), Unsure())))
            out.append((f"一般问题{each}扣{a}分{cm}较大问题{each}扣{b}分{cm}重大问题实行一票否决", str(m),
                        Either(Faults(faults + (Fault("重大", "0"),)), Unsure())))
            out.append((f"一般问题{each}扣{a}分{cm}较大问题{each}扣{b}分{cm}发生重大问题的本项不得分{cm}扣完为止", str(m),
                        Either(Faults(faults + (Fault("重大", "0"),)), Unsure())))
            # the seriousness unnamed, a figure in the fault, or/and
            out.append((f"一般问题扣{a}分{cm}较大问题扣{b}分", str(m), Unsure()))
            out.append((f"一般问题{each}扣{a}分{cm}3个以上较大问题{each}扣{b}分{cm}扣完为止", str(m), Unsure()))
            out.append((f"一般或较大问题{each}扣{a}分{cm}扣完为止", str(m), Either(Per(a), Unsure())))
            out.append((f"一般问题{each}扣{a}分{cm}较大问题加倍扣分{cm}扣完为止", str(m), Unsure()))
            # 一票否决 beside points earned
            out.append((f"按要求完成得满分{cm}发生重大安全责任事故的实行一票否决", str(m), Unsure()))
            out.append((f"发生重大安全责任事故的{cm}实行一票否决", str(m), Unsure()))
            out.append((f"发生一般安全事故每起扣{b}分{cm}发生较大以上安全事故的实行一票否决{cm}扣完为止", str(m),
                        Either(Faults((Fault("一般", f"-{b}", True), Fault("较大", "0"))), Unsure())))
            out.append((f"发生一般安全事故每起扣{b}分{cm}发生较大以上安全事故的{cm}年度考核实行一票否决", str(m), Unsure()))
    return out


# ── deadlines ────────────────────────────────────────────────────────────────────────────────────────────────────────
def deadlines() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((x, m), cm), late in zip(product([("0.2", 10), ("0.5", 5), ("1", 10)], ["，", ","]),
                                  ["推迟", "延迟", "逾期", "推迟", "延迟", "逾期"]):
        xs = Decimal(x)
        per = Per(x)
        out.append((f"每{late}一天扣{x}分{cm}扣完为止", str(m), per))
        out.append((f"按时报送得满分{cm}每{late}一天扣{x}分{cm}扣完为止", str(m), per))
        out.append((f"每{late}一天扣{x}分{cm}最多扣{m // 2}分", str(m), Either(Per(x, str(m // 2)), Unsure())))
        out.append((f"每{late}一天扣{x}分{cm}逾期不报不得分", str(m),
                    Either(Faults((Fault("延迟|推迟|逾期的天|天数", f"-{x}", True), Fault("不报", "0"))), Unsure())))
        out.append((f"每{late}一天扣{x}分{cm}逾期5天以上不得分", str(m),
                    Either(Bands(((0, m), (1, m - xs), (4, max(0, m - 4 * xs)), (5, 0), (9, 0))), Unsure())))
        # a unit changed: half days, weeks, working days, hours
        out.append((f"每{late}半天扣{x}分{cm}扣完为止", str(m), Either(Bands(((0, m), (1, max(0, m - 2 * xs)))), Unsure())))
        out.append((f"每{late}一周扣{x}分{cm}扣完为止", str(m), Either(per, Unsure())))  # (the delay in weeks)
        out.append((f"每{late}一个工作日扣{x}分{cm}扣完为止", str(m), Either(per, Unsure())))
        out.append((f"每{late}2天扣{x}分{cm}扣完为止", str(m), Either(Bands(((0, m), (2, m - xs), (4, m - 2 * xs))), Unsure())))
        # both late and not at all, a report missing among several
        out.append((f"逾期不报不得分{cm}每{late}一天扣{x}分{cm}扣完为止", str(m),
                    Either(Faults((Fault("延迟|推迟|逾期的天|天数", f"-{x}", True), Fault("不报", "0"))), Unsure())))
        out.append((f"每{late}一天扣{x}分{cm}逾期不报的每次扣{m // 2}分", str(m), Unsure()))
        out.append((f"材料每{late}一天扣{x}分{cm}内容不全的扣1分", str(m), Unsure()))
        # days said one by one; late and missing
        out.append((f"按规定时间报送得满分{cm}迟报1天扣{x}分{cm}迟报2天扣{_n(2 * xs)}分{cm}迟报3天以上不得分", str(m),
                    Either(Bands(((0, m), (1, m - xs), (2, m - 2 * xs), (3, 0), (8, 0))), Unsure())))
        out.append((f"按规定时间报送得满分{cm}迟报1天扣{x}分{cm}迟报3天扣{_n(2 * xs)}分{cm}迟报5天以上不得分", str(m), Unsure()))
        out.append((f"迟报一次扣{x}分{cm}漏报一次扣{_n(2 * xs)}分{cm}扣完为止", str(m),
                    Either(Faults((Fault("迟报", f"-{x}", True), Fault("漏报", f"-{_n(2 * xs)}", True))), Unsure())))
        out.append((f"迟报一次扣{x}分{cm}漏报一次扣{_n(2 * xs)}分{cm}瞒报不得分", str(m),
                    Either(Faults((Fault("迟报", f"-{x}", True), Fault("漏报", f"-{_n(2 * xs)}", True),
                                   Fault("瞒报", "0"))), Unsure())))
    return out


# ── ratios of completion ─────────────────────────────────────────────────────────────────────────────────────────────
def completion() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, cm in product((10, 8, 15), ["，", ","]):
        half = Decimal(m) / 2
        whole = Bands(((100, m), (50, half), (80, Decimal(m) * Decimal("0.8")), (0, 0)))
        out.append(("按完成比例得分", str(m), whole))
        out.append(("完成率×分值", str(m), whole))
        out.append((f"得分=完成率×{m}", str(m), whole))
        out.append(("未完成的按比例扣分", str(m), Either(whole, Unsure())))
        out.append((f"全面完成得满分{cm}未完成的按比例扣分", str(m), Either(whole, Unsure())))
        out.append((f"完成任务的得满分{cm}未完成的按完成比例计分", str(m), whole))
        out.append((f"按完成比例得分{cm}超额完成不加分", str(m), whole))
        # a line under which nothing, points added past 100%, a figure not the 分值
        out.append((f"完成率×分值{cm}完成率低于60%不得分", str(m),
                    Either(Bands(((100, m), (80, Decimal(m) * Decimal("0.8")), (50, 0))), Unsure())))
        out.append((f"按完成比例得分{cm}超额完成的每超1%加0.1分{cm}最高加2分", str(m), Unsure()))
        out.append((f"得分=完成率×{m - 2}", str(m), Either(Bands(((100, m - 2), (50, Decimal(m - 2) / 2))), Unsure())))
        out.append((f"得分=完成率×{m + 2}{cm}最高不超过{m}分", str(m), Unsure()))
        # a base of another kind: the first unit's score, the county's total, the share of a group
        out.append((f"以第一名为基数{cm}按比例折算得分", str(m), Unsure()))
        # (the share itself times the 分值, as written, is a fair reading)
        out.append(("按完成数占全县总数的比例得分", str(m), Either(Bands(((100, m), (50, half), (0, 0))), Unsure())))
        out.append(("按全县平均完成率的比例得分", str(m), Unsure()))
        out.append((f"每少完成1%扣{_n(Decimal(m) / 20)}分{cm}扣完为止", str(m),
                    Either(Bands(((100, m), (90, Decimal(m) / 2), (60, 0))), Unsure())))
        out.append((f"完成率达到90%的得满分{cm}未达到的按比例扣分", str(m), Unsure()))
    return out


# ── 被通报批评 by level ──────────────────────────────────────────────────────────────────────────────────────────────
def criticised() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((a, b, c), m), cm in product(zip([(3, 2, 1), (5, 3, 1), (2, 1, "0.5")], (10, 6, 10)), ["，", "；", "、"]):
        each = (Fault("国家", f"-{a}", True), Fault("省", f"-{b}", True), Fault("市", f"-{c}", True))
        once = tuple(Fault(f.word, f.pts, None) for f in each)
        out.append((f"被国家级通报批评每次扣{a}分{cm}省级每次扣{b}分{cm}市级每次扣{c}分{cm}扣完为止", str(m),
                    Either(Faults(each), Unsure())))
        out.append((f"被国家级通报批评的扣{a}分{cm}被省级通报批评的扣{b}分{cm}被市级通报批评的扣{c}分", str(m),
                    Either(Faults(once), Unsure())))
        out.append((f"被国家级、省级、市级通报批评的分别扣{a}分、{b}分、{c}分", str(m), Either(Faults(once), Unsure())))
        if cm == "，":
            out.append((f"被通报批评的{cm}国家级每次扣{a}分、省级每次扣{b}分、市级每次扣{c}分{cm}扣完为止", str(m),
                        Either(Faults(each), Unsure())))
            out.append((f"被国家级通报批评每次扣{a}分{cm}省级每次扣{b}分{cm}市级每次扣{c}分{cm}最多扣{m // 2}分", str(m),
                        Either(Faults(each, off=str(m // 2)), Unsure())))
            # levels overlapping (以上), or/and, a level scoring nothing said, a deduction past the 分值
            out.append((f"被市级以上通报批评每次扣{a}分{cm}被县级以上通报批评每次扣{c}分{cm}扣完为止", str(m), Unsure()))
            out.append((f"被市级以上通报批评每次扣{b}分{cm}扣完为止", str(m), Either(Per(str(b)), Unsure())))
            out.append((f"被省级或市级通报批评每次扣{b}分{cm}扣完为止", str(m), Either(Per(str(b)), Unsure())))
            out.append((f"被国家级通报批评的本项不得分{cm}省级每次扣{b}分{cm}市级每次扣{c}分{cm}扣完为止", str(m),
                        Either(Faults((Fault("国家", "0"),) + each[1:]), Unsure())))
            out.append((f"被国家级通报批评每次扣{a}分{cm}省级每次扣{b}分{cm}市级每次扣{c}分{cm}被通报表扬的加1分", str(m),
                        Unsure()))
            out.append((f"被通报批评的{cm}国家级扣{a}分{cm}省级扣{b}分{cm}市级扣{c}分{cm}同一事项按最高级别扣分", str(m),
                        Unsure()))
    return out


# ── counts of reports or activities per quarter ──────────────────────────────────────────────────────────────────────
def per_quarter() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (what, (per, short)) in enumerate(product([("召开专题会议", "次"), ("报送工作信息", "篇"), ("开展督查活动", "次"),
                                                      ("组织专题培训", "场")],
                                                     [("每季度", "少一"), ("每月", "每少1"), ("全年", "少一")])):
        (n, x, m), cm = [(1, "1", 10), (2, "0.5", 5), (1, "2", 8), (2, "1", 10)][i % 4], "，,；"[i % 3]
        act, unit = what
        if per == "全年":
            need = n * 4
            out.append((f"{per}{act}不少于{need}{unit}{cm}{short}{unit}扣{x}分{cm}扣完为止", str(m),
                        Either(Bands(((need, m), (need - 1, m - Decimal(x)), (0, max(0, m - need * Decimal(x))),
                                      (need + 3, m))), Per(x))))
            out.append((f"{per}{act}不少于{need}{unit}{cm}{short}{unit}扣{x}分{cm}多一{unit}加{x}分", str(m), Unsure()))
            continue
        # one period's shortfall can take the 分值: the periods' shortfalls still add up
        big = int(m / Decimal(x))
        out.append((f"{per}{act}不少于{big}{unit}{cm}{short}{unit}扣{x}分{cm}扣完为止", str(m), Either(Per(x), Unsure())))
        # each short counted: points off per missing one, never a line on one count of the year
        out.append((f"{per}{act}不少于{n}{unit}{cm}{short}{unit}扣{x}分{cm}扣完为止", str(m), Either(Per(x), Unsure())))
        out.append((f"{per}{act}不少于{n}{unit}{cm}{short}{unit}扣{x}分", str(m), Either(Per(x), Unsure())))
        out.append((f"{per}{act}{n}{unit}以上{cm}{short}{unit}扣{x}分{cm}扣完为止", str(m), Either(Per(x), Unsure())))
        out.append((f"{per}至少{act}{n}{unit}{cm}{short}{unit}扣{x}分{cm}最多扣{m // 2}分", str(m),
                    Either(Per(x, str(m // 2)), Unsure())))
        # a unit changed: the quarter short, not the report
        out.append((f"{per}{act}不少于{n + 1}{unit}{cm}未达到的{per[1:]}扣{x}分{cm}扣完为止", str(m), Unsure()))
        out.append((f"{per}{act}不少于{n}{unit}{cm}{short}{unit}扣{x}分{cm}多一{unit}加{x}分", str(m), Unsure()))
    return out


def other_periods() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (per, what, unit), (n, x, m) in zip([("每周", "更新信息", "篇"), ("每旬", "报送信息", "篇"), ("每学期", "开展活动", "场"),
                                            ("每半年", "报送调研报告", "篇"), ("每月", "编发简报", "期"), ("每星期", "更新信息", "条")],
                                           [(2, "0.5", 10), (1, "0.5", 5), (2, "1", 10), (1, "2", 10), (2, "0.5", 5),
                                            (3, "1", 10)]):
        out.append((f"{per}{what}不少于{n}{unit}，少一{unit}扣{x}分，扣完为止", str(m), Either(Per(x), Unsure())))
        out.append((f"{what}：{per}不少于{n}{unit}，每少1{unit}扣{x}分，扣完为止", str(m), Either(Per(x), Unsure())))
        out.append((f"{per}{what}{n}{unit}以上得满分，每少1{unit}扣{x}分", str(m), Either(Per(x), Unsure())))
        # the year's count: one line
        out.append((f"全年{what}不少于{n * 4}{unit}，少一{unit}扣{x}分，扣完为止", str(m),
                    Either(Bands(((n * 4, m), (n * 4 - 1, m - Decimal(x)), (n * 4 + 2, m))), Per(x))))
    return out


_ALL = ranks() + rank_bands() + plus_minus() + seriousness() + deadlines() + completion() + criticised() + per_quarter() + other_periods()
_ALL = _ALL + [(_half(t), w, want) for t, w, want in _ALL[::9]]
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=_adds_wrongly)
