"""Probe 40: made-up texts aimed at the readings the coverage branches cov1, cov2 and cov3 added (other sectors and
layouts than their own texts) — bands joined by spaces or 、, “N%以内” as a line at most, time-limit ladders (“2小时内…4小时内…
超过4小时”, in minutes, in working days, written longest first, hours beside days), “未达到N万元” (beside 亿元), a step down
from 100% with a floor (said with 以下, with the span, said twice, two floors), options and scores in cells of their own
(scores against the grades' order, one score missing or extra, two alike), situations then a case zeroing the row or a
veto, lettered grades and classes (Ⅲ类及以上, AAA级), a minus after a step, 每发生, 迟延, a count's bands after a lead (two
leads, overlapping bands), a time limit before a step (in minutes, in days), counts times points — each with what it
states (a few situations and their scores, options by their labels) or that it is unsure. Every proposal scores every
stated situation as the text says, or is not confident.

The checker is ``tests/probe_checks.py``'s, with ``Labeled`` (options scored by their labels, not only by their ranks)
checked here. 1,390 texts.

Confident readings found scoring wrong before mending (56 texts of the probe, by cause), all mended:

- a case zeroing the row whose words name a situation scoring points (“无差错得5分,差错经核实得2分,有差错的本项不得分”,
  “按时完成5分,延迟完成2分,未完成0分,出现延迟的本项不得分”): both hold for one case, which was scored 2 surely (48 texts).
  Now to check, with a note (reading ``_case_within_scored``: a 0 situation “有/出现/发生/存在/发现/如有 X” where X stands
  undenied in a scored situation's label);
- a band with both ends said overlapping a band of another score over a span (“≥90% 10分 80%-100% 6分 <80% 0分”): 90–100
  has two scores, and the first band won surely (5 texts). Now to check (reading ``_ranges_overlap`` beside the overlap
  check; a lone value beside a range ending there, and ends shared, are left as they were);
- a line on the time taken in one unit before a step in another (“应急到岗时间≤1小时,每超出1天扣3分”, “≤1天,每超出1小时…”):
  read surely as a delay from nothing, the line dropped (2 texts). Now to check, with a note (delay ``_per_period_late``);
- a fault of its own costing the step's own amount after a line and its step (“≤2小时,每超出1小时扣1分,扣完为止;未按规定
  记录的扣1分”): the threshold reading's check flagged only costs of another amount (1 text). Now any cut past the step's
  is flagged (reading's threshold check).

Left to check (not confident), as the readings should: scores in a column after the bands, a score missing or extra,
scores against the grades' order, ± deviations, ladders in hours beside days or minutes, metrics named with a time limit
(“2小时内响应率”), two measures in one band, 分别, “或” scores, two floors, counts times points (formulas adding points),
a count's bands beside another lead or a bonus.

Tuning corpus: 5,255 → 5,255 exact, no id lost, 0 confident but wrong.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests, wrongly
from tests.proposals import Bands, Per, Ranks, Unsure, dec


@dataclass(frozen=True)
class Labeled:
    """Options each scoring its own points: ``pairs`` of a label (found as the whole label, or in it) and its score;
    every option of the proposal is one of them (at most one more, scoring 0, where ``zero_ok``)."""
    pairs: tuple[tuple[str, Any], ...]
    zero_ok: bool = False


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Labeled):
        return None
    if len(p.items) != 1 or p.items[0]["type"] != "choice":
        if p.items and p.items[0]["type"] in ("all_or_nothing", "checklist") and len(want.pairs) == 2:
            return wrongly(p, str(m), Ranks(tuple(s for _l, s in want.pairs)))
        return f"read as {[it['type'] for it in p.items]}"
    opts = [(str(o["label"]), dec(o["score"])) for o in p.items[0]["params"]["options"]]
    seen = set()
    for label, score in opts:
        hits = [i for i, (w, _s) in enumerate(want.pairs) if w == label.strip("、,;: ")]
        hits = hits or [i for i, (w, _s) in enumerate(want.pairs) if w in label]
        if len(hits) > 1:  # the longest word found: “基本满意” before “满意”
            best = max(len(want.pairs[i][0]) for i in hits)
            hits = [i for i in hits if len(want.pairs[i][0]) == best]
        if len(hits) != 1:
            if score == 0 and want.zero_ok:
                continue
            return f"option {label} is of {len(hits)} labels"
        if score != dec(want.pairs[hits[0]][1]):
            return f"option {label}: {score}, not {want.pairs[hits[0]][1]}"
        seen.add(hits[0])
    if len(seen) != len(want.pairs):
        return f"options {opts}"
    return ""


def _num(x: Any) -> str:
    return format(dec(x).normalize(), "f")


# ── bands joined by spaces or 、 (other sectors, scores not along the row, a score missing or extra) ────────────────
def spaced_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    names = ["病历甲级率", "垃圾清运及时率", "供水水质达标率", "巡检到位率", "回访率", "台账规范率"]
    for i, ((m, a), (hi, lo)) in enumerate(list(product([(10, 6), (8, 5), (15, 9)], [(90, 80), (99, 95), (85, 70)]))[::2]):
        name = names[i % len(names)]
        three = Bands(((100, m), (hi, m), (hi - 1, a), (lo, a), (lo - 1, 0)))
        inner = Bands(((100, m), (hi + 0.5, m), (lo + 1, a), (lo - 1, 0)))
        out.append((f"{name}≥{hi}% {m}分 {lo}%≤{name}<{hi}% {a}分 {name}<{lo}% 0分", str(m), three))
        out.append((f"{name}≥{hi}% {m} {lo}%≤{name}<{hi}% {a} {name}<{lo}% 0", str(m), three))
        out.append((f"{name}≥{hi}%得{m}分 {lo}%≤{name}<{hi}%得{a}分 {name}<{lo}%不得分", str(m), three))
        out.append((f"{name}≥{hi}%得{m}分、{lo}%≤{name}<{hi}%得{a}分、{name}<{lo}%不得分", str(m), three))
        out.append((f"{name}{hi}%(含)以上{m}分、{lo}%(含)-{hi}%{a}分、{lo}%以下0分", str(m), three))
        out.append((f"{name}{hi}%以上:{m}分 {lo}%-{hi}%:{a}分 {lo}%以下:0分", str(m), Either(inner, Unsure())))
        out.append((f"{name}≥{hi}%,{m}分 {lo}%-{hi}%(不含{hi}%),{a}分 {lo}%以下,0分", str(m), Either(inner, Unsure())))
        # the scores in a column of their own after the bands: which score is whose is read from the layout alone
        out.append((f"{name}≥{hi}% {lo}%≤{name}<{hi}% {name}<{lo}% {m} {a} 0", str(m), Either(three, Unsure())))
        out.append((f"≥{hi}% {lo}%-{hi}% <{lo}% {m}分 {a}分 0分", str(m), Either(three, Unsure())))
        # a score missing, a score extra, two bands overlapping, the bands reversed against the scores
        out.append((f"{name}≥{hi}% {m}分 {lo}%-{hi}% {name}<{lo}% 0分", str(m), Unsure()))
        out.append((f"{name}≥{hi}% {m}分 {a}分 {lo}%≤{name}<{hi}% {a}分 {name}<{lo}% 0分", str(m), Unsure()))
        out.append((f"{name}≥{lo}% {m}分 {name}≥{hi}% {a}分 {name}<{lo}% 0分", str(m), Unsure()))
        out.append((f"{name}≥{hi}% {m}分 {lo}%-100% {a}分 {name}<{lo}% 0分", str(m), Unsure()))
        out.append((f"{name}≥{hi}% {a}分 {lo}%≤{name}<{hi}% {m}分 {name}<{lo}% 0分", str(m), Unsure()))
        out.append((f"{name}≥{hi}%、{m}分、{lo}%≤{name}<{hi}%、{a}分、{name}<{lo}%、0分", str(m), Either(three, Unsure())))
        # a closing clause the bands must not swallow
        out.append((f"{name}≥{hi}% {m}分 {lo}%≤{name}<{hi}% {a}分 {name}<{lo}% 0分 数据造假的本项不得分", str(m), Unsure()))
        out.append((f"{name}≥{hi}%得{m}分、{lo}%≤{name}<{hi}%得{a}分、{name}<{lo}%不得分、每漏报1例扣1分", str(m), Unsure()))
    for (m, a), (hi, lo), (unit, what) in product([(10, 6), (6, 3)], [(50, 20), (10, 5)],
                                                  [("家", "新引进企业"), ("篇", "发表调研文章"), ("场", "举办招聘会")]):
        three = Bands(((hi + 3, m), (hi, m), (lo + 1, a), (lo, a), (lo - 1, 0)))
        out.append((f"{what}{hi}{unit}及以上{m}分、{lo}{unit}(含)-{hi}{unit}{a}分、不足{lo}{unit}0分", str(m), three))
        out.append((f"{what}≥{hi}{unit} {m}分 {lo}{unit}≤{what[-2:]}<{hi}{unit} {a}分 <{lo}{unit} 0分", str(m),
                    Either(three, Unsure())))
        out.append((f"{what}{hi}{unit}及以上{m}分、{lo}{unit}(含)以上{a}分、{lo}{unit}以下0分", str(m),
                    Either(Bands(((hi + 3, m), (hi, m), (lo + 1, a), (lo - 1, 0))), Unsure())))
        out.append((f"{what}{hi}{unit}及以上{m}分、{lo}{unit}(含)-{hi}{unit}{a}分", str(m),
                    Either(Bands(((hi + 3, m), (hi, m), (lo + 1, a), (lo - 1, 0))), Unsure())))
        out.append((f"{what}{hi}{unit}及以上{m}分、{lo}{unit}(含)-{hi}{unit}{a}分、不足{lo}{unit}{m}分", str(m), Unsure()))
    return out


# ── N%以内 a line at most, ceilings, ± ──────────────────────────────────────────────────────────────────────────────
def within() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, a), (lo, hi), say in list(product(["货物破损率", "计量误差率", "票据差错率", "漏检率"], [(10, 6), (5, 3)],
                                                    [(0.5, 1), (1, 3), (2, 5)], ["得", "计", ""]))[::4]:
        zero = "不得分" if say == "得" else f"{say}0分"
        three = Bands(((0, m), (lo / 2, m), (lo, m), ((lo + hi) / 2, a), (hi, a), (hi + 1, 0)))
        out.append((f"{name}{_num(lo)}%以内{say}{m}分,{_num(hi)}%以内{say}{a}分,超过{_num(hi)}%{zero}", str(m), three))
        out.append((f"{name}控制在{_num(lo)}%以内的{say}{m}分;{_num(hi)}%以内的{say}{a}分;高于{_num(hi)}%的{zero}", str(m),
                    three))
        out.append((f"{name}{_num(lo)}%之内{say}{m}分,{_num(hi)}%之内{say}{a}分,{_num(hi)}%以上{zero}", str(m),
                    Either(three, Unsure())))
        # written the wider first
        out.append((f"{name}{_num(hi)}%以内{say}{a}分,{_num(lo)}%以内{say}{m}分,超过{_num(hi)}%{zero}", str(m),
                    Either(three, Unsure())))
        # ± a deviation either way: to check (a value below 0 is the deviation's too)
        out.append((f"{name}偏差±{_num(lo)}%以内{say}{m}分,±{_num(hi)}%以内{say}{a}分,超过±{_num(hi)}%{zero}", str(m),
                    Unsure()))
        # one line alone, with the rest unsaid
        out.append((f"{name}{_num(lo)}%以内{say}{m}分", str(m), Either(Bands(((0, m), (lo, m), (hi + 1, 0))), Unsure())))
        # an extra clause
        out.append((f"{name}{_num(lo)}%以内{say}{m}分,{_num(hi)}%以内{say}{a}分,超过{_num(hi)}%{zero},瞒报的扣{m}分", str(m),
                    Unsure()))
    return out


# ── time-limit ladders ──────────────────────────────────────────────────────────────────────────────────────────────
def time_limits() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a), (s, lo), (what, done) in list(product([(5, 3), (8, 4), (6, 2)], [(2, 4), (1, 3), (12, 24), (4, 8)],
                                                      [("报修", "到达现场"), ("舆情", "回应"), ("故障", "排除")]))[::3]:
        three = Bands(((s / 2, m), (s, m), ((s + lo) / 2, a), (lo, a), (lo + 1, 0), (lo * 3, 0)))
        out.append((f"{what}{s}小时内{done}得{m}分,{lo}小时内{done}得{a}分,超过{lo}小时{done}不得分", str(m), three))
        out.append((f"{s}小时内{done}{m}分、{lo}小时内{done}{a}分、超过{lo}小时0分", str(m), three))
        out.append((f"{what}{lo}小时内{done}得{a}分,{s}小时内{done}得{m}分,超过{lo}小时不得分", str(m),
                    Either(three, Unsure())))
        out.append((f"{s}小时内{done}得{m}分,{lo}小时内{done}得{a}分", str(m), Either(three, Unsure())))
        out.append((f"{s}小时内{done}得{m}分,{lo}小时内{done}得{a}分,{lo}小时以上不得分", str(m), Either(three, Unsure())))
        out.append((f"{s}小时内{done}得{m}分,{lo}小时内{done}得{a}分,超过{lo}小时不得分;未建立台账的扣1分", str(m), Unsure()))
        # minutes: 分钟 is no score
        mins = Bands(((s * 5, m), (s * 10, m), (s * 10 + 5, a), (lo * 10, a), (lo * 10 + 5, 0)))
        out.append((f"{s * 10}分钟内{done}得{m}分,{lo * 10}分钟内{done}得{a}分,超过{lo * 10}分钟不得分", str(m),
                    Either(mins, Unsure())))
        # hours beside days
        out.append((f"{s}小时内{done}得{m}分,1天内{done}得{a}分,超过1天不得分", str(m),
                    Either(Bands(((s / 2, m), (s, m), (24, a), (30, 0))), Unsure())))
        out.append((f"{s}小时内{done}得{m}分,{lo}个工作日内{done}得{a}分,超过{lo}个工作日不得分", str(m), Unsure()))
    for (m, a), (s, lo), unit in product([(5, 3), (10, 4)], [(1, 3), (3, 7), (5, 10)], ["个工作日", "日", "天"]):
        three = Bands(((s, m), (lo, a), (lo + 1, 0)))
        out.append((f"{s}{unit}内办结{m}分,{lo}{unit}内办结{a}分,超过{lo}{unit}未办结0分", str(m), Either(three, Unsure())))
        out.append((f"在{s}{unit}内答复的得{m}分;在{lo}{unit}内答复的得{a}分;超过{lo}{unit}答复的不得分", str(m), three))
        out.append((f"在{s}{unit}内答复的得{m}分;在{lo}{unit}内答复的得{a}分;超过{lo}{unit}答复的不得分", str(m + 2), Unsure()))
    return out


# ── 未达到N万元 ──────────────────────────────────────────────────────────────────────────────────────────────────────
def sums() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (hi, lo), (m, a), what in list(product([(2000, 1000), (500, 200), (80, 50)], [(10, 6), (8, 3)],
                                               ["争取上级项目资金", "村集体经济收入", "完成固定资产投资"]))[::2]:
        three = Bands(((hi + 10, m), (hi, m), (lo + 1, a), (lo, a), (lo - 1, 0)))
        out.append((f"{what}达到{hi}万元的得{m}分,达到{lo}万元的得{a}分,未达到{lo}万元的不得分", str(m), three))
        out.append((f"{what}达到{hi}万元得{m}分;达到{lo}万元得{a}分;未达到{lo}万元不得分。", str(m), three))
        out.append((f"{what}达到{hi}万元的得{m}分,未达到{hi}万元的得{a}分,未达到{lo}万元的不得分", str(m),
                    Either(three, Unsure())))
        out.append((f"{what}达到{hi}万元的得{m}分,达到{lo}万元的得{a}分,未达到{lo}万元的得1分", str(m),
                    Bands(((hi + 10, m), (hi, m), (lo + 1, a), (lo, a), (lo - 1, 1)))))
        out.append((f"{what}达到{hi}万元的得{m}分,达到{lo}万元的得{a}分", str(m), Either(three, Unsure())))
        out.append((f"{what}达到{hi}万元的得{m}分,达到{lo}万元的得{a}分,未达到{lo}万元的不得分,资金违规使用的扣{a}分", str(m),
                    Unsure()))
    for (m, a), what in product([(10, 6), (8, 4)], ["完成招商引资", "实现技改投资"]):
        out.append((f"{what}达到1亿元的得{m}分,达到5000万元的得{a}分,未达到5000万元的不得分", str(m),
                    Either(Bands(((12000, m), (10000, m), (6000, a), (5000, a), (4000, 0))), Unsure())))
        out.append((f"{what}达到1.5亿元的得{m}分,达到1亿元的得{a}分,未达到1亿元的不得分", str(m),
                    Either(Bands(((2, m), (1.5, m), (1.2, a), (1, a), (0.5, 0))), Unsure())))
        out.append((f"{what}达到5000万元的得{m}分,达到3000万元的得{a}分,未达到3000万元的不得分", str(m),
                    Bands(((6000, m), (5000, m), (4000, a), (3000, a), (2000, 0)))))
        out.append((f"{what}达到5000万元的得{m}分,达到3000元的得{a}分,未达到3000元的不得分", str(m), Unsure()))
    return out


# ── a step down from 100% with a floor ──────────────────────────────────────────────────────────────────────────────
def steps_floor() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, x, floor) in list(product(["疫苗接种率", "河道保洁到位率", "档案归档率", "设备点检率"],
                                            [(10, "1", 90), (10, "0.5", 90), (8, "0.5", 95), (6, "0.2", 80),
                                             (20, "2", 95)]))[::2]:
        xd = dec(x)

        def at(v: float, floor: int = floor, m: int = m, xd: Decimal = xd) -> Decimal:
            return Decimal(0) if v < floor else max(Decimal(0), m - xd * (100 - dec(v)))
        samples = Bands(tuple((v, at(v)) for v in (100, 99, floor + 1, floor - 0.5, floor - 5, 0)))
        plain = Bands(tuple((v, max(Decimal(0), m - xd * (100 - dec(v)))) for v in (100, 99, floor + 1, floor - 5, 0)))
        out.append((f"{name}达到100%得{m}分,每降低1个百分点扣{x}分,低于{floor}%的不得分", str(m), samples))
        out.append((f"{name}为100%的计{m}分;每低1%扣{x}分;{name}低于{floor}%的,本项不得分。", str(m), samples))
        out.append((f"{name}100%得{m}分,{floor}%-100%之间每低1个百分点扣{x}分,{floor}%以下不得分", str(m),
                    Either(samples, Unsure())))
        out.append((f"{name}100%得{m}分,{floor - 5}%-100%之间每低1个百分点扣{x}分,{floor}%以下不得分", str(m), Unsure()))
        out.append((f"{name}达到100%得{m}分,每低1%-{x}分,低于{floor}%不得分", str(m), Either(samples, Unsure())))
        # the floor said twice: alike, or two floors
        out.append((f"{name}达到100%得{m}分,每低1%扣{x}分,低于{floor}%不得分,{name}低于{floor}%的本项不得分", str(m),
                    Either(samples, Unsure())))
        out.append((f"{name}达到100%得{m}分,每低1%扣{x}分,低于{floor}%不得分,低于{floor - 5}%的本项不得分", str(m), Unsure()))
        out.append((f"{name}达到100%得{m}分,每低1%扣{x}分,扣完为止,低于{floor}%不得分", str(m), Either(samples, Unsure())))
        out.append((f"{name}达到100%得{m}分,每低1%扣{x}分,最低得0分", str(m), Either(plain, Unsure())))
        # a lesser score at the floor, not nothing; the top not the 分值; steps of two
        out.append((f"{name}达到100%得{m}分,每低1%扣{x}分,低于{floor}%得1分", str(m), Unsure()))
        out.append((f"{name}达到100%得{m - 2}分,每低1%扣{x}分,低于{floor}%不得分", str(m), Unsure()))
        two = Bands(tuple((v, Decimal(0) if v < floor else max(Decimal(0), m - xd * ((100 - v) // 2)))
                          for v in (100, 98, 96)))
        out.append((f"{name}达到100%得{m}分,每低2%扣{x}分,低于{floor}%不得分", str(m), Either(two, Unsure())))
    return out


# ── options and their scores in cells of their own ─────────────────────────────────────────────────────────────────
_SETS = [
    (("规范", "较规范", "不规范"), (6, 3, 0)),
    (("及时", "较及时", "不及时"), (4, 2, 0)),
    (("完整", "基本完整", "不完整"), (5, 3, 0)),
    (("满意", "较满意", "不满意"), (10, 6, 0)),
    (("优", "良", "中", "差"), (8, 6, 4, 0)),
    (("优秀", "良好", "合格", "不合格"), (12, 9, 6, 0)),
    (("好", "一般", "差"), (3, 2, 0)),
    (("已落实", "未落实"), (4, 0)),
    (("达标", "不达标"), (5, 0)),
    (("A", "B", "C", "D"), (10, 7, 4, 0)),
]


def cells() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for names, scores in _SETS:
        m = str(scores[0])
        want = Labeled(tuple(zip(names, scores)))
        out.append((" ".join(names) + " " + " ".join(map(str, scores)), m, want))
        out.append((" ".join(names) + " " + " ".join(f"{s}分" for s in scores), m, want))
        out.append((" ".join(f"{g} {s}" for g, s in zip(names, scores)), m, want))
        out.append((" ".join(f"{g} {s}分" for g, s in zip(names, scores)), m, want))
        out.append(("  ".join(f"{g}  {s}" for g, s in zip(names, scores)), m, want))
        # the worst first, the scores rising along the row: still each its own
        out.append((" ".join(names[::-1]) + " " + " ".join(map(str, scores[::-1])), m, want))
        # the scores against the grades' order (the best scoring nothing): to check
        out.append((" ".join(names) + " " + " ".join(map(str, scores[::-1])), m, Unsure()))
        out.append((" ".join(f"{g} {s}" for g, s in zip(names, scores[::-1])), m, Unsure()))
        # one score missing, one extra, two alike, the best short of the 分值
        out.append((" ".join(names) + " " + " ".join(map(str, scores[:-1])), m, Unsure()))
        out.append((" ".join(names) + " " + " ".join(map(str, scores + (0,))), m, Unsure()))
        if len(names) > 2:
            out.append((" ".join(names) + " " + " ".join(map(str, (scores[0],) + scores[:-1])), m, Unsure()))
            out.append((" ".join(f"{g} {s}" for g, s in zip(names[:-1], scores)) + f" {names[-1]}", m, Unsure()))
            out.append((" ".join(f"{g} {s}" for g, s in zip(names, scores[:1] + scores[:-1])), m, Unsure()))
        out.append((" ".join(names) + " " + " ".join(map(str, scores)), str(scores[0] + 2), Unsure()))
        # a lead cell, a closing clause
        out.append(("评价结果 " + " ".join(names) + " " + " ".join(map(str, scores)), m, Either(want, Unsure())))
        out.append((" ".join(f"{g} {s}" for g, s in zip(names, scores)) + " 弄虚作假的本项不得分", m,
                    Either(Labeled(tuple(zip(names, scores)), True), Unsure())))
        out.append((" ".join(f"{g} {s}" for g, s in zip(names, scores)) + " 每发现1处问题扣1分", m, Unsure()))
    return out


# ── situations then a case zeroing the row, or a veto ──────────────────────────────────────────────────────────────
def zeroed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    bodies = [(("按时上报", "延迟上报", "未上报"), (4, 2, 0)), (("全部整改", "部分整改", "未整改"), (6, 3, 0)),
              (("规范", "较规范", "不规范"), (5, 3, 1)), (("一级", "二级", "三级"), (8, 5, 2))]
    cases = ["如有瞒报、漏报的", "发生较大及以上安全事故的", "出现重大舆情事件的", "存在数据造假的"]
    for (names, scores), case in list(product(bodies, cases))[::2]:
        m = str(scores[0])
        body = ",".join(f"{g}{s}分" for g, s in zip(names, scores))
        zero = Either(Labeled(tuple(zip(names, scores)) + ((case.rstrip("的"), 0),)), Ranks(scores + (0,)))
        out.append((f"{body},{case}本项不得分", m, Either(zero, Unsure())))
        out.append((f"{body};{case},该项得0分。", m, Either(zero, Unsure())))
        out.append((f"{body},{case}实行一票否决", m, Either(zero, Unsure())))
        # a cost, a zero with more after it, a part zeroed, points added: never this reading
        out.append((f"{body},{case}扣{int(m) // 2}分", m, Unsure()))
        out.append((f"{body},{case}本项不得分,并取消年度评优资格", m, Unsure()))
        out.append((f"{body},{case}本项不得分并扣减总分2分", m, Unsure()))
        out.append((f"{body},{case}加1分", m, Unsure()))
    for case in cases[:2]:
        # the body a cost per case, not situations
        out.append((f"无差错得5分,每发现1处差错扣1分,{case}本项不得分", "5", Unsure()))
        out.append((f"按时上报得5分,每迟报1天扣1分,{case}本项不得分", "5", Unsure()))
        # the case one of the situations said again
        out.append(("按时上报5分,延迟上报2分,未上报0分,如有未上报的本项不得分", "5",
                    Either(Labeled((("按时上报", 5), ("延迟上报", 2), ("未上报", 0)), True), Unsure())))
    return out


# ── lettered grades, classes, ranks where the lower is the better ───────────────────────────────────────────────────
def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (lead, kind), scores, sep in list(product([("信用评价", "级"), ("安全标准化", "级"), ("考核", "等"), ("风险评估", "档")],
                                                  [(10, 8, 5, 0), (6, 4, 2, 1)], ["、", ",", ";"]))[::2]:
        m = str(scores[0])
        out.append((lead + sep.join(f"{n}{kind}{s}分" for n, s in zip("ABCD", scores)), m,
                    Labeled(tuple((f"{n}{kind}", s) for n, s in zip("ABCD", scores)))))
        out.append((lead + sep.join(f"{n}{kind}得{s}分" for n, s in zip("甲乙丙丁", scores)), m,
                    Labeled(tuple((f"{n}{kind}", s) for n, s in zip("甲乙丙丁", scores)))))
        # a scale written worst first
        out.append((lead + sep.join(f"{n}{kind}{s}分" for n, s in zip("DCBA", scores[::-1])), m,
                    Labeled(tuple((f"{n}{kind}", s) for n, s in zip("ABCD", scores)))))
        # a letter said twice, a letter scoring more than a better one
        out.append((lead + sep.join(f"{n}{kind}{s}分" for n, s in zip("ABBD", scores)), m, Unsure()))
    for m, a, b in ((10, 6, 3), (8, 5, 2)):
        out.append((f"AAA级{m}分,AA级{a}分,A级{b}分,A级以下0分", str(m),
                    Either(Labeled((("AAA级", m), ("AA级", a), ("A级", b), ("A级以下", 0))), Unsure())))
        # classes where the lower numeral is the better: 及以上/及以下 run against the numbers
        out.append((f"水质达到Ⅲ类及以上得{m}分,Ⅳ类得{a}分,Ⅴ类及以下不得分", str(m),
                    Either(Labeled((("Ⅲ类及以上", m), ("Ⅳ类", a), ("Ⅴ类及以下", 0))), Unsure())))
        out.append((f"断面水质达到3类及以上得{m}分,4类得{a}分,5类及以下不得分", str(m), Unsure()))
        out.append((f"空气质量优良天数比例1级得{m}分,2级得{a}分,3级及以下不得分", str(m), Unsure()))
        out.append((f"医院等级三级得{m}分,二级得{a}分,一级得{b}分", str(m), Either(Ranks((m, a, b, 0)), Unsure())))
        out.append((f"全市排名前3名得{m}分,第4-6名得{a}分,第7名及以后不得分", str(m),
                    Either(Bands(((1, m), (3, m), (4, a), (6, a), (7, 0), (12, 0))), Unsure())))
        out.append((f"全市排名第1-3名得{m}分,第4-6名得{a}分,第7名及以下不得分", str(m),
                    Either(Bands(((1, m), (3, m), (4, a), (6, a), (7, 0), (12, 0))), Unsure())))
        out.append((f"排名前3名得{m}分,前6名得{a}分,其余不得分", str(m),
                    Either(Bands(((1, m), (3, m), (4, a), (6, a), (7, 0))), Unsure())))
    return out


# ── a minus after a step, 每发生, 迟延 ─────────────────────────────────────────────────────────────────────────────────
def steps_cases() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, line, x) in product(["门诊预约率", "网格巡查覆盖率", "抽检合格率"], [(10, 95, "1"), (6, 90, "0.5"), (8, 98, "2")]):
        def line_at(v: int, line: int = line, m: int = m, x: str = x) -> Decimal:
            return max(Decimal(0), m - dec(x) * max(0, line - v))
        want = Bands(tuple((v, line_at(v)) for v in (100, line, line - 1, line - 3, 0)))
        out.append((f"{name}≥{line}%得{m}分,每低1个百分点-{x}分,扣完为止", str(m), want))
        out.append((f"{name}≥{line}%计{m}分;每下降1%-{x}分,扣完为止。", str(m), want))
        out.append((f"{name}≥{line}%得{m}分,每低1个百分点-{x}分", str(m), Either(want, Unsure())))
        out.append((f"{name}≥{line}%得{m}分,每低1个百分点-{x}分,最多-{m // 2}分", str(m),
                    Either(Bands(tuple((v, max(m - dec(m // 2), line_at(v))) for v in (100, line, line - 1, 0))), Unsure())))
        out.append((f"{name}≥{line}%得{m}分,每低1个百分点-{x}-{int(dec(x)) + 1}分", str(m), Unsure()))
        out.append((f"{name}≥{line}%得{m}分,每低1-2个百分点扣{x}分", str(m), Unsure()))
        out.append((f"{name}≥{line}%得{m}分,每低1个百分点-{x}分,每高1个百分点+{x}分", str(m), Unsure()))
    for (what, x, m), tail in product([("有责投诉", "1", "5"), ("一般安全事故", "3", "10"), ("食品安全事件", "2", "8")],
                                      ["扣完为止", ""]):
        end = f",{tail}" if tail else ""
        out.append((f"每发生1起{what}扣{x}分{end}", m, Per(x)))
        out.append((f"每发生一起{what},扣{x}分{end}。", m, Per(x)))
        out.append((f"{what}每发生1起-{x}分{end}", m, Per(x)))
        out.append((f"每发生1起{what}扣{x}分,发生3起及以上不得分", m,
                    Either(Bands(((0, m), (1, max(0, int(m) - int(x))), (2, max(0, int(m) - 2 * int(x))), (3, 0), (6, 0))),
                           Unsure())))
        out.append((f"每发生1起{what}扣{x}分,发生重大{what[-4:]}的本项不得分", m, Unsure()))
        out.append((f"每发生1起{what}扣{x}分,每发生1起较大{what[-4:]}扣{int(x) * 2}分{end}", m,
                    Either(Faults((Fault("较大", f"-{int(x) * 2}", True), Fault(f"{what[:2]}|每发生1起", f"-{x}", True))),
                           Unsure())))
    for (what, x, m), (late, n) in product([("统计报表", "1", "5"), ("整改报告", "0.5", "3")],
                                           [("迟延", "1"), ("迟延", "一"), ("延迟", "1")]):
        out.append((f"{what}每{late}{n}天扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{what}按时报送得满分,每{late}{n}天扣{x}分", m, Either(Per(x), Unsure())))
        out.append((f"{what}每{late}{n}个工作日扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{what}每{late}{n}小时扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{what}每{late}{n}天扣{x}分,{late}超过48小时不得分", m, Unsure()))
        out.append((f"{what}每{late}{n}天扣{x}分,{late}超过5天不得分", m,
                    Either(Bands(((0, m), (1, dec(m) - dec(x)), (5, max(Decimal(0), dec(m) - 5 * dec(x))), (6, 0))),
                           Unsure())))
        out.append((f"{what}{late}3天以内扣{x}分,{late}3天以上扣{m}分", m, Unsure()))
        out.append((f"{what}{late}半天扣{x}分", m, Unsure()))
    return out


# ── a count's bands after a lead ─────────────────────────────────────────────────────────────────────────────────────
def count_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for lead, (x, m), (one, two, unit) in list(product(["被市级以上媒体负面曝光", "受到上级部门约谈", "被群众有效投诉",
                                                         "年度内被省级通报批评"], [(2, 5), (3, 10)],
                                                        [("1", "2", "次"), ("一", "两", "次"), ("1", "2", "起")]))[::2]:
        want = Bands(((0, m), (1, m - x), (2, 0), (5, 0)))
        out.append((f"{lead}{one}{unit}扣{x}分,{two}{unit}及以上不得分", str(m), want))
        out.append((f"{lead}{one}{unit}的扣{x}分;{two}{unit}以上的本项不得分。", str(m), Either(want, Unsure())))
        out.append((f"{lead}{one}{unit}扣{x}分,{two}{unit}扣{2 * x}分,3{unit}及以上不得分", str(m),
                    Either(Bands(((0, m), (1, m - x), (2, max(0, m - 2 * x)), (3, 0), (7, 0))), Unsure())))
        # bands overlapping (1次以上 holds 2), two leads (two counts), a band past the 分值
        out.append((f"{lead}{one}{unit}以上扣{x}分,{two}{unit}及以上不得分", str(m), Either(want, Unsure())))
        out.append((f"{lead}{one}{unit}扣{x}分,发生安全事故{two}{unit}及以上不得分", str(m), Unsure()))
        out.append((f"{lead}{one}{unit}扣{x}分,被约谈{one}{unit}扣{x + 1}分,{two}{unit}及以上不得分", str(m), Unsure()))
        out.append((f"{lead}{one}{unit}扣{m + 2}分,{two}{unit}及以上不得分", str(m), Unsure()))
        out.append((f"{lead}{one}{unit}扣{x}分,{two}{unit}及以上不得分,并取消评先评优资格", str(m), Unsure()))
        out.append((f"{lead}{one}{unit}加{x}分,{two}{unit}及以上得满分", str(m), Unsure()))
    return out


# ── a time limit before a step ───────────────────────────────────────────────────────────────────────────────────────
def limit_then_step() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, limit, x, m), tail in product([("抢修恢复时间", 4, "2", "10"), ("投诉响应时间", 2, "1", "5"),
                                              ("应急到岗时间", 1, "3", "12")], ["扣完为止", ""]):
        end = f",{tail}" if tail else ""
        hours = Bands(tuple((h, max(Decimal(0), dec(m) - dec(x) * max(0, h - limit)))
                            for h in (0, limit, limit + 1, limit + 3, limit + 40)))
        out.append((f"{what}≤{limit}小时,每超出1小时扣{x}分{end}", m, Either(hours, Per(x))))
        out.append((f"{what}不超过{limit}小时得{m}分;每超出1小时扣{x}分{end}", m, Either(hours, Per(x))))
        out.append((f"{what}控制在{limit}小时以内,每超出1小时-{x}分{end}", m, Either(hours, Per(x))))
        out.append((f"{what}≤{limit}小时,每超出1小时扣{x}分,超过{limit + 4}小时不得分", m,
                    Either(Bands(tuple((h, max(Decimal(0), dec(m) - dec(x) * max(0, h - limit)) if h <= limit + 4 else 0)
                                       for h in (0, limit, limit + 1, limit + 4, limit + 5))), Unsure())))
        # minutes, a step of half an hour, a step in days after a line in hours
        out.append((f"{what}≤{limit * 30}分钟,每超出10分钟扣{x}分{end}", m,
                    Either(Bands(tuple((k, max(Decimal(0), dec(m) - dec(x) * max(0, (k - limit * 30) // 10)))
                                       for k in (0, limit * 30, limit * 30 + 10, limit * 30 + 40))), Unsure())))
        out.append((f"{what}≤{limit}小时,每超出半小时扣{x}分{end}", m,
                    Either(Bands(tuple((h, max(Decimal(0), dec(m) - 2 * dec(x) * max(0, h - limit)))
                                       for h in (0, limit, limit + 1, limit + 3))), Unsure())))
        out.append((f"{what}≤{limit}小时,每超出1天扣{x}分{end}", m, Unsure()))
        out.append((f"{what}≤{limit}天,每超出1小时扣{x}分{end}", m, Unsure()))
        out.append((f"{what}≤{limit}小时,每超出1小时扣{x}分{end};未按规定记录的扣1分", m, Unsure()))
    return out


# ── counts times points ─────────────────────────────────────────────────────────────────────────────────────────────
def counts_times() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (x, y, m) in product([("发表论文篇数", "获奖项目数"), ("新增注册企业数", "签约项目数"), ("志愿服务场次数", "服务人数")],
                                     [("3", "2", "10"), ("1", "0.5", "6")]):
        fn = Fn((a[:4], b[:4]), tuple(((i, j), min(dec(m), dec(x) * i + dec(y) * j))
                                      for i, j in ((0, 0), (1, 0), (1, 2), (0, 3), (9, 9))))
        out.append((f"{a}×{x}分+{b}×{y}分,满分{m}分", m, Either(fn, Unsure())))
        out.append((f"得分={a}×{x}+{b}×{y},最高不超过{m}分", m, Either(fn, Unsure())))
        out.append((f"{a}×{x}分+{b}×{y}分(最多{m}分)", m, Either(fn, Unsure())))
        out.append((f"{a}×{x}分-{b}×{y}分,满分{m}分", m, Unsure()))
        out.append((f"({a}+{b})×{x}分,满分{m}分", m,
                    Either(Fn((a[:4] + "|" + b[:4],), tuple(((k,), min(dec(m), dec(x) * k)) for k in (0, 1, 3, 40))),
                           Unsure())))
        out.append((f"{a}×{x}分+{b}×{y}分,满分{int(m) + 4}分", m, Unsure()))
        out.append((f"{a}×{x}分+{b}×{y}分,满分{m}分;数据不实的不得分", m, Unsure()))
    for (a, b), (x, y, m) in product([("差错数", "投诉数"), ("违规次数", "通报次数")], [("2", "1", "10")]):
        out.append((f"{a}×{x}分+{b}×{y}分,满分{m}分", m, Unsure()))
    return out


# ── cases that hold beside a scored situation, two measures in one band, ladders in two units ──────────────────────
def clashes() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, verb), (m, a), say in list(product([("投诉", "经查属实"), ("差错", "经核实"), ("安全隐患", "未及时整改")],
                                                  [(5, 2), (8, 3)], ["有", "出现", "发现", "如有"]))[::2]:
        # the case zeroing the row holds whenever the scored one does: two scores of one case
        out.append((f"无{what}得{m}分,{what}{verb}得{a}分,{say}{what}的本项不得分", str(m), Unsure()))
        out.append((f"无{what}得{m}分;{what}{verb}的得{a}分;{say}{what}的,该项不得分。", str(m), Unsure()))
        # a case of another matter: one more situation
        out.append((f"无{what}得{m}分,{what}{verb}得{a}分,{say}弄虚作假的本项不得分", str(m),
                    Either(Labeled(((f"无{what}", m), (f"{what}{verb}", a), ("弄虚作假", 0))), Unsure())))
    for (a, b, c), (m, x), say in product([("按时完成", "延迟完成", "未完成"), ("按期报送", "逾期报送", "未报送"),
                                           ("全部整改", "部分整改", "未整改")], [(5, 2), (6, 3)], ["有", "出现", "存在"]):
        late = b[:2]
        out.append((f"{a}{m}分,{b}{x}分,{c}0分,{say}{late}的本项不得分", str(m), Unsure()))
        out.append((f"{a}得{m}分;{b}得{x}分;{c}不得分;{say}{late}情况的,本项不得分", str(m), Unsure()))
    for (n1, n2), (m, a) in product([("合格率", "满意度"), ("完成率", "及时率"), ("覆盖率", "知晓率")], [(10, 6), (8, 4)]):
        out.append((f"{n1}≥95%、{n2}≥90%得{m}分,{n1}≥90%、{n2}≥85%得{a}分,其他不得分", str(m), Unsure()))
        out.append((f"{n1}≥95% {n2}≥90% {m}分 {n1}≥90% {n2}≥85% {a}分 其他 0分", str(m), Unsure()))
        out.append((f"{n1}≥95%且{n2}≥90%得{m}分,{n1}≥90%且{n2}≥85%得{a}分,其余不得分", str(m), Unsure()))
        out.append((f"{n1}95%、90%、85%以上分别得{m}分、{a}分、2分,85%以下不得分", str(m),
                    Either(Bands(((100, m), (95, m), (92, a), (86, 2), (80, 0))), Unsure())))
        out.append((f"{n1}≥95%得{m}分、90%-95%得{a}分或{a + 1}分、90%以下不得分", str(m), Unsure()))
        # a metric named with a time limit: the limit is no band
        out.append((f"2小时内{n1}≥95%得{m}分,90%-95%得{a}分,90%以下不得分", str(m),
                    Either(Bands(((100, m), (96, m), (92, a), (80, 0))), Unsure())))
        out.append((f"30日内{n1}达到100%得{m}分,每低1%扣0.5分,低于90%不得分", str(m),
                    Either(Bands(((100, m), (98, m - 1), (80, 0))), Unsure())))
    for (m, a, b), (s, lo, day) in product([(10, 6, 2), (8, 5, 1)], [(2, 4, 1), (4, 8, 2)]):
        hours = Bands(((1, m), (s, m), (lo, a), (24 * day, b), (24 * day + 1, 0)))
        out.append((f"{s}小时内到达现场得{m}分、{lo}小时内到达得{a}分、{day}天内到达得{b}分、超过{day}天不得分", str(m),
                    Either(hours, Unsure())))
        out.append((f"{s}小时内到达现场得{m}分、{lo}小时内到达得{a}分、{24 * day}小时内到达得{b}分、超过{24 * day}小时不得分",
                    str(m), hours))
        out.append((f"{lo}小时内{m}分 {s}小时内 {a}分 超过{lo}小时 0分", str(m), Unsure()))
        # (minutes beside hours, each a quarter hour's multiple: read in hours since test_rule_proposal_cov265.py)
        in_hours = Bands(((s / 8, m), (s / 4, m), ((s / 4 + lo) / 2, a), (lo, a), (lo + 1, 0)))
        out.append((f"{s * 15}分钟内到达得{m}分,{lo}小时内到达得{a}分,超过{lo}小时不得分", str(m), Either(in_hours, Unsure())))
    for lead, (x, m) in product(["被通报批评", "被媒体曝光"], [(2, 10), (1, 5)]):
        out.append((f"{lead}1次扣{x}分,2次及以上不得分,被表扬1次加1分", str(m), Unsure()))
        out.append((f"{lead}1次扣{x}分,2次及以上不得分;被约谈1次扣1分", str(m), Unsure()))
    return out


_ALL = (spaced_bands() + within() + time_limits() + sums() + steps_floor() + cells() + zeroed() + grades()
        + steps_cases() + count_bands() + limit_then_step() + counts_times() + clashes())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(
    CASES, 300, 1400, proposed=_proposed, own=_own)
