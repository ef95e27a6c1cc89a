"""导出 / 导入数据包: one file to hand over, optionally protected by a password (AES-256-GCM with
an Argon2id/scrypt key; the password is never stored). Work runs off the GUI thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.teamwork import package
from ui import theme
from ui.shell.context import AppContext

SUFFIX = ".fevpkg"
MIN_PASSWORD = 8


def _path_row(parent, edit: QLineEdit, browse) -> QWidget:
    w = QWidget(parent)
    lay = QHBoxLayout(w)
    lay.setContentsMargins(*theme.FLUSH)
    btn = QPushButton(parent.tr("浏览…"), w)
    btn.clicked.connect(browse)
    lay.addWidget(edit, 1)
    lay.addWidget(btn)
    return w


class _PackageDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_info = None
        self.form = QFormLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)

    def _error(self, message: str) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.status.setStyleSheet(theme.colour_css(theme.ERROR))
        self.status.setText(message)

    def _start(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.progress.show()
        self.buttons.setEnabled(False)

    def _finish(self, info) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.result_info = info
        self.accept()

    def run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ExportPackageDialog(_PackageDialog):
    """Export the open evaluation as a package."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("导出数据包"))
        self.resize(560, 260)
        src = Path(ctx.store.path) if ctx.store else Path.home() / "评价"
        self.out = QLineEdit(str(src.with_suffix(SUFFIX)), self)
        self.encrypt = QCheckBox(self.tr("用密码保护（推荐：数据包含被评价单位的财务信息）"), self)
        self.encrypt.setChecked(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt.toggled.connect(self.password.setEnabled)
        self.encrypt.toggled.connect(self.confirm.setEnabled)
        self.form.addRow(self.tr("保存为"), _path_row(self, self.out, self._browse))
        self.form.addRow("", self.encrypt)
        self.form.addRow(self.tr("密码"), self.password)
        self.form.addRow(self.tr("再输一次"), self.confirm)
        hint = QLabel(self.tr("密码不会保存在任何地方；忘记密码将无法打开数据包。"), self)
        hint.setObjectName("muted")
        self.form.addRow("", hint)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出数据包"), self.out.text(),
                                              self.tr("FieldEval 数据包 (*.fevpkg)"))
        if path:
            self.out.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def check(self) -> str | None:
        """The reason the form cannot be run, or None."""
        if self.ctx.store is None:
            return self.tr("没有打开评价文件")
        if not self.out.text().strip():
            return self.tr("请选择保存位置")
        if Path(self.out.text()).exists():
            return self.tr("文件已存在，为保护已有数据不会覆盖，请换一个文件名")
        if self.encrypt.isChecked():
            if len(self.password.text()) < MIN_PASSWORD:
                return self.tr("密码至少 %1 个字符").replace("%1", str(MIN_PASSWORD))
            if self.password.text() != self.confirm.text():
                return self.tr("两次输入的密码不一致")
        return None

    def run(self) -> None:
        problem = self.check()
        if problem:
            self._error(problem)
            return
        password = self.password.text() if self.encrypt.isChecked() else None
        self._start(self.tr("正在导出…"))
        self.ctx.run_task(package.export_package, Path(self.ctx.store.path), Path(self.out.text()), password,
                          on_done=self._finish, on_error=self._error)


class ImportPackageDialog(_PackageDialog):
    """Import a package as a new evaluation file (never over an existing one)."""

    def __init__(self, ctx: AppContext, parent=None, package_path: Path | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("导入数据包"))
        self.resize(560, 220)
        self.pkg = QLineEdit(str(package_path or ""), self)
        self.out = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("数据包有密码保护时填写"))
        self.form.addRow(self.tr("数据包"), _path_row(self, self.pkg, self._browse_pkg))
        self.form.addRow(self.tr("保存为评价文件"), _path_row(self, self.out, self._browse_out))
        self.form.addRow(self.tr("密码"), self.password)
        self.pkg.textChanged.connect(self._package_changed)
        self._package_changed()

    def _browse_pkg(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择数据包"), self.pkg.text() or str(Path.home()),
                                              self.tr("FieldEval 数据包 (*.fevpkg);;所有文件 (*)"))
        if path:
            self.pkg.setText(path)

    def _browse_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.out.text(), self.tr("评价文件 (*.fev)"))
        if path:
            self.out.setText(path if path.endswith(".fev") else path + ".fev")

    def _package_changed(self) -> None:
        p = Path(self.pkg.text()) if self.pkg.text() else None
        encrypted = bool(p and p.is_file() and package.is_encrypted(p))
        self.password.setEnabled(encrypted or not (p and p.is_file()))
        if p and not self.out.text():
            self.out.setText(str(p.with_suffix(".fev")))

    def run(self) -> None:
        if not self.pkg.text().strip() or not self.out.text().strip():
            self._error(self.tr("请选择数据包和保存位置"))
            return
        if Path(self.out.text()).exists():
            self._error(self.tr("文件已存在，为保护已有数据不会覆盖，请换一个文件名"))
            return
        self._start(self.tr("正在校验并导入…"))
        self.ctx.run_task(package.import_package, Path(self.pkg.text()), Path(self.out.text()),
                          self.password.text() or None, on_done=self._finish, on_error=self._error)
