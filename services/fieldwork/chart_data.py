"""The charts of the 图表 page (and available to the report): plain data, then matplotlib drawings.

``gather(store)`` reads everything once into ``ChartData``; each ``draw_*`` function draws onto a
matplotlib ``Figure`` it is given (no pyplot), so the window can use ``FigureCanvasQTAgg`` and a
report can render the same drawing to PNG with Agg.

The words of a chart are Chinese source texts marked ``T("…")``; a drawing says them through ``say``
(default: as written, for the report). The window passes its translation (context ``Charts``), which
also shows stored words such as grade names in its language. A text with %1 gets its values after.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from models.store import Store
from services.core.numbers import HUNDRED, ZERO, fmt, fmt_fixed
from services.evaluation import assessments, project
from services.fieldwork import surveys
from services.fieldwork.satisfaction import SurveyResult
from services.scoring.engine import ScoreSheet
from services.scoring.rules.base import T

#: the context the window translates chart words under
CONTEXT = "Charts"
Say = Callable[[str], str]


def _as_written(text: str) -> str:
    return text


BLUE, ORANGE, GREY, RED, GREEN = "#4472C4", "#ED7D31", "#A5A5A5", "#C0504D", "#70AD47"
CJK_FONTS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
             "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/simsun.ttc",
             "/System/Library/Fonts/PingFang.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@dataclass
class ChartData:
    sheet: ScoreSheet
    funds: list[tuple[str, Decimal | None, Decimal | None, Decimal | None]]  # label, 预算, 到位, 支出
    targets: list[tuple[str, Decimal]]  # name, completion % (capped display at 150)
    survey: SurveyResult | None
    bands: list[tuple[str, Decimal]] = field(default_factory=list)  # grade band names and lower bounds


def gather(store: Store) -> ChartData:
    sheet = assessments.score(store)
    scheme = assessments.grade_scheme(store)
    funds = [(t.label, t.budget, t.arrived, t.spent) for t in project.funds_by_year(store)
             if t.label != "未注明年度" and any(v for v in (t.budget, t.arrived, t.spent))]
    targets = [(t.name, t.completion) for t in project.list_targets(store) if t.completion is not None]
    return ChartData(sheet, funds, targets, surveys.survey_result(store),
                     [(b.name, b.min) for b in scheme.bands if b.min > 0])


_font_family: str | None = None


def font_family() -> str | None:
    """A CJK font registered with matplotlib (None: matplotlib's default, which draws boxes for 汉字)."""
    global _font_family
    if _font_family is None:
        from matplotlib import font_manager

        _font_family = ""
        for path in CJK_FONTS:
            if Path(path).exists():
                try:
                    font_manager.fontManager.addfont(path)
                    _font_family = font_manager.FontProperties(fname=path).get_name()
                    break
                except (OSError, RuntimeError, ValueError):
                    continue
    return _font_family or None


def rc() -> dict:
    family = font_family()
    out: dict[str, Any] = {"axes.unicode_minus": False, "font.size": 9}
    if family:
        out["font.family"] = [family, "DejaVu Sans"]
    return out


def _clean(ax) -> None:
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", color="#6b7280", transform=ax.transAxes)
    ax.set_axis_off()


def _short(name: str, n: int = 8) -> str:
    return name if len(name) <= n else name[: n - 1] + "…"


def draw_score_rates(fig, data: ChartData, level: int = 1, say: Say = _as_written) -> None:
    """得分率 of each level-1 (or level-2) indicator, with the grade bands as guide lines."""
    ax = fig.add_subplot(111)
    nodes = [n for n in data.sheet.walk() if n.level == level]
    if not nodes:
        _empty(ax, say(T("没有指标")))
        return
    names = [_short(n.name, 6 if level == 1 else 8) for n in nodes]
    rates = [float(n.rate) if n.rate is not None else 0.0 for n in nodes]
    colors = [BLUE if n.rate is None or n.rate >= 80 else (ORANGE if n.rate >= 60 else RED) for n in nodes]
    if level == 1:
        bars = ax.bar(names, rates, color=colors, width=0.55)
        for b, n in zip(bars, nodes):
            ax.annotate(f"{fmt(n.rate)}%\n{say(n.grade)}" if n.rate is not None else "—",
                        (b.get_x() + b.get_width() / 2, b.get_height()), ha="center", va="bottom", fontsize=8,
                        xytext=(0, 2), textcoords="offset points")
        ax.set_ylim(0, 118)
        ax.set_ylabel(say(T("得分率（%）")))
        for name, lo in data.bands:
            ax.axhline(float(lo), color=GREY, lw=0.6, ls="--")
            ax.text(len(nodes) - 0.5, float(lo), f" {say(name)}", va="bottom", ha="right", fontsize=7, color="#6b7280")
    else:
        y = list(range(len(nodes)))[::-1]
        ax.barh(y, rates, color=colors, height=0.6)
        ax.set_yticks(y, names)
        for yi, n in zip(y, nodes):
            ax.text((float(n.rate) if n.rate is not None else 0) + 1, yi, f"{fmt(n.rate)}%" if n.rate is not None else "—",
                    va="center", fontsize=7)
        ax.set_xlim(0, 112)
        ax.set_xlabel(say(T("得分率（%）")))
        ax.tick_params(axis="y", labelsize=7)
    ax.set_title(say(T("各一级指标得分率")) if level == 1 else say(T("各二级指标得分率")))
    _clean(ax)


def deductions(sheet: ScoreSheet) -> list[tuple[str, Decimal]]:
    """(三级指标, points lost), largest first — where the points were lost."""
    lost = [(f"{n.code} {n.name}", n.lost) for n in sheet.leaves() if n.score is not None and n.lost > 0]
    return sorted(lost, key=lambda x: x[1], reverse=True)


def draw_deductions(fig, data: ChartData, limit: int = 12, say: Say = _as_written) -> None:
    ax = fig.add_subplot(111)
    rows = deductions(data.sheet)[:limit]
    if not rows:
        _empty(ax, say(T("没有扣分")))
        return
    y = list(range(len(rows)))[::-1]
    ax.barh(y, [float(v) for _, v in rows], color=RED, height=0.6)
    ax.set_yticks(y, [_short(n, 14) for n, _ in rows])
    ax.tick_params(axis="y", labelsize=7)
    for yi, (_, v) in zip(y, rows):
        ax.text(float(v), yi, f" {fmt(v)}", va="center", fontsize=7)
    total = sum((v for _, v in deductions(data.sheet)), ZERO)
    ax.set_title(say(T("扣分项（从大到小，共扣 %1 分）")).replace("%1", fmt(total)))
    ax.set_xlabel(say(T("扣分")))
    _clean(ax)


def draw_funds(fig, data: ChartData, say: Say = _as_written) -> None:
    ax = fig.add_subplot(111)
    rows = data.funds
    if not rows:
        _empty(ax, say(T("资金表中没有分年度的数据")))
        return
    series = [(say(T("预算")), 1, GREY), (say(T("到位")), 2, ORANGE), (say(T("支出")), 3, BLUE)]
    present = [s for s in series if any(r[s[1]] for r in rows)]
    width = 0.8 / max(len(present), 1)
    x = list(range(len(rows)))
    for k, (label, idx, color) in enumerate(present):
        ax.bar([i + (k - (len(present) - 1) / 2) * width for i in x], [float(r[idx] or 0) for r in rows],
               width=width, label=label, color=color)
    ax.set_xticks(x, [r[0] for r in rows])
    ax.set_ylabel(say(T("金额（万元）")))
    ax.set_title(say(T("分年度资金情况")))
    if len(present) > 1:
        ax.legend(frameon=False, fontsize=8)
    _clean(ax)


def draw_targets(fig, data: ChartData, limit: int = 14, say: Say = _as_written) -> None:
    ax = fig.add_subplot(111)
    rows = data.targets[:limit]
    if not rows:
        _empty(ax, say(T("绩效目标表中没有可计算完成率的目标")))
        return
    y = list(range(len(rows)))[::-1]
    vals = [float(min(c, Decimal(150))) for _, c in rows]
    ax.barh(y, vals, color=[GREEN if c >= HUNDRED else ORANGE for _, c in rows], height=0.6)
    ax.axvline(100, color=GREY, lw=0.6, ls="--")
    ax.set_yticks(y, [_short(n, 12) for n, _ in rows])
    ax.tick_params(axis="y", labelsize=7)
    for yi, (_, c) in zip(y, rows):
        ax.text(float(min(c, Decimal(150))) + 1, yi, f"{fmt(c)}%", va="center", fontsize=7)
    ax.set_xlim(0, 165)
    ax.set_xlabel(say(T("完成率（%）")))
    ax.set_title(say(T("绩效目标完成情况")) + (say(T("（前 %1 项）")).replace("%1", str(limit))
                                            if len(data.targets) > limit else ""))
    _clean(ax)


def draw_satisfaction(fig, data: ChartData, say: Say = _as_written) -> None:
    ax = fig.add_subplot(111)
    res = data.survey
    if res is None or not res.questions:
        _empty(ax, say(T("还没有满意度调查")))
        return
    qs = res.questions
    labels = [f"{q.key} {_short(q.text, 10)}" for q in qs] + [say(T("总体"))]
    vals = [float(q.rate) if q.rate is not None else 0.0 for q in qs] + [float(res.rate or 0)]
    y = list(range(len(labels)))[::-1]
    ax.barh(y, vals, color=[BLUE] * len(qs) + [GREEN], height=0.6)
    ax.set_yticks(y, labels)
    ax.tick_params(axis="y", labelsize=7)
    exact = [q.rate for q in qs] + [res.rate]
    for yi, v, d in zip(y, vals, exact):
        ax.text(v + 1, yi, fmt_fixed(d if d is not None else ZERO, 2) + ("%" if res.method == "share" else ""),
                va="center", fontsize=7)
    ax.set_xlim(0, 112)
    ax.set_xlabel(say(T("满意率（%）")) if res.method == "share" else say(T("加权满意度（分）")))
    ax.set_title(say(T("满意度（有效问卷 %1 份）")).replace("%1", str(res.valid if res.valid is not None else res.responses)))
    _clean(ax)


#: the charts of the page, in order: (key, title, draw function ``draw(fig, data, say=…)``)
CHARTS = [
    ("level1", T("一级指标得分率"), lambda fig, d, say=_as_written: draw_score_rates(fig, d, 1, say)),
    ("level2", T("二级指标得分率"), lambda fig, d, say=_as_written: draw_score_rates(fig, d, 2, say)),
    ("deductions", T("扣分项"), draw_deductions),
    ("funds", T("分年度资金"), draw_funds),
    ("targets", T("绩效目标完成情况"), draw_targets),
    ("satisfaction", T("满意度"), draw_satisfaction),
]

