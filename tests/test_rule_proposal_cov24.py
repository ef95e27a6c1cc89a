"""Made-up texts of the 过程 (管理) rows of 项目支出 / 专项资金 绩效评价, as third-party evaluators write them — each with
what it states (the situations and their scores) or that it leaves a situation open (to check): 资金使用合规性 (“发现一笔
违规使用扣1分”, “违规使用资金每1万元扣0.1分，扣完为止”, “违规金额每1000元扣…”, “截留、挤占、挪用资金的，本项不得分”, “按违规
金额占项目资金的比例扣分”, amounts misused in bands of 万元 and 元), 财务制度健全性 / 管理制度执行有效性 (“制度健全得2分，执行
有效得2分”, “每缺一项制度扣0.5分”), 政府采购规范性 (“应招标未招标的每项扣1分”), 资金到位及时性 (“资金到位不及时每延迟1个月
扣0.5分”, on time then bands of months, days or weeks late), 项目档案/资料完整性 (“每缺一份扣0.5分”, 完整/基本完整/不完整),
会计核算规范性 (“白条入账每笔扣0.5分”, a second fault per 处, 未单独核算 zeroing the row), 项目调整 报批 — counts in 笔/项/次/
份, with variants of figures, ，,；;。 and line breaks between clauses, full/half width, the order of clauses.

Measured on the 454 texts (before → after the readings taught here): exact 233 → 237, flagged 137 → 211 (of them scoring
some situation otherwise than the text says 0 → 0), judgement fallbacks 84 → 6, confident and wrong 0 → 0. Taught:

- a delay's band of none said as on time, before bands of the delay (``wording.ON_TIME``; in ``tiers._counted_bands_of``):
  “资金及时到位得3分；延迟1个月以内得2分；延迟1-3个月得1分；延迟3个月以上不得分”, “按时到位得3分，延迟10天以内…”, “项目按期
  完成得满分，逾期2周以内…”, “…延期1个月内得2分；延期3个月内得1分；延期超过3个月不得分” (ceilings): 0 late the 分值, the band
  “以内” from past 0, the rest as written (in 个月, 天, 工作日, 周, 小时), to check (the delay is entered, an end two bands share
  settled as the bands' reading settles it); needs a verb of delay in the bands and no band that deducts;
- the share of one named sum in another taken off the 分值 (``rate.SHARE_OFF``, beside ``rate.SHARE_OF`` on one
  ``_SHARE_NAMED``; ``formula._share_off``, order 26000): “按违规金额占项目资金的比例扣分”, “根据…占…的比例扣分，扣完为止”,
  “按…占…的比例扣减分值”: 分值 × (1 − a ÷ b), to check;
- the clause before a step of delay naming what is late (``reading.coverage``'s ``_LEAD_CASE``, which the deductions had):
  “资金到位不及时，每延迟1个月扣0.5分，扣完为止”, “报送不及时，每迟报1天…” no longer leave “资金到位不及时” unplaced (8 texts
  now sure).

Left: judgement fallbacks (6): “按违规金额占项目资金的比例酌情扣分” (4: 酌情, as it says); “延迟1个月以内得3分，延迟1-3个月
得2分，延迟3个月以上不得分” of 4 (on time unsaid), “资金及时到位得3分，延迟1个月以内得2分，延迟1个月以上不得分” of 4 (on time
below the 分值): stated unsure. Flagged and left so: per-case deductions with no stop said (“白条入账每笔扣0.5分”, “每缺一项
制度扣0.5分”), a step per 1万元 or 1000元 (a part of a step unsaid), a step of 10 days, the bands of delay and of amounts
misused (万元, 元: none misused read as the 分值, unsaid), “截留、挤占、挪用资金的，本项不得分” alone (full marks unsaid), a zeroing
gate beside a deduction (“存在截留、挤占、挪用…不得分；…每笔扣1分”, “未单独核算的，不得分；…”), the share taken off (read, not
said, as 分值 × the share), “违规金额占项目资金比例每1%扣0.5分” (no line said, 0% read as the line).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Fn, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Per, Ranks, Unsure, dec

_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_CN = {1: "一", 2: "两", 3: "三", 5: "五"}
# clause marks: (between clauses, before the stop)
_MARKS = [("，", "，"), ("；", "，"), (",", ","), (";", ","), ("。", "，"), ("\n", "，")]


def _n(x: Any) -> str:
    return format(dec(x).normalize(), "f")


def _either(want: Any) -> Either:
    return Either(want, Unsure())


# ── 资金使用合规性: per case, per 万元 / 元 of misuse, 截留挤占挪用 zero the row, a share of the misused sum ─────────
_CASES = [("违规使用资金", "笔"), ("发现违规支出", "笔"), ("超范围列支", "项"), ("虚列支出", "笔"), ("挤占挪用", "次")]


def compliance() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, unit), x, m, (sep, _stop) in product(_CASES[:4], ("1", "0.5"), ("5",), _MARKS[:3]):
        out.append((f"发现一{unit}{what}扣{x}分{sep}扣完为止", m, Per(x)))
        out.append((f"{what}每{unit}扣{x}分{sep}扣完为止", m, Per(x)))
    for (what, unit), x, m in product(_CASES[:3], ("1", "0.5"), ("4",)):
        out.append((f"每发现1{unit}{what}扣{x}分，扣完为止".translate(_FULL), m, Per(x)))
        out.append((f"{what}的，每{unit}扣{x}分", m, _either(Per(x))))
        both = Faults((Fault("违规|违反|支出|列支|一" + unit, f"-{x}", True), Fault("截留|挤占|挪用", "0", False)))
        out.append((f"资金使用合规得满分；发现一{unit}{what}扣{x}分，扣完为止；存在截留、挤占、挪用资金的，本项不得分",
                     m, _either(both)))
        out.append((f"存在截留、挤占、挪用项目资金的，本项不得分；{what}每{unit}扣{x}分，扣完为止", m, _either(both)))
    for x, m, (sep, _stop) in product(("0.1", "0.2"), ("5",), _MARKS):
        out.append((f"违规使用资金每1万元扣{x}分{sep}扣完为止", m, _either(Per(x))))
        out.append((f"违规金额每1000元扣{x}分{sep}扣完为止", m, _either(Per(x))))
    for m in ("5", "4"):
        out.append(("存在截留、挤占、挪用资金的，本项不得分", m, _either(Ranks((int(m), 0)))))
        out.append(("资金使用符合规定得满分，存在截留、挤占、挪用资金的，本项不得分", m, Ranks((int(m), 0))))
        out.append(("有截留挤占挪用、虚列支出等情况的，该项不得分", m, _either(Ranks((int(m), 0)))))
        share = Fn(("违规", "项目|总额|资金总"), (((0, 100), m), ((10, 100), dec(m) * 9 / 10), ((100, 100), 0)))
        out.append(("得分=（1-违规金额/项目资金总额）×分值", m, _either(share)))
        out.append(("违规金额占项目资金比例每1%扣0.5分，扣完为止", m, _either(Per("0.5"))))
    return out


# ── 财务制度健全性 / 管理制度执行有效性 ─────────────────────────────────────────────────────────────────────────────
def systems() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (sep, _stop) in product([(2, 2), (1, 2), (1.5, 1.5)], _MARKS[:4]):
        m = _n(dec(a) + dec(b))
        two = Faults((Fault("健全", f"-{_n(a)}", False), Fault("执行|有效", f"-{_n(b)}", False)))
        out.append((f"制度健全得{_n(a)}分{sep}执行有效得{_n(b)}分", m, two))
        out.append((f"财务管理制度健全得{_n(a)}分{sep}制度执行有效得{_n(b)}分", m, two))
    for x, m, (sep, _stop) in product(("0.5", "1"), ("4",), _MARKS):
        out.append((f"每缺一项制度扣{x}分{sep}扣完为止", m, Per(x)))
        out.append((f"管理制度不健全的{sep}每缺一项扣{x}分{sep}扣完为止", m, Per(x)))
    for x, m in product(("0.5", "1"), ("4", "3")):
        out.append((f"每缺一项制度扣{x}分", m, _either(Per(x))))
        out.append((f"制度未有效执行的，每发现一次扣{x}分，扣完为止", m, Per(x)))
        out.append((f"已建立健全财务管理制度得满分，每缺一项制度扣{x}分，扣完为止", m, Per(x)))
        out.append((f"制度健全、执行有效得满分；制度不健全或执行不到位的，每项扣{x}分，扣完为止", m, Per(x)))
    return out


# ── 政府采购规范性 ───────────────────────────────────────────────────────────────────────────────────────────────
def procurement() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, y, m, (sep, _stop) in product(("1", "0.5"), ("0.5", "0.2"), ("3",), _MARKS[:4]):
        out.append((f"应招标未招标的每项扣{x}分{sep}扣完为止", m, Per(x)))
        out.append((f"应招标未招标的{_stop}每项扣{x}分{sep}采购程序不规范的每次扣{y}分{sep}扣完为止", m,
                    Faults((Fault("招标", f"-{x}", True), Fault("程序", f"-{y}", True)))))
    for x, m in product(("1", "0.5"), ("3", "5")):
        out.append((f"应招标未招标的每项扣{x}分", m, _either(Per(x))))
        out.append((f"应实行政府采购而未实行的，每项扣{x}分，扣完为止", m, Per(x)))
        out.append(("未按规定执行政府采购程序的，本项不得分", m, _either(Ranks((int(m), 0)))))
        out.append(("严格执行政府采购规定得满分，存在应招标未招标情况的不得分", m, Ranks((int(m), 0))))
    return out


# ── 资金到位及时性: per month late, delays in bands ─────────────────────────────────────────────────────────────
def arrival() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, m, (sep, _stop) in product(("0.5", "1"), ("3",), _MARKS):
        out.append((f"资金到位不及时每延迟1个月扣{x}分{sep}扣完为止", m, Per(x)))
        out.append((f"资金按时足额到位得满分{sep}每延迟1个月扣{x}分{sep}扣完为止", m, Per(x)))
    for x, m in product(("0.5", "1"), ("3", "4")):
        out.append((f"资金到位不及时每延迟1个月扣{x}分", m, _either(Per(x))))
        out.append((f"资金到位不及时，每延迟一个月扣{x}分，扣完为止", m, Per(x)))
        out.append((f"资金到位不及时每延迟1个月扣{x}分，扣完为止".translate(_FULL), m, Per(x)))
        out.append((f"资金未按时拨付的，每延迟10天扣{x}分，扣完为止", m, _either(Per(x))))
    return out


# ── 资金到位及时性 in bands of delay: on time the 分值, then bands of months or days late ─────────────────────────────
_ON_TIME = ("资金及时到位", "资金按时足额到位", "按时到位", "提前或按时拨付", "项目按期完成")


def delay_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for lead, m, (sep, _stop), (a, b, u) in product(_ON_TIME[:2], ("3", "4"), _MARKS[:5], [(1, 3, "个月"), (10, 30, "天")]):
        k = int(m)
        bands = Bands(((0, k), (a / 2, k - 1), ((a + b) / 2, k - 2), (b + 1, 0)))
        out.append((f"{lead}得{k}分{sep}延迟{a}{u}以内得{k - 1}分{sep}延迟{a}-{b}{u}得{k - 2}分{sep}延迟{b}{u}以上不得分",
                    m, _either(bands)))
    for lead, m, (a, b, u) in product(_ON_TIME, ("5",), [(1, 3, "个月"), (15, 30, "天"), (2, 6, "周")]):
        k = int(m)
        bands = Bands(((0, k), (a / 2, k - 1), ((a + b) / 2, k - 2), (b + 1, 0)))
        out.append((f"{lead}得{k}分；延期{a}{u}内得{k - 1}分；延期{b}{u}内得{k - 2}分；延期超过{b}{u}不得分", m,
                    _either(bands)))
        out.append((f"{lead}得满分，逾期{a}{u}以内得{k - 1}分，逾期{a}至{b}{u}得{k - 2}分，逾期{b}{u}以上得0分", m,
                    _either(bands)))
        out.append((f"{lead}得{k}分，延迟{a}{u}以内得{k - 1}分，延迟{a}-{b}{u}得{k - 2}分，延迟{b}{u}以上不得分".translate(_FULL),
                    m, _either(bands)))
    for m in ("3", "4"):
        k = int(m)
        # the band of none unsaid, or the bands deducting: to check
        out.append((f"延迟1个月以内得{k - 1}分，延迟1-3个月得{k - 2}分，延迟3个月以上不得分", m, Unsure()))
        out.append(("延迟1个月以内扣1分，延迟1-3个月扣2分，延迟3个月以上不得分", m,
                    _either(Bands(((0, k), (0.5, k - 1), (2, k - 2), (4, 0))))))
        # on time said with a score less than the 分值: the bands do not reach the 分值
        out.append((f"资金及时到位得{k - 1}分，延迟1个月以内得{k - 2}分，延迟1个月以上不得分", m, Unsure()))
    return out


# ── amounts misused in bands (万元, 元) ──────────────────────────────────────────────────────────────────────────
def amount_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (sep, _stop) in product(("5", "4"), _MARKS[:4]):
        k = int(m)
        wan = Bands(((0.5, k - 1), (3, k - 3), (6, 0)))
        out.append((f"违规金额在1万元以下的扣1分{sep}1万元至5万元的扣3分{sep}5万元以上的不得分", m, _either(wan)))
        out.append((f"违规金额5000元以下扣1分{sep}5000-20000元扣3分{sep}20000元以上不得分", m,
                    _either(Bands(((100, k - 1), (10000, k - 3), (30000, 0))))))
    return out


# ── the share of the misused sum taken off the 分值 ─────────────────────────────────────────────────────────────
def share_off() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("5", "4", "6", "3"):
        share = Fn(("违规", "项目|总额|资金总|到位"), (((0, 100), m), ((10, 100), dec(m) * 9 / 10), ((100, 100), 0)))
        for text in ("按违规金额占项目资金的比例扣分", "根据违规金额占项目资金总额的比例扣分，扣完为止",
                     "按违规使用资金占到位资金的比例扣减分值", "按照违规资金占项目总资金的比例扣分。",
                     "依据违规金额占项目资金总额的比例扣分"):
            out.append((text, m, _either(share)))
        out.append(("按违规金额占项目资金的比例酌情扣分", m, Unsure()))
    return out


# ── 项目档案 / 资料完整性 ───────────────────────────────────────────────────────────────────────────────────────
def archives() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, m, (sep, _stop) in product(("0.5", "1"), ("2",), _MARKS):
        out.append((f"项目档案资料齐全完整得满分{sep}每缺一份扣{x}分{sep}扣完为止", m, Per(x)))
        out.append((f"资料缺失的{_stop}每缺1份扣{x}分{sep}扣完为止", m, Per(x)))
    for m in ("2", "3", "4"):
        k = int(m)
        out.append((f"资料完整得{k}分，基本完整得{k - 1}分，不完整不得分", m, Ranks((k, k - 1, 0))))
        out.append((f"项目档案资料完整得{k}分；基本完整得{k - 1}分；不完整的不得分", m, Ranks((k, k - 1, 0))))
        out.append(("档案管理规范、资料完整得满分，否则不得分", m, Ranks((k, 0))))
    return out


# ── 会计核算规范性 ───────────────────────────────────────────────────────────────────────────────────────────────
def accounting() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, y, m, (sep, _stop) in product(("0.5", "1"), ("0.2",), ("3",), _MARKS[:4]):
        out.append((f"白条入账每笔扣{x}分{sep}扣完为止", m, Per(x)))
        out.append((f"白条入账每笔扣{x}分{sep}会计科目使用错误每处扣{y}分{sep}扣完为止", m,
                    Faults((Fault("白条", f"-{x}", True), Fault("科目", f"-{y}", True)))))
    for x, m in product(("0.5", "1"), ("3", "4")):
        out.append((f"白条入账每笔扣{x}分", m, _either(Per(x))))
        out.append((f"原始凭证不完整的，每发现一笔扣{x}分，扣完为止", m, Per(x)))
        out.append((f"会计核算规范得满分，以白条入账的每笔扣{x}分，扣完为止", m, Per(x)))
        out.append((f"未单独核算的，不得分；白条入账每笔扣{x}分，扣完为止", m,
                    _either(Faults((Fault("白条", f"-{x}", True), Fault("单独|核算", "0", False))))))
    return out


# ── 项目调整 报批 ───────────────────────────────────────────────────────────────────────────────────────────────
def adjustment() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("2", "3"):
        k = int(m)
        out.append(("项目调整未按规定报批的，不得分", m, _either(Ranks((k, 0)))))
        out.append(("项目调整履行报批程序得满分，未履行报批程序的不得分", m, Ranks((k, 0))))
        out.append((f"项目调整报批手续完备得{k}分，手续不全得{k - 1}分，未报批不得分", m, Ranks((k, k - 1, 0))))
        out.append(("项目无调整或调整按规定报批的得满分；擅自调整的不得分", m, Ranks((k, 0))))
        for x in ("0.5", "1"):
            out.append((f"项目调整未履行报批手续的，每项扣{x}分，扣完为止", m, Per(x)))
    return out


_ALL = (compliance() + systems() + procurement() + arrival() + delay_bands() + amount_bands() + share_off() + archives()
        + accounting() + adjustment())
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 380 <= len(CASES) <= 460
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed)
    assert exact >= 237  # (233 before the readings of this round)
