"""The 打印 / 导出 dialog: preview off the GUI thread, export to a file, print through QPrinter."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtPdf")
pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def ctx(qtbot, sample_path):
    from services.evaluation.assessments import open_evaluation
    from ui.shell.context import AppContext

    c = AppContext(actor="测试员")
    c.set_store(open_evaluation(sample_path))
    yield c
    c.pool.waitForDone(30000)
    c.set_store(None)


def test_preview_export_and_print(qtbot, ctx, tmp_path):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from ui.dialogs.report_dialog import ReportDialog, print_document, white_page

    dlg = ReportDialog(ctx)
    # no qtbot.addWidget: the dialog deletes itself once closed (and its last background job ended)
    dlg.kind.setCurrentIndex(dlg.kind.findData("summary"))
    qtbot.waitUntil(lambda: dlg._preview_key is not None and dlg._preview_key[0] == "summary"
                    and dlg.pdf.status() == QPdfDocument.Status.Ready, timeout=30000)
    assert dlg.pdf.pageCount() >= 1
    assert [dlg.fmt.itemData(i) for i in range(dlg.fmt.count())] == ["pdf", "docx"]
    img = white_page(dlg.pdf, 0, QSize(420, 300))
    assert img.pixelColor(2, 2).name() == "#ffffff"  # white, not the transparent-black Qt gives

    # export the issue list as XLSX through the same background path
    dlg.kind.setCurrentIndex(dlg.kind.findData("issue-list"))
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("xlsx"))
    out = tmp_path / "问题清单.xlsx"
    qtbot.waitUntil(lambda: dlg.export_btn.isEnabled(), timeout=30000)
    dlg.export_file(path=str(out))
    qtbot.waitUntil(lambda: out.exists() and "已导出" in dlg.status.text(), timeout=30000)

    # print the preview to a PDF printer: every page arrives
    qtbot.waitUntil(lambda: dlg._preview_key is not None and dlg._preview_key[0] == "issue-list"
                    and dlg.pdf.status() == QPdfDocument.Status.Ready, timeout=30000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      printer.pageLayout().margins()))
    n = print_document(dlg.pdf, printer, dpi=60)
    assert n == dlg.pdf.pageCount() and len(pypdf.PdfReader(str(printed)).pages) == n
    dlg.reject()


def test_closing_while_the_preview_is_made_leaves_nothing_behind(qtbot, ctx, capfd):
    """The temporary folder outlives the dialog until the export writing into it has finished."""
    from ui.dialogs.report_dialog import ReportDialog

    dlg = ReportDialog(ctx)
    # no qtbot.addWidget: the dialog deletes itself once closed (and its last background job ended)
    dlg.kind.setCurrentIndex(dlg.kind.findData("report"))  # the longest document
    dlg.refresh_preview()
    assert dlg._busy
    tmp = dlg._tmp
    dlg.reject()
    assert tmp.exists()  # still being written into
    qtbot.waitUntil(lambda: not dlg._busy, timeout=60000)
    assert not tmp.exists()
    assert "Traceback" not in capfd.readouterr().err


def test_copy_and_template_choices(qtbot, ctx, tmp_path):
    """The dialog passes the chosen copy; an agency template becomes the evaluation's own."""
    from services.evaluation import assessments
    from services.reports.template import default_template
    from ui.dialogs.report_dialog import ReportDialog

    dlg = ReportDialog(ctx)
    # no qtbot.addWidget: the dialog deletes itself once closed (and its last background job ended)
    assert dlg.options()["copy"] == "client"
    dlg.copy.setCurrentIndex(dlg.copy.findData("internal"))
    assert dlg.options()["copy"] == "internal"
    dlg.kind.setCurrentIndex(dlg.kind.findData("working-papers"))
    assert not dlg.copy.isEnabled() and not dlg.template.isEnabled()
    dlg.kind.setCurrentIndex(dlg.kind.findData("report"))
    assert dlg.template.isEnabled() and "template" not in dlg.options()
    dlg.choose_template(path=str(default_template()))
    assert dlg.options()["template"] == str(default_template())
    assert assessments.get_info(ctx.store).settings["report_template"] == str(default_template())
    qtbot.waitUntil(lambda: not dlg._busy, timeout=60000)
    dlg.reject()
