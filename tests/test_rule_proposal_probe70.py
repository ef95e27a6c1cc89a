"""Made-up texts probing the counts and delays let pass for certain before each case costs (a grace), read as sure by
cov26 (``wording.FREE_SAID`` / ``free_said`` / ``FREE_EACH`` / ``FREE_THEN_EACH``, ``formula._faults``' ``max(0, a - N)``,
``delay._per_period_late``, ``delay._past_free``): a grace in one unit and the step in another (“缺席3人以内不扣分,超过部分
每次扣…”, 人次 beside 次), a step per 2 or 3 cases past the grace (“超过部分每2次扣1分”), two free counts in one text (“3次以内
不扣分,第5次起…”, “允许…2处,超过3处的部分…”), a grace for one fault beside another fault without one (either order, “迟到、早退
3次以内…” for both), graces of rates, percentage points and 万元, 以内/以下/不超过/含/(含)/(不含)/及以下/少于, a cliff after the
step (“超过3次的部分每次扣1分,超过5次的不得分”, 达到N次的不得分), a step past the 分值, caps in a sentence of their own (“。此项扣
分不超过2分。”, “。扣分以…为限”, a line break), the grace stated after the step (“每次扣1分,3次以内不扣分”, in brackets, 前N次),
delays with a grace in 周/个月/个工作日 (and a grace and a step in two of them) — and a grace said of each person, project,
report or period, or of a mean (“每人迟到3次以内不扣分”, “每月允许请假2次,超出的…”, “每份报告错误3处以内…”, “单月…”, “各科室…”,
“每项任务5个工作日内完成不扣分…”, “月均迟到3次以内…”, “人均差错…”) beside one count let pass once (“一年内…”, “累计…”, “全年…”,
“考核期内…”). Numbers, units (次/处/人/件/项/天/工作日/周/月/%/万元), joins (，,；;、 and line breaks) and ends (扣完为止 in
its forms) vary. Each text with what it states (a few situations and their scores) or that it is unsure (to check).

Confident readings found scoring wrong, and mended (65 texts of the 530, one cause):

- a grace said of each of several — each person, project, report, inspection, batch, month, quarter, week, task (“每人迟到
  2次以内不扣分,超过部分每次扣0.5分,扣完为止”, “每月允许差错2处,超出的每处扣1分”, “每个项目请假第4天起每天扣0.5分”,
  “每份报告逾期3个工作日以内不扣分,超过部分每个工作日扣1分”, “单月缺席超过3人的部分,每人扣1分”), or of a mean (“月均迟到3次
  以内不扣分…”, “人均差错3处以内…”) — was read surely as one count of them all with the cases let pass once
  (``formula._faults``: “迟到（次数）超过 2 次的每次扣 0.5 分”): two people late 3 times each scored 8 (6 cases, 2 let pass), where
  the text scores 9 (one case past each one's 2, 0.5 each); how the cases of each add up to one score is unsaid. Now a grace said for certain whose clause
  has such a word before its figure (每/单/各 and a word, or …均: ``reading.free_of_each``) leaves a formula's or a delay's
  reading to check, with a note naming the words (“按各期（各人、各项）分别免扣，合计后如何扣分未说明”, in
  ``reading.consistency``). One count let pass once (“一年内”, “累计”, “全年”, “年度内”, “考核期内”) reads as before.

Measured on the 530 texts (before → after): exact 64 → 64, flagged 401 → 466, judgement fallbacks 96 → 96, confident
and wrong 65 → 0. The corpus reads as before (6,998 exact, hold-out 256 exact, no confident wrong).

Readings left to check that would score some situations otherwise (not confident, so no bar): graces and steps in
different units (人 and 次, 周 and 天, 天 and 个工作日, 万元 and %), steps per 2 or 3 cases, two free counts, graces of rates,
percentage points, money, weeks and months (judgement, or a reading with its doubt), (含)/(不含)/不超过/及以下/少于/以上,
cliffs after the step, caps in a sentence of their own, graces stated after the step, “每年度…” (a period the evaluation
may be). Left as cov26 decided (sure, not changed here): a grace then the step with no “超过部分” (“迟报3日以内不扣分,每迟报
1日扣1分”, “…,超过3日的每迟报1日…”) counts the cases past the grace; “迟到、早退3次以内不扣分” lets the two pass together;
“人次” beside “人次” is a count like any other.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests, read_exactly
from tests.proposals import Bands, Unsure, dec

_FULL = str.maketrans("0123456789.%，；", "０１２３４５６７８９．％,;")


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


def _graced(m: int, g: int, x: str, cap: str | None = None, step: int = 1, cliff: int | None = None) -> Bands:
    """Up to ``g`` cases costing nothing, each ``step`` past them ``x``, at most ``cap`` off, down to 0; past
    ``cliff`` cases nothing."""
    per, top = dec(x), dec(cap) if cap is not None else dec(m)
    out = []
    for k in (0, 1, g, g + 1, g + 2, g + 3, g + 4, g + 40):
        if cliff is not None and k > cliff:
            out.append((k, "0"))
            continue
        out.append((k, _n(max(Decimal(0), m - min(top, per * (max(0, k - g) // step))))))
    return Bands(tuple(dict.fromkeys(out)))


_JOINS = ["，", ",", "；", ";", "\n", "、"]
_ENDS = ["，扣完为止", ",扣完为止。", "，扣完为止。", ";扣完为止"]


# ── a grace in one unit, the step in another ───────────────────────────────────────────────────────────────────────
def units_apart() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    pairs = [("缺席", "人", "次"), ("差错", "处", "项"), ("迟到", "次", "天"), ("违规", "件", "人")]
    for i, ((what, u, v), n) in enumerate(product(pairs, (2, 3))):
        x = ("0.5", "1")[i % 2]
        j, end = _JOINS[i % len(_JOINS)], _ENDS[i % len(_ENDS)]
        out.append((f"{what}{n}{u}以内不扣分{j}超过部分每{v}扣{x}分{end}", "10", Unsure()))
        out.append((f"{what}超过{n}{u}的部分{j}每{v}扣{x}分{end}", "10", Unsure()))
        out.append((f"前{n}{u}不扣分{j}第{n + 1}{v}起每{v}扣{x}分{end}", "10", Unsure()))
        # 人次 and 次: a count of people times, beside a count of times
        out.append((f"{what}{n}人次以内不扣分{j}超过部分每次扣{x}分{end}", "10", Either(_graced(10, n, x), Unsure())))
        out.append((f"{what}{n}次以内不扣分{j}超过部分每人次扣{x}分{end}", "10", Either(_graced(10, n, x), Unsure())))
        out.append((f"{what}{n}人次以内不扣分{j}超过部分每人次扣{x}分{end}", "10", _graced(10, n, x)))
    return out


# ── a grace then a step per 2 (or more) cases ───────────────────────────────────────────────────────────────────────
def per_several() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((what, u), n, s) in enumerate(product([("迟到", "次"), ("差错", "处"), ("缺席", "人")], (2, 3), (2, 3))):
        x = ("1", "0.5")[i % 2]
        j, end = _JOINS[i % len(_JOINS)], _ENDS[i % len(_ENDS)]
        want = Either(_graced(10, n, x, step=s), Unsure())
        out.append((f"{what}{n}{u}以内不扣分{j}超过部分每{s}{u}扣{x}分{end}", "10", want))
        out.append((f"{what}超过{n}{u}的部分{j}每{s}{u}扣{x}分{end}", "10", want))
        out.append((f"{what}前{n}{u}不扣分{j}第{n + 1}{u}起每{s}{u}扣{x}分{end}", "10", want))
        out.append((f"允许{what}{n}{u}{j}超出的每{s}{u}扣{x}分{end}", "10", want))
    return out


# ── two free counts in one text ────────────────────────────────────────────────────────────────────────────────────
def two_counts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((what, u), n, d) in enumerate(product([("迟到", "次"), ("差错", "处"), ("投诉", "件")], (2, 3), (1, 2))):
        x = ("1", "0.5")[i % 2]
        j, end = _JOINS[i % len(_JOINS)], _ENDS[i % len(_ENDS)]
        out.append((f"{what}{n}{u}以内不扣分{j}第{n + 1 + d}{u}起每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"{what}{n}{u}以内不扣分{j}超过{n + d}{u}的部分每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"前{n + d}{u}不扣分{j}超过{n}{u}的部分每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"允许{what}{n}{u}{j}超过{n + d}{u}的部分每{u}扣{x}分{end}", "10", Unsure()))
    return out


# ── a grace for one fault beside another without one ───────────────────────────────────────────────────────────────
def beside() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, u), (b, v), n, x) in enumerate(product([("迟到", "次"), ("差错", "处")], [("早退", "次"), ("漏项", "项")],
                                                        (2, 3), ("1", "0.5"))):
        if i % 2:
            continue
        y = ("0.5", "2")[i // 2 % 2]
        j = _JOINS[i % 4]
        want = Either(Faults((Fault(a, f"-{x}", True, free=n), Fault(b, f"-{y}", True))), Unsure())
        out.append((f"{a}{n}{u}以内不扣分{j}超过部分每{u}扣{x}分{j}{b}每{v}扣{y}分，扣完为止", "10", want))
        out.append((f"{b}每{v}扣{y}分{j}{a}{n}{u}以内不扣分{j}超过部分每{u}扣{x}分，扣完为止", "10", want))
        out.append((f"{a}超过{n}{u}的部分每{u}扣{x}分{j}{b}每{v}扣{y}分，扣完为止", "10", want))
        out.append((f"{a}、{b}{n}{u}以内不扣分{j}超过部分每{u}扣{x}分，扣完为止", "10",
                    Either(Faults((Fault(f"{a}|{b}", f"-{x}", True, free=n),)), Unsure())))
    return out


# ── graces in rates, percentages, money ────────────────────────────────────────────────────────────────────────────
def rates_money() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (name, n, x) in enumerate(product(["误差率", "差错率", "超支率"], (2, 5), ("1", "0.5"))):
        m = (5, 10)[i // 2 % 2]
        j, end = _JOINS[i % len(_JOINS)], _ENDS[i % len(_ENDS)]
        want = Either(_graced(m, n, x), Unsure())
        out.append((f"{name}{n}%以内不扣分{j}超过部分每1%扣{x}分{end}", str(m), want))
        out.append((f"{name}超过{n}%的部分{j}每1%扣{x}分{end}", str(m), want))
        out.append((f"{name}{n}%以内不扣分{j}超过部分每1个百分点扣{x}分{end}", str(m), want))
        out.append((f"{name}{n}%以内不扣分{j}超过部分每{n}%扣{x}分{end}", str(m), Either(_graced(m, n, x, step=n), Unsure())))
        out.append((f"超支{n}万元以内不扣分{j}超过部分每万元扣{x}分{end}", str(m), want))
        out.append((f"偏差{n}万元以内不扣分{j}超过部分每1%扣{x}分{end}", str(m), Unsure()))
    return out


# ── 以上/以下/不超过/含 ────────────────────────────────────────────────────────────────────────────────────────────
def bounds() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((what, u), n) in enumerate(product([("迟到", "次"), ("差错", "处"), ("缺席", "人"), ("漏项", "项")], (3, 4))):
        x = ("1", "0.5")[i % 2]
        j, end = _JOINS[i % len(_JOINS)], _ENDS[i % len(_ENDS)]
        sure = _graced(10, n, x)
        out.append((f"{what}{n}{u}(含)以内不扣分{j}超过部分每{u}扣{x}分{end}", "10", Either(sure, Unsure())))
        out.append((f"{what}{n}{u}（含{n}{u}）以内不扣分{j}超过部分每{u}扣{x}分{end}", "10", Either(sure, Unsure())))
        out.append((f"{what}不超过{n}{u}的不扣分{j}超过部分每{u}扣{x}分{end}", "10", Either(sure, Unsure())))
        out.append((f"{what}{n}{u}及以下不扣分{j}超过部分每{u}扣{x}分{end}", "10", Either(sure, Unsure())))
        # (不含): the grace one short
        out.append((f"{what}{n}{u}(不含)以内不扣分{j}超过部分每{u}扣{x}分{end}", "10",
                    Either(_graced(10, n - 1, x), Unsure())))
        out.append((f"{what}少于{n}{u}的不扣分{j}超过部分每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"{what}{n}{u}以下不扣分{j}{n}{u}以上的每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"{what}{n}{u}以上的部分{j}每{u}扣{x}分{end}", "10", Unsure()))
    return out


# ── a cliff after the step; a step past the 分值; a cap in a sentence of its own ───────────────────────────────────
def cliffs_caps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((what, u), n, d) in enumerate(product([("迟到", "次"), ("缺席", "人")], (2, 3), (2, 3))):
        x = ("1", "0.5")[i % 2]
        j = _JOINS[i % len(_JOINS)]
        c = n + d
        out.append((f"{what}超过{n}{u}的部分每{u}扣{x}分{j}超过{c}{u}的不得分", "10", Either(_graced(10, n, x, cliff=c), Unsure())))
        out.append((f"{what}{n}{u}以内不扣分{j}超过部分每{u}扣{x}分{j}超过{c}{u}本项不得分", "10",
                    Either(_graced(10, n, x, cliff=c), Unsure())))
        out.append((f"{what}{n}{u}以内不扣分{j}超过部分每{u}扣{x}分{j}达到{c}{u}的不得分", "10",
                    Either(_graced(10, n, x, cliff=c - 1), Unsure())))
        # the step bigger than the 分值
        out.append((f"{what}{n}{u}以内不扣分{j}超过部分每{u}扣{d + 3}分", str(d + 1), Either(_graced(d + 1, n, str(d + 3)),
                                                                                      Unsure())))
        # caps in a sentence of their own
        cap = str(d + 1)
        for cs in [(f"。此项扣分不超过{cap}分。", f"。扣分以{cap}分为限"), (f"。本项最高扣{cap}分", f"\n最多扣{cap}分")][i % 2]:
            out.append((f"{what}{n}{u}以内不扣分{j}超过部分每{u}扣{x}分{cs}", "10", Either(_graced(10, n, x, cap), Unsure())))
    return out


# ── the grace stated after the step ─────────────────────────────────────────────────────────────────────────────────
def after() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((what, u), n) in enumerate(product([("迟到", "次"), ("差错", "处"), ("缺席", "人"), ("投诉", "件")], (2, 3))):
        x = ("1", "0.5")[i % 2]
        j, end = _JOINS[i % len(_JOINS)], _ENDS[i % len(_ENDS)]
        sure = _graced(10, n, x)
        out.append((f"{what}每{u}扣{x}分{j}{n}{u}以内不扣分{end}", "10", Either(sure, Unsure())))
        out.append((f"{what}每{u}扣{x}分({n}{u}以内不扣分){end}", "10", Either(sure, Unsure())))
        out.append((f"{what}超过部分每{u}扣{x}分{j}{n}{u}以内不扣分{end}", "10", Either(sure, Unsure())))
        out.append((f"{what}每{u}扣{x}分{end}{j}{n}{u}以内的不扣分", "10", Either(sure, Unsure())))
        out.append((f"{what}每{u}扣{x}分{j}前{n}{u}不扣分{end}", "10", Either(sure, Unsure())))
    return out


# ── delays with a grace in working days, weeks, months ────────────────────────────────────────────────────────────
def delays() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (n, x) in enumerate(product((1, 2), ("0.5", "1", "2"))):
        m = (5, 10)[i % 2]
        j = _JOINS[i % 4]
        sure = _graced(m, n, x)
        out.append((f"逾期{n}周以内不扣分{j}超过部分每周扣{x}分，扣完为止", str(m), Either(sure, Unsure())))
        out.append((f"延期{n}个月以内不扣分{j}超过的每超1个月扣{x}分，扣完为止", str(m), Either(sure, Unsure())))
        out.append((f"逾期{n}个工作日以内不扣分{j}超过部分每个工作日扣{x}分，扣完为止", str(m), Either(sure, Unsure())))
        out.append((f"超过{n}个工作日的部分{j}每个工作日扣{x}分，扣完为止", str(m), Either(sure, Unsure())))
        # grace and step in different units
        out.append((f"逾期{n}周以内不扣分{j}超过部分每天扣{x}分，扣完为止", str(m), Unsure()))
        out.append((f"逾期{n * 7}天以内不扣分{j}超过部分每周扣{x}分，扣完为止", str(m), Unsure()))
        out.append((f"延期{n}个月以内不扣分{j}超过的每超1周扣{x}分，扣完为止", str(m), Unsure()))
        out.append((f"逾期{n}天以内不扣分{j}超过部分每个工作日扣{x}分，扣完为止", str(m), Unsure()))
    return out


# ── a grace of each person, project, report or period: one count of all of them scores otherwise ────────────────────
def of_each() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    whose = ["每人", "每月", "每个项目", "每份报告", "每季度", "每次检查", "每批次", "单月", "每人每年", "每周", "每项任务", "各科室",
             "月均", "人均"]
    for i, who in enumerate(whose):
        n = (2, 3)[i // 2 % 2]
        x, j, end = ("0.5", "1")[i % 2], _JOINS[i % len(_JOINS)], _ENDS[i % len(_ENDS)]
        what, u = [("迟到", "次"), ("差错", "处"), ("请假", "天"), ("缺席", "人")][i % 4]
        out.append((f"{who}{what}{n}{u}以内不扣分{j}超过部分每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"{who}{what}超过{n}{u}的部分{j}每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"{who}允许{what}{n}{u}{j}超出的每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"{who}{what}第{n + 1}{u}起每{u}扣{x}分{end}", "10", Unsure()))
        out.append((f"{who}逾期{n}个工作日以内不扣分{j}超过部分每个工作日扣{x}分{end}", "10", Unsure()))
        # no one of each: one count, let pass once (一年内, 累计, 全年)
        lead = ["一年内", "累计", "全年", "考核期内"][i % 4]
        out.append((f"{lead}{what}{n}{u}以内不扣分{j}超过部分每{u}扣{x}分{end}", "10", _graced(10, n, x)))
    return out


_ALL = (of_each() + units_apart() + per_several() + two_counts() + beside() + rates_money() + bounds() + cliffs_caps() + after()
        + delays())
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed)
    assert exact >= 64
