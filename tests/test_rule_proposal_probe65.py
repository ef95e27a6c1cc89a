"""Made-up texts of delays and counts with a grace or a line before the step of cost — “超过3天的,每延迟1天扣0.5分”, “逾期5个
工作日以上的,每逾期1日扣1分”, “超出规定时限的,每超1天扣0.2分”, “超过2次的,每多1次扣1分”, “3次以内不扣分,超过部分每次扣0.5分”,
“延迟不超过1个月的不扣分,超过1个月的每月扣1分”, “延迟3天以内不扣分,每延迟1天扣0.5分” — with and without 扣完为止, in days, 工作日,
months, hours, times and persons, the line's figure now and then the 分值's own; and the ones counted plainly from the start
(“延迟1天以上的,每天扣1分”, “1人以上的,每人扣1分”, “每延迟1天扣1分”) — each with what it states (a few situations and their
scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (62 texts of the 505 written, two causes):

- (44 texts) a delay past which the steps start, its figure the 分值's own (“超过3天的,每延迟1天扣0.5分,扣完为止” on 3, “逾期超过5个工作日的,
  每逾期1个工作日扣1分” on 5) or in another unit than the step (“逾期3个工作日以上的,每逾期1日扣1分,扣完为止”), was read surely
  as a step from the first unit (``delay._per_period_late``): the figure was taken for the 分值 (or a unit of its own) and
  never read, so a delay of 1 to 3 days cost points the text spares. Now a line past which the steps start
  (``delay._PAST``: 超过/超出/大于/多于 N 天, N 天以上 but “1天以上”, which is from the first day) leaves the reading to check,
  with a note naming its words: the delays up to it cost nothing, but whether the steps count from its end (a grace of
  it) or from the first unit once past it is unsaid (read from the first unit, as “响应时间超过2小时的,每超1小时扣0.5分”
  was; “超过1小时的,每超出1小时扣2分” is now to check as well, test_rule_proposal_cov3.py 119 → 118 exact).
- (18 texts) a count past which each case costs, its figure the 分值's own (“3人以上的,每人扣1分,扣完为止” on 3, “超过5次的,每次扣1分” on 5),
  was read surely as each case from the first (``deduction._per_instance``): now to check with a note naming the line
  (``deduction._PAST_COUNT``; “1人以上” stays sure, from the first).

Readings left to check that would score some situations otherwise (not confident, so no bar): every line past which
the steps start, of delays and of counts (counted past it or from the start, unsaid), “3次以内不扣分,超过部分每次扣
0.5分” and “超过2次的,每多1次扣1分” (read as each case from the first, the cases let pass in a note), “延迟不超过1个月的不扣分,
超过1个月的每月扣1分” (酌情), “超出规定时限的,每超1天扣0.2分” without 扣完为止, “延迟1天以上的,每天扣1分” (每天 with no verb of
delay, a count of days). “延迟3天以内不扣分,每延迟1天扣0.5分,扣完为止” (a grace said in words) and “每延迟1天扣1分,扣完为止” stay
sure, and score as they say.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Unsure


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _graced(m: int, g: int, x: str) -> Bands:
    """A delay (count) of up to ``g`` costing nothing, each unit past it ``x``, down to 0."""
    per = Decimal(x)
    return Bands(tuple((k, _n(max(Decimal(0), m - per * max(0, k - g)))) for k in (0, g, g + 1, g + 3, g + 40)))


#: how the clauses are joined, and how the text ends
_JOINS = ["，", ",", "；", ";", "\n"]
_ENDS = ["", "。", ";", "，扣完为止", ",扣完为止。", "\n扣完为止"]


# ── a delay past which the steps start: counted from its end or from the start, unsaid ─────────────────────────────
def delay_past() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    leads = ["超过{n}{u}的", "{v}超过{n}{u}的", "{v}{n}{u}以上的", "{v}时间超过{n}{u}", "超过规定时限{n}{u}的", "超出{n}{u}的",
             "{v}大于{n}{u}的"]
    steps = [("延迟", "天"), ("逾期", "个工作日"), ("迟报", "日"), ("推迟", "个月"), ("超时", "小时"), ("逾期", "天")]
    for i, (lead, (v, u), (n, x)) in enumerate(product(leads, steps, [(3, "0.5"), (5, "1"), (2, "0.5")])):
        join, end = _JOINS[i % len(_JOINS)], _ENDS[i % len(_ENDS)]
        # the 分值 now the line's own figure (the cause), now another
        m = str(n) if i % 2 == 0 else "10"
        out.append((lead.format(v=v, u=u, n=n) + join + f"每{v}1{u}扣{x}分" + end, m, Unsure()))
    # the line's figure the 分值's own, 扣完为止 after
    for (v, u), n, x in product([("延迟", "天"), ("逾期", "日"), ("推迟", "个工作日")], (3, 5, 2), ("0.5", "1", "0.2")):
        out.append((f"超过{n}{u}的，每{v}1{u}扣{x}分，扣完为止", str(n), Unsure()))
    # the line in another unit than the step
    for n, m in product((3, 5), ("5", "3", "10")):
        out.append((f"逾期{n}个工作日以上的，每逾期1日扣1分，扣完为止", m, Unsure()))
        out.append((f"超过{n}个月的,每延迟1天扣0.5分", m, Unsure()))
    return out


# ── a grace said in words: sure ──────────────────────────────────────────────────────────────────────────────────────
def delay_grace() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (v, u), g, x, m in product([("延迟", "天"), ("逾期", "个工作日"), ("迟报", "日"), ("推迟", "个月")], (1, 3), ("0.5", "1"),
                                   (5, 10)):
        out.append((f"{v}{g}{u}以内不扣分，每{v}1{u}扣{x}分，扣完为止", str(m), Either(_graced(m, g, x), Unsure())))
        out.append((f"{v}{g}{u}以内不扣分;每{v}1{u}扣{x}分", str(m), Either(_graced(m, g, x), Unsure())))
    return out


# ── counts with a line before each case's cost ─────────────────────────────────────────────────────────────────────────
def counts_past() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, u), n, x, i in product([("缺席", "人"), ("投诉", "次"), ("差错", "次"), ("违规", "起")], (2, 3, 5), ("0.5", "1"),
                                      range(2)):
        join, end = _JOINS[(n + i) % len(_JOINS)], _ENDS[(n + i * 3) % len(_ENDS)]
        m = n if i == 0 else 10
        mm = str(m)
        # the cases up to the line let pass: said plainly, or the reading of each case from the first is wrong
        out.append((f"{n}{u}以内不扣分{join}超过部分每{u}扣{x}分{end}", mm, Either(_graced(m, n, x), Unsure())))
        out.append((f"{what}超过{n}{u}的{join}每多1{u}扣{x}分{end}", mm, Either(_graced(m, n, x), Unsure())))
        # past the line, from the first case or past it: unsaid
        out.append((f"{what}{n}{u}以上的{join}每{u}扣{x}分{end}", mm, Unsure()))
        out.append((f"{what}超过{n}{u}的{join}每{u}扣{x}分{end}", mm, Unsure()))
    return out


# ── months with a line said twice, a time limit without a figure ──────────────────────────────────────────────────
def others() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for n, x, m in product((1, 2), ("1", "0.5"), (3, 5)):
        out.append((f"延迟不超过{n}个月的不扣分，超过{n}个月的每月扣{x}分", str(m), Either(_graced(m, n, x), Unsure())))
        out.append((f"延迟不超过{n}个月的不扣分;超过{n}个月的，每月扣{x}分，扣完为止", str(m), Either(_graced(m, n, x), Unsure())))
    for x, m, end in product(("0.2", "1"), (2, 5), ("", "，扣完为止")):
        out.append((f"超出规定时限的，每超1天扣{x}分{end}", str(m), Either(Per(x), Unsure())))
    return out


# ── counted plainly from the start ───────────────────────────────────────────────────────────────────────────────────
def from_start() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, m, end in product(("0.5", "1"), (1, 3, 5), ("", ",扣完为止", "；扣完为止")):
        out.append((f"延迟1天以上的，每天扣{x}分{end}", str(m), Either(Per(x), Unsure())))
        out.append((f"每延迟1天扣{x}分{end}", str(m), Either(Per(x), Unsure())))
        out.append((f"1人以上的，每人扣{x}分{end}", str(m), Either(Per(x), Unsure())))
        out.append((f"逾期1个工作日以上的,每逾期1个工作日扣{x}分{end}", str(m), Either(Per(x), Unsure())))
    return out


_ALL = delay_past() + delay_grace() + counts_past() + others() + from_start()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


def test_the_sure_readings_stay_sure():
    for text, w in [("延迟3天以内不扣分，每延迟1天扣0.5分，扣完为止", "5"), ("每延迟1天扣1分,扣完为止", "5")]:
        assert propose(text, w, "指标").confident, text


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
