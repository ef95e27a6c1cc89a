"""Charts for the report (matplotlib ``Figure`` + Agg, never pyplot, so it runs off the GUI thread).

The CJK font file chosen for the PDF is registered with matplotlib's font manager, so the labels
print in Chinese even when matplotlib's cached font list predates the system's CJK fonts.
"""
from __future__ import annotations

import io
import threading
from decimal import Decimal
from pathlib import Path

from services.reports.data import ReportData

_lock = threading.Lock()
_added: dict[str, str] = {}


def _font_family(font_file: Path | None) -> str | None:
    import logging

    from matplotlib import font_manager

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # "findfont: …" is not for the evaluator

    if font_file is None:
        return None
    key = str(font_file)
    if key not in _added:
        try:
            font_manager.fontManager.addfont(key)
            _added[key] = font_manager.FontProperties(fname=key).get_name()
        except (OSError, RuntimeError, ValueError):
            _added[key] = ""
    return _added[key] or None


def _figure(width_in: float, height_in: float, font_file: Path | None):
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    family = _font_family(font_file)
    rc = {"axes.unicode_minus": False, "font.size": 9}
    if family:
        rc["font.family"] = [family, "DejaVu Sans"]
    fig = Figure(figsize=(width_in, height_in), dpi=150)
    return fig, rc


def _png(fig) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, facecolor="white")
    return buf.getvalue()


def score_rate_chart(data: ReportData, font_file: Path | None, width_in: float = 6.0, height_in: float = 3.0) -> bytes:
    """得分率 of each 一级指标, with the grade bands' lower bounds as guide lines."""
    import matplotlib

    with _lock:
        fig, rc = _figure(width_in, height_in, font_file)
        with matplotlib.rc_context(rc):
            ax = fig.add_subplot(111)
            roots = data.sheet.roots
            names = [n.name for n in roots]
            rates = [float(n.rate) if n.rate is not None else 0.0 for n in roots]
            bars = ax.bar(names, rates, color="#4472C4", width=0.55)
            for b, n in zip(bars, roots):
                label = f"{float(n.rate):.2f}%\n{n.grade}" if n.rate is not None else "—"
                ax.annotate(label, (b.get_x() + b.get_width() / 2, b.get_height()), ha="center", va="bottom",
                            fontsize=8, xytext=(0, 2), textcoords="offset points")
            ax.set_ylim(0, 118)
            ax.set_ylabel("得分率（%）")
            ax.set_title("各一级指标得分率")
            for spine in ("top", "right"):
                ax.spines[spine].set_visible(False)
            fig.tight_layout()
            return _png(fig)


def funds_by_year(data: ReportData) -> list[tuple[int, Decimal, Decimal, Decimal]]:
    """(year, 预算, 到位, 支出) summed per year; fund lines without a year are left out."""
    years: dict[int, list[Decimal]] = {}
    for f in data.funds:
        if f.year is None:
            continue
        acc = years.setdefault(f.year, [Decimal(0)] * 3)
        for i, v in enumerate((f.budget, f.arrived, f.spent)):
            if v is not None:
                acc[i] += v
    return [(y, *v) for y, v in sorted(years.items())]


def funds_chart(data: ReportData, font_file: Path | None, width_in: float = 6.0, height_in: float = 3.0) -> bytes | None:
    rows = funds_by_year(data)
    if not rows:
        return None
    import matplotlib

    with _lock:
        fig, rc = _figure(width_in, height_in, font_file)
        with matplotlib.rc_context(rc):
            ax = fig.add_subplot(111)
            x = list(range(len(rows)))
            series = [("预算", 1, "#A5A5A5"), ("到位", 2, "#ED7D31"), ("支出", 3, "#4472C4")]
            present = [s for s in series if any(r[s[1]] for r in rows)]
            width = 0.8 / max(len(present), 1)
            for k, (label, idx, color) in enumerate(present):
                ax.bar([i + (k - (len(present) - 1) / 2) * width for i in x], [float(r[idx]) for r in rows],
                       width=width, label=label, color=color)
            ax.set_xticks(x, [f"{r[0]}年" for r in rows])
            ax.set_ylabel("金额（万元）")
            ax.set_title("分年度资金情况")
            if len(present) > 1:
                ax.legend(frameon=False)
            for spine in ("top", "right"):
                ax.spines[spine].set_visible(False)
            fig.tight_layout()
            return _png(fig)
