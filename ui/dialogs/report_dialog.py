"""打印 / 导出: pick a document and a format, set up the page, preview the PDF, print or save it.

Everything is produced by ``services.reports.export`` off the GUI thread (``ctx.run_task``); the
preview is the very PDF that is printed. Printing renders each PDF page onto a white image (Qt's
PDF renderer gives a transparent one) and paints it on the printer's page.

The main window opens it with ``show_report_dialog(ctx, parent)``.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from services.reports import DOCUMENTS, export
from ui import theme
from ui.i18n import message_text, translator
from ui.widgets import run_modal

FORMAT_NAMES = {"pdf": "PDF", "docx": "Word（DOCX）", "xlsx": "Excel（XLSX）"}
FILTERS = {"pdf": QT_TRANSLATE_NOOP("ReportDialog", "PDF 文件 (*.pdf)"),
           "docx": QT_TRANSLATE_NOOP("ReportDialog", "Word 文档 (*.docx)"),
           "xlsx": QT_TRANSLATE_NOOP("ReportDialog", "Excel 工作簿 (*.xlsx)")}


tr = translator("ReportDialog")


def white_page(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """A page rendered at ``size`` on white (QPdfDocument.render gives a transparent image)."""
    raw = document.render(page, size)
    img = QImage(size, QImage.Format.Format_RGB32)
    img.fill(QColor(theme.SURFACE))
    p = QPainter(img)
    p.drawImage(0, 0, raw)
    p.end()
    return img


def print_document(document: QPdfDocument, printer, dpi: int = 300) -> int:
    """Paint every page of ``document`` on ``printer``; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(tr("无法开始打印（打印机不可用）"))
    try:
        count = document.pageCount()
        for i in range(count):
            if i:
                printer.newPage()
            pts = document.pagePointSize(i)
            size = QSize(max(1, int(pts.width() * dpi / 72)), max(1, int(pts.height() * dpi / 72)))
            img = white_page(document, i, size)
            target = painter.viewport()
            scaled = img.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(img.rect())
            painter.drawImage(0, 0, img)
            painter.setViewport(target)
        return count
    finally:
        painter.end()


class ReportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("打印 / 导出"))
        self._tmp = Path(tempfile.mkdtemp(prefix="fieldeval-preview-"))
        self._closed = False
        self._preview_path: Path | None = None
        self._preview_key: tuple | None = None
        self._running = 0  # background jobs not yet finished
        self._serial = 0

        self.kind = QComboBox()
        for kind, doc in DOCUMENTS.items():
            self.kind.addItem(tr(doc.title), kind)
        self.fmt = QComboBox()
        self.size = QComboBox()
        self.size.addItem("A4", "A4")
        self.size.addItem("A3", "A3")
        self.orientation = QComboBox()
        self.orientation.addItem(tr("横向"), "landscape")
        self.orientation.addItem(tr("纵向"), "portrait")
        self.refs = QCheckBox(tr("打印底稿索引号（评分表、问题清单）"))
        self.refs.setChecked(True)
        self.copy = QComboBox()  # who the document is for: the client copy never prints internal notes
        self.copy.addItem(tr("客户版（不含内部说明）"), "client")
        self.copy.addItem(tr("内部版（含调整理由、复核与录入说明）"), "internal")
        # the 评价报告 DOCX: the built-in layout, the shipped template or the agency's own template
        self.template = QComboBox()
        self.template.addItem(tr("内置版式"), "")
        self.template.addItem(tr("默认模板（占位符）"), "default")
        chosen = self._evaluation_template()
        if chosen:
            self.template.addItem(chosen, chosen)
            self.template.setCurrentIndex(self.template.count() - 1)
        self.template_btn = QPushButton(tr("选择机构模板…"))
        self.template_btn.clicked.connect(self.choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.template_btn)
        form = QFormLayout()
        form.addRow(tr("文档"), self.kind)
        form.addRow(tr("副本"), self.copy)
        form.addRow(tr("报告模板"), template_row)
        form.addRow(tr("格式"), self.fmt)
        form.addRow(tr("纸张"), self.size)
        form.addRow(tr("方向"), self.orientation)
        form.addRow("", self.refs)

        self.preview_btn = QPushButton(tr("刷新预览"))
        self.export_btn = QPushButton(tr("导出…"))
        self.print_btn = QPushButton(tr("打印…"))
        self.close_btn = QPushButton(tr("关闭"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(form)
        for b in (self.preview_btn, self.export_btn, self.print_btn):
            left.addWidget(b)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addStretch(1)
        left.addWidget(self.close_btn)
        side = QWidget()
        side.setLayout(left)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        split = QSplitter()
        split.addWidget(side)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        outer = QHBoxLayout(self)
        outer.addWidget(split)
        self.resize(1100, 760)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for w in (self.size, self.orientation, self.copy, self.template):
            w.currentIndexChanged.connect(self.refresh_preview)
        self.refs.toggled.connect(self.refresh_preview)
        self.preview_btn.clicked.connect(self.refresh_preview)
        self.export_btn.clicked.connect(self.export_file)
        self.print_btn.clicked.connect(self.print_preview)
        self.close_btn.clicked.connect(self.reject)
        self._kind_changed(preview=False)

    def showEvent(self, event):
        super().showEvent(event)
        if self._preview_key is None:
            self.refresh_preview()

    # -- settings -----------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def options(self) -> dict:
        doc = DOCUMENTS[self.current_kind()]
        o = {"page_size": self.size.currentData(), "cross_refs": self.refs.isChecked(), "copy": self.copy.currentData()}
        if doc.orientation_choice:
            o["orientation"] = self.orientation.currentData()
        if self.current_kind() == "report" and self.template.currentData():
            o["template"] = self.template.currentData()
        return o

    def _evaluation_template(self) -> str:
        store = self.ctx.store
        if store is None:
            return ""
        from services.evaluation import assessments

        settings = assessments.get_info(store).settings
        return str(settings.get("report_template") or "") if isinstance(settings, dict) else ""

    def choose_template(self, *_, path: str | None = None) -> None:
        """Pick an agency's DOCX template; it becomes this evaluation's report template."""
        if path is None:
            from ui.widgets import open_file_name

            path = open_file_name(self, "template", tr("选择报告模板"), tr(FILTERS["docx"]))
            if not path:
                return
        from services.core.errors import EditRefused
        from services.evaluation import assessments

        store = self.ctx.store
        if store is not None:
            settings = dict(assessments.get_info(store).settings or {})
            settings["report_template"] = path
            try:
                assessments.update_info(store, settings=settings)
            except EditRefused as exc:
                self.status.setText(message_text(exc))
                return
        i = self.template.findData(path)
        if i < 0:
            self.template.addItem(path, path)
            i = self.template.count() - 1
        self.template.setCurrentIndex(i)

    def _kind_changed(self, *_, preview: bool = True):
        doc = DOCUMENTS[self.current_kind()]
        self.fmt.blockSignals(True)
        self.fmt.clear()
        for f in doc.formats:
            self.fmt.addItem(FORMAT_NAMES[f], f)
        self.fmt.blockSignals(False)
        self.orientation.blockSignals(True)
        self.orientation.setCurrentIndex(0 if doc.orientation == "landscape" else 1)
        self.orientation.blockSignals(False)
        self.orientation.setEnabled(doc.orientation_choice)
        self.refs.setEnabled(self.current_kind() in ("scoring-sheet", "issue-list", "report"))
        self.copy.setEnabled(self.current_kind() != "working-papers")  # the 工作底稿 is internal by nature
        for w in (self.template, self.template_btn):
            w.setEnabled(self.current_kind() == "report")
        if preview:
            self.refresh_preview()

    def _source(self):
        store = self.ctx.store
        if store is None:
            raise RuntimeError(tr("没有打开的评价文件"))
        return store.path  # the worker opens its own connection to the file

    # -- preview ------------------------------------------------------------
    def refresh_preview(self, *_):
        if self.ctx.store is None:
            self.status.setText(tr("请先打开评价文件"))
            return
        key = (self.current_kind(), tuple(sorted(self.options().items())))
        if key == self._preview_key and self._preview_path is not None:
            return
        self._serial += 1
        serial = self._serial
        out = self._tmp / f"preview-{serial}.pdf"
        self._run(tr("正在生成预览…"), export, self._source(), self.current_kind(), "pdf", out, None, self.options(),
                  done=lambda path: self._show_preview(serial, key, Path(path)))

    def _show_preview(self, serial: int, key: tuple, path: Path):
        if serial != self._serial:  # a newer preview was asked for meanwhile
            return
        self.pdf.close()
        self.pdf.load(str(path))
        self._preview_path, self._preview_key = path, key
        self.status.setText(tr("预览：%1 页").replace("%1", str(self.pdf.pageCount())))

    # -- export / print -------------------------------------------------------
    def export_file(self, *_, path: str | None = None):
        fmt = self.fmt.currentData()
        doc = DOCUMENTS[self.current_kind()]
        if path is None:
            name = f"{doc.title}{tr('（内部版）') if self.copy.currentData() == 'internal' else ''}.{fmt}"
            from ui.widgets import save_file_name

            path = save_file_name(self, "export", tr("导出%1").replace("%1", tr(doc.title)), name, tr(FILTERS[fmt]))
            if not path:
                return
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
        self._run(tr("正在导出…"), export, self._source(), self.current_kind(), fmt, Path(path), None, self.options(),
                  done=lambda p: self.status.setText(tr("已导出：%1").replace("%1", str(p))))

    def print_preview(self, *_):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._preview_path is None or self.pdf.pageCount() == 0:
            self.status.setText(tr("预览尚未生成，请稍候"))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize(QPageSize.PageSizeId.A3 if self.size.currentData() == "A3" else QPageSize.PageSizeId.A4)
        orient = (QPageLayout.Orientation.Landscape if self.pdf.pagePointSize(0).width() > self.pdf.pagePointSize(0).height()
                  else QPageLayout.Orientation.Portrait)
        printer.setPageLayout(QPageLayout(size, orient, printer.pageLayout().margins()))
        printer.setDocName(tr(DOCUMENTS[self.current_kind()].title))
        dialog = QPrintDialog(printer, self)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            n = print_document(self.pdf, printer)
        except RuntimeError as exc:
            QMessageBox.warning(self, tr("打印"), message_text(exc))
            return
        self.status.setText(tr("已发送到打印机：%1 页").replace("%1", str(n)))

    # -- background work ------------------------------------------------------
    def _run(self, text: str, fn, *args, done):
        self._running += 1
        self.progress.setValue(0)
        self.status.setText(text)
        for b in (self.export_btn, self.print_btn, self.preview_btn):
            b.setEnabled(False)

        def finished(result):
            self._running -= 1
            if self._closed:  # the dialog was closed while this ran: tidy up, then go
                self._tidy_after_close()
                return
            self._idle()
            done(result)

        def failed(message: str):
            self._running -= 1
            if self._closed:
                self._tidy_after_close()
                return
            self._idle()
            self.status.setText(tr("生成失败：%1").replace("%1", message))

        def progress(pct: int, label: str):
            self.progress.setValue(pct)
            if label:
                self.status.setText(label)

        def job(*a, progress=None):
            path, kind, fmt, out, _p, options = a
            return str(fn(path, kind, fmt, out, progress=progress, options=options))

        self.ctx.run_task(job, *args, on_done=finished, on_error=failed, on_progress=progress)

    def _tidy_after_close(self) -> None:
        # closed while a document was being made: its folder and the dialog (with its PDF view) go
        # now, never at the end of the program, when deleting Qt objects in any order can crash it
        if self._running == 0:  # the last job of a closed dialog
            shutil.rmtree(self._tmp, ignore_errors=True)
            self.deleteLater()

    @property
    def _busy(self) -> bool:
        """A preview, export or print is being made in the background."""
        return self._running > 0

    def _idle(self):
        for b in (self.export_btn, self.print_btn, self.preview_btn):
            b.setEnabled(True)

    def done(self, result: int) -> None:
        self.view.setDocument(None)  # the view lets go of the pages it may still be rendering first
        self.pdf.close()
        self._closed = True
        super().done(result)
        if self.parentWidget() is not None:
            self.parentWidget().window().activateWindow()  # the window's shortcuts work again at once
        # a running job still writes into the folder: the last one tidies up when it ends
        self._tidy_after_close()


def show_report_dialog(ctx, parent: QWidget | None = None) -> ReportDialog:
    """Open the 打印 / 导出 dialog (modal) for the evaluation open in ``ctx``."""
    dlg = ReportDialog(ctx, parent)
    dlg.exec()
    return dlg
