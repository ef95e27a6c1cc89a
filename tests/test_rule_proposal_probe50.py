"""Made-up texts in the styles of 政府采购 and 招标 评标 评分细则 as agencies write them — the price score of the lowest bid
(“投标报价得分=(评标基准价/投标报价)×30”, in other spellings: ÷, *, x, full-width marks, the 分值 first, “最低有效报价/有效
报价”, the 低价优先法 stated before it), deviation from the base price with points off per percent (one side, both sides,
“最多扣…”), points by the rank of the bid, items each earning points with a cap (“每提供一个…得1分，最高得5分”, counts
listed), certificates (“提供…得2分，不提供不得分”, 或 and 和, several each their points, numbered), a plan graded (优/良/中/差
and A档… with single points, with ranges “8-10分”), negative deviations (“每有一项负偏离扣1分，扣完为止”, caps, two kinds,
good ones added, counts in bands), staff by level (高级/中级/初级职称, 正高/副高, 高级工程师/工程师/助理工程师, 博士/硕士/本科),
delivery times in days (日, 个工作日, 日历天) and service commitments (hours to arrive, years of warranty, a local office)
— and their near variants: the formula's points not the 分值, a base of another kind, a cap missing or under or over the
分值, 或/和, ranges of points, grades out of turn, a remark of room about each grade, bands overlapping or with a gap or
in two units, a figure the text does not give (the date asked, the warranty asked), each with what it states (a few
situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or
is not confident.

Confident readings found scoring wrong, and mended (64 texts of the 528, five causes):

- 28: the levels of one person's qualification, the 分值 their sum (“项目负责人具有高级职称得3分，中级职称得2分，初级职称
  得1分” on 6; “…博士学历得3分，硕士学历得2分” on 5; the subject said again, “项目经理具有高级职称得3分，项目经理具有中级职称
  得2分”), read surely as a 要点核查 adding them up: a person holds one level, so 6 is scored by no one, and whether a team's
  members are counted each is unsaid. Now the rungs of one ladder (``checklist._TITLE_RUNG``, ``_SCHOOLING_RUNG``), the
  later ones bare or of the first's subject, leave the sum to check with a note (``checklist._summed``, as the places of
  one award); points each of a subject of its own (“档案负责人应具有本科以上学历…;档案人员应具备大学专科以上学历…”,
  “项目经理具有高级职称…，技术负责人具有中级职称…”) still add up surely.
- 18: a quotient of a base that is not the lowest bid (“价格得分=(平均报价/投标报价)×30”, 最高报价, 次低报价, 有效报价平均值,
  算术平均价), read surely as a rate capped at the 分值: a bid below such a base scores past the 分值 by the formula, and the
  text does not say it stops there (probe32's reading of a base defined as the mean). Now to check with a note
  (``rate._of_a_base_not_lowest``, in ``_score_is_quotient`` and ``_rate_product``).
- 6: the quotient squared (“价格分=(评标基准价/投标报价)×(评标基准价/投标报价)×30”) read surely as the quotient once: the
  second factor, after “×(”, was taken for the rate. Now a quotient opened after a sign of product or division is no rate
  of the score (``rate._OPENING``).
- 6: room about each grade (“A级10分;B级7分;C级4分;D级0分;各级可加减1分”, “各档可上下浮动1分”) read surely as one more
  situation scoring 1. Now such an option is to check, with a note (``reading._FLOATING``, beside ``_STEPPED``).
- 6: bands of a bid's deviation from the base with its sign unsaid (“报价与评标基准价的偏差≤3%得30分,3%<偏差≤5%得20分,
  偏差>5%得10分”, “偏离率”) read surely as bands of a signed figure: every bid below the base, deviating by −10%, would be
  in the best band. Now to check with a note unless the size or side is said (绝对值, ±, 高于, 低于, 上浮, 下浮…:
  ``reading._PRICE_DEVIATION``, ``_SIGN_SAID``).

Readings left to check that would score some situations otherwise (not confident, so no bar): the 低价优先法 stated before
its formula, deviation from the base per percent (both sides or one), ranks said by a step (“每高一名次递减2分”), items each
earning points with or without a cap, counts of items listed, the 分值 more than a certificate's points, several
certificates' points summed on 5 but numbered “①…②…③”, grades with ranges of points, grades without the lowest,
“评委可在各档内酌情打分”, a fault beside the grades, deviations zeroing or voiding the bid, a good deviation added, staff
per person, delivery and warranty in days or years beyond the date asked (a figure the text does not give), bands
overlapping at a figure, in two units (天/周, 天/1个月, 小时/分钟), or with a gap. “优得10分，良得4分，中得7分，差得0分”
(quality words out of turn) is to check, as lettered grades out of turn are (``reading.grades_out_of_turn``); “同时具有A和B的得3分，否则不得分” and
“承诺提供A和B的得2分，否则不得分” stay sure, 否则 covering having one of them.

The checker is ``tests/probe_checks.py``'s, with a price score's own (``Price``, as probe32's) and options named by their
words (``word_options_wrongly``).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules import check_item
from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Fn,
    Want,
    WordOpts,
    first_statements,
    probe_tests,
    word_options_wrongly,
)
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec, item_score


# ── what a text states, of this probe's own kind ──────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class Price:
    """A price score of a base price and the bid: at each (base, bid) of ``samples`` the score."""
    samples: tuple[tuple[tuple[Any, Any], Any], ...]


def _is_base(label: str) -> bool:
    return "基准" in label or "最低" in label


def _price_wrongly(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Price):
        return word_options_wrongly(p, m, want)
    if len(p.items) != 1 or check_item(p.items[0]):
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    for (base, bid), expected in want.samples:
        if item["type"] == "rate":
            num, den = item["params"].get("numerator_label", ""), item["params"].get("denominator_label", "")
            if _is_base(num) and not _is_base(den):
                got = item_score(item, {"numerator": str(base), "denominator": str(bid)})
            elif _is_base(den) and not _is_base(num):
                got = item_score(item, {"numerator": str(bid), "denominator": str(base)})
            else:
                return f"rate of {num}/{den}"
        elif item["type"] == "formula":
            values = {}
            for v in item["params"]["variables"]:
                if _is_base(v["label"]):
                    values[v["name"]] = str(base)
                elif "报价" in v["label"] or "价格" in v["label"]:
                    values[v["name"]] = str(bid)
                else:
                    return f"variable {v['label']}"
            got = item_score(item, {"vars": values})
        else:
            return f"read as {item['type']}"
        if got.quantize(Decimal("0.01")) != dec(expected).quantize(Decimal("0.01")):
            return f"{base}/{bid}: {got}, not {expected}"
    return ""


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _lowest(m: Any, square: bool = False, inverse: bool = False) -> Price:
    def score(base: int, bid: int) -> Decimal:
        q = dec(bid) / dec(base) if inverse else dec(base) / dec(bid)
        return min(dec(m), dec(m) * (q * q if square else q))
    return Price(tuple(((base, bid), score(base, bid)) for base, bid in ((100, 100), (100, 125), (80, 100), (90, 120))))


def _punct(text: str, k: int) -> str:
    """The text in another hand: half-width marks (1), the clauses' semicolons full stops (2), line breaks (3)."""
    if k == 1:
        return text.replace("，", ",").replace("；", ";").replace("：", ":").replace("（", "(").replace("）", ")")
    if k == 2:
        return text.replace("；", "。")
    if k == 3:
        return text.replace("；", "\n")
    return text


# ── the price score of the lowest bid (低价优先法) ──────────────────────────────────────────────────────────────────
def price_ratio() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    lead = "满足招标文件要求且投标价格最低的投标报价为评标基准价，其价格分为满分。"
    forms = ["投标报价得分=(评标基准价/投标报价)×{m}", "价格分=(评标基准价÷投标报价)×{m}", "价格分=评标基准价/投标报价*{m}",
             "价格分＝（评标基准价／投标报价）×{m}", "价格分={m}×(评标基准价/投标报价)", "价格得分=(最低有效报价/有效报价)×{m}",
             "投标报价得分=(评标基准价/投标报价)×{m}分", "价格分=(评标基准价/投标报价)x{m}"]
    for m in ("30", "20", "10"):
        mm = int(m)
        for k, f in enumerate(forms):
            out.append((f.format(m=m), m, _lowest(m)))
            if k % 2 == 0:
                out.append((lead + f.format(m=m), m, Either(_lowest(m), Unsure())))
            # the formula's points other than the 分值
            if k < 4:
                out.append((f.format(m=mm + 10), m, Unsure()))
        # the quotient squared, a figure added, a base of another kind (the mean, the highest, the second lowest, a
        # share of the budget), a deduction for small firms, a cap under the 分值
        out.append((f"价格分=(评标基准价/投标报价)×(评标基准价/投标报价)×{m}", m, Either(_lowest(m, square=True), Unsure())))
        out.append((f"价格分=(评标基准价/投标报价)*(评标基准价/投标报价)*{m}", m, Either(_lowest(m, square=True), Unsure())))
        out.append((f"价格分=(评标基准价/投标报价)^2×{m}", m, Either(_lowest(m, square=True), Unsure())))
        out.append((f"价格分=(评标基准价/投标报价)×{m}+5", m, Unsure()))
        out.append((f"以有效投标报价的算术平均值为评标基准价，投标报价得分=(评标基准价/投标报价)×{m}", m, Unsure()))
        out.append((f"价格分=(评标基准价/投标报价)×{m}，其中评标基准价为有效投标报价的平均价", m, Unsure()))
        for base in ("平均报价", "最高报价", "次低报价", "有效报价平均值", "算术平均价"):
            out.append((f"价格得分=({base}/投标报价)×{m}", m, Unsure()))
        out.append((f"价格得分=(平均报价÷投标报价)*{m}分", m, Unsure()))
        out.append((f"价格分=(评标基准价/投标报价)×{m}，评标基准价为采购预算的90%", m, Unsure()))
        out.append((f"价格分=(评标基准价/投标报价)×{m}；对小型和微型企业产品的价格给予10%的扣除", m, Unsure()))
        out.append((f"价格分=(评标基准价/投标报价)×{m}，最高得{mm - 5}分", m, Unsure()))
        out.append((f"价格分=(评标基准价/投标报价)×{m}，最高得{m}分", m, Either(_lowest(m), Unsure())))
        # the quotient the other way up: as the text says, or to check
        out.append((f"价格得分=(有效报价/最低有效报价)×{m}", m, Either(_lowest(m, inverse=True), Unsure())))
        out.append(("最低报价得满分，其他报价按比例得分", m, Unsure()))
    return out


# ── deviation from the base price, points off per percent, one side or both ───────────────────────────────────────
def price_deviation() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, a, b in [(30, 2, 1), (20, 1, "0.5"), (10, "0.5", "0.2")]:
        m_, a_, b_ = dec(m), dec(a), dec(b)
        # (or over the base and the bid, the deviation taken in % of the base: formula._price_off_base)
        by_base = Fn(("基准", "报价"), (((100, 100), m_), ((100, 102), max(dec(0), m_ - 2 * a_)),
                                        ((100, 96), max(dec(0), m_ - 4 * b_)), ((100, 190), 0)))
        both = Either(Faults((Fault("高", f"-{a}", True), Fault("低", f"-{b}", True))), by_base)
        out.append((f"投标报价等于评标基准价的得满分，每高于评标基准价1%扣{a}分，每低于评标基准价1%扣{b}分，扣完为止", str(m),
                    Either(both, Unsure())))
        out.append((f"以有效投标报价的算术平均值为评标基准价，投标报价等于评标基准价的得{m}分；每高于评标基准价1个百分点扣{a}分；"
                    f"每低于评标基准价1个百分点扣{b}分；扣完为止", str(m), Either(both, Unsure())))
        out.append((f"投标报价与评标基准价相比，每高出1%扣{a}分，每低1%扣{b}分，最低得0分", str(m), Either(both, Unsure())))
        out.append((f"投标报价等于评标基准价的得满分，每高于评标基准价1%扣{a}分，每低于评标基准价1%扣{b}分", str(m),
                    Either(both, Unsure())))
        # one side only, the other side unsaid or scoring full
        out.append((f"投标报价每高于评标基准价1%扣{a}分，扣完为止", str(m), Unsure()))
        out.append((f"投标报价低于或等于评标基准价的得{m}分，每高于评标基准价1%扣{a}分，扣完为止", str(m),
                    Either(Faults((Fault("高", f"-{a}", True),)), Unsure())))
        out.append((f"满足招标文件要求且报价最低的得满分，其余报价每高出最低报价1%扣{a}分，扣完为止", str(m),
                    Either(Faults((Fault("高", f"-{a}", True),)), Unsure())))
        # the sign of the deviation unsaid; a step of another unit; a full score other than the 分值
        out.append((f"偏差率每增加1%扣{a}分", str(m), Unsure()))
        out.append((f"投标报价每偏离评标基准价1%扣{a}分，扣完为止", str(m),
                    Either(Faults((Fault("偏离", f"-{a}", True),)), Unsure())))
        out.append((f"投标报价每高于评标基准价1万元扣{a}分，扣完为止", str(m), Unsure()))
        out.append((f"投标报价等于评标基准价的得{m_ - 5}分，每高于评标基准价1%扣{a}分，每低于评标基准价1%扣{b}分", str(m), Unsure()))
        out.append((f"投标报价等于评标基准价的得满分，每高于评标基准价1%扣{a}分，每低于评标基准价1%扣{b}分，最多扣{_n(m_ / 2)}分",
                    str(m), Either(Faults((Fault("高", f"-{a}", True), Fault("低", f"-{b}", True)), off=_n(m_ / 2)), Unsure())))
    # bands of the deviation: its sign unsaid (a bid below the base deviates too), or its size said
    for m, k, j in [(30, 20, 10), (20, 12, 5), (10, 6, 2)]:
        out.append((f"报价与评标基准价的偏差≤3%得{m}分，3%<偏差≤5%得{k}分，偏差>5%得{j}分", str(m), Unsure()))
        out.append((f"报价偏差率在3%以内得{m}分；3%-5%得{k}分；5%以上得{j}分", str(m), Unsure()))
        out.append((f"投标报价偏离率≤3%的得{m}分，3%<偏离率≤5%的得{k}分，偏离率>5%的得{j}分", str(m), Unsure()))
        out.append((f"报价偏差率的绝对值≤3%得{m}分，3%<偏差率的绝对值≤5%得{k}分，偏差率的绝对值>5%得{j}分", str(m),
                    Either(Bands(((0, m), (3, m), (4, k), (5, k), (9, j))), Unsure())))
        out.append((f"下浮率≥10%得{m}分，5%≤下浮率<10%得{k}分，下浮率<5%得{j}分", str(m),
                    Bands(((12, m), (10, m), (7, k), (5, k), (3, j)))))
    return out


# ── points by the rank of the bid ─────────────────────────────────────────────────────────────────────────────────
def price_rank() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, s in [(20, 4), (30, 5), (10, 2)]:
        out.append((f"报价最低的得{m}分，报价次低的得{m - s}分，报价第三低的得{m - 2 * s}分，其余不得分", str(m),
                    Ranks((m, m - s, m - 2 * s, 0))))
        out.append((f"报价最低的得{m}分，次低的得{m - s}分，第三低的得{m - 2 * s}分，其余得{m - 3 * s}分", str(m),
                    Ranks((m, m - s, m - 2 * s, m - 3 * s))))
        out.append((f"按报价由低到高排序，第一名得{m}分，第二名得{m - s}分，第三名得{m - 2 * s}分", str(m),
                    Either(Ranks((m, m - s, m - 2 * s, 0)), Unsure())))
        out.append((f"报价最低者得{m}分，每高一名次递减{s}分", str(m), Unsure()))
        out.append((f"最低价得满分，其他依次递减{s}分", str(m), Unsure()))
        # the points of a lower rank above the 分值, or more than the rank above it
        out.append((f"报价最低的得{m}分，报价次低的得{m + s}分，其余不得分", str(m), Unsure()))
        out.append((f"报价最低的得{m - s}分，报价次低的得{m - 2 * s}分，其余不得分", str(m), Unsure()))
    return out


# ── items each earning points, a cap ─────────────────────────────────────────────────────────────────────────────
def per_item() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    things = [("类似项目业绩", "个"), ("同类项目合同", "份"), ("节能产品认证证书", "个"), ("软件著作权证书", "项")]
    for (thing, u), (p, m) in zip(things, [("1", 5), ("2", 6), ("0.5", 2), ("1", 3)]):
        def upto(cap: Any, p: str = p) -> Bands:
            return Bands(tuple((k, min(dec(cap), dec(p) * k)) for k in (0, 1, 2, 3, 5, 12)))
        out.append((f"每提供一{u}{thing}得{p}分，最高得{m}分", str(m), Either(upto(m), Unsure())))
        out.append((f"提供{thing}的，每{u}得{p}分，满分{m}分", str(m), Either(upto(m), Unsure())))
        out.append((f"{thing}每{u}得{p}分，本项最高{m}分。", str(m), Either(upto(m), Unsure())))
        out.append((f"提供近三年{thing}，每提供一{u}得{p}分，最多得{m}分", str(m), Either(upto(m), Unsure())))
        # the cap missing, under or over the 分值
        out.append((f"每提供一{u}{thing}得{p}分", str(m), Either(upto(m), Unsure())))
        out.append((f"每提供一{u}{thing}得{p}分，最高得{m - 1}分", str(m), Unsure()))
        out.append((f"每提供一{u}{thing}得{p}分，最高得{m + 2}分", str(m), Unsure()))
        # counts listed
        q = dec(m) / 3
        out.append((f"{thing}1{u}得{_n(q)}分，2{u}得{_n(2 * q)}分，3{u}及以上得{m}分，没有不得分", str(m),
                    Either(Bands(((0, 0), (1, q), (2, 2 * q), (3, m), (7, m))), Unsure())))
        out.append((f"{thing}1{u}得{_n(q)}分，2{u}得{_n(2 * q)}分，4{u}及以上得{m}分", str(m), Unsure()))
        out.append((f"{thing}3{u}以上得{m}分，2{u}得{_n(2 * q)}分，1{u}得{_n(q)}分", str(m), Unsure()))
        # a single one, earning the whole
        out.append((f"提供{thing}的得{m}分，不提供不得分", str(m), Ranks((m, 0))))
        out.append((f"提供{thing}的得{m - 1}分，不提供不得分", str(m), Unsure()))
    return out


# ── certificates, each or any of them ─────────────────────────────────────────────────────────────────────────────
def certificates() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    certs = ["质量管理体系认证证书", "环境管理体系认证证书", "职业健康安全管理体系认证证书"]
    for m, k in [(2, 0), (3, 1), (4, 2)]:
        a, b, c = certs[k % 3], certs[(k + 1) % 3], certs[(k + 2) % 3]
        out.append((f"投标人具有有效的{a}得{m}分，没有不得分", str(m), Ranks((m, 0))))
        out.append((f"提供有效的{a}的得{m}分；未提供的不得分。", str(m), Ranks((m, 0))))
        out.append((f"提供有效的{a}的得{m}分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"提供{a}得{m - 1}分，不提供不得分", str(m), Unsure()))
        # 或 and 和
        out.append((f"具有{a}或{b}的得{m}分，否则不得分", str(m), Ranks((m, 0))))
        out.append((f"同时具有{a}和{b}的得{m}分，否则不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"同时具有{a}和{b}的得{m}分，只具有其中一项的得1分，都不具有的不得分", str(m),
                    Either(Ranks((m, 1, 0)), Unsure())))
        out.append((f"具有{a}和{b}的得{m}分，没有的不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        # several, each its points
        if m >= 3:
            pa, pb = m - 1, 1
            out.append((f"具有{a}得{pa}分，具有{b}得{pb}分", str(m), Either(Once((str(pa), str(pb))), Unsure())))
            out.append((f"具有{a}得{pa}分；具有{b}得{pb}分；没有的不得分", str(m), Either(Once((str(pa), str(pb))), Unsure())))
            out.append((f"具有{a}得{pa}分，具有{b}得{pb + 1}分，最高得{m}分", str(m), Unsure()))
            out.append((f"具有{a}得{pa}分，具有{b}得{pb}分，具有{c}得1分", str(m), Unsure()))
    # numbered, each its points
    for k in range(4):
        mark = [("（1）", "；（2）", "；（3）"), ("1、", "\n2、", "\n3、"), ("①", "②", "③"), ("", "，", "，")][k]
        text = f"{mark[0]}具有{certs[0]}得2分{mark[1]}具有{certs[1]}得2分{mark[2]}具有{certs[2]}得1分"
        out.append((text, "5", Either(Once(("2", "2", "1")), Unsure())))
        out.append((text, "4", Unsure()))
        out.append((f"具有{certs[0]}、{certs[1]}、{certs[2]}的各得2分", "6", Either(Once(("2", "2", "2")), Unsure())))
        out.append((f"具有{certs[0]}、{certs[1]}、{certs[2]}的各得2分", "5", Unsure()))
    return out


# ── a plan graded, single points or ranges ─────────────────────────────────────────────────────────────────────────
def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, b, c in [(10, 7, 4), (8, 5, 2), (15, 10, 5)]:
        words = ("优", "良", "中", "差")
        opts = WordOpts((m, b, c, 0), words=words)
        out.append((f"技术方案：优得{m}分，良得{b}分，中得{c}分，差得0分", str(m), opts))
        out.append((f"优：{m}分；良：{b}分；中：{c}分；差：0分", str(m), opts))
        out.append((f"评委根据方案的完整性、可行性进行评分：优得{m}分，良得{b}分，中得{c}分，差得0分", str(m), opts))
        out.append((f"方案优得{m}分；方案良得{b}分；方案一般得{c}分；方案差或未提供方案不得分", str(m),
                    WordOpts((m, b, c, 0), words=("优", "良", "一般", "差"))))
        out.append((f"A档{m}分；B档{b}分；C档{c}分；D档0分", str(m), WordOpts((m, b, c, 0), words=("A档", "B档", "C档", "D档"))))
        # the lowest grade unsaid
        out.append((f"方案优得{m}分；方案良得{b}分；方案一般得{c}分", str(m),
                    Either(WordOpts((m, b, c), words=("优", "良", "一般")), Unsure())))
        # ranges of points
        out.append((f"优得{m - 2}-{m}分，良得{b - 2}-{b}分，中得{c - 2}-{c}分，差得0分", str(m), Unsure()))
        out.append((f"优（{m - 2}-{m}分）；良（{b - 2}-{b}分）；一般（1-{c}分）；无方案不得分", str(m), Unsure()))
        out.append((f"优秀得{m - 1}～{m}分，良好得{b - 1}～{b}分，一般得{c - 1}～{c}分，差得0分", str(m), Unsure()))
        out.append((f"较合理的得{b}-{b + 1}分，合理的得{m}分，不合理的不得分", str(m), Unsure()))
        # the top grade not the 分值, grades out of turn, room about each grade
        out.append((f"优得{m + 2}分，良得{b}分，中得{c}分，差得0分", str(m), Unsure()))
        out.append((f"优得{m - 1}分，良得{b}分，中得{c}分，差得0分", str(m), Unsure()))
        out.append((f"优得{m}分，良得{c}分，中得{b}分，差得0分", str(m),
                    Either(WordOpts((m, b, c, 0), words=("优", "中", "良", "差")), Unsure())))
        out.append((f"A级{m}分；B级{b}分；C级{c}分；D级0分；各级可加减1分", str(m), Unsure()))
        out.append((f"A级{m}分；B级{b}分；C级{c}分；D级0分；各档可上下浮动1分", str(m), Unsure()))
        out.append((f"优得{m}分，良得{b}分，中得{c}分，差得0分，同档内可增减1分", str(m), Unsure()))
        out.append((f"优得{m}分，良得{b}分，中得{c}分，差得0分，评委可在各档内酌情打分", str(m), Unsure()))
        # a fault beside the grades
        out.append((f"优得{m}分，良得{b}分，中得{c}分，差得0分；每缺少一项内容扣1分", str(m), Unsure()))
    return out


# ── negative deviations ────────────────────────────────────────────────────────────────────────────────────────────
def deviations() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in [(10, "1"), (8, "0.5"), (6, "1.5")]:
        for k, lead in enumerate(["", "技术参数完全响应得{m}分，", "完全满足招标要求得{m}分；"]):
            head = lead.format(m=m)
            out.append((_punct(f"{head}每有一项负偏离扣{x}分，扣完为止", k % 2), str(m), Per(x)))
        out.append((f"负偏离每项扣{x}分，扣完为止", str(m), Per(x)))
        out.append((f"每负偏离一项扣{x}分，扣完为止。", str(m), Per(x)))
        out.append((f"每有一项负偏离扣{x}分\n扣完为止", str(m), Per(x)))
        out.append((f"每有一项负偏离扣{x}分，最多扣{m // 2}分", str(m), Per(x, str(m // 2))))
        out.append((f"每有一项负偏离扣{x}分", str(m), Either(Per(x), Unsure())))
        # zeroing or voiding beside the step, a second kind of fault, good deviations added
        out.append((f"每有一项负偏离扣{x}分，扣完为止，带★号参数负偏离的按无效投标处理", str(m), Unsure()))
        out.append((f"每有一项负偏离扣{x}分，扣完为止；负偏离超过3项的不得分", str(m), Unsure()))
        out.append((f"每有一项负偏离扣{x}分，扣完为止；未提供技术偏离表的不得分", str(m), Unsure()))
        out.append((f"每有一项一般参数负偏离扣{x}分，每有一项重要参数负偏离扣3分，扣完为止", str(m),
                    Either(Faults((Fault("一般", f"-{x}", True), Fault("重要", "-3", True))), Unsure())))
        out.append((f"每有一项负偏离扣{x}分，每有一项缺项扣3分，扣完为止", str(m),
                    Either(Faults((Fault("负偏离", f"-{x}", True), Fault("缺项", "-3", True))), Unsure())))
        out.append((f"每有一项负偏离扣{x}分，扣完为止；每有一项正偏离加0.5分，最高加2分", str(m), Unsure()))
        out.append((f"基本分{m - 4}分，每有一项正偏离加1分，每有一项负偏离扣{x}分，最高{m}分，扣完为止", str(m),
                    Either(Faults((Fault("正偏离", "+1", True), Fault("负偏离", f"-{x}", True)), base=str(m - 4)), Unsure())))
        out.append((f"每有一项负偏离扣{x}%分，扣完为止", str(m), Unsure()))
        # counts of deviations in bands
        out.append((f"技术参数全部满足得{m}分，一项负偏离得{m - 2}分，两项负偏离得{m - 4}分，三项及以上负偏离不得分", str(m),
                    Bands(((0, m), (1, m - 2), (2, m - 4), (3, 0), (6, 0)))))
        out.append((f"技术参数全部满足得{m}分，一项负偏离得{m - 2}分，三项及以上负偏离不得分", str(m), Unsure()))
    return out


# ── staff qualifications by level ──────────────────────────────────────────────────────────────────────────────────
def staff() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    ladders = [(("高级职称", "中级职称", "初级职称"), "无职称"), (("正高级职称", "副高级职称", "中级职称"), "其他"),
               (("高级工程师职称", "工程师职称", "助理工程师职称"), "无职称"), (("博士学历", "硕士学历", "本科学历"), "其他学历")]
    for (hi, mid, lo), none in ladders:
        for a, b, c in [(3, 2, 1), (6, 4, 2)]:
            words = (hi, mid, lo, none)
            out.append((f"项目负责人具有{hi}得{a}分，{mid}得{b}分，{lo}得{c}分，{none}不得分", str(a),
                        WordOpts((a, b, c, 0), words=words)))
            out.append((f"项目负责人具有{hi}得{a}分；具有{mid}得{b}分；具有{lo}得{c}分", str(a),
                        Either(WordOpts((a, b, c), words=words[:3]), Unsure())))
            # the 分值 the sum of the levels: one person holds one of them
            out.append((f"项目负责人具有{hi}得{a}分，{mid}得{b}分，{lo}得{c}分", str(a + b + c), Unsure()))
            out.append((f"项目负责人具有{hi}得{a}分，{mid}得{b}分", str(a + b), Unsure()))
            out.append((f"项目负责人具有{hi}得{a}分，{mid}得{b}分，{lo}得{c}分，最高得{a}分", str(a + b + c), Unsure()))
        # the levels after a colon, the 分值 the top or the sum
        out.append((f"项目负责人：{hi}3分，{mid}2分，{lo}1分，{none}0分", "3",
                    Either(WordOpts((3, 2, 1, 0), words=(hi, mid, lo, none)), Unsure())))
        out.append((f"项目负责人：{hi}3分，{mid}2分，{lo}1分", "6", Unsure()))
        # two ladders, each its points
        out.append((f"项目负责人具有{lo if '学历' in lo else '本科学历'}得3分，具有{hi if '学历' not in hi else '高级职称'}得3分", "6",
                    Either(Once(("3", "3")), Unsure())))
        # the subject said again at each level; two posts, each its level
        out.append((f"项目经理具有{hi}得3分，项目经理具有{mid}得2分", "5", Unsure()))
        out.append((f"项目经理具有{hi}得3分，技术负责人具有{mid}得2分", "5", Either(Once(("3", "2")), Unsure())))
        out.append((f"具有{hi}的得3分；具有{mid}的得2分；具有{lo}的得1分", "6", Unsure()))
        # two posts each the same level: points met each
        out.append((f"拟派项目经理具有{hi}得3分，拟派技术负责人具有{hi}得3分", "6", Once(("3", "3"))))
        # per person, a cap
        out.append((f"拟派项目人员具有{hi}的每人得2分，{mid}的每人得1分，最高得10分", "10",
                    Either(Faults((Fault(hi[:2], "+2", True), Fault(mid[:2], "+1", True)), base="0"), Unsure())))
        out.append((f"项目团队中每有一名{hi}人员得2分，最高得6分", "6",
                    Either(Bands(((0, 0), (1, 2), (3, 6), (5, 6))), Unsure())))
    return out


# ── delivery times in days ──────────────────────────────────────────────────────────────────────────────────────────
def delivery() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (m, k), (u, say) in zip([(10, 15), (7, 10), (30, 45)], [(5, 3), (4, 2), (8, 5)],
                                      [("日", "日"), ("个工作日", "个工作日"), ("日历天", "日历天")]):
        bands = Bands(((1, m), (a, m), (a + 1, k), (b, k), (b + 1, 0), (b * 3, 0)))
        out.append((f"交货期{a}{u}内得{m}分，{b}{say}内得{k}分，超过{b}{say}不得分", str(m), bands))
        out.append((f"交货期≤{a}{u}得{m}分，{a}{u}<交货期≤{b}{u}得{k}分，交货期>{b}{u}得0分", str(m), bands))
        out.append((f"交货时间：承诺{a}{u}内交货得{m}分；{b}{u}内交货得{k}分；超过{b}{u}不得分", str(m), bands))
        out.append((_punct(f"交货时间：承诺{a}{u}内交货得{m}分；{b}{u}内交货得{k}分；超过{b}{u}不得分", 3), str(m),
                    Either(bands, Unsure())))
        out.append((f"交货时间：承诺{b}{u}内交货得{k}分，{a}{u}内交货得{m}分，超过{b}{u}不得分", str(m), Either(bands, Unsure())))
        # a band overlapping, a gap, a unit changed, the points above the 分值
        out.append((f"交货期在{a}{u}以内得{m}分，{a}-{b}{u}得{k}分，{b}{u}以上得0分", str(m), Unsure()))
        out.append((f"交货期{a}{u}内得{m}分，{b}{u}内得{k}分，超过{b + 5}{u}不得分", str(m), Unsure()))
        out.append((f"交货期{a}{u}内得{m}分，{b}周内得{k}分，超过{b}周不得分", str(m), Unsure()))
        out.append((f"交货期{a}{u}内得{m}分，1个月内得{k}分，超过1个月不得分", str(m), Unsure()))
        out.append((f"交货期{a}{u}内得{m + 2}分，{b}{u}内得{k}分，超过{b}{u}不得分", str(m), Unsure()))
        out.append((f"交货期{a}{u}内得{m}分，{b}{u}内得{k}分", str(m), Either(bands, Unsure())))
        # days earlier than the date asked: a figure the text does not give
        out.append((f"交货期比招标文件要求每提前1{u}加1分，最高加{m}分", str(m), Unsure()))
        out.append((f"交货期满足要求得{k}分，每提前1{u}加0.5分，最高{m}分", str(m), Unsure()))
    return out


# ── service commitments ──────────────────────────────────────────────────────────────────────────────────────────────
def service() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (m, k) in zip([(2, 4), (1, 2), (12, 24)], [(5, 3), (4, 2), (3, 1)]):
        bands = Bands(((0, m), (a, m), (a + Decimal("0.5"), k), (b, k), (b + 1, 0), (b * 4, 0)))
        out.append((f"接到通知后{a}小时内到达现场得{m}分，{b}小时内到达得{k}分，超过{b}小时不得分", str(m), bands))
        out.append((f"响应时间≤{a}小时得{m}分；{a}小时<响应时间≤{b}小时得{k}分；响应时间>{b}小时得0分", str(m), bands))
        out.append((f"服务响应时间在{a}小时以内得{m}分；{a}-{b}小时得{k}分；{b}小时以上得0分", str(m), Unsure()))
        out.append((f"接到通知后{a}小时内到达现场得{m}分，{b}分钟内到达得{k}分，超过{b}分钟不得分", str(m), Unsure()))
        out.append((f"本地有售后服务网点的得{m}分，没有的不得分", str(m), Ranks((m, 0))))
        out.append((f"本地有售后服务网点的得{m}分，在省内有网点的得{k}分，没有的不得分", str(m), Ranks((m, k, 0))))
        out.append((f"本地或省内有售后服务网点的得{m}分，没有的不得分", str(m), Ranks((m, 0))))
        out.append((f"本地有售后服务网点的得{m - 1}分，没有的不得分", str(m), Unsure()))
    for y, (m, k) in zip((3, 5, 2), [(5, 3), (6, 4), (4, 2)]):
        bands = Bands(((y + 2, m), (y, m), (Decimal(y) - Decimal("0.5"), k), (y - 1, k), (Decimal(y - 1) - Decimal("0.5"), 0)))
        out.append((f"质保期在{y}年及以上得{m}分，{y - 1}年（含）至{y}年得{k}分，{y - 1}年以下不得分", str(m), bands))
        out.append((f"质保期≥{y}年得{m}分；{y - 1}年≤质保期<{y}年得{k}分；质保期<{y - 1}年得0分", str(m), bands))
        out.append((f"质保期{y}年以上得{m}分，{y - 1}年以上得{k}分，{y - 1}年以下得0分", str(m), Unsure()))
        out.append((f"在规定质保期基础上每延长一年得1分，最高得{m}分", str(m), Unsure()))
        out.append((f"免费质保期满足招标文件要求得{k}分，每延长1年加1分，最高得{m}分", str(m), Unsure()))
        out.append((f"质保期在{y}年及以上得{m}分，{y - 1}年（含）至{y}年得{k}分", str(m), Either(bands, Unsure())))
    return out


_ALL = (price_ratio() + price_deviation() + price_rank() + per_item() + certificates() + grades() + deviations() + staff()
        + delivery() + service())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=_price_wrongly)


@pytest.mark.parametrize("text", [
    "优得10分，良得4分，中得7分，差得0分",
    "评价为优的得10分，良的得4分，中的得7分，差的不得分",
    "优秀10分；良好6分；合格8分；不合格0分",
    "优：10分，良：8分，中：5分，差：6分",
])
def test_quality_words_scoring_out_of_turn_are_to_check(text):
    p = propose(text, "10", "技术方案")
    assert not p.confident
    assert any("不随等级依次降低" in n for n in p.notes)


@pytest.mark.parametrize("text", [
    "优得10分，良得8分，中得5分，差得0分",
    "优秀10分；良好6分；合格4分；不合格0分",
])
def test_near_miss_quality_words_in_turn_raise_no_such_doubt(text):
    assert not any("不随等级依次降低" in n for n in propose(text, "10", "技术方案").notes)
