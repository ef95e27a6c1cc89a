"""满意度 page: the questionnaire, its responses (typed in or imported) and the rates they give.

Every edit is an undo command calling ``services.figures``; it is announced as a ``scores`` change
because an indicator whose input is bound to the survey (服务对象满意度) is rescored with it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.core.numbers import fmt, pct
from services.fieldwork import bindings, satisfaction, surveys
from ui import theme
from ui.i18n import shown, translator
from ui.shell.context import ALL, SCORES, AppContext
from ui.shell.undo import push_edit
from ui.widgets import EmptyHint, RefusalBanner, run_modal

_t = translator("SurveyPage")


class QuestionnaireDialog(QDialog):
    """Questions (one per line: "编号 问题") and the response scale (等级, 分值, 是否计为满意)."""

    def __init__(self, survey: satisfaction.SurveyData, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_t("编辑问卷"))
        self.resize(640, 520)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(_t("问题：每行一个，格式为“编号 问题内容”（如 q1 您对服务效果是否满意）")))
        self.questions = QPlainTextEdit("\n".join(f"{q['key']} {q['text']}" for q in survey.questions))
        lay.addWidget(self.questions, 2)
        lay.addWidget(QLabel(_t("评价量表：等级、分值（加权平均法用）、是否计为满意（满意率法用）")))
        self.scale = QTableWidget(0, 3)
        self.scale.setHorizontalHeaderLabels([_t("等级"), _t("分值"), _t("计为满意")])
        self.scale.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for lv in survey.scale:
            self._add_level(lv)
        lay.addWidget(self.scale, 2)
        row = QHBoxLayout()
        add = QPushButton(_t("＋ 等级"))
        add.clicked.connect(lambda: self._add_level({"label": "", "weight": "0", "satisfied": False}))
        rm = QPushButton(_t("－ 删除所选等级"))
        rm.clicked.connect(lambda: self.scale.removeRow(self.scale.currentRow()) if self.scale.currentRow() >= 0 else None)
        row.addWidget(add)
        row.addWidget(rm)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(QLabel(_t("受访群体（用顿号分隔）")))
        self.groups = QLineEdit("、".join(survey.groups))
        lay.addWidget(self.groups)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def _add_level(self, lv: dict[str, Any]) -> None:
        r = self.scale.rowCount()
        self.scale.insertRow(r)
        self.scale.setItem(r, 0, QTableWidgetItem(str(lv.get("label", ""))))
        self.scale.setItem(r, 1, QTableWidgetItem(str(lv.get("weight", ""))))
        sat = QTableWidgetItem()
        sat.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        sat.setCheckState(Qt.CheckState.Checked if lv.get("satisfied") else Qt.CheckState.Unchecked)
        self.scale.setItem(r, 2, sat)

    def values(self) -> dict[str, Any]:
        qs = []
        for line in (raw.strip() for raw in self.questions.toPlainText().splitlines()):
            if not line:
                continue
            key, _, text = line.partition(" ")
            if not text:
                key, text = f"q{len(qs) + 1}", key
            qs.append({"key": key, "text": text.strip()})
        scale = [{"label": (self.scale.item(r, 0).text() if self.scale.item(r, 0) else "").strip(),
                  "weight": (self.scale.item(r, 1).text() if self.scale.item(r, 1) else "0").strip() or "0",
                  "satisfied": self.scale.item(r, 2).checkState() == Qt.CheckState.Checked}
                 for r in range(self.scale.rowCount())]
        groups = [g.strip() for g in self.groups.text().replace(",", "、").replace("，", "、").split("、") if g.strip()]
        return {"questions": qs, "scale": scale, "groups": groups}


class SurveyPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.survey: satisfaction.SurveyData | None = None
        self.editing_id: str | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*theme.PAGE_MARGINS)
        head = QHBoxLayout()
        title = QLabel(self.tr("满意度调查"))
        title.setObjectName("pageHeading")
        head.addWidget(title)
        self.picker = QComboBox()
        self.picker.setObjectName("surveyPicker")
        self.picker.setMinimumWidth(320)
        self.picker.currentIndexChanged.connect(self._picked)
        head.addWidget(self.picker)
        new = QPushButton(self.tr("新建问卷"))
        new.clicked.connect(self.new_survey)
        head.addWidget(new)
        self.delete_btn = QPushButton(self.tr("删除问卷"))
        self.delete_btn.clicked.connect(self.delete_survey)
        head.addWidget(self.delete_btn)
        head.addStretch(1)
        outer.addLayout(head)
        self.banner = RefusalBanner(self)
        outer.addWidget(self.banner)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(*theme.FLUSH)
        facts = QGroupBox(self.tr("问卷信息"))
        ff = QGridLayout(facts)
        self.title_edit = QLineEdit()
        self.method = QComboBox()
        for k, text in satisfaction.METHODS.items():
            self.method.addItem(_t(text), k)
        self.counts = {k: QLineEdit() for k in ("distributed", "returned", "valid")}
        self.sampling = QLineEdit()
        ff.addWidget(QLabel(self.tr("标题")), 0, 0)
        ff.addWidget(self.title_edit, 0, 1, 1, 5)
        ff.addWidget(QLabel(self.tr("计算方法")), 1, 0)
        ff.addWidget(self.method, 1, 1, 1, 2)
        edit_q = QPushButton(self.tr("编辑问题和量表…"))
        edit_q.clicked.connect(self.edit_questionnaire)
        ff.addWidget(edit_q, 1, 4, 1, 2)
        for i, (k, label) in enumerate((("distributed", "发放"), ("returned", "回收"), ("valid", "有效"))):
            self.counts[k].setObjectName(f"count_{k}")
            self.counts[k].setMaximumWidth(80)
            ff.addWidget(QLabel(self.tr(label) + self.tr("（份）")), 2, i * 2)
            ff.addWidget(self.counts[k], 2, i * 2 + 1)
        ff.addWidget(QLabel(self.tr("抽样方式")), 3, 0)
        ff.addWidget(self.sampling, 3, 1, 1, 5)
        self.title_edit.editingFinished.connect(lambda: self._update("title", self.title_edit.text()))
        self.sampling.editingFinished.connect(lambda: self._update("sampling", self.sampling.text()))
        self.method.currentIndexChanged.connect(lambda _i: self._update("method", self.method.currentData()))
        for k, e in self.counts.items():
            e.editingFinished.connect(lambda k=k, e=e: self._update(k, e.text()))
        ll.addWidget(facts)

        entry = QGroupBox(self.tr("录入一份问卷"))
        self.entry_layout = QGridLayout(entry)
        ll.addWidget(entry)
        self.entry_widgets: dict[str, QComboBox] = {}
        self.group_box = QComboBox()
        self.group_box.setEditable(True)
        self.save_btn = QPushButton(self.tr("录入"))
        self.save_btn.setObjectName("saveResponse")
        self.save_btn.clicked.connect(self.save_response)

        resp_bar = QHBoxLayout()
        self.resp_title = QLabel()
        resp_bar.addWidget(self.resp_title, 1)
        edit_btn = QPushButton(self.tr("修改所选"))
        edit_btn.clicked.connect(self.edit_selected)
        del_btn = QPushButton(self.tr("删除所选"))
        del_btn.clicked.connect(self.delete_selected)
        imp = QPushButton(self.tr("从 CSV / Excel 导入…"))
        imp.clicked.connect(self.import_file)
        for b in (edit_btn, del_btn, imp):
            resp_bar.addWidget(b)
        ll.addLayout(resp_bar)
        self.table = QTableWidget()
        self.table.setObjectName("responses")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        #: no questionnaire yet, over the answers table
        self.empty = EmptyHint(self.tr("还没有满意度调查。新建问卷，设定问题和评价量表，再逐份录入或从 CSV / Excel 导入答卷。"),
                               [(self.tr("新建问卷"), self.new_survey)], over=self.table)
        #: a questionnaire with no answers yet: the ways to fill it, over the answers table
        self.no_responses = EmptyHint(self.tr("还没有答卷。在上方逐份录入，或从 CSV / Excel 导入（首行为题号或问题原文）。"),
                                      [(self.tr("从 CSV / Excel 导入…"), self.import_file)], over=self.table)
        ll.addWidget(self.table, 1)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(*theme.INDENT)
        self.overall = QLabel()
        self.overall.setObjectName("overallRate")
        self.overall.setObjectName("bigFigure")
        rl.addWidget(self.overall)
        self.counts_line = QLabel()
        self.counts_line.setWordWrap(True)
        rl.addWidget(self.counts_line)
        self.per_question = QTableWidget(0, 3)
        self.per_question.setObjectName("perQuestion")
        self.per_question.setHorizontalHeaderLabels([self.tr("问题"), self.tr("回答"), self.tr("满意度", "per-question column")])
        self.per_question.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.per_question.verticalHeader().setVisible(False)
        self.per_question.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.per_question.setMaximumHeight(260)
        rl.addWidget(self.per_question)
        self.groups_line = QLabel()
        self.groups_line.setWordWrap(True)
        rl.addWidget(self.groups_line)
        self.bound_line = QLabel()
        self.bound_line.setWordWrap(True)
        self.bound_line.setObjectName("muted")
        rl.addWidget(self.bound_line)
        rl.addStretch(1)
        split.addWidget(right)
        split.setSizes([780, 520])
        outer.addWidget(split, 1)

        ctx.fileOpened.connect(self.refresh)
        ctx.fileClosed.connect(self.refresh)
        ctx.dataChanged.connect(lambda kind: self.refresh() if kind in (SCORES, ALL) and self.isVisible() else None)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("满意度")

    def showEvent(self, e):
        super().showEvent(e)
        self.refresh()

    # -- edits ----------------------------------------------------------------
    def _push(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> str | None:
        failed = push_edit(self.ctx, text, do, undo, SCORES)
        if failed:
            self.banner.show_message(failed)
        else:
            self.banner.clear()
        return failed

    def _update(self, key: str, value: Any) -> None:
        if self._loading or self.survey is None or self.ctx.store is None:
            return
        current = getattr(self.survey, key)
        if str(value if value is not None else "").strip() == str(current if current is not None else "").strip():
            return
        store, sid = self.ctx.store, self.survey.id
        state: dict[str, Any] = {}
        self._push(self.tr("修改问卷"), lambda: state.update(old=surveys.update_survey(store, sid, **{key: value})),
                   lambda: surveys.update_survey(store, sid, **state["old"]))
        self.refresh()

    def new_survey(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        state: dict[str, Any] = {}
        data = {"title": self.tr("服务对象满意度调查"), "questions": [{"key": "q1", "text": self.tr("您对项目实施效果是否满意")}]}
        if not self._push(self.tr("新建问卷"), lambda: state.update(id=surveys.add_survey(store, data)),
                          lambda: surveys.delete_survey(store, state["id"])):
            self.refresh(select=state["id"])

    def delete_survey(self) -> None:
        if self.survey is None:
            return
        store, sid = self.ctx.store, self.survey.id
        state: dict[str, Any] = {}
        self._push(self.tr("删除问卷"), lambda: state.update(old=surveys.delete_survey(store, sid)),
                   lambda: surveys.restore_survey(store, *state["old"]))
        self.refresh()

    def edit_questionnaire(self) -> None:
        if self.survey is None:
            return
        dlg = QuestionnaireDialog(self.survey, self)
        if run_modal(dlg) != QDialog.DialogCode.Accepted:
            return
        store, sid, values = self.ctx.store, self.survey.id, dlg.values()
        state: dict[str, Any] = {}
        self._push(self.tr("编辑问卷"), lambda: state.update(old=surveys.update_survey(store, sid, **values)),
                   lambda: surveys.update_survey(store, sid, **state["old"]))
        self.refresh()

    def save_response(self) -> None:
        if self.survey is None:
            return
        answers = {k: box.currentData() for k, box in self.entry_widgets.items() if box.currentIndex() > 0}
        group = self.group_box.currentText().strip()
        store, sid = self.ctx.store, self.survey.id
        state: dict[str, Any] = {}
        if self.editing_id:
            rid = self.editing_id
            failed = self._push(self.tr("修改问卷回答"),
                                lambda: state.update(old=surveys.update_response(store, rid, answers, group)),
                                lambda: surveys.update_response(store, rid, state["old"].answers, state["old"].group))
        else:
            failed = self._push(self.tr("录入问卷"),
                                lambda: state.update(id=surveys.add_response(store, sid, answers, group,
                                                                              response_id=state.get("id"))),
                                lambda: surveys.delete_response(store, state["id"]))
        if not failed:
            self.editing_id = None
            for box in self.entry_widgets.values():
                box.setCurrentIndex(0)
            self.refresh()
            first = next(iter(self.entry_widgets.values()), None)
            if first is not None:
                first.setFocus()

    def _selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows if self.table.item(r, 0)]

    def edit_selected(self) -> None:
        ids = self._selected_ids()
        if not ids or self.survey is None:
            return
        r = next((x for x in surveys.list_responses(self.ctx.store, self.survey.id) if x.id == ids[0]), None)
        if r is None:
            return
        self.editing_id = r.id
        self.group_box.setCurrentText(r.group)
        for k, box in self.entry_widgets.items():
            box.setCurrentIndex(max(0, box.findData(r.answers.get(k, ""))))
        self.save_btn.setText(self.tr("保存修改"))

    def delete_selected(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        store = self.ctx.store
        state: dict[str, Any] = {}

        def do():
            state["old"] = [surveys.delete_response(store, i) for i in ids]

        def undo():
            for r in state["old"]:
                surveys.add_response(store, r.survey_id, r.answers, r.group, response_id=r.id)

        self._push(self.tr("删除问卷回答"), do, undo)
        self.refresh()

    def import_file(self) -> None:
        if self.survey is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入问卷回答"), "",
                                              self.tr("表格 (*.csv *.xlsx);;所有文件 (*)"))
        if not path:
            return
        store, sid = self.ctx.store, self.survey.id
        state: dict[str, Any] = {}
        if not self._push(self.tr("导入问卷"), lambda: state.update(ids=surveys.import_responses(store, sid, path)),
                          lambda: surveys.delete_responses(store, state["ids"])):
            self.ctx.message.emit(self.tr("已导入 %1 份问卷").replace("%1", str(len(state["ids"]))))
        self.refresh()

    # -- drawing ----------------------------------------------------------------
    def _picked(self, _i: int) -> None:
        if not self._loading:
            self.editing_id = None
            self.refresh(select=self.picker.currentData())

    def refresh(self, select: str | None = None) -> None:
        store = self.ctx.store
        self._loading = True
        try:
            listed = surveys.list_surveys(store) if store is not None else []
            wanted = select or (self.survey.id if self.survey else None)
            self.picker.clear()
            for sv in listed:
                self.picker.addItem(sv.title, sv.id)
            idx = self.picker.findData(wanted) if wanted else -1
            self.picker.setCurrentIndex(idx if idx >= 0 else (0 if listed else -1))
            self.survey = next((s for s in listed if s.id == self.picker.currentData()), None)
            self.delete_btn.setEnabled(self.survey is not None)
            self.empty.show_when(store is not None and not listed)
            self._fill()
            self.no_responses.show_when(self.survey is not None and self.table.rowCount() == 0)
        finally:
            self._loading = False

    def _fill(self) -> None:
        sv = self.survey
        enabled = sv is not None
        for w in (self.title_edit, self.method, self.sampling, self.save_btn, *self.counts.values()):
            w.setEnabled(enabled)
        if sv is None:
            self.title_edit.clear()
            self.table.setRowCount(0)
            self.per_question.setRowCount(0)
            self.overall.setText(self.tr("尚无满意度调查") if self.ctx.store else "")
            self.counts_line.setText(self.tr("点“新建问卷”开始：设定问题和评价量表，再逐份录入或从表格导入。") if self.ctx.store else "")
            self.groups_line.clear()
            self.bound_line.clear()
            self._build_entry([], [], [])
            return
        self.title_edit.setText(sv.title)
        self.method.setCurrentIndex(self.method.findData(sv.method))
        for k, e in self.counts.items():
            v = getattr(sv, k)
            e.setText("" if v is None else str(v))
        self.sampling.setText(sv.sampling)
        self.sampling.setCursorPosition(0)
        self.title_edit.setCursorPosition(0)
        self._build_entry(sv.questions, [lv["label"] for lv in sv.scale], sv.groups)
        responses = surveys.list_responses(self.ctx.store, sv.id)
        cols = [self.tr("序号"), self.tr("群体")] + [q["key"] for q in sv.questions]
        self.table.setColumnCount(len(cols))
        self.table.setHorizontalHeaderLabels(cols)
        for c, q in enumerate(sv.questions, 2):
            self.table.horizontalHeaderItem(c).setToolTip(q["text"])
        self.table.setRowCount(len(responses))
        for r, resp in enumerate(responses):
            first = QTableWidgetItem(str(r + 1))
            first.setData(Qt.ItemDataRole.UserRole, resp.id)
            self.table.setItem(r, 0, first)
            self.table.setItem(r, 1, QTableWidgetItem(resp.group))
            for c, q in enumerate(sv.questions, 2):
                self.table.setItem(r, c, QTableWidgetItem(shown(resp.answers.get(q["key"], ""))))
        self.table.resizeColumnsToContents()
        self.resp_title.setText(self.tr("已录入 %1 份").replace("%1", str(len(responses))))
        res = surveys.survey_result(self.ctx.store, sv.id)
        unit = "%" if sv.method == "share" else self.tr(" 分")
        rate = (pct(res.rate) if sv.method == "share" else fmt(res.rate) + unit) if res and res.rate is not None else "—"
        self.overall.setText(self.tr("总体满意度 %1").replace("%1", rate))
        parts = []
        if res.return_rate is not None:
            parts.append(self.tr("回收率 %1").replace("%1", pct(res.return_rate)))
        if res.valid_rate is not None:
            parts.append(self.tr("有效率 %1").replace("%1", pct(res.valid_rate)))
        parts.append(_t(satisfaction.METHODS[sv.method]))
        self.counts_line.setText("；".join(parts) + ("\n" + "；".join(res.warnings) if res.warnings else ""))
        self.counts_line.setStyleSheet(theme.colour_css(theme.WARNING) if res.warnings else "")
        self.per_question.setRowCount(len(res.questions))
        for r, q in enumerate(res.questions):
            qi = QTableWidgetItem(f"{q.key} {q.text}")
            qi.setToolTip("；".join(f"{k} {v}" for k, v in q.counts.items()))
            self.per_question.setItem(r, 0, qi)
            self.per_question.setItem(r, 1, QTableWidgetItem(str(q.answers)))
            val = (pct(q.rate) if sv.method == "share" else fmt(q.rate)) if q.rate is not None else "—"
            vi = QTableWidgetItem(val)
            vi.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if q.rate is not None and q.rate < 80:
                vi.setForeground(QBrush(QColor(theme.ERROR)))
            self.per_question.setItem(r, 2, vi)
        self.per_question.resizeColumnToContents(2)
        groups = [f"{g} {pct(v) if sv.method == 'share' else fmt(v)}" for g, v in res.groups.items() if v is not None]
        self.groups_line.setText(self.tr("按群体：") + "；".join(groups) if groups else "")
        bound = [b for b in bindings.bindings(self.ctx.store) if b.binding.get("source") == "survey"]
        self.bound_line.setText(self.tr("引用本调查的指标：") + "；".join(f"{b.code} {b.name}" for b in bound) if bound else
                                self.tr("还没有指标引用满意度；可在评分页为“满意度”类指标选择“引用数据”。"))

    def _build_entry(self, questions, labels, groups) -> None:
        while self.entry_layout.count():
            w = self.entry_layout.takeAt(0).widget()
            if w is not None and w not in (self.group_box, self.save_btn):
                w.deleteLater()
        self.entry_widgets = {}
        self.entry_layout.addWidget(QLabel(self.tr("群体")), 0, 0)
        current = self.group_box.currentText()
        self.group_box.clear()
        self.group_box.addItems(groups)
        if current:
            self.group_box.setCurrentText(current)
        self.entry_layout.addWidget(self.group_box, 0, 1)
        for i, q in enumerate(questions):
            lab = QLabel(f"{q['key']} {q['text']}")
            lab.setWordWrap(True)
            box = QComboBox()
            box.setObjectName(f"answer_{q['key']}")
            box.addItem(self.tr("（未答）"))
            for label in labels:  # the scale's words as stored; the default scale's shown in the interface language
                box.addItem(shown(label), label)
            lab.setBuddy(box)
            self.entry_layout.addWidget(lab, i + 1, 0)
            self.entry_layout.addWidget(box, i + 1, 1)
            self.entry_widgets[q["key"]] = box
        self.save_btn.setText(self.tr("保存修改") if self.editing_id else self.tr("录入"))
        self.entry_layout.addWidget(self.save_btn, len(questions) + 1, 1)
        self.entry_layout.setColumnStretch(0, 3)
        self.entry_layout.setColumnStretch(1, 1)
