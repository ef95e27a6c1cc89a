"""Made-up texts in the house styles of this round's readings — grades and scores as two lists split by “/” or “|”
(“优秀/良好/合格/不合格对应10/8/6/0分”), a “|” after a score, 、-lists with 依次得/分别对应 (cov8); a time limit and each step
past it (“接到报修后30分钟内到达现场,每超时10分钟扣1分”), minutes as a unit, 内 closing a limit, 每缺员/缺岗 (cov10); an
average reached then a step short of it, points per step of change against last year (“比上年每降低1个百分点加0.2分,
最高10分”), “之后每降1个名次扣…” (cov11); and a cell's line breaks (“\\n” between clauses, between cells, in the middle of
words) — with near variants meant to trip them (fewer scores than situations, scores rising against their situations, a
limit in one unit and a step in another, a part of a step, a reference that is not an average, a change in % of an
amount vs 个百分点 of a rate, a line break before a score or inside a number), each with what it states (a few
situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text says,
or is not confident.

Confident readings found scoring wrong, and mended (43 texts of the 400 before mending, by cause):

- situations scored the wrong way round (“全部完成/部分完成/未完成 0/5/10”, “按时完成|未按时完成 0|6”, “已建立0分|
  未建立4分”, “达标得0分,不达标得5分”, “□全部完成(0分) □未完成(10分)”) were read surely by position, the situation
  denying a thing done well scoring more than the one doing it: the lists misaligned or the scores typed in reverse.
  Now a 情形选择 whose situation denying a thing done well (未/不/没有 + 完成, 建立, 达标, 按时…, the good deed opening
  the denied words: never “未被列入失信被执行人名单”) scores more than the situation it denies is to check, with a note
  (choice ``_options``, ``_against_their_situations``) (22 texts);
- situations in a 、-list said to score one by one with one score (“按时完成、未按时完成依次得6分”, “达标、不达标依次得5分”)
  were read surely as one requirement met or not, its condition “…依次” (all_or_nothing ``_only_when``). Now a condition
  closing with 依次/分别/各 is to check, with a note (``_RESPECTIVE_END``) (3 texts);
- an amount against an average with a step in % (“人均可支配收入达到全市平均水平的得满分,每低于全市平均水平1%扣1分”, 亩产,
  户均存款余额) was read surely as a difference in percentage points: for an amount 1% is a hundredth of the average,
  not a point of difference. Now a named value that is no rate or share (率, 比例, 比重, 占比, 满意度, 完成度, 指数) with a
  step in % is to check in threshold ``_reference_and_step`` (``_RATE_NAMED``; an unnamed value, “指标值”, as before)
  (12 texts);
- points per step of change against last year with a step other than 1 (“比上年每降低2个百分点加0.2分,最高10分”, “每提高
  0.5个百分点…”) were read surely in proportion, where whether a part of a step earns its share is unsaid (a threshold's
  step of several is to check for the same reason). Now to check with a note (formula ``_change_each_step``) (6 texts).

Readings left to check that would score some situations otherwise (not confident, so no bar): a time limit's step of
several minutes with no word on a part of a step, or with “不足…不扣分” (floor), a limit in one unit and a step in
another, the limit said again with another figure, a cap or a cliff after the step, two limits (白天/夜间); an average
with a cap or a cliff, a step of 2 points, the way reversed, a reference that is no average (上年水平, 先进水平, 最高
水平, 目标值); a change in % (of an amount), a cap short of or past the 分值, a clause after the change, a base year
named by its figure (“比2020年”), a base score before it; ranks stepped by 2, the first place short of the 分值, a cap
or a clause after the step; grades (by design), lists of fewer or more scores than situations, a lowest situation
that still scores unsaid, an extra clause after the lists. Line breaks (90 texts: clause ends, mid-word wraps, a break
before a score, inside a figure, lists of cells on lines of their own) read as their texts do, or are left to check
(“有\n无\n5\n0”: the figures run together once the lines are joined).
Of the 400: 143 read surely and exactly, 153 flagged, 104 judgement fallbacks (most of them the near variants meant to
be unsure), 0 confident and wrong.

The checker is ``tests/probe_checks.py``'s, with two statements of this probe's own: ``Opts`` (situations named by a
word each and their scores: a 情形选择 must give each its score, not only the same set of scores) and ``Ref`` (a value
against an average, stated by the difference, as cov11's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Unsure, dec, item_score, valued

_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")


@dataclass(frozen=True)
class Opts:
    """Situations, each named by a word found in its option's label (first found wins), and their scores."""
    pairs: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Ref:
    """A value against an average (``ref``: words of the reference's label, split by “|”): the score at each difference
    (value − reference, in points) of ``samples``."""
    ref: str
    samples: tuple[tuple[Any, Any], ...]


def _any(*wants: Any) -> Any:
    return wants[0] if len(wants) == 1 else Either(wants[0], _any(*wants[1:]))


def _n(x: Any) -> str:
    return format(dec(x).normalize(), "f")


# ── grades and scores said apart (cov8) ───────────────────────────────────────────────────────────────────────────
_SITUATIONS = [(("全部完成", "部分完成", "未完成"), (10, 5, 0)), (("按时完成", "未按时完成"), (6, 0)),
               (("县级", "市级", "省级"), (1, 2, 3)), (("已建立", "未建立"), (4, 0)), (("达标", "不达标"), (5, 0)),
               (("优秀", "良好", "合格", "不合格"), (10, 8, 6, 0))]


def _opts(names: tuple[str, ...], scores: tuple[int, ...]) -> Opts:
    return Opts(tuple(zip(names, scores)))


def apart() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for names, scores in _SITUATIONS:
        m, want = str(max(scores)), _opts(names, scores)
        rev = tuple(reversed(scores))
        out.append((f"{'/'.join(names)} {'/'.join(map(str, scores))}", m, want))
        out.append((f"{'/'.join(names)}对应{'/'.join(map(str, scores))}分", m, want))
        out.append((f"{'|'.join(names)} {'|'.join(map(str, scores))}", m, want))
        out.append(("|".join(f"{g}{s}分" for g, s in zip(names, scores)), m, want))
        out.append((f"{'、'.join(names)}依次得{'、'.join(map(str, scores))}分", m, Either(want, Unsure())))
        out.append((f"{'、'.join(names)}分别对应{'、'.join(map(str, scores))}分", m, Either(want, Unsure())))
        # fewer or more scores than situations
        out.append((f"{'/'.join(names)}对应{'/'.join(map(str, scores[:-1]))}分", m, Unsure()))
        out.append((f"{'/'.join(names)}对应{'/'.join(map(str, scores))}/0分", m, Unsure()))
        out.append((f"{'、'.join(names)}依次得{'、'.join(map(str, scores[:-1]))}分", m, Unsure()))
        # scores rising against their situations (the situations best first): to check
        if names[0] not in ("县级",):
            out.append((f"{'/'.join(names)} {'/'.join(map(str, rev))}", m, Unsure()))
            out.append((f"{'|'.join(names)} {'|'.join(map(str, rev))}", m, Unsure()))
            out.append(("|".join(f"{g}{s}分" for g, s in zip(names, rev)), m, Unsure()))
            out.append((",".join(f"{g}得{s}分" for g, s in zip(names, rev)), m, Unsure()))
        # the best past or short of the 分值, an extra clause
        out.append((f"{'/'.join(names)}对应{'/'.join(map(str, scores))}分", str(max(scores) + 2), Unsure()))
        out.append((f"{'/'.join(names)}对应{'/'.join(map(str, scores))}分;弄虚作假的扣2分", m, Unsure()))
        out.append(("|".join(f"{g}{s}分" for g, s in zip(names, scores)) + "|弄虚作假扣1分", m, Unsure()))
        # line breaks: between the lists, between situations, before a score, inside a score
        out.append((f"{'/'.join(names)}\n{'/'.join(map(str, scores))}", m, want))
        out.append(("\n".join(f"{g}{s}分" for g, s in zip(names, scores)), m, Either(want, Unsure())))
        out.append(("\n".join(f"{g}\n{s}分" for g, s in zip(names, scores)), m, Either(want, Unsure())))
        out.append(("\n".join(f"{g}得{s}分" for g, s in zip(names, scores)), m, Either(want, Unsure())))
        out.append(("\n".join(names) + "\n" + "\n".join(map(str, scores)), m, Either(want, Unsure())))
        out.append((",".join(f"{g}得{str(s)[:1]}\n{str(s)[1:]}分" if s >= 10 else f"{g}得{s}分"
                             for g, s in zip(names, scores)), m, Either(want, Unsure())))
        out.append(("\n".join(f"{g}{s}" for g, s in zip(names, scores)), m, Either(want, Unsure())))
    # 是/否, 有/无: either order is a fair reading (“是否发生事故:是/否 0/2”)
    for q, (a, b), x in [*product(["是否按时报送"], [("是", "否"), ("有", "无")], (2,)),
                         *product(["是否发生安全事故"], [("是", "否"), ("有", "无")], (2, 5))]:
        out.append((f"{q}:{a}/{b} {x}/0", str(x), _opts((a, b), (x, 0))))
        out.append((f"{q}:{a}/{b} 0/{x}", str(x), _opts((a, b), (0, x))))
        out.append((f"{q}:{a}|{b}\n{x}|0", str(x), Either(_opts((a, b), (x, 0)), Unsure())))
    # check boxes and letters, the scores rising against their situations
    for names, scores in _SITUATIONS[:3]:
        rev = tuple(reversed(scores))
        if names[0] != "县级":
            out.append((" ".join(f"□{g}({s}分)" for g, s in zip(names, rev)), str(max(scores)), Unsure()))
            out.append((" ".join(f"{'ABC'[i]}.{g}({s}分)" for i, (g, s) in enumerate(zip(names, rev))), str(max(scores)),
                        Unsure()))
            out.append((";".join(f"{g}:{s}分" for g, s in zip(names, rev)), str(max(scores)), Unsure()))
    return out


# ── a time limit and each step past it (cov10) ────────────────────────────────────────────────────────────────────
def _late(m: Any, grace: Any, step: Any, x: Any, values: tuple[Any, ...], part: str = "floor") -> Bands:
    """The time taken: the 分值 within ``grace``, ``x`` off each ``step`` past it (a part of a step: ``part`` — floor,
    ceil or prop), never below 0."""
    def off(v: Any) -> Decimal:
        k = max(Decimal(0), dec(v) - dec(grace)) / dec(step)
        k = k if part == "prop" else k.to_integral_value(ROUND_FLOOR if part == "floor" else ROUND_CEILING)
        return dec(x) * k
    return Bands(tuple((v, max(Decimal(0), dec(m) - off(v))) for v in values))


def time_limits() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (g, step, x, m), (lead, verb) in zip([(30, 10, "1", 5), (20, 5, "0.5", 3)],
                                             [("接到报修后", "到达现场"), ("接报警后", "到场处置")]):
        whole = _late(m, g, step, x, (g - 5, g, g + step, g + 3 * step, g + 40 * step))
        ceil = _late(m, g, step, x, (g - 5, g, g + 1, g + step, g + step + 1, g + 40 * step), "ceil")
        floor = _late(m, g, step, x, (g - 5, g, g + 1, g + step, g + step + 1, g + 40 * step), "floor")
        prop = _late(m, g, step, x, (g - 5, g, g + 1, g + step, g + step + 1, g + 40 * step), "prop")
        w = str(m)
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣{x}分,扣完为止", w, Either(whole, Unsure())))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣{x}分,不足{step}分钟按{step}分钟计,扣完为止", w, ceil))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣{x}分,不足{step}分钟的不扣分,扣完为止", w,
                    Either(floor, Unsure())))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣{x}分,不足{step}分钟按比例扣分,扣完为止", w,
                    Either(prop, Unsure())))
        out.append((f"{lead}{g}分钟内{verb},超过{g}分钟的,每超{step}分钟扣{x}分,不足{step}分钟按{step}分钟计,扣完为止", w,
                    ceil))
        # the limit said again, another figure; the step in hours; the limit in hours and the step in minutes
        out.append((f"{lead}{g}分钟内{verb},超过{g + step}分钟的,每超{step}分钟扣{x}分,扣完为止", w, Unsure()))
        out.append((f"{lead}{g}分钟内{verb},每超时1小时扣{x}分,扣完为止", w,
                    Either(_late(m, g, 60, x, (g - 5, g, g + 60, g + 180, g + 6000)), Unsure())))
        out.append((f"{lead}{g}分钟内{verb},超过{g}分钟的,每超1小时扣{x}分,扣完为止", w,
                    Either(_late(m, g, 60, x, (g - 5, g, g + 60, g + 180, g + 6000)), Unsure())))
        out.append((f"{lead}1小时内{verb},每超时{step}分钟扣{x}分,不足{step}分钟按{step}分钟计,扣完为止", w,
                    _any(_late(m, 60, step, x, (50, 60, 61, 60 + step, 60 + 40 * step), "ceil"),
                         _late(m, 1, dec(step) / 60, x, (dec(61) / 60, 2, 10), "ceil"), Unsure())))
        # a step the wrong way, points past the 分值, a cap short, a cliff, a second clause, per case late
        out.append((f"{lead}{g}分钟内{verb},每提前{step}分钟加{x}分", w, Unsure()))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣{m + 1}分,不足{step}分钟按{step}分钟计", w, Unsure()))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣{x}分,不足{step}分钟按{step}分钟计,最多扣{_n(dec(m) / 2)}分", w,
                    Either(Bands(tuple((v, max(dec(m) / 2, s)) for v, s in ceil.samples)), Unsure())))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣{x}分,不足{step}分钟按{step}分钟计,超过2小时不得分", w, Unsure()))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣{x}分,不足{step}分钟按{step}分钟计;投诉每次扣1分", w, Unsure()))
        out.append((f"{lead}{g}分钟内{verb},超时的每次扣{x}分,扣完为止", w, Either(Per(x), Unsure())))
        out.append((f"白天{g}分钟内、夜间1小时内{verb},每超时{step}分钟扣{x}分,不足{step}分钟按{step}分钟计,扣完为止", w,
                    Unsure()))
        # line breaks: clause ends, mid-words, inside a figure, before a score
        out.append((f"{lead}{g}分钟内{verb}\n每超时{step}分钟扣{x}分\n不足{step}分钟按{step}分钟计\n扣完为止", w, ceil))
        out.append((f"{lead}{g}分钟内{verb[:2]}\n{verb[2:]},每超时{step}分钟扣{x}分,不足{step}分钟按{step}分钟计,扣完为止", w,
                    ceil))
        out.append((f"{lead}{str(g)[:1]}\n{str(g)[1:]}分钟内{verb},每超时{step}分钟扣{x}分,不足{step}分钟按{step}分钟计,扣完为止",
                    w, Either(ceil, Unsure())))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟扣\n{x}分,不足{step}分钟按{step}分钟计,扣完为止", w, ceil))
        out.append((f"{lead}{g}分钟内{verb},每超时{step}分钟\n扣{x}分\n不足{step}分钟按{step}分钟计\n扣完为止", w, ceil))
    for (g, x, m), (what, say) in product([(2, "0.5", 5), (4, "1", 4), (24, "0.5", 3)],
                                          [("修复", "得满分"), ("办结", "不扣分")]):
        whole = _late(m, g, 1, x, (g - 1, g, g + 1, g + 3, g + 40))
        w = str(m)
        out.append((f"{g}小时内{what}{say},超过{g}小时每小时扣{x}分,扣完为止", w, whole))
        out.append((f"{g}小时内{what}{say},超过{g + 1}小时每小时扣{x}分,扣完为止", w, Unsure()))
        out.append((f"{g}小时内{what}{say},超过{g}小时每30分钟扣{x}分,扣完为止", w,
                    _any(_late(m, g, "0.5", x, (g - 1, g, g + 1, g + 3, g + 40)),
                         _late(m, g * 60, 30, x, (g * 60 - 60, g * 60, g * 60 + 60, g * 60 + 180, g * 60 + 2400)),
                         Unsure())))
        out.append((f"{g}天内{what}{say},超过{g}天每小时扣{x}分,扣完为止", w, Unsure()))
        out.append((f"{g * 60}分钟内{what}{say},超过{g}小时每小时扣{x}分,扣完为止", w, Either(whole, Unsure())))
        out.append((f"{g}小时内{what}{say},超过{g}小时每小时扣{x}分,扣完为止;超过{g * 3}小时不得分", w, Unsure()))
        out.append((f"{g}小时内{what}{say}\n超过{g}小时每小时扣{x}分\n扣完为止", w, whole))
        out.append((f"{g}小时内{what}{say},超过{g}小时每小时扣{x}\n分,扣完为止", w, whole))
        out.append((f"{g}小时以上{what},每超1小时扣{x}分,扣完为止", w, Unsure()))
    for (x, m), who in product([("1", "5"), ("0.5", "3")], ["保洁人员", "保安人员"]):
        out.append((f"{who}按合同配置,每缺员1人扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{who}每缺岗1人次扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{who}按合同配置,\n每缺员1人扣{x}分,\n扣完为止", m, Per(x)))
        out.append((f"{who}每缺员1人扣{x}分,每缺岗1人次扣{x}分,扣完为止", m,
                    Faults((Fault("缺员", f"-{x}", True), Fault("缺岗", f"-{x}", True)))))
        out.append((f"{who}每缺员1人每天扣{x}分,扣完为止", m, Either(Per(x), Unsure())))
    return out


# ── an average reached, a step short of it; change against last year; places (cov11) ───────────────────────────
def averages() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    avg = "平均|均值"
    for (m, x), (ref, ref2) in product([(10, "1"), (5, "0.5")], [("全省平均水平", "平均水平"), ("全市平均值", "全市平均值")]):
        mm, xx = dec(m), dec(x)
        at = Ref(avg, ((0, m), (5, m), (-1, mm - xx), (-3, max(Decimal(0), mm - 3 * xx)), (-100, 0)))
        w = str(m)
        out.append((f"高于{ref}得满分,低于{ref2}每1个百分点扣{x}分,扣完为止", w, at))
        out.append((f"达到{ref}的得满分,每低于{ref2}1个百分点扣{x}分,扣完为止", w, at))
        out.append((f"{ref}以上得满分;每低1个百分点扣{x}分,扣完为止", w, at))
        out.append((f"合格率达到{ref}的得满分,每低于{ref2}1个百分点扣{x}分,扣完为止", w, Either(at, Unsure())))
        # an amount against the average: 1% of the average, not a point of difference
        for what in ("人均可支配收入", "亩产", "户均存款余额"):
            out.append((f"{what}达到{ref}的得满分,每低于{ref2}1%扣{x}分,扣完为止", w, Unsure()))
        out.append((f"人均可支配收入高于{ref}得满分,低于{ref2}每1%扣{x}分,扣完为止", w, Unsure()))
        # a step of 2 points (a part of a step unsaid), a cap short, a cliff, the way reversed, not an average
        out.append((f"达到{ref}的得满分,每低于{ref2}2个百分点扣{x}分,扣完为止", w, Unsure()))
        out.append((f"达到{ref}的得满分,每低于{ref2}1个百分点扣{x}分,最多扣{_n(mm / 2)}分", w, Unsure()))
        out.append((f"达到{ref}的得满分,每低于{ref2}1个百分点扣{x}分,扣完为止;低于{ref2}10个百分点以上不得分", w, Unsure()))
        out.append((f"达到{ref}的得满分,每高于{ref2}1个百分点扣{x}分,扣完为止", w, Unsure()))
        for other in ("上年水平", "全省先进水平", "全省最高水平", "目标值"):
            out.append((f"达到{other}的得满分,每低于{other}1个百分点扣{x}分,扣完为止", w, Unsure()))
        # line breaks
        out.append((f"高于{ref}得满分\n低于{ref2}每1个百分点扣{x}分\n扣完为止", w, at))
        out.append((f"高于{ref[:2]}\n{ref[2:]}得满分,低于{ref2}每1个百分点扣{x}分,扣完为止", w, at))
        out.append((f"高于{ref}得满分,低于{ref2}每1个百分点扣\n{x}分,扣完为止", w, at))
    return out


def last_year() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x), (rise, plus) in zip([(10, "0.2"), (5, "0.5"), (8, "1")],
                                    [("比上年每降低1个百分点", "加"), ("较上年每提高1个百分点", "加"), ("较上年同期每上升1个百分点", "得")]):
        mm, xx = dec(m), dec(x)
        line = Bands(((0, 0), (1, xx), (3, min(mm, 3 * xx)), (1000, m)))
        w = str(m)
        out.append((f"{rise}{plus}{x}分,最高{m}分", w, line))
        out.append((f"{rise}{plus}{x}分,满分{m}分", w, line))
        out.append((f"{rise}{plus}{x}分,最高{m}分".translate(_FULL), w, line))
        out.append((f"{rise}\n{plus}{x}分\n最高{m}分", w, line))
        out.append((f"{rise}{plus}{x}\n分,最高{m}分", w, line))
        # a step of 2 or 0.5 points (a part of a step unsaid), a cap short, a cap past, an extra clause, % of an amount
        out.append((f"{rise.replace('1个', '2个')}{plus}{x}分,最高{m}分", w, Unsure()))
        out.append((f"{rise.replace('1个', '0.5个')}{plus}{x}分,最高{m}分", w, Unsure()))
        out.append((f"{rise}{plus}{x}分,最高{_n(mm / 2)}分", w,
                    Either(Bands(((0, 0), (1, xx), (1000, mm / 2))), Unsure())))
        out.append((f"{rise}{plus}{x}分,最高{m + 2}分", w, Unsure()))
        out.append((f"{rise}{plus}{x}分,最高{m}分;较上年下降的不得分", w, Unsure()))
        out.append((f"{rise}{plus}{x}分,最高{m}分;每反向变化1个百分点扣{x}分", w, Unsure()))
        out.append((f"{rise.replace('1个百分点', '1%')}{plus}{x}分,最高{m}分", w, Unsure()))
        out.append((f"{rise.replace('上年', '2020年')}{plus}{x}分,最高{m}分", w, Unsure()))
        out.append((f"基础分{_n(mm / 2)}分,{rise}{plus}{x}分,最高{m}分", w, Unsure()))
    for (m, x) in [(10, "0.5"), (6, "1")]:
        mm, xx = dec(m), dec(x)
        w = str(m)
        first = Bands(tuple((r, max(Decimal(0), mm - xx * (r - 1))) for r in (1, 2, 4, 40)))
        out.append((f"第1名得满分,之后每降1个名次扣{x}分,扣完为止", w, first))
        out.append((f"按排名计分,第1名得{m}分,之后每降1个名次扣{x}分,扣完为止", w, Either(first, Unsure())))
        out.append((f"第1名得满分\n之后每降1个名次扣{x}分\n扣完为止", w, first))
        out.append((f"前3名得满分,之后每降1个名次扣{x}分,扣完为止", w,
                    Bands(tuple((r, max(Decimal(0), mm - xx * max(0, r - 3))) for r in (1, 3, 4, 6, 40)))))
        out.append((f"第1名得满分,之后每降2个名次扣{x}分,扣完为止", w, Unsure()))
        out.append((f"第1名得{m - 1}分,之后每降1个名次扣{x}分,扣完为止", w, Unsure()))
        out.append((f"第1名得满分,之后每降1个名次扣{x}分,扣完为止;排名末位的不得分", w, Unsure()))
        out.append((f"第1名得满分,之后每降1个名次扣{x}分,最多扣{m // 2}分", w,
                    Either(Bands(tuple((r, max(mm - m // 2, mm - xx * (r - 1))) for r in (1, 2, 4, 40))), Unsure())))
    return out


_ALL = apart() + time_limits() + averages() + last_year()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    """``Opts``: a 情形选择 giving each situation its score (or a 全有或全无 of two); ``Ref`` as cov11's."""
    if isinstance(want, Opts):
        if len(p.items) != 1:
            return "items"
        item = p.items[0]
        if item["type"] == "all_or_nothing":
            return "" if sorted(dec(s) for _w, s in want.pairs) == [0, m] and len(want.pairs) == 2 else "read as all or nothing"
        if item["type"] != "choice":
            return f"read as {item['type']}"
        opts = item["params"]["options"]
        for word, score in want.pairs:
            hits = [o for o in opts if o["label"] == word] or [o for o in opts if word in o["label"]]
            if not hits:
                return f"no option for {word}"
            if dec(hits[0]["score"]) != dec(score):
                return f"{word}: {hits[0]['score']}, not {score}"
        extra = [o for o in opts if not any(o["label"] == w or w in o["label"] for w, _s in want.pairs)]
        if any(dec(o["score"]) != 0 for o in extra) or len(opts) - len(extra) != len(want.pairs):
            return f"options {[(o['label'], o['score']) for o in opts]}"
        return ""
    if not isinstance(want, Ref):
        return None
    if len(p.items) != 1:
        return "items"
    item = p.items[0]
    kind, params = item["type"], item["params"]
    if kind == "formula" and len(params["variables"]) == 2:
        variables = params["variables"]
        refs = [any(w in v["label"] for w in want.ref.split("|")) for v in variables]
        if sorted(refs) != [False, True]:
            return f"variables {[v['label'] for v in variables]}"
        for diff, expected in want.samples:
            values = {v["name"]: str(dec(60) if r else dec(60) + dec(diff)) for v, r in zip(variables, refs)}
            got = item_score(item, {"vars": values})
            if got != dec(expected):
                return f"{diff}: {got}, not {expected} (formula)"
        return ""
    for diff, expected in want.samples:
        got = valued(item, dec(diff))
        if got != dec(expected):
            return f"{diff}: {got}, not {expected} ({kind})"
    return ""


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(
    CASES, 300, 400, proposed=_proposed, own=_own)


def test_no_line_break_survives_into_a_label():
    """(the readings of a cell's line breaks leave none in what the proposal names)"""
    for text, w, _want in CASES:
        if "\n" in text:
            p = _proposed(text, w)
            assert not any(re.search(r"[\r\n]", str(it)) for it in p.items), (text, p.items)
