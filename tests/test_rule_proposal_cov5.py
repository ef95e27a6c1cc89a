"""Made-up texts in the styles of composite 考核评分表 / KPI 表 rows — several scoring parts in one row, each with its own
rule and points.

Parts numbered (1)(2)/1./1、/①② with their points in brackets and a colon (“(1)制度建设(2分):每缺一项扣0.5分,扣完为止;
(2)执行情况(3分):执行率≥95%得3分,每低1%扣0.5分,扣完为止”), sentences opening with their heading and points (“其中:制度建设
2分,…;执行情况3分,…”, “其中,…”), 满分/分值/占 said of each part (“日常考核满分4分,…;年终考核满分6分,…”), circled parts a
requirement and points per case to a cap (“①按时报送得1分;②被采用每次加0.5分,最高2分”), points written after (“…,2分”,
“…(2分)”), a shared stop closing the faults of several parts (“以上合计扣完为止”, “以上扣分累计不超过本项分值”), a part
with a rate beside a part with faults, a base and a bonus (“完成任务得8分,超额完成每10%加1分,最高加2分”); with ; or 。,
full-width digits, a remark in brackets, an extra clause a reading should not swallow, points not adding up to the 分值
— each with what it states (each part's points and situations) or that it is unsure (to check). Every proposal
scores every situation as the text says, or is not confident; the texts the readings read are proposed exactly
(their count asserted).

Before the readings of this round (374 texts): 66 proposed exactly, 248 flagged, 60 judgement fallbacks, 0 confident and
wrong; after: 240 exactly, 134 flagged, 0 fallbacks, 0 confident and wrong. Taught:

- a part's cap said bare after points per case (“②被采用每次加0.5分,最高2分”) is its points (reading
  ``_EARNED_CAP_CLOSING``; the part itself a formula adding points, to check as ever) — 24 fallbacks;
- the task done and a bonus per step of the excess, capped so the points reach the 分值 (“完成任务得8分,超额完成每10%加1分,
  最高加2分”, “…的得8分;超额完成的,每超10个百分点加1分,加满2分为止”): formula ``_target_then_bonus`` (order 6700),
  ``g * (8 + 1 * e / 10)``, never sure (the task not done unsaid, a part of a step in proportion) — 36 fallbacks;
- a part's heading, its points in brackets and a colon (“执行情况(3分):每发现1次违规扣0.5分”): its points (reading
  ``_HEAD_POINTS_COLON``), and such sentences are parts without numbers (``_split_headed``);
- a heading and its points (“满分6分”, “占6分”) before a rule of its own scores (“执行情况3分,执行率≥95%得3分,…”, “…得满分”):
  the heading's points, the rule read without them (``_HEAD_POINTS_THEN_SCORED``); “其中,” opening headed sentences as
  “其中:” does, and a heading's 满分/分值/占 left out of its label;
- the stop of all the parts' deductions closing the text (“以上合计扣完为止”, “以上扣分累计不超过本项分值”, “合计扣完本项分值为
  止”): written as “扣完为止” (wording ``_STOP_OF_ALL``).

Flagged and left so by design: a part deducting with no stop said (its bracketed points not read as the stop: 24), a
part earning points per case (a formula adding points: 52), the base and bonus (above: 36), a remark in brackets or an
extra clause, a part's points after its rule (“制度建设:…,扣完为止,2分”), “另(2)…”, points not adding up to the 分值.
No judgement fallback is left.

The checker is ``tests/probe_checks.py``'s, with ``Parts`` (items of their own) checked here.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules import check_item
from tests.probe_checks import Either, Fault, Faults, Fn, Want, case_test, first_statements, read_exactly, wrongly
from tests.proposals import Bands, Per, Ranks, Unsure, dec, item_score

_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True)
class Part:
    """One part of a row: ``word`` found in its item's label (alternatives split by “|”), its points, what it states."""
    word: str
    pts: str
    want: Any


@dataclass(frozen=True)
class Parts:
    """Parts scored apart, the row's score their sum; parts only met or not (``Ranks((pts, 0))``) may be the points of
    one 要点核查."""
    parts: tuple[Part, ...]


def _met_or_not(part: Part) -> bool:
    return isinstance(part.want, Ranks) and len(part.want.scores) == 2 and dec(part.want.scores[0]) == dec(part.pts) \
        and dec(part.want.scores[1]) == 0


def _found(word: str, label: str) -> bool:
    return any(w in label for w in word.split("|"))


def _sub(item: dict[str, Any], confident: bool) -> Proposal:
    return Proposal([item], item["type"], "", confident)


def parts_wrongly(p: Proposal, m: Decimal, want: Any) -> str | None:
    """Where a proposal of a row in parts scores a part otherwise than the text says ('' when none); None for a
    statement not of parts."""
    if not isinstance(want, Parts):
        return None
    if any(check_item(it) for it in p.items):
        return "unsound items"
    left = list(range(len(want.parts)))
    for it in p.items:
        label = it["label"]
        points = it["params"].get("points") if it["type"] == "checklist" and not it["params"].get("gate") else None
        if points and len(points) > 1:
            held = []
            for pt in points:
                hits = [i for i in left if _found(want.parts[i].word, pt["label"]) and _met_or_not(want.parts[i])]
                if len(hits) != 1 or dec(pt["max"]) != dec(want.parts[hits[0]].pts):
                    return f"point {pt['label']}"
                held.append(hits[0])
                left.remove(hits[0])
            for ks in product((True, False), repeat=len(points)):
                got = item_score(it, {"points": {pt["key"]: {"state": "met" if k else "not_met"}
                                                 for pt, k in zip(points, ks)}})
                expected = sum((dec(pt["max"]) for pt, k in zip(points, ks) if k), Decimal(0))
                if got != expected:
                    return f"{ks}: {got}, not {expected} (checklist)"
            continue
        hits = [i for i in left if _found(want.parts[i].word, label)] or left[:1]
        if not hits:
            return f"item {label} of no part"
        part = want.parts[hits[0]]
        left.remove(hits[0])
        if dec(it["max"]) != dec(part.pts):
            return f"item {label} of {it['max']}, not {part.pts}"
        why = wrongly(_sub(it, p.confident), part.pts, part.want, parts_wrongly)
        if why:
            return f"{label}: {why}"
    return f"parts {[want.parts[i].word for i in left]} unread" if left else ""


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if isinstance(want, Parts) and len(p.items) == 1 and len(want.parts) > 1 and p.items[0]["type"] != "checklist":
        return f"read as one {p.items[0]['type']}"
    return parts_wrongly(p, m, want)


def _line(m: Any, line: int, x: str, values: tuple[int, ...]) -> Bands:
    """A rate's line: the points at or above it, x off each percent short, never below 0."""
    return Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * max(0, line - v))) for v in values))


def _earned(per: str, cap: str, counts: tuple[int, ...] = (0, 1, 2, 3, 10)) -> Bands:
    """Points per case up to a cap."""
    return Bands(tuple((k, min(dec(cap), dec(per) * k)) for k in counts))


# ── numbered parts, their points in brackets, then a colon and their rules ───────────────────────────────────────
_MARKS = (("(1)", "(2)", "(3)"), ("1.", "2.", "3."), ("1、", "2、", "3、"), ("①", "②", "③"))


def numbered() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), sep, (h1, h2, p1, p2, x, line, y) in product(
            _MARKS, [";", "。"],
            [("制度建设", "执行情况", 2, 3, "0.5", 95, "0.5"), ("培训计划", "培训完成率", 4, 6, "1", 90, "1")]):
        m = str(p1 + p2)
        per = Per(x)
        rate = _line(p2, line, y, (100, line, line - 1, line - 3, 0))
        two = Parts((Part(h1[:2], str(p1), per), Part(h2[:2], str(p2), rate)))
        out.append((f"{a}{h1}({p1}分):每缺一项扣{x}分,扣完为止{sep}{b}{h2}({p2}分):{h2[:2]}率≥{line}%得{p2}分,"
                    f"每低1%扣{y}分,扣完为止", m, two))
        out.append((f"{a}{h1}({p1}分):资料齐全得{p1}分,每缺一项扣{x}分,扣完为止{sep}{b}{h2}({p2}分):"
                    f"{line}%及以上得{p2}分,每低1个百分点扣{y}分,扣完为止", m, two))
        # no stop said: a deduction's stop unsaid is to check, the part's points read as its cap or not
        out.append((f"{a}{h1}({p1}分):每缺一项扣{x}分{sep}{b}{h2}({p2}分):≥{line}%得{p2}分,每低1%扣{y}分", m,
                    Either(two, Unsure())))
        # a part met or not beside a part deducting per case
        out.append((f"{a}{h1}({p1}分):按时制定并印发的得{p1}分,否则不得分{sep}{b}{h2}({p2}分):"
                    f"每发现一次违规扣{y}分,扣完为止", m,
                    Parts((Part(h1[:2] + "|印发", str(p1), Ranks((p1, 0))), Part(h2[:2] + "|违规", str(p2), Per(y))))))
        # three parts, the third earning per case to a cap
        out.append((f"{a}{h1}({p1}分):每缺一项扣{x}分,扣完为止{sep}{b}{h2}({p2}分):每发现一次违规扣{y}分,扣完为止{sep}"
                    f"{c}信息报送(2分):被采用每篇加0.5分,最高2分", str(p1 + p2 + 2),
                    Parts((Part(h1[:2], str(p1), per), Part(h2[:2] + "|违规", str(p2), Per(y)),
                           Part("信息|采用", "2", _earned("0.5", "2"))))))
    # points in brackets after the heading, no colon
    for (a, b, _c), (p1, p2) in product(_MARKS, [(4, 6), (3, 2)]):
        m = str(p1 + p2)
        out.append((f"{a}安全制度({p1}分),每缺一项扣1分,扣完为止;{b}事故情况({p2}分),每发生一起事故扣{p2}分。", m,
                    Parts((Part("制度", str(p1), Per("1")), Part("事故", str(p2), Per(str(p2)))))))
        out.append((f"{a}台账管理({p1}分):建立台账得{p1}分,未建立不得分;{b}按时上报({p2}分):每迟报一次扣1分,扣完为止", m,
                    Parts((Part("台账", str(p1), Ranks((p1, 0))), Part("上报|迟报", str(p2), Per("1"))))))
    return out


# ── 其中: a heading and its points, then its rule ─────────────────────────────────────────────────────────────
def headed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for lead, sep, (h1, h2, p1, p2, x, y) in product(
            ["其中:", "其中,", ""], [";", "。"],
            [("制度建设", "执行情况", 2, 3, "0.5", "1"), ("会议记录", "档案管理", 6, 4, "1.5", "0.5"),
             ("组织领导", "工作落实", 3, 7, "1", "2")]):
        m = str(p1 + p2)
        both = Parts((Part(h1, str(p1), Per(x)), Part(h2, str(p2), Per(y))))
        out.append((f"{lead}{h1}{p1}分,每缺一项扣{x}分,扣完为止{sep}{h2}{p2}分,每发现一次问题扣{y}分,扣完为止", m, both))
        out.append((f"{lead}{h1}{p1}分,未达到要求的每项扣{x}分,扣完为止{sep}{h2}{p2}分,执行率≥95%得{p2}分,"
                    f"每低1%扣{y}分,扣完为止", m,
                    Parts((Part(h1, str(p1), Per(x)), Part(h2, str(p2), _line(p2, 95, y, (100, 95, 94, 92, 0)))))))
        out.append((f"{lead}{h1}{p1}分,{h1}完善的得{p1}分,否则不得分{sep}{h2}{p2}分,每发现一次问题扣{y}分,扣完为止", m,
                    Parts((Part(h1, str(p1), Ranks((p1, 0))), Part(h2, str(p2), Per(y))))))
    for sep, (h1, h2, p1, p2) in product([";", ",", "。"], [("制度建设", "执行情况", 2, 3), ("台账建立", "信息报送", 4, 6)]):
        m = str(p1 + p2)
        out.append((f"其中:{h1}{p1}分{sep}{h2}{p2}分", m,
                    Parts((Part(h1, str(p1), Ranks((p1, 0))), Part(h2, str(p2), Ranks((p2, 0)))))))
    return out


# ── A部分满分4分, B部分满分6分 ───────────────────────────────────────────────────────────────────────────────────
def full_marks() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (h1, h2), (p1, p2), say in product([("日常考核", "年终考核"), ("过程管理", "结果评价")], [(4, 6), (3, 7)],
                                           ["满分", "满分为", "分值", "占"]):
        m = str(p1 + p2)
        out.append((f"{h1}{say}{p1}分,每次迟报扣1分,扣完为止;{h2}{say}{p2}分,考核合格得{p2}分,不合格不得分", m,
                    Parts((Part(h1, str(p1), Per("1")), Part(h2, str(p2), Ranks((p2, 0)))))))
        out.append((f"{h1}{say}{p1}分,每发现一处问题扣0.5分,扣完为止;{h2}{say}{p2}分,完成率≥90%得{p2}分,每低1个百分点扣1分,"
                    f"扣完为止", m,
                    Parts((Part(h1, str(p1), Per("0.5")), Part(h2, str(p2), _line(p2, 90, "1", (100, 90, 89, 86, 0)))))))
    return out


# ── circled parts: a requirement met, and points per case to a cap ─────────────────────────────────────────────
def circled() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, per, cap, base), sep, plus in product(
            [("被采用", "0.5", "2", "1"), ("获上级表扬", "1", "3", "2")], [";", "。", ","], ["加", "得"]):
        m = str(dec(cap) + dec(base))
        want = Parts((Part("报送", base, Ranks((base, 0))), Part(what[:3], cap, _earned(per, cap))))
        out.append((f"①按时报送得{base}分{sep}②{what}每次{plus}{per}分,最高{cap}分", m, want))
        out.append((f"①按时报送的,得{base}分{sep}②信息{what}的,每篇{plus}{per}分,最高{plus}{cap}分", m, want))
        out.append((f"①按时报送得{base}分,未按时报送不得分{sep}②{what}每次{plus}{per}分,最多{cap}分", m, want))
    return out


# ── parts whose points are written after ────────────────────────────────────────────────────────────────────────
def points_after() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (r1, r2, w1, w2), (p1, p2), sep in product(
            [("按时报送年度计划", "计划执行到位", "计划", "执行"), ("建立工作台账", "按月报送进度", "台账", "进度"),
             ("成立领导小组", "制定实施方案", "领导", "方案")],
            [(2, 3), (1, 1)], [";", "。"]):
        m = str(p1 + p2)
        want = Parts((Part(w1, str(p1), Ranks((p1, 0))), Part(w2, str(p2), Ranks((p2, 0)))))
        out.append((f"{r1},{p1}分{sep}{r2},{p2}分", m, want))
        out.append((f"{r1}({p1}分){sep}{r2}({p2}分)", m, want))
        out.append((f"1.{r1},{p1}分{sep}2.{r2},{p2}分", m, want))
    for (p1, p2), sep in product([(2, 3), (4, 6)], [";", "。"]):
        m = str(p1 + p2)
        out.append((f"制度建设:每缺一项扣0.5分,扣完为止,{p1}分{sep}日常管理:每发现一次问题扣1分,扣完为止,{p2}分", m,
                    Parts((Part("制度", str(p1), Per("0.5")), Part("管理", str(p2), Per("1"))))))
    return out


# ── a shared cap: faults of several parts taken off the one 分值 ─────────────────────────────────────────────────
def shared_cap() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, _c), tail, (m, x, y) in product(
            (_MARKS[0], _MARKS[3], ("", "", "")), ["以上合计扣完为止", "以上扣分累计不超过本项分值", "合计扣完本项分值为止"],
            [("5", "2", "1"), ("10", "3", "2")]):
        want = Faults((Fault("制度", f"-{x}", False), Fault("迟报", f"-{y}", True)))
        out.append((f"{a}未建立制度扣{x}分;{b}每次迟报扣{y}分;{tail}", m, want))
        out.append((f"{a}未建立管理制度的扣{x}分;{b}信息每迟报一次扣{y}分。{tail}。", m, want))
    return out


# ── a part with a rate, a part with faults ──────────────────────────────────────────────────────────────────────
def rate_and_faults() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, p1, line, x), (fault, p2, y), sep in product(
            [("计划完成率", 6, 95, "1"), ("客户满意率", 4, 90, "0.5")],
            [("发生安全事故", 4, "2"), ("出现有效投诉", 2, "1")], [";", "。"]):
        m = str(p1 + p2)
        rate = _line(p1, line, x, (100, line, line - 1, line - 3, 0))
        want = Parts((Part(name[:2], str(p1), rate), Part(fault[2:4], str(p2), Per(y))))
        out.append((f"{name}({p1}分):≥{line}%得{p1}分,每低1%扣{x}分,扣完为止{sep}{fault}({p2}分):每起扣{y}分,扣完为止", m,
                    want))
        out.append((f"1.{name}{p1}分,{name}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止{sep}2.{fault}{p2}分,每发生一次扣{y}分,"
                    f"扣完为止", m, want))
        out.append((f"{name}≥{line}%得{p1}分,每低1%扣{x}分,扣完为止(本部分{p1}分){sep}{fault}每起扣{y}分,扣完为止(本部分{p2}分)",
                    m, Either(want, Unsure())))
    return out


# ── a base and a bonus ──────────────────────────────────────────────────────────────────────────────────────────
def base_and_bonus() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (base, step, per, cap), what, plus in product(
            [("8", 10, "1", "2"), ("6", 5, "1", "4"), ("9", 10, "0.5", "1")],
            ["完成任务", "全面完成年度目标任务"], ["加", "+"]):
        m = str(dec(base) + dec(cap))
        done = Bands(tuple((100 + k, min(dec(m), dec(base) + dec(per) * (k // step))) for k in (0, step, 2 * step, 50)))
        over = Bands(tuple((k, min(dec(m), dec(base) + dec(per) * (k // step))) for k in (0, step, 2 * step, 50)))
        both = Parts((Part(what[:2], base, Ranks((base, 0))),
                      Part("超额", cap, Bands(tuple((k, min(dec(cap), dec(per) * (k // step))) for k in (0, step, 50)))))
                     )
        gated = Fn(("未", "超额"), tuple(((0, k), min(dec(m), dec(base) + dec(per) * k / step)) for k in (0, step, 2 * step, 50))
                   + (((1, 0), 0), ((1, step), 0)))
        want = Either(Either(done, over), Either(both, gated))
        out.append((f"{what}得{base}分,超额完成每{step}%{plus}{per}分,最高{plus}{cap}分", m, want))
        out.append((f"{what}的得{base}分;超额完成的,每超{step}个百分点{plus}{per}分,{plus}满{cap}分为止", m, want))
        out.append((f"{what}得{base}分,未完成不得分;超额完成每{step}%{plus}{per}分,最高{plus}{cap}分", m, want))
    return out


# ── parts said with full-width digits and spaces, remarks after ───────────────────────────────────────────────────
def variants() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (p1, p2) in [(2, 3), (4, 6)]:
        m = str(p1 + p2)
        two = Parts((Part("制度", str(p1), Per("0.5")), Part("执行", str(p2), _line(p2, 95, "0.5", (100, 95, 94, 92, 0)))))
        text = f"(1)制度建设({p1}分):每缺一项扣0.5分,扣完为止;(2)执行情况({p2}分):执行率≥95%得{p2}分,每低1%扣0.5分,扣完为止"
        out.append((text.translate(_FULL), m, two))
        out.append((text.replace(";", "； "), m, two))
        out.append((text + "(以年度检查为准)", m, Either(two, Unsure())))
        out.append((text + ";数据弄虚作假的本项不得分", m, Unsure()))
        out.append((text.replace("扣完为止;", "扣完为止;另") , m, Either(two, Unsure())))
        # points not adding up to the 分值
        out.append((text, str(p1 + p2 + 1), Unsure()))
        out.append((f"(1)制度建设({p1}分):每缺一项扣0.5分,扣完为止;(2)执行情况({p2}分):视情况扣分", m, Unsure()))
    return out


_ALL = numbered() + headed() + full_marks() + circled() + points_after() + shared_cap() + rate_and_faults() + \
    base_and_bonus() + variants()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, _own)
    assert exact == 258  # (240 before the points per case up to the 分值 read sure, test_rule_proposal_cov257.py)
