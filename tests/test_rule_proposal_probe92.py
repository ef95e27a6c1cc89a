"""Made-up texts in the styles of the readings merged in int271 (unseen271a, fis271c) and their near variants, each with
what it states (a few situations and their scores) or that it is unsure (to check): a price either side of its base
(``formula._price_off_base``: “有效报价与评标基准价一致得满分;其余报价每高于…1%扣0.2分,每低于…扣0.1分”, “正偏离比例每1%扣
0.6分…”; variants: “不足1%的按1%计算”, steps of 2%, 高于 only, a floor “最低得15分”, a cap “最多扣10分”, a zeroing line
“偏离超过10%的不得分”, the base said first, “每高于或低于”, the deviation defined over the base or over the bid);
a cap said with 可 (``formula._CAP_SAID``: 最高可得/最多可得/本项最多可得/最高可加, a cap at the 分值 or short of it,
五/二十五, no cap, a cap past the 分值, 最低可得, a second part or a zeroing line after it); grades whose points close the cell (``wording.cell_read``: 优/良/一般, 好/较好/差, with ranges
“13-15分”, the top grade short of the 分值, points before the label); a short row naming a step or a fault
(“拿边”, “不碰杯”, “废液桶无标签”, a quoted form field) and short rows that are headings or weigh a quality (“一、安全管理”,
“不规范”, “缺2项”, “按“次数”计分”); points off per case short and added per case past (“缺1篇扣1分,每超登1篇加1分”; 加 with
a cap, a range “加1-2分”, a line said first, “另行奖励”); a bonus past the line the row names (``reading._BONUS_CLOSING``,
“不足不得分,每增加1%加0.1分,最多增加2分”; no cap, “不足扣2分”, no line, steps of 2%); bands topped by full marks with no
verb (“年度产值800万以上,满分;600~800万,扣2分;…”; bands scored instead of deducted, a band missing a step, the lowest
band unsaid, “满分10分”); the row's points and how they are earned in one bracket (“(2分,1个部门0.5分,满分2分)”; a
range “(1-2分)”, a zero alone, the bracket's points not the 分值) — numbers varied, full and half width punctuation.
Every proposal marked confident scores every situation as the text says.

Figures: 598 texts written, 48 proposed confidently (38 caps said with 可, 10 prices either side of their base); 5
confident and wrong found and mended: a price whose text defines the deviation over the bid (“偏差率=(投标报价-评标基准价)
÷投标报价×100%”) read surely as steps of the base's % (``formula._price_off_base`` now doubts a deviation the text
divides by anything but a base, ``_PRICE_DIVIDED_BY``). The price's sure reading takes a part of a 1% step in proportion
(as the project's earlier price probes do); a text counting a part as a whole step is never sure.

Readings left to check (never confident here, so no bar; most would score right): every grade cell, short row, case
short and past, bonus past a line, verbless band ladder and bracket read (all to check by design); a price whose base is
“评审基准价” or said by 正/负偏离 (to check, though the same formula); “某某可得2分,最高可得10分” without 每 is read per
case (confidently, as a fair reader would).

The checker is ``tests/probe_checks.py``'s; a price is checked by ``Price`` (the formula over the base and the bid).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

import pytest

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules import check_item
from tests.probe_checks import Either, Fault, Faults, WordOpts, first_statements, word_options_wrongly, wrongly
from tests.proposals import Bands, Ranks, Unsure, dec, item_score

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十", 20: "二十", 25: "二十五"}


def _n(x: Any) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


@dataclass(frozen=True)
class Price:
    """A price scored by how far it lies from its base: ``up`` off per 1% above, ``down`` per 1% below (a part of a
    step in proportion), within 0～分值; ``name`` the row's."""
    up: str
    down: str


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if isinstance(want, WordOpts):
        return word_options_wrongly(p, m, want)
    if not isinstance(want, Price):
        return None
    if len(p.items) != 1 or check_item(p.items[0]) or p.items[0]["type"] != "formula":
        return f"items {[it['type'] for it in p.items]}"
    variables = p.items[0]["params"]["variables"]
    if len(variables) != 2:
        return f"variables {[v['label'] for v in variables]}"
    b, q = variables[0]["name"], variables[1]["name"]
    for price in ("100", "110", "90", "100.5", "99.5", "300", "1"):
        dev = (dec(price) - 100)
        off = dev * dec(want.up) if dev > 0 else -dev * dec(want.down)
        expected = min(m, max(Decimal(0), m - off))
        got = item_score(p.items[0], {"vars": {b: "100", q: price}})
        if got != expected:
            return f"price {price}: {got}, not {expected}"
    return ""


# ── a price either side of its base ─────────────────────────────────────────────────────────────────────────
def prices() -> list[tuple[str, str, Any]]:
    out: list = []
    bases = ["评审基准价", "评标基准价", "基准价"]
    for i, ((up, down), full) in enumerate(product([("0.2", "0.1"), ("1", "0.5"), ("0.6", "0.3"), ("2", "1")],
                                                   (True, False))):
        base, m = bases[i % 3], (30, 40)[i // 4]
        c, s, e = _p(full)
        both = Either(Price(up, down), Unsure())
        out.append((f"有效报价与{base}一致得满分{s}其余报价每高于{base}1%扣{up}分{c}每低于{base}1%扣{down}分{c}扣完为止{e}",
                    str(m), both))
        out.append((f"投标报价与{base}相比{c}正偏离比例每1%扣{up}分{c}负偏离比例每1%扣{down}分{c}扣完为止{e}", str(m), both))
        # a part of a step counted as a whole one
        out.append((f"报价等于{base}得满分{c}每高于{base}1%扣{up}分{c}每低于{base}1%扣{down}分(不足1%的按1%计算){e}",
                    str(m), Unsure()))
        # steps of 2%
        out.append((f"报价与{base}一致得满分{c}每高于{base}2%扣{up}分{c}每低于{base}2%扣{down}分{c}扣完为止{e}", str(m),
                    Unsure()))
        # above only
        out.append((f"报价等于{base}得满分{c}每高于{base}1%扣{up}分{c}扣完为止{e}", str(m), Unsure()))
        # a floor, a cap on what is taken off
        out.append((f"报价与{base}一致得满分{c}每高于{base}1%扣{up}分{c}每低于{base}1%扣{down}分{c}最低得{m // 2}分{e}",
                    str(m), Unsure()))
        out.append((f"报价与{base}一致得满分{c}每高于{base}1%扣{up}分{c}每低于{base}1%扣{down}分{c}最多扣{m // 3}分{e}",
                    str(m), Unsure()))
        # a zeroing line, a base said first, 高于 and 低于 the same
        out.append((f"有效报价与{base}一致得满分{s}其余报价每高于{base}1%扣{up}分{c}每低于{base}1%扣{down}分{c}"
                    f"偏离超过10%的不得分{e}", str(m), Unsure()))
        out.append((f"{base}=有效报价算术平均值×95%{s}报价与{base}一致得满分{c}每高于{base}1%扣{up}分{c}"
                    f"每低于{base}1%扣{down}分{c}扣完为止{e}", str(m), Either(Price(up, down), Unsure())))
        out.append((f"有效报价与{base}一致得满分{s}每高于或低于{base}1%扣{up}分{c}扣完为止{e}", str(m),
                    Either(Price(up, up), Unsure())))
        # the deviation defined: over the base, or over the bid (its % not the base's)
        out.append((f"有效报价与{base}一致得满分{s}其余报价每高于{base}1%扣{up}分{c}每低于{base}1%扣{down}分{c}扣完为止"
                    f"(偏差率=(投标报价-{base})/{base}×100%){e}", str(m), Either(Price(up, down), Unsure())))
        out.append((f"有效报价与{base}一致得满分{s}其余报价每高于{base}1%扣{up}分{c}每低于{base}1%扣{down}分{c}扣完为止"
                    f"(偏差率=(投标报价-{base})÷投标报价×100%){e}", str(m), Unsure()))
    return out


# ── a cap said with 可 ───────────────────────────────────────────────────────────────────────────────────────
def caps() -> list[tuple[str, str, Any]]:
    out: list = []
    things = [("提供一个同类业绩合同", "合同|业绩"), ("具有一项有效的软件著作权", "著作权"), ("配备1名持证人员", "持证|人员"),
              ("提供1份获奖证书", "获奖|证书")]
    for ((thing, word), (say, verb)), (per, m), full in product(
            zip(things, [("最高可得", "得"), ("最多可得", "得"), ("本项最多可得", "得"), ("最高可加", "加")]),
            [(5, 25), (1, 5), ("0.5", 3), (2, 10)], (True, False)):
        c, _s, e = _p(full)
        per_ = _n(per)
        plus = Either(Faults((Fault(word, f"+{per_}", True),), base="0"), Unsure())
        out.append((f"每{thing}{verb}{per_}分{c}{say}{m}分{e}", str(m), plus))
        # a cap short of the 分值
        out.append((f"每{thing}{verb}{per_}分{c}{say}{_n(dec(m) / 2)}分{e}", str(m),
                    Either(Faults((Fault(word, f"+{per_}", True),), base="0", top=_n(dec(m) / 2)), Unsure())))
    for (thing, word), full in product(things, (True, False)):
        c, _s, e = _p(full)
        # Chinese numerals, no cap, a cap past the 分值, 可 of something else
        out.append((f"每{thing}得五分{c}最高可得二十五分{e}", "25",
                    Either(Faults((Fault(word, "+5", True),), base="0"), Unsure())))
        out.append((f"每{thing}可得2分{e}", "10", Unsure()))
        out.append((f"每{thing}得2分{c}最高可得20分{e}", "10", Unsure()))
        out.append((f"每{thing}得2分{c}最高可得10分{c}未提供的扣2分{e}", "10", Unsure()))
        out.append((f"每{thing}得2分{c}最高可得10分{c}提供虚假材料的本项不得分{e}", "10", Unsure()))
        out.append((f"每{thing}得2分{c}最高可得10分{c}同一项目只计一次{e}", "10", Unsure()))
        out.append((f"每{thing}得2分{c}最低可得4分{c}最高可得10分{e}", "10", Unsure()))
        out.append((f"每{thing}得2分{c}最高可得10分{_s}每发现一处虚假扣2分{e}", "10", Unsure()))
        out.append((f"{thing}可得2分{c}最高可得10分{e}", "10",
                    Either(Faults((Fault(word, "+2", True),), base="0"), Unsure())))
    return out


# ── grades whose points close the cell ─────────────────────────────────────────────────────────────────────────
def grades() -> list[tuple[str, str, Any]]:
    out: list = []
    bodies = [("方案完整", "无遗漏"), ("措施全面", "有1项遗漏"), ("措施基本可行", "有2项以上遗漏")]
    for (a, b, c3), full, colon in product([(15, 13, 11), (10, 8, 5), (6, 4, 2), (8, 6, 3)], (True, False),
                                           ["：", ":"]):
        c, _s, e = _p(full)
        cells = f"优{colon}{bodies[0][0]}{c}{bodies[0][1]}{e}{a}分良{colon}{bodies[1][0]}{c}{bodies[1][1]}{c}{b}分" \
                f"一般{colon}{bodies[2][0]}{c}{bodies[2][1]}{e}{c3}分"
        out.append((cells, str(a), Either(WordOpts((a, b, c3), words=("优", "良", "一般")), Unsure())))
        out.append((f"施工组织设计。{cells}", str(a), Either(WordOpts((a, b, c3), words=("优", "良", "一般")), Unsure())))
        # ranges
        out.append((f"优{colon}{bodies[0][0]}{e}{a - 2}-{a}分良{colon}{bodies[1][0]}{e}{b - 2}-{b}分一般{colon}"
                    f"{bodies[2][0]}{e}0-{c3}分", str(a), Unsure()))
        # 好/较好/一般 labels, 差
        out.append((f"好{colon}{bodies[0][0]}{e}{a}分较好{colon}{bodies[1][0]}{e}{b}分差{colon}{bodies[2][0]}{e}0分", str(a),
                    Either(WordOpts((a, b, 0), words=("好", "较好", "差")), Unsure())))
        if colon == ":":
            continue
        # the top grade not the 分值
        out.append((f"优{colon}{bodies[0][0]}{e}{a}分良{colon}{bodies[1][0]}{e}{b}分一般{colon}{bodies[2][0]}{e}{c3}分",
                    str(a + 5), Unsure()))
        # points before the label (the cell read backwards)
        out.append((f"{a}分优{colon}{bodies[0][0]}{e}{b}分良{colon}{bodies[1][0]}{e}{c3}分一般{colon}{bodies[2][0]}{e}",
                    str(a), Unsure()))
    return out


# ── a short row naming a step or a fault ──────────────────────────────────────────────────────────────────────
def short_rows() -> list[tuple[str, str, Any]]:
    out: list = []
    steps = ["拿边", "不碰杯", "废液桶无标签", "双手递送", "轻拿轻放", "不滴洒", "消防通道堵塞", "灭火器过期",
             "“填表日期”与记录不符", "“负责人签字”缺失", "配电箱未上锁", "安全帽未佩戴"]
    for s, m in product(steps, ("1", "3")):
        out.append((s, m, Either(Ranks((m, 0)), Unsure())))
    heads = ["一、安全管理", "二、操作规范", "(一)仪容仪表", "第三部分", "评分标准", "不规范", "较好", "基本符合",
             "缺2项", "“得分”低于60分", "按“次数”计分", "每项1分", "良好", "一般"]
    for s, m in product(heads, ("2",)):
        out.append((s, m, Unsure()))
    return out


# ── points off per case short, added per case past ──────────────────────────────────────────────────────────
def short_past() -> list[tuple[str, str, Any]]:
    out: list = []
    for (off, add), (u, short, past), m, full in product(
            [("1", "1"), ("0.5", "0.5"), ("2", "1")], [("篇", "缺", "超登"), ("次", "少开展", "多开展"), ("篇", "少报", "多报")],
            (5,), (True, False)):
        c, s, e = _p(full)
        want = Either(Faults((Fault(short[0], f"-{off}", True), Fault(past[0], f"+{add}", True))), Unsure())
        out.append((f"每{short}1{u}扣{off}分{c}每{past}1{u}加{add}分{e}", str(m), want))
        out.append((f"{short}1{u}扣{off}分{s}每{past}1{u}加{add}分{e}", str(m), want))
        # 加 with a cap of its own; a second part; the points added in a range; with a line said
        out.append((f"每{short}1{u}扣{off}分{c}每{past}1{u}加{add}分{c}最多加2分{e}", str(m), Unsure()))
        out.append((f"每{short}1{u}扣{off}分{c}每{past}1{u}加1-2分{e}", str(m), Unsure()))
        out.append((f"完成任务得{m}分{c}每{short}1{u}扣{off}分{c}每{past}1{u}加{add}分{e}", str(m), Unsure()))
        out.append((f"每{short}1{u}扣{off}分{c}{past}的另行奖励{e}", str(m), Unsure()))
    return out


# ── a bonus past the line the row names ────────────────────────────────────────────────────────────────────
def bonus() -> list[tuple[str, str, Any]]:
    out: list = []
    for (step, add, cap), full, name, m in product([("1%", "0.1", "2"), ("1个百分点", "0.5", "2"), ("2%", "0.2", "1")],
                                                   (True, False), ["随访管理率≥60%", "建档率达到85%"], (4,)):
        c, _s, e = _p(full)
        out.append((f"不足不得分{c}每增加{step}加{add}分{c}最多增加{cap}分{e}", str(m), name, Unsure()))
        out.append((f"不足不得分{c}每增加{step}加{add}分{e}", str(m), name, Unsure()))
        out.append((f"不足扣2分{c}每增加{step}加{add}分{c}最多增加{cap}分{e}", str(m), name, Unsure()))
        out.append((f"每增加{step}加{add}分{c}最多增加{cap}分{e}", str(m), name, Unsure()))
        out.append((f"达到的得满分{c}不足不得分{c}每增加{step}加{add}分{c}最多增加{cap}分{e}", str(m), name, Unsure()))
    return [(t, w, (name, want)) for t, w, name, want in out]


# ── full marks with no verb topping bands ───────────────────────────────────────────────────────────────────
def bands() -> list[tuple[str, str, Any]]:
    out: list = []
    for i, ((hi, mid, lo), full) in enumerate(product([(800, 600, 400), (1000, 800, 600), (50, 30, 10)],
                                                      (True, False))):
        (d1, d2), unit = [(2, 5), (1, 3)][i % 2], ["万", "万元"][i // 3]
        c, s, _e = _p(full)
        m = 10
        want = Bands(((hi + 100, m), ((hi + mid) / 2, m - d1), ((mid + lo) / 2, m - d2), (lo / 2, 0)))
        out.append((f"年度产值{hi}{unit}以上{c}满分{s}{mid}~{hi}{unit}{c}扣{d1}分{s}{lo}~{mid}{unit}{c}扣{d2}分{s}"
                    f"{lo}{unit}以下{c}扣{m}分", str(m), Either(want, Unsure())))
        out.append((f"年度产值{hi}{unit}以上{c}满分{s}{mid}~{hi}{unit}{c}{m - d1}分{s}{lo}~{mid}{unit}{c}{m - d2}分{s}"
                    f"{lo}{unit}以下{c}0分", str(m), Either(want, Unsure())))
        # a band missing a step
        out.append((f"年度产值{hi}{unit}以上{c}满分{s}{mid}~{hi - 50}{unit}{c}扣{d1}分{s}{lo}{unit}以下{c}扣{m}分",
                    str(m), Unsure()))
        # the lowest band unsaid
        out.append((f"年度产值{hi}{unit}以上{c}满分{s}{mid}~{hi}{unit}{c}扣{d1}分", str(m), Unsure()))
        # the 分值 said with 满分
        out.append((f"年度产值{hi}{unit}以上{c}满分{m}分{s}{mid}~{hi}{unit}{c}扣{d1}分", str(m), Unsure()))
    return out


# ── the row's points and how they are earned in one bracket ─────────────────────────────────────────────────
def brackets() -> list[tuple[str, str, Any]]:
    out: list = []
    for (m, each, who, word), full, (ob, cb) in product(
            [(2, "0.5", "1个部门", "部门"), (4, "1", "每个乡镇", "乡镇"), (3, "0.5", "每家单位", "单位"),
             (5, "1", "1个部门", "部门")], (True, False), [("(", ")"), ("（", "）")]):
        c, _s, e = _p(full)
        req = f"建立部门间数据共享机制{e}"
        want = Either(Faults((Fault(word, f"+{each}", True),), base="0"), Unsure())
        out.append((f"{req}{ob}{m}分{c}{who}{each}分{c}满分{m}分{cb}", str(m), want))
        out.append((f"{req}{ob}{m - 1}-{m}分{cb}", str(m), Unsure()))
        out.append((f"{req}{ob}1-{m}分{c}{who}{each}分{cb}", str(m), Unsure()))
        out.append((f"{req}{ob}{m}分{c}未建立的不得分{cb}", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"{req}{ob}{m + 1}分{c}{who}{each}分{c}满分{m + 1}分{cb}", str(m), Unsure()))
    return out


_ALL = prices() + caps() + grades() + short_rows() + short_past() + brackets() + bands()
CASES = first_statements(_ALL)
NAMED = list({(t, w): (t, w, nw) for t, w, nw in bonus()}.values())


def _name(text: str) -> str:
    if "报价" in text or "偏离" in text:
        return "报价得分"
    return "指标"


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) + len(NAMED) <= 600
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


@pytest.mark.parametrize("text, weight, want", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_every_made_up_text_is_scored_as_it_says_or_is_to_check(text, weight, want):
    p = propose(text, weight, _name(text))
    why = wrongly(p, weight, want, _own)
    assert not (p.confident and why), (why, p.summary)


@pytest.mark.parametrize("text, weight, named", NAMED, ids=[f"b{i:03d}" for i in range(len(NAMED))])
def test_a_bonus_past_a_named_line_is_scored_as_it_says_or_is_to_check(text, weight, named):
    name, want = named
    p = propose(text, weight, name)
    why = wrongly(p, weight, want, _own)
    assert not (p.confident and why), (why, p.summary)
