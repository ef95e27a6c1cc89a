"""The 项目资金情况表 as printed, and the figures the source data disagree on.

Money is printed in 万元 with two decimals. The totals and rates are ``services.evaluation.fund_math``'s
(the one home of the fund figures): every amount rounded once (half-up) to 0.01; a 合计 the sum of
the printed lines; 到位率 and 执行率 computed from the printed 合计 and rounded to two decimals. The report's text quotes the table's figures: where the source data give two
figures for one thing (支出 by year against 已支付 by payee, the 资金总额 of the 简要情况表, a rate
quoted in a chapter), the evaluation asks which one the report uses (``questions``) and keeps the
answer (``answer``) in ``Evaluation.settings["fund_choices"]``; the report prints the answer beside
the table instead of printing both figures silently.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from models.entities import Evaluation
from models.messages import joined, said
from models.store import Store
from services.core.errors import EditRefused
from services.core.numbers import fmt_money, pct, round_half_up
from services.evaluation import project
from services.evaluation.fund_math import FUND_AMOUNTS as MONEY, FundTotals, cents, totals_of

SETTINGS_KEY = "fund_choices"


@dataclass
class FundConflict:
    """Two (or more) figures for one thing; ``chosen`` is the index of the one the evaluator chose."""

    key: str  # stable while the figures are unchanged
    subject: str  # what disagrees, in words
    figures: list[tuple[str, Decimal | None]]  # (where the figure comes from, the figure)
    unit: str = "万元"
    chosen: int | None = None

    @property
    def question(self) -> str:
        return said("{subject}，报告采用哪一个？", subject=self.subject)

    def figure_text(self, i: int) -> str:
        label, value = self.figures[i]
        if value is None:
            return said("{label} —", label=label)
        if self.unit == "万元":
            return said("{label} {amount} 万元", label=label, amount=fmt_money(value))
        return said("{label} {rate}", label=label, rate=pct(value))

    @property
    def answer_text(self) -> str:
        """The line printed beside the table: both figures and the one used, or that it is still open."""
        both = joined([self.figure_text(i) for i in range(len(self.figures))], "；")
        if self.chosen is None:
            return said("{subject}：{figures}。报告采用哪一个尚待评价组确认。", subject=self.subject, figures=both)
        return said("{subject}：{figures}。经评价组确认，本报告采用{chosen}。", subject=self.subject, figures=both,
                    chosen=self.figures[self.chosen][0])


@dataclass
class FundTable:
    total: FundTotals  # the sums of the printed lines
    arrival_rate: Decimal | None = None  # 到位 合计 ÷ 预算 合计 × 100, two decimals
    execution_rate: Decimal | None = None  # 支出 合计 ÷ 到位 合计 × 100, two decimals
    conflicts: list[FundConflict] = field(default_factory=list)

    @property
    def open_questions(self) -> list[FundConflict]:
        return [c for c in self.conflicts if c.chosen is None]


def printed(lines: Sequence[Any]) -> list[Any]:
    """Copies of fund lines (dataclasses with the MONEY fields) with every amount as printed."""
    return [replace(f, **{k: cents(getattr(f, k)) for k in MONEY}) for f in lines]


_TEXT_RATES = ((said("资金到位率"), "arrival"), (said("到位率"), "arrival"), (said("预算执行率"), "execution"),
               (said("执行率"), "execution"))


def table(lines: Sequence[Any], fund_total: Decimal | None = None, texts: Sequence[str] = (),
          choices: dict[str, Any] | None = None) -> FundTable:
    """Totals and rates of the printed ``lines`` and where the source data disagree with them."""
    total = totals_of(printed(lines))
    out = FundTable(total, total.arrival_rate, total.execution_rate)
    if total.spent is not None and total.paid is not None and total.spent != total.paid:
        out.conflicts.append(FundConflict(
            f"spent-paid:{total.spent}:{total.paid}", said("支出合计与已支付合计不一致"),
            [(said("支出合计（按年度支出行相加）"), total.spent), (said("已支付合计（按收款单位行相加）"), total.paid)]))
    if fund_total is not None and lines:
        sums: list[tuple[str, Decimal | None]] = [(name, v) for name, v in ((said("资金情况表预算合计"), total.budget), (said("资金情况表到位合计"), total.arrived),
                                           (said("资金情况表支出合计"), total.spent), (said("资金情况表已支付合计"), total.paid))
                if v is not None]
        if cents(fund_total) not in {v for _, v in sums}:
            out.conflicts.append(FundConflict(
                f"fund-total:{cents(fund_total)}", said("项目信息的资金总额与资金情况表的各项合计均不一致"),
                [(said("项目信息的资金总额"), cents(fund_total)), *sums]))
    table_rate = {"arrival": out.arrival_rate, "execution": out.execution_rate}
    seen: set[str] = set()
    for text in texts:
        for word, kind in _TEXT_RATES:
            for m in re.finditer(word + r"(?:为|达|达到|均为)?\s*(\d+(?:\.\d+)?)\s*%", text or ""):
                if len(word) == 3 and text[max(0, m.start() - 2):m.start()] in ("资金", "预算"):
                    continue  # already read under the longer word
                quoted = round_half_up(Decimal(m.group(1)), 2)
                key = f"text-{kind}:{quoted}"
                if table_rate[kind] is None or quoted == table_rate[kind] or key in seen:
                    continue
                seen.add(key)
                name = said("资金到位率") if kind == "arrival" else said("预算执行率")
                out.conflicts.append(FundConflict(
                    key, said("报告正文所写{word}与资金情况表合计算得的{name}不一致", word=word, name=name),
                    [(said("报告正文所写{word}", word=word), quoted),
                     (said("资金情况表合计的{name}", name=name), table_rate[kind])], "%"))
    for c in out.conflicts:
        chosen = (choices or {}).get(c.key)
        if isinstance(chosen, int) and 0 <= chosen < len(c.figures):
            c.chosen = chosen
    return out


def quote_table(text: str, t: FundTable) -> str:
    """``text`` with every rate the evaluator chose to take from the table written as the table gives it
    (e.g. 资金到位率100% → 资金到位率99.70% once “资金情况表合计” is chosen for that question)."""
    for c in t.conflicts:
        if not c.key.startswith("text-") or c.chosen != 1:
            continue
        kind, quoted = c.key[len("text-"):].split(":", 1)
        table_rate = t.arrival_rate if kind == "arrival" else t.execution_rate
        words = [w for w, k in _TEXT_RATES if k == kind]

        def swap(m: re.Match, table_rate=table_rate, quoted=quoted) -> str:
            if round_half_up(Decimal(m.group(2)), 2) != Decimal(quoted):
                return m.group(0)
            return f"{m.group(1)}{format(table_rate, 'f')}%"

        for word in words:
            text = re.sub("(" + word + r"(?:为|达|达到|均为)?\s*)(\d+(?:\.\d+)?)\s*%", swap, text)
    return text


def choices(store: Store) -> dict[str, Any]:
    with store.read() as s:
        settings = s.execute(select(Evaluation.settings)).scalar_one() or {}
    return dict(settings.get(SETTINGS_KEY) or {})


def of_store(store: Store) -> FundTable:
    """The funds table of an open evaluation with its questions and the answers given so far."""
    from services.evaluation import assessments

    info = assessments.get_info(store)
    texts = [sec.body for sec in project.list_sections(store)]
    return table(project.list_funds(store), info.fund_total, texts, choices(store))


def answer(store: Store, key: str, index: int | None) -> FundConflict:
    """Record which figure the report uses (``index`` into the question's figures; None: ask again)."""
    current = {c.key: c for c in of_store(store).conflicts}
    if key not in current:
        if current:
            raise EditRefused(said("没有这个待确认的资金数据：{key}（现有：{current}）", key=key, current="、".join(current)))
        raise EditRefused(said("没有这个待确认的资金数据：{key}（资金数据没有不一致之处）", key=key))
    c = current[key]
    if index is not None and not 0 <= index < len(c.figures):
        raise EditRefused(said("只能选 1～{figures}", figures=len(c.figures)))
    with store.session("确认采用的资金数据") as s:
        ev = s.execute(select(Evaluation)).scalar_one()
        settings = dict(ev.settings or {})
        chosen = dict(settings.get(SETTINGS_KEY) or {})
        if index is None:
            chosen.pop(key, None)
        else:
            chosen[key] = index
        settings[SETTINGS_KEY] = chosen
        ev.settings = settings
    c.chosen = index
    return c
