"""图表 page: where the points were won and lost, the funds, the targets and the survey, at a glance.

The drawings are ``services.charts_data``'s (the same the report can render to PNG); here each sits
on a ``FigureCanvasQTAgg``. The page redraws when it is shown after a change, not on every edit.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.fieldwork import chart_data
from ui import theme
from ui.i18n import shown, translate, translator
from ui.shell.context import ALL, FINDINGS, FRAMEWORK, PROJECT, SCORES, AppContext
from ui.widgets import RefreshWhenShown

_t = translator("ChartsPage")


def say_in_chart(text: str) -> str:
    """A chart's word in the interface language: its own (context ``Charts``), or a stored word (grade names)."""
    said = translate(chart_data.CONTEXT, text)
    return said if said != text else shown(text)


class ChartsPage(RefreshWhenShown, QWidget):
    kinds = (SCORES, PROJECT, FRAMEWORK, FINDINGS, ALL)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*theme.PAGE_MARGINS)
        head = QHBoxLayout()
        title = QLabel(self.tr("图表"))
        title.setObjectName("pageHeading")
        head.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        head.addWidget(self.summary, 1)
        redraw = QPushButton(self.tr("刷新"))
        redraw.clicked.connect(self.redraw)
        head.addWidget(redraw)
        outer.addLayout(head)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        host = QWidget()
        self._grid = QGridLayout(host)
        self._grid.setSpacing(theme.SPACE_M)
        self.figures: dict[str, tuple] = {}  # built on first show: importing matplotlib costs ~1 s of start-up
        scroll.setWidget(host)
        outer.addWidget(scroll, 1)
        ctx.fileOpened.connect(self._mark)
        ctx.fileClosed.connect(self._mark)
        ctx.dataChanged.connect(lambda kind: self._mark() if kind in self.kinds else None)

    def page_title(self) -> str:
        return self.tr("图表")

    def _mark(self) -> None:
        self.refresh_when_shown()

    def refresh(self) -> None:
        self.redraw()

    def _build_canvases(self) -> None:
        import matplotlib

        matplotlib.use("Agg", force=False)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        for i, (key, _title, _draw) in enumerate(chart_data.CHARTS):
            fig = Figure(figsize=(6.2, 3.3), dpi=96)
            canvas = FigureCanvasQTAgg(fig)
            canvas.setObjectName(f"chart_{key}")
            canvas.setMinimumHeight(300)
            self._grid.addWidget(canvas, i // 2, i % 2)
            self.figures[key] = (fig, canvas)

    def redraw(self) -> None:
        import matplotlib

        if not self.figures:
            self._build_canvases()

        self._stale = False
        store = self.ctx.store
        data = chart_data.gather(store) if store is not None else None
        with matplotlib.rc_context(chart_data.rc()):
            for key, _title, draw in chart_data.CHARTS:
                fig, canvas = self.figures[key]
                fig.clear()
                if data is None:
                    ax = fig.add_subplot(111)
                    ax.set_axis_off()
                    ax.text(0.5, 0.5, _t("尚未打开评价文件"), ha="center", va="center", color=theme.MUTED)
                else:
                    draw(fig, data, say=say_in_chart)
                    fig.tight_layout()
                canvas.draw_idle()
        if data is not None:
            lost = sum((v for _n, v in chart_data.deductions(data.sheet)), type(data.sheet.total)(0))
            self.summary.setText(_t("  总分 %1 / %2，%3；共扣 %4 分").replace("%1", chart_data.fmt(data.sheet.total))
                                 .replace("%2", chart_data.fmt(data.sheet.max)).replace("%3", shown(data.sheet.grade))
                                 .replace("%4", chart_data.fmt(lost)))
        else:
            self.summary.setText("")
