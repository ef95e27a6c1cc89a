"""The strip always visible above the pages: total, grade, progress, per-level-1 bars, distance to grades."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from services.scoring import fmt
from ui import theme
from ui.i18n import shown
from ui.shell.live import LiveScores

GRADE_COLOURS = theme.GRADE_COLOURS


def rate_colour(rate: Decimal | None) -> QColor:
    if rate is None:
        return QColor(theme.NOT_STARTED)
    good, fair, pass_, below = theme.RATE_COLOURS
    if rate >= 90:
        return QColor(good)
    if rate >= 80:
        return QColor(fair)
    if rate >= 60:
        return QColor(pass_)
    return QColor(below)


class LevelBar(QWidget):
    """One level-1 indicator: name, score / 分值, and a bar of its score rate. Click to jump there."""

    clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.indicator_id = ""
        self.name = ""
        self.score_text = ""
        self.rate: Decimal | None = None
        self.setMinimumSize(QSize(120, 40))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_node(self, node) -> None:
        self.indicator_id = node.id
        self.name = node.name
        self.score_text = f"{fmt(node.score)}/{fmt(node.max)}"
        self.rate = node.rate
        rate = f"{fmt(node.rate)}%" if node.rate is not None else "—"
        self.setToolTip(f"{node.code} {node.name}\n{self.score_text}  {self.tr('得分率')} {rate}  {shown(node.grade)}\n"
                        + self.tr("已评分 %1/%2").replace("%1", str(node.leaves_scored)).replace("%2", str(node.leaves_total)))
        self.update()

    def mousePressEvent(self, e) -> None:
        self.clicked.emit(self.indicator_id)

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        fm = p.fontMetrics()
        p.setPen(QColor(theme.TEXT_SOFT))
        score_w = fm.horizontalAdvance(self.score_text) + 4
        name = fm.elidedText(self.name, Qt.TextElideMode.ElideRight, max(10, w - score_w - 6))
        p.drawText(QRectF(0, 0, w - score_w, h - 14), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        bold = QFont(p.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(w - score_w, 0, score_w, h - 14), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.score_text)
        track = QRectF(0, h - 11, w, 7)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.TRACK))
        p.drawRoundedRect(track, 3.5, 3.5)
        if self.rate is not None:
            fill = QRectF(track)
            fill.setWidth(max(0.0, min(1.0, float(self.rate) / 100)) * w)
            p.setBrush(rate_colour(self.rate))
            p.drawRoundedRect(fill, 3.5, 3.5)
        # tick marks at the grade thresholds 60 / 80 / 90
        tick = QColor(theme.SURFACE)
        tick.setAlpha(theme.TICK_ALPHA)
        p.setPen(QPen(tick, 1))
        for t in (60, 80, 90):
            x = w * t / 100
            p.drawLine(int(x), int(track.top()), int(x), int(track.bottom()))
        p.end()


class Scoreboard(QFrame):
    """Total, grade, n of N scored, level-1 bars, and how far the total is from the next grade."""

    jump = Signal(str)  # indicator id (a level-1 bar clicked, or the first open judgement)

    def __init__(self, live: LiveScores, parent=None):
        super().__init__(parent)
        self.live = live
        self.setObjectName("scoreboard")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(*theme.BAR_MARGINS)
        lay.setSpacing(theme.SPACE_XL)
        total_box = QVBoxLayout()
        total_box.setSpacing(0)
        caption = QLabel(self.tr("总分"))
        caption.setObjectName("muted")
        total_box.addWidget(caption)
        line = QHBoxLayout()
        self.total = QLabel("—")
        self.total.setObjectName("total")
        self.grade = QLabel("")
        self.grade.setObjectName("grade")
        line.addWidget(self.total)
        line.addWidget(self.grade, 0, Qt.AlignmentFlag.AlignVCenter)
        total_box.addLayout(line)
        lay.addLayout(total_box)
        prog = QVBoxLayout()
        prog.setSpacing(0)
        cap2 = QLabel(self.tr("评分进度"))
        cap2.setObjectName("muted")
        prog.addWidget(cap2)
        self.progress = QLabel("")
        self.progress.setObjectName("progress")
        prog.addWidget(self.progress)
        lay.addLayout(prog)
        self.bars_box = QHBoxLayout()
        self.bars_box.setSpacing(theme.SPACE_XL)
        lay.addLayout(self.bars_box, 1)
        self.bars: list[LevelBar] = []
        dist = QVBoxLayout()
        dist.setSpacing(0)
        self.up = QLabel("")
        self.up.setObjectName("distance")
        self.down = QLabel("")
        self.down.setObjectName("muted")
        self.open = QLabel("")
        self.open.setObjectName("openJudgements")
        self.open.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open.mousePressEvent = lambda _e: self._jump_open()
        for w in (self.up, self.down, self.open):
            w.setMinimumWidth(250)
            dist.addWidget(w)
        lay.addLayout(dist)
        live.reset.connect(self.update_board)
        live.changed.connect(self.update_board)
        self.update_board()

    def _jump_open(self) -> None:
        opened = self.live.open_leaves()
        if opened:
            self.jump.emit(opened[0].id)

    def update_board(self) -> None:
        sheet, dist = self.live.sheet, self.live.distance
        self.setVisible(sheet is not None)
        if sheet is None:
            return
        if sheet.leaves_scored == 0:  # nothing scored yet: no total or grade to speak of
            self.total.setText("—")
            self.grade.setText(self.tr("未评分"))
            self.grade.setStyleSheet(f"background:{theme.OUTLINE};")
        else:
            self.total.setText(fmt(sheet.total, 2))
            self.grade.setText(shown(sheet.grade))
            self.grade.setStyleSheet(f"background:{GRADE_COLOURS.get(sheet.grade, theme.TEXT_SOFT)};")
        self.progress.setText(self.tr("已评分 %1 / %2").replace("%1", str(sheet.leaves_scored))
                              .replace("%2", str(sheet.leaves_total)))
        while len(self.bars) < len(sheet.roots):
            bar = LevelBar()
            bar.clicked.connect(self.jump)
            self.bars.append(bar)
            self.bars_box.addWidget(bar)
        for i, bar in enumerate(self.bars):
            bar.setVisible(i < len(sheet.roots))
            if i < len(sheet.roots):
                bar.set_node(sheet.roots[i])
        if dist.up_grade:
            self.up.setText(self.tr("距“%1”差 %2 分").replace("%1", shown(dist.up_grade)).replace("%2", fmt(dist.points_to_up)))
        else:
            self.up.setText(self.tr("已是最高等级"))
        scheme = self.live.scheme
        names = [b.name for b in scheme.bands] if scheme else []
        below = names[names.index(sheet.grade) + 1] if sheet.grade in names and names.index(sheet.grade) + 1 < len(names) else None
        if below:
            self.down.setText(self.tr("再失 %1 分降为“%2”").replace("%1", fmt(dist.down_margin)).replace("%2", shown(below)))
        else:
            self.down.setText(self.tr("已是最低等级"))
        opened = self.live.open_leaves()
        if opened:
            moves = dist.up_grade is not None and dist.open_points >= (dist.points_to_up or 0)
            text = self.tr("未评 %1 项共 %2 分").replace("%1", str(len(opened))).replace("%2", fmt(dist.open_points))
            if moves:
                text += self.tr("，可能改变等级")
            self.open.setText(text)
            self.open.setToolTip(self.tr("尚未评分、仍可能改变等级的指标：\n") +
                                 "\n".join(f"{n.code} {n.name}" + self.tr("（%1 分）").replace("%1", fmt(n.max))
                                           for n in opened[:15]) +
                                 ("\n…" if len(opened) > 15 else "") + self.tr("\n单击跳到第一个"))
            self.open.setObjectName("openJudgements" if moves else "muted")
        else:
            self.open.setText(self.tr("全部指标已评分"))
            self.open.setToolTip("")
            self.open.setObjectName("muted")
        self.open.style().unpolish(self.open)
        self.open.style().polish(self.open)
