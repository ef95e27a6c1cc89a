"""Made-up texts in the styles of the newest readings of the proposer and their near variants: points per case then a closing
clause naming the cases that earn nothing (“每份报告得2分,最高10分,字迹潦草的不得分”; the cap unsaid or above the 分值,
the clause said first, in the brackets of the points or after a semicolon, 本项 zeroing the row instead, a cost or some
points instead, 扣 for 得, an absence “未提交报告的”, none of the cases “没有报告的”, 弄虚作假 that may zero the row), a
situation in words with how often it happens in brackets (“从不迟到得5分;偶尔迟到(每月不超过2次)得3分;经常迟到不得分”;
每周/每学期, 两次, 以内, the last situation unsaid, reordered, asides that overlap, a cost per time in the brackets, 扣 for
得, a score above the 分值, no aside, scores after a colon), a kind of unit given full marks after a list of situations
(“…没有的为0分。事业单位提供上年度12个月的纳税凭证,得满分。”; the unit given part or nothing or a bonus, the units that
do not prove it, 满分 as a figure, a list above the 分值), requirements with points in brackets, one deducting per case
closed by 扣完为止 (that one last, first or in the middle; 扣完為止 or no stop; a cap of its own; 加 for 扣; the cost
once; 扣本项; without 每; 无…(2分) and 起; a point naming how well a thing is done, “规划完成情况(2分)”, “报告质量(2分)”,
or a state, “建设规划合理(2分)”), the first case and each more costing alike (“有1件扣0.3分,每多1件扣0.3分”; 扣完为止, a
cap, 再扣, a cost rising, each two more, 加, the first case two, another unit, 多 without 每, 少/缺/差/超过 a line instead
of 有, what is counted said before, the full points said, a zero on a condition after), and a closing gate whose
condition is two clauses (“A级,得10分,…D级,得0分。发生质量事故,未按规定上报的,本项不得分。”; one clause, the two run
together or joined by 或, two conditions each closed by 的, a cost instead, a heading “评审依据:须提供…,未提供…不得分”
before or after, the D grade unsaid, a grade above the 分值, a figure in the first clause, the gate said first, a grade
lowered or capped or halved instead, the reverse condition, grades in words, a 注 before it) — full and half width
punctuation, Chinese numerals, traditional characters; each with what it states or that it is unsure. Every proposal
scores every situation as the text says, or is not confident.

Figures: 777 texts written; before mending 166 read confidently, 42 of them confident and wrong, mended; now 124 read
confidently, 0 confident and wrong (none of the 124 read otherwise than before).
- A deducting requirement said first (or in the middle), then points in brackets of which one names how well a thing
  is done (“没有出现违规案件(2分),每出现1件扣1分,扣完为止,有年度工作计划(1分),规划完成情况(2分)”; 报告质量, 完成度,
  规范程度; 24 texts): the points were read as a sure 要点核查 met or not, where a rater may give part of a degree's
  points (the same points alone are to check). Now to check: ``reading._composite`` adds the doubt of
  ``checklist.degrees_named`` (the doubt ``checklist._summed`` already gave points adding up) to the points it gathers.
  “建设规划合理(2分)”, a state met or not, stays sure, rightly.
- A figure short of a line read as the first case (“少1件案件扣0.3分,每多1件扣0.3分,扣完为止”; 缺, 差; 18 texts): the
  normalising of the first case and each more costing alike dropped 少, a sure 逐例扣分 of 0.3 a case — each more short,
  or each one past the line too, is unsaid. Now to check: ``wording._FIRST_THEN_EACH_ALIKE`` is not read after
  少/缺/差/欠/超/低/多/减 (“超过1件扣0.3分,每多1件…” was already to check).
The sure readings met (all right): a deducting requirement said first or in the middle, its 扣完为止 after it, with
points met or not (also “出现1件扣1分,扣完为止” without 每, “无违规案件(2分),每出现1起…”, “建设规划合理(2分)”); the first
case and each more alike with 扣完为止, 扣完3分为止, or a cap of the 分值, what is counted said before it (“出现违规案件的,”,
“未出现违规案件的得3分,”); points per case closed by “没有报告的不得分” (a count of 0); situations in words with no aside
(“从不迟到得5分;偶尔迟到得3分;经常迟到不得分”); grades then a gate of one clause, of two run together or joined by 或 (a
情形选择 with the gate's situation scoring 0).

Readings left to check (not confident, so no bar): every closing clause naming cases that earn nothing (a formula of
the cases counted, to check, in every form met), every how-often aside (a 情形选择 to check), the units given full
marks (a 情形选择 with their situation, to check), a deducting requirement said last before its 扣完为止 (whose stop,
the part's or the row's, is unsaid), the first case and each more with a cap below the 分值 or after 少/缺/差/超过, the
gate of two clauses (a 情形选择 with the gate's situation, to check), with a heading before it, after grades in words,
or a grade lowered, capped or halved instead of a zero.

The checker is ``tests/probe_checks.py``'s; ``Parts`` (points met or not beside a deducting requirement of its own
points) is this probe's.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import Either, WordOpts, first_statements, probe_tests, word_options_wrongly
from tests.proposals import Bands, Per, Ranks, Unsure, dec, item_score

Want = object
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十", 12: "十二"}
u = Unsure()


def _p(full: bool) -> tuple[str, str, str, str, str]:
    return ("，", "；", "。", "（", "）") if full else (",", ";", ".", "(", ")")


def _n(x: Decimal | int | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


@dataclass(frozen=True)
class Parts:
    """Requirements each met or not (``points``: a word of each and its points), and one requirement of ``part`` points
    (``word`` in its label) losing ``per`` a case, at most ``cap`` off it (None: its points)."""
    points: tuple[tuple[str, str], ...]
    word: str
    part: str
    per: str
    cap: str | None = None


def _parts_wrongly(p: Proposal, m: Decimal, want: Any) -> str | None:
    """A proposal read for ``Parts``: a deduction per case of the part's points and a checklist of the rest (or one
    formula of the whole), scoring every combination as the text says."""
    if not isinstance(want, Parts):
        return word_options_wrongly(p, m, want)
    if any(check_item(it) for it in p.items):
        return "unsound items"
    ded = [it for it in p.items if it["type"] == "deduction"]
    cl = [it for it in p.items if it["type"] == "checklist"]
    if len(p.items) != 2 or len(ded) != 1 or len(cl) != 1:
        return f"items {[it['type'] for it in p.items]}"
    d, c = ded[0], cl[0]
    if dec(d["max"]) != dec(want.part) or want.word not in d["label"]:
        return f"part {d['label']} of {d['max']}"
    off_cap = dec(want.cap) if want.cap is not None else dec(want.part)
    for k in (0, 1, 2, 3, 40):
        got = item_score(d, {"count": str(k)})
        expected = max(Decimal(0), dec(want.part) - min(off_cap, dec(want.per) * k))
        if got != expected:
            return f"{k} cases: {got}, not {expected} (part)"
    points = c["params"]["points"]
    if len(points) != len(want.points):
        return f"points {[pt['label'] for pt in points]}"
    said = []
    for pt in points:
        hits = [v for w, v in want.points if w in pt["label"]]
        if len(hits) != 1:
            return f"point {pt['label']}"
        said.append(dec(hits[0]))
    for ks in product((0, 1), repeat=len(points)):
        got = item_score(c, {"points": {pt["key"]: {"state": "met" if k else "not_met"} for pt, k in zip(points, ks)}})
        expected = sum((s for s, k in zip(said, ks) if k), Decimal(0))
        if got != expected:
            return f"{ks}: {got}, not {expected} (checklist)"
    if dec(d["max"]) + dec(c["max"]) != m:
        return "parts not making up the 分值"
    return ""


def _counted(x: Decimal | str, cap: Decimal | int) -> Bands:
    """Cases each earning ``x`` (those the closing clause names not counted), at most ``cap``."""
    xd = dec(x)
    return Bands(tuple((n, min(dec(cap), xd * n)) for n in (0, 1, 2, 3, 5, 40)))


# ── points per case, a closing clause naming the cases that earn nothing ──────────────────────────────────────────
def voided() -> list[tuple[str, str, Want]]:
    out: list = []
    for (thing, unit, x, cap, void), (full, trad, cn) in product(
            [("报告", "份", "2", 10, "字迹潦草的不得分"), ("论文", "篇", "1", 5, "抄袭的不计分"),
             ("案例", "个", "0.5", 3, "格式不符的一律不得分")],
            [(False, False, False), (True, False, False), (False, True, True)]):
        c, s, e, lb, rb = _p(full)
        m = str(cap)
        xs = _CN.get(int(dec(x)), x) if cn and dec(x) == int(dec(x)) else x
        caps = _CN.get(cap, str(cap)) if cn else str(cap)
        v = void.replace("潦草", "潦草").translate(str.maketrans("迹龚", "跡龔")) if trad else void
        if trad:
            v = v.replace("计", "計").replace("符", "符")
        v = v.replace(",", c)
        want = Either(_counted(x, cap), u)
        out.append((f"每{unit}{thing}得{xs}分{c}最高{caps}分{c}{v}{e}", m, want))
        # the cap unsaid (the 分值)
        out.append((f"每{unit}{thing}得{xs}分{c}{v}{e}", m, want))
        # the closing clause said first
        out.append((f"{v}{c}每{unit}{thing}得{xs}分{c}最高{caps}分{e}", m, want))
        # the cap above the 分值
        out.append((f"每{unit}{thing}得{xs}分{c}最高{cap + 2}分{c}{v}{e}", m, u))
        # the row zeroed, not the case
        out.append((f"每{unit}{thing}得{xs}分{c}最高{caps}分{c}{v.replace('的', '的本项')}{e}", m, u))
        # a cost per case, not nothing
        out.append((f"每{unit}{thing}得{xs}分{c}最高{caps}分{c}{v.split('的')[0]}的每{unit}扣1分{e}", m, u))
        # 扣 for 得
        out.append((f"每{unit}{thing}扣{xs}分{c}最高{caps}分{c}{v}{e}", m, u))
        # a sentence apart, semicolon
        out.append((f"每{unit}{thing}得{xs}分{c}最高{caps}分{s}{v}{e}", m, want))
        # an absence, not a case
        out.append((f"每{unit}{thing}得{xs}分{c}最高{caps}分{c}未提交{thing}的不得分{e}", m, Either(want, u)))
        # the closing clause earning some points
        out.append((f"每{unit}{thing}得{xs}分{c}最高{caps}分{c}{v.split('的')[0]}的得0.5分{e}", m, u))
        # none of the cases: a count of 0
        out.append((f"每{unit}{thing}得{xs}分{c}最高{caps}分{c}没有{thing}的不得分{e}", m, want))
        # the clause in the brackets of the points
        out.append((f"每{unit}{thing}得{xs}分{lb}{v}{rb}{c}最高{caps}分{e}", m, want))
        # a fault that may zero the row
        out.append((f"每{unit}{thing}得{xs}分{c}最高{caps}分{c}弄虚作假的不得分{e}", m, u))
    return out


# ── a situation in words, how often it happens in brackets ────────────────────────────────────────────────────────
def how_often() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad), ((per, n, ncn), (a, b)) in product(
            [(False, False), (True, False), (False, True)],
            [(("每月", 2, "两"), (5, 3)), (("每周", 1, "一"), (10, 6)), (("每学期", 3, "三"), (4, 2))]):
        _c, s, e, lb, rb = _p(full)
        nev, occ, oft, lim = ("從不遲到", "偶爾遲到", "經常遲到", "不超過") if trad else ("从不迟到", "偶尔迟到", "经常迟到", "不超过")
        m = str(a)
        aside = f"{lb}{per}{lim}{n}次{rb}"
        want = Either(Ranks((a, b, 0)), u)
        out.append((f"{nev}得{a}分{s}{occ}{aside}得{b}分{s}{oft}不得分", m, want))
        out.append((f"{nev}得{a}分{s}{occ}{aside}得{b}分{s}{oft}不得分{e}", m, want))
        # the last situation unsaid
        out.append((f"{nev}得{a}分{s}{occ}{aside}得{b}分{e}", m, Either(Ranks((a, b)), u)))
        # the numeral in words
        out.append((f"{nev}得{a}分{s}{occ}{lb}{per}{lim}{ncn}次{rb}得{b}分{s}{oft}不得分", m, want))
        # clauses reordered
        out.append((f"{occ}{aside}得{b}分{s}{nev}得{a}分{s}{oft}不得分", m, want))
        # an aside on the last one too
        out.append((f"{nev}得{a}分{s}{occ}{aside}得{b}分{s}{oft}{lb}{per}{n + 1}次以上{rb}不得分", m, want))
        # 扣 for 得: a cost, not the situation's points
        out.append((f"{nev}得{a}分{s}{occ}{aside}扣{b}分{s}{oft}不得分", m, u))
        # a situation's points above the 分值
        out.append((f"{nev}得{a}分{s}{occ}{aside}得{a + 1}分{s}{oft}不得分", m, u))
        # an aside that is a cost per time, not how often
        out.append((f"{nev}得{a}分{s}{occ}{lb}每次扣1分{rb}{s}{oft}不得分", m, u))
        # the 分值 not matching the best
        out.append((f"{nev}得{a}分{s}{occ}{aside}得{b}分{s}{oft}不得分", str(a + 2), u))
        # 以内
        out.append((f"{nev}得{a}分{s}{occ}{lb}{per}{n}次以内{rb}得{b}分{s}{oft}不得分", m, want))
        # a figure outside the brackets too
        out.append((f"{nev}得{a}分{s}{occ}{aside}得{b}分{s}迟到{n + 2}次以上不得分", m, Either(want, u)))
        # no aside
        out.append((f"{nev}得{a}分{s}{occ}得{b}分{s}{oft}不得分", m, want))
        # asides that overlap (the same count in two situations)
        out.append((f"{nev}得{a}分{s}{occ}{aside}得{b}分{s}{oft}{lb}{per}{n}次以上{rb}不得分", m, u))
        # a situation's score said with a colon
        out.append((f"{nev}:{a}分{s}{occ}{aside}:{b}分{s}{oft}:0分", m, want))
    return out


# ── a kind of unit given full marks after a list of situations ──────────────────────────────────────────────────
def full_for_some() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad), ((m, two), (kind, proof)) in product(
            [(False, False), (True, False), (False, True)],
            [((3, 2), ("事业单位", "提供上年度12个月的纳税凭证")), ((5, 3), ("新成立企业", "提供成立以来的完税证明")),
             ((4, 1), ("个体工商户", "提供营业执照"))]):
        c, _s, e, _lb, _rb = _p(full)
        a, full_w, none = ("連續三年獲得A級的", "得滿分", "沒有的為0分") if trad else ("连续三年获得A级的", "得满分", "没有的为0分")
        twice = "獲得過兩次的" if trad else "获得过两次的"
        head = f"{a}{full_w}{c}{twice}得{two}分{c}{none}{e}"
        out.append((f"{head}{kind}{proof}{c}{full_w}{e}", str(m), Either(Ranks((m, m, two, 0)), u)))
        # the unit given a part, not full marks
        out.append((f"{head}{kind}{proof}{c}得{two}分{e}", str(m), Either(Ranks((m, two, two, 0)), u)))
        # the unit given nothing
        out.append((f"{head}{kind}{proof}{c}不得分{e}", str(m), Either(Ranks((m, two, 0, 0)), u)))
        # a bonus, not a situation
        out.append((f"{head}{kind}{proof}{c}加1分{e}", str(m), u))
        # the units that do not prove it
        out.append((f"{head}{kind}未{proof[:2] if proof.startswith('提供') else ''}{proof[2:]}的{c}不得分{e}", str(m), u))
        # the list alone
        out.append((head, str(m), Either(Ranks((m, two, 0)), u)))
        # 满分 named by its figure
        out.append((f"{head}{kind}{proof}{c}得{m}分{e}", str(m), Either(Ranks((m, m, two, 0)), u)))
        # the list's full marks a figure, the unit's full marks in words
        out.append((f"{a}得{m}分{c}{twice}得{two}分{c}{none}{e}{kind}{proof}{c}{full_w}{e}", str(m),
                    Either(Ranks((m, m, two, 0)), u)))
        # a 满分 above the row (the 分值 not matching the list)
        out.append((f"{a}得{m + 2}分{c}{twice}得{two}分{c}{none}{e}{kind}{proof}{c}{full_w}{e}", str(m), u))
    return out


# ── requirements with points in brackets, the last one's cost per case closed by 扣完为止 ─────────────────────────
def bracketed() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, cn), ((a, b, cc, x), close) in product(
            [(False, False), (True, False), (False, True)],
            [((1, 2, 2, "1"), "扣完为止"), ((2, 1, 3, "0.5"), "扣完為止"), ((1, 1, 2, "2"), ""), ((2, 2, 1, "1"), "扣完为止")]):
        c, _s, e, lb, rb = _p(full)
        xs = _CN.get(int(dec(x)), x) if cn and dec(x) == int(dec(x)) else x
        one = "一" if cn else "1"
        m = a + b + cc
        tail = f"{c}{close}" if close else ""
        want = Either(Parts((("计划", str(a)), ("规划", str(b))), "案件", str(cc), x), u)
        plan, build, none = f"有年度工作计划{lb}{a}分{rb}", f"有建设规划{lb}{b}分{rb}", f"没有出现违规案件{lb}{cc}分{rb}"
        cost = f"每出现{one}件扣{xs}分"
        out.append((f"{plan}{c}{build}{c}{none}{c}{cost}{tail}", str(m), want))
        out.append((f"{plan}{c}{build}{c}{none}{c}{cost}{tail}{e}", str(m), want))
        # the deducting requirement first
        out.append((f"{none}{c}{cost}{tail}{c}{plan}{c}{build}", str(m), want))
        # the deducting requirement in the middle
        out.append((f"{plan}{c}{none}{c}{cost}{tail}{c}{build}", str(m), want))
        # the 分值 not matching the points
        out.append((f"{plan}{c}{build}{c}{none}{c}{cost}{tail}", str(m + 1), u))
        # a cap of its own below the part's points
        out.append((f"{plan}{c}{build}{c}{none}{c}{cost}{c}最多扣1分", str(m),
                    Either(Parts((("计划", str(a)), ("规划", str(b))), "案件", str(cc), x, "1"), u)))
        # 加 for 扣
        out.append((f"{plan}{c}{build}{c}{none}{c}每出现{one}件加{xs}分{tail}", str(m), u))
        # the cost once, not per case
        out.append((f"{plan}{c}{build}{c}{none}{c}出现违规案件扣{xs}分{tail}", str(m), u))
        # the cost of the whole row (本项)
        out.append((f"{plan}{c}{build}{c}{none}{c}每出现{one}件扣本项{xs}分{tail}", str(m), u))
        # the cost said without 每, its stop after it
        out.append((f"{none}{c}出现{one}件扣{xs}分{c}扣完为止{c}{plan}{c}{build}", str(m), want))
        # the requirement said 无, its cases 起
        out.append((f"无违规案件{lb}{cc}分{rb}{c}每出现{one}起扣{xs}分{c}扣完为止{c}{plan}{c}{build}", str(m), want))
        # a point naming how well a thing is done, not whether (part of its points may be given)
        for degree in [("规划完成情况", "报告质量", "完成度", "规范程度")[(a + b + cc + len(close) + full) % 4]]:
            out.append((f"{none}{c}{cost}{c}扣完为止{c}{plan}{c}{degree}{lb}{b}分{rb}", str(m), u))
            out.append((f"{plan}{c}{none}{c}{cost}{c}扣完为止{c}{degree}{lb}{b}分{rb}", str(m), u))
        # a point naming a thing done (合理: a state met or not)
        out.append((f"{none}{c}{cost}{c}扣完为止{c}{plan}{c}建设规划合理{lb}{b}分{rb}", str(m),
                    Either(Parts((("计划", str(a)), ("规划", str(b))), "案件", str(cc), x), u)))
    return out


def first_then_each() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, cn), ((x, m), (what, unit)) in [
            ((False, False), (("0.3", "3"), ("", "件"))), ((True, False), (("0.3", "3"), ("案件", "件"))),
            ((False, True), (("1", "5"), ("案件", "件"))), ((True, False), (("0.5", "2"), ("问题", "处"))),
            ((False, False), (("0.3", "1"), ("", "起"))), ((False, True), (("0.5", "2"), ("", "处")))]:
        c, _s, e, _lb, _rb = _p(full)
        one = "一" if cn else "1"
        xs = _CN.get(int(dec(x)), x) if cn and dec(x) == int(dec(x)) else x
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多{one}{unit}扣{xs}分", m, Either(Per(x), u)))
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多{one}{unit}扣{xs}分{c}扣完为止{e}", m, Either(Per(x), u)))
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多{one}{unit}扣{xs}分{c}最多扣1分{e}", m, Either(Per(x, "1"), u)))
        out.append((f"发现{one}{unit}{what}扣{xs}分{c}每多{one}{unit}再扣{xs}分{e}", m, Either(Per(x), u)))
        # a cost rising with the count
        y = _n(dec(x) * 2)
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多{one}{unit}扣{y}分", m,
                    Either(Bands(tuple((k, max(Decimal(0), dec(m) - (dec(x) + dec(y) * (k - 1) if k else 0)))
                                       for k in (0, 1, 2, 3, 40))), u)))
        # each two more
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多2{unit}扣{xs}分", m, u))
        # 加 for 扣
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多{one}{unit}加{xs}分", m, u))
        # the first case two
        out.append((f"有2{unit}{what}扣{xs}分{c}每多{one}{unit}扣{xs}分", m, u))
        # another unit in the second clause
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多{one}人扣{xs}分", m, u))
        # 多 without 每
        out.append((f"有{one}{unit}{what}扣{xs}分{c}多{one}{unit}扣{xs}分", m, Either(Per(x), u)))
        # a figure short of a line, not a case found: each more short, or each one past the line too?
        for short in ("少", "缺", "差"):
            out.append((f"{short}{one}{unit}{what}扣{xs}分{c}每多{one}{unit}扣{xs}分{c}扣完为止{e}", m, u))
        out.append((f"超过{one}{unit}{what}扣{xs}分{c}每多{one}{unit}扣{xs}分{e}", m, u))
        # what is counted said before; the row's full points said
        out.append((f"出现违规{what or '案件'}的{c}有{one}{unit}扣{xs}分{c}每多{one}{unit}扣{xs}分{c}扣完为止{e}", m,
                    Either(Per(x), u)))
        out.append((f"未出现违规{what or '案件'}的得{m}分{c}有{one}{unit}扣{xs}分{c}每多{one}{unit}扣{xs}分{c}扣完为止{e}",
                    m, Either(Per(x), u)))
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多{one}{unit}扣{xs}分{c}扣完{m}分为止{e}", m, Either(Per(x), u)))
        # a zero on a condition after
        out.append((f"有{one}{unit}{what}扣{xs}分{c}每多{one}{unit}扣{xs}分{c}扣完为止{c}出现重大案件的不得分{e}", m, u))
    return out


# ── a closing gate whose condition is two clauses ──────────────────────────────────────────────────────────────
def gates() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, sep), ((top, grades), (cond1, cond2)) in product(
            [(False, ","), (True, "，"), (False, "")],
            [((10, (10, 7, 4, 0)), ("发生质量事故", "未按规定上报的")), ((8, (8, 6, 3, 0)), ("出现需求变更", "未及时提交变更申请的")),
             ((6, (6, 4, 2, 0)), ("發生安全事故", "未按規定上報的"))]):
        c, _s, e, _lb, _rb = _p(full)
        gs = f"{c}".join(f"{g}级{sep}得{v}分" for g, v in zip("ABCD", grades))
        m = str(top)
        both = Either(Ranks((*grades, 0)), u)
        out.append((f"{gs}{e}{cond1}{c}{cond2}{c}本项不得分{e}", m, both))
        out.append((f"{gs}{e}{cond1}{cond2}{c}本项不得分{e}", m, both))
        # either clause, said with 或
        out.append((f"{gs}{e}{cond1}或{cond2}{c}本项不得分{e}", m, both))
        # two separate conditions, each zeroing
        out.append((f"{gs}{e}{cond1}的{c}{cond2}{c}本项不得分{e}", m, Either(Ranks((*grades, 0, 0)), u)))
        # a cost, not a zero
        out.append((f"{gs}{e}{cond1}{c}{cond2}{c}扣2分{e}", m, u))
        out.append((f"{gs}{e}{cond1}{c}{cond2}{c}本项扣2分{e}", m, u))
        # a heading before, its own zero
        head = f"评审依据:须提供检查报告{c}未提供检查报告不得分{e}"
        out.append((f"{head}{gs}{e}{cond1}{c}{cond2}{c}本项不得分{e}", m,
                    Either(WordOpts((*grades, 0, 0), words=("A级", "B级", "C级", "D级", cond1[:4], "未提供")), u)))
        out.append((f"{gs}{e}评审依据:须提供检查报告{c}未提供检查报告不得分{e}", m,
                    Either(WordOpts((*grades, 0), words=("A级", "B级", "C级", "D级", "未提供")), u)))
        out.append((f"{gs}{e}须提供检查报告{c}未提供检查报告不得分{e}", m,
                    Either(WordOpts((*grades, 0), words=("A级", "B级", "C级", "D级", "未提供")), u)))
        # the D grade unsaid
        gs3 = f"{c}".join(f"{g}级{sep}得{v}分" for g, v in zip("ABC", grades))
        out.append((f"{gs3}{e}{cond1}{c}{cond2}{c}本项不得分{e}", m, u))
        # a grade above the 分值
        out.append((f"{gs}{e}{cond1}{c}{cond2}{c}本项不得分{e}", str(top - 2), u))
        # the clause before the gate saying a figure
        out.append((f"{gs}{e}{cond1}2次以上{c}{cond2}{c}本项不得分{e}", m, Either(Ranks((*grades, 0)), u)))
        # the gate said first
        out.append((f"{cond1}{c}{cond2}{c}本项不得分{e}{gs}{e}", m, both))
        # a gate of one clause
        out.append((f"{gs}{e}{cond1}的{c}本项不得分{e}", m, both))
        # not a zero: a grade lowered, a cap, points halved
        for then in [("降为D级", "本项最高得4分", "本项得分减半", "不得评为A级")[(top + k) % 4] for k in (0, 1)]:
            out.append((f"{gs}{e}{cond1}{c}{cond2}{c}{then}{e}", m, u))
        # the reverse condition, nothing taken off
        out.append((f"{gs}{e}{cond1}{c}及时上报的{c}本项不扣分{e}", m, u))
        # grades in words
        words = f"{c}".join(f"{g}{sep}得{v}分" for g, v in zip(("优秀", "良好", "合格", "不合格"), grades))
        out.append((f"{words}{e}{cond1}{c}{cond2}{c}本项不得分{e}", m, both))
        # a note before the gate
        out.append((f"{gs}{e}注:{cond1}{c}{cond2}{c}本项不得分{e}", m, both))
    return out


_ALL = voided() + how_often() + full_for_some() + bracketed() + first_then_each() + gates()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 400, 800, own=_parts_wrongly)
