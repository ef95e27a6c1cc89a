"""Settings (设置): the evaluator's name, unit (单位) and role, language, report font, default grade scheme,
backup count and template folder.

Everything is stored per user by ``services.settings`` (a JSON file in the FieldEval data folder), so
the command line and the report service read the same values. Bad values are refused at the field
with the reason, before anything is written. A new language applies at once (the window is built again).

At the first start (no name stored yet) the window opens the same dialog showing only 姓名, 单位 and
角色, with a line saying why; 文件 → 设置… changes them later.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from services import settings as user_settings
from services.scoring.grades import PRESETS
from ui import theme
from ui.i18n import LANGUAGES, message_text, shown

ROLE_NAMES = user_settings.ROLES


def font_candidates() -> list[tuple[str, str]]:
    """(label, value) for the TrueType CJK fonts found on this machine, as the report service sees them."""
    try:
        from services.reports import fonts
    except ImportError:  # the report service is optional for this dialog
        return []
    seen, out = set(), []
    dirs = fonts.search_dirs()
    for role in fonts.ROLES:
        for file_name, index, family in fonts._CANDIDATES[role]:
            path = fonts._find(file_name, dirs)
            if path is not None and str(path) not in seen:
                seen.add(str(path))
                out.append((f"{family}（{path.name}）", f"{path}#{index}" if index else str(path)))
    return out


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, first_start: bool = False):
        super().__init__(parent)
        self.first_start = first_start
        self.setWindowTitle(self.tr("欢迎使用：请填写评价人员信息") if first_start else self.tr("设置"))
        self.setMinimumWidth(520)
        current = user_settings.load()
        form = QFormLayout(self)
        self.form = form
        if first_start:
            # two lines of their own: a word-wrapped label in a form row is sized one line short
            intro = QLabel(self.tr("请填写您的姓名和单位，它们记入修改记录、复核签署和工作底稿。\n"
                                   "以后可在“文件 → 设置…”中修改。"))
            form.addRow(intro)

        self.name = QLineEdit(current.name)
        self.name.setPlaceholderText(self.tr("记录在修改记录和底稿中的姓名"))
        self.name.setMaxLength(50)
        form.addRow(self.tr("评价人员姓名"), self.name)

        self.unit = QLineEdit(current.unit)
        self.unit.setPlaceholderText(self.tr("所在单位，如评价机构或财政部门的名称"))
        self.unit.setMaxLength(100)
        form.addRow(self.tr("单位"), self.unit)

        self.role = QComboBox()
        self.role.setEditable(True)
        for role in ROLE_NAMES:  # stored in Chinese, shown in the interface language
            self.role.addItem(shown(role), role)
        i = self.role.findData(current.role)
        if i >= 0:
            self.role.setCurrentIndex(i)
        else:
            self.role.setCurrentText(current.role)
        form.addRow(self.tr("角色"), self.role)

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        form.addRow(self.tr("界面语言"), self.language)

        self.font = QComboBox()
        self.font.setEditable(True)
        self.font.addItem(self.tr("自动选择（系统中的宋体、黑体、仿宋）"), "")
        for label, value in font_candidates():
            self.font.addItem(label, value)
        if current.report_font:
            i = self.font.findData(current.report_font)
            if i < 0:
                self.font.addItem(current.report_font, current.report_font)
                i = self.font.count() - 1
            self.font.setCurrentIndex(i)
        font_browse = QPushButton(self.tr("选择字体文件…"))
        font_browse.clicked.connect(self._browse_font)
        form.addRow(self.tr("报告字体"), self._row(self.font, font_browse))
        # one font per role (GB/T 9704: 宋体 tables and title, 黑体 and 楷体 headings, 仿宋 body)
        self.role_fonts: dict[str, QComboBox] = {}
        for key, label in (("font_song", self.tr("宋体（表格、标题）")), ("font_hei", self.tr("黑体（一级标题）")),
                           ("font_kai", self.tr("楷体（二级标题）")), ("font_fang", self.tr("仿宋（正文）"))):
            box = QComboBox()
            box.setEditable(True)
            box.addItem(self.tr("自动选择"), "")
            for text, value in font_candidates():
                box.addItem(text, value)
            value = getattr(current, key, "")
            if value:
                i = box.findData(value)
                if i < 0:
                    box.addItem(value, value)
                    i = box.count() - 1
                box.setCurrentIndex(i)
            self.role_fonts[key] = box
            form.addRow(label, box)

        self.scheme = QComboBox()
        for key, scheme in PRESETS.items():
            self.scheme.addItem(shown(scheme.name), key)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(current.grade_scheme)))
        self.scheme.setToolTip(self.tr("用于未指定等级方案的指标体系文件；内置指标体系使用各自的方案。"))
        form.addRow(self.tr("默认等级方案"), self.scheme)

        self.backups = QSpinBox()
        self.backups.setRange(user_settings.BACKUP_MIN, user_settings.BACKUP_MAX)
        self.backups.setValue(current.backup_keep)
        self.backups.setSuffix(self.tr(" 份"))
        form.addRow(self.tr("每个评价文件保留的备份"), self.backups)

        self.templates = QLineEdit(current.template_dir)
        self.templates.setPlaceholderText(str(user_settings.DEFAULTS.templates_folder()))
        tpl_browse = QPushButton(self.tr("选择文件夹…"))
        tpl_browse.clicked.connect(self._browse_templates)
        form.addRow(self.tr("自定义指标体系（模板）位置"), self._row(self.templates, tpl_browse))

        note = QLabel(self.tr("更改的界面语言在确定后立即生效。设置只保存在本机当前用户下。"))
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow(note)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if first_start:  # only who is working; the rest keeps its stored values
            who = (self.name, self.unit, self.role, self.error, buttons)
            for row in range(form.rowCount()):
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole) or form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
                widget = field.widget() if field is not None else None
                if row > 0 and widget not in who:
                    form.setRowVisible(row, False)
            self.name.setFocus()

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        lay.setContentsMargins(*theme.FLUSH)
        for i, x in enumerate(widgets):
            lay.addWidget(x, 1 if i == 0 else 0)
        return w

    def _browse_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择报告字体"), "",
                                              self.tr("TrueType 字体 (*.ttf *.ttc)"))
        if path:
            self.font.addItem(Path(path).name, path)
            self.font.setCurrentIndex(self.font.count() - 1)

    def _browse_templates(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择模板文件夹"), self.templates.text())
        if folder:
            self.templates.setText(folder)

    def font_value(self) -> str:
        """The chosen font: the item's data, or what was typed into the editable box."""
        i = self.font.currentIndex()
        if i >= 0 and self.font.itemText(i) == self.font.currentText():
            return str(self.font.itemData(i) or "")
        return self.font.currentText().strip()

    def chosen(self) -> user_settings.Settings:
        # over the stored settings, so what this dialog does not show (remembered folders) is kept
        return replace(
            user_settings.load(),
            name=self.name.text(), role=self._combo_value(self.role), unit=self.unit.text(),
            language=self.language.currentData(),
            report_font=self.font_value(), grade_scheme=self.scheme.currentData(),
            backup_keep=self.backups.value(), template_dir=self.templates.text().strip(),
            **{key: self._combo_value(box) for key, box in self.role_fonts.items()})

    @staticmethod
    def _combo_value(box: QComboBox) -> str:
        i = box.currentIndex()
        if i >= 0 and box.itemText(i) == box.currentText():
            return str(box.itemData(i) or "")
        return box.currentText().strip()

    def accept(self) -> None:
        if self.first_start and not self.name.text().strip():
            self.error.setText(self.tr("请填写姓名。"))
            self.error.show()
            self.name.setFocus()
            return
        try:
            self.saved = user_settings.save(self.chosen())
        except user_settings.SettingsError as exc:
            self.error.setText(message_text(exc))
            self.error.show()
            return
        except OSError as exc:
            self.error.setText(self.tr("无法保存设置：%1").replace("%1", exc.strerror or message_text(exc)))
            self.error.show()
            return
        super().accept()
