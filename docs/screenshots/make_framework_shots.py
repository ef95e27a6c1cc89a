"""Screenshots of the 指标体系 editor, the Excel import mapping step, the 图表 and 满意度 pages
(the sample, 1366×768, offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_framework_shots.py [out-dir]

The editor is shown with one sum left open (a new indicator under 1.1) so the validation panel
names the nodes; the import wizard reads an Excel sheet laid out like the seed's 附件1 whose
headers differ a little from FieldEval's own ("一级\\n指标", "评价要点").
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDEVAL_DATA_DIR", tempfile.mkdtemp(prefix="fieldeval-shots-"))


def foreign_sheet(path: Path) -> Path:
    """The sample framework as another firm's spreadsheet: no hidden rules sheet, other header words."""
    import openpyxl

    from services.frameworks import catalog, excel as xf

    xf.export_xlsx(catalog.load("shuzi-hengyang-2024"), path, title="衡阳市信息化建设经费（数字衡阳）项目支出绩效评分表")
    wb = openpyxl.load_workbook(path)
    del wb[xf.RULES_SHEET]
    ws = wb["评分表"]
    for c, h in enumerate(["一级\n指标", "二级\n指标", "分值", "三级指标", "分值", "指标解释", "评价要点", "评分标准"], 1):
        ws.cell(2, c, h)
    wb.save(path)
    return path


def main(out: Path) -> None:
    from services.evaluation import assessments
    from services.evaluation.sample import write_sample
    from services.frameworks import edit as fe
    from ui.frameworks.import_dialog import ImportDialog
    from ui.shell.app import make_app
    from ui.shell.context import AppContext
    from ui.shell.main_window import MainWindow

    app = make_app([])
    work = Path(tempfile.mkdtemp(prefix="fieldeval-shots-"))
    path = work / "数字衡阳2024.fev"
    write_sample(path).close()
    ctx = AppContext(actor="李评价")
    win = MainWindow(ctx)
    win.resize(1366, 768)
    win.show()
    win.open_file(path)
    out.mkdir(parents=True, exist_ok=True)

    def settle():
        for _ in range(6):
            app.processEvents()

    win.show_page("ChartsPage")
    settle()
    for _fig, canvas in win.page_widgets["ChartsPage"].figures.values():
        canvas.draw()
    settle()
    win.grab().save(str(out / "charts.png"))
    print("wrote", out / "charts.png")

    win.show_page("SurveyPage")
    settle()
    win.grab().save(str(out / "survey.png"))
    print("wrote", out / "survey.png")

    d = ImportDialog(ctx, win, str(foreign_sheet(work / "评分表.xlsx")))
    d.resize(1100, 680)
    d.show()
    d.next()
    settle()
    d.grab().save(str(out / "import-mapping.png"))
    print("wrote", out / "import-mapping.png")
    d.next()
    d.next()
    settle()
    d.grab().save(str(out / "import-rules.png"))
    print("wrote", out / "import-rules.png")
    d.reject()
    # the editor: a leaf with its rule form, try-it and data source; one sum left open
    ids = assessments.indicator_ids(ctx.store)
    fe.add_node(ctx.store, ids["1.1"], "立项材料完整性", "1")
    ctx.notify("framework")
    win.show_page("FrameworkEditorPage")
    page = win.page_widgets["FrameworkEditorPage"]
    page.tree.setCurrentItem(page.item_for(ids["2.1.2"]))
    settle()
    ed = page.try_editors["a"]
    page._try(page.item_forms[0].value(), ed, {"numerator": "85", "denominator": "100"})
    ed.set_inputs({"numerator": "85", "denominator": "100"})
    page._try(page.item_forms[0].value(), ed, {"numerator": "85", "denominator": "100"})
    settle()
    page.form_area.ensureWidgetVisible(page.try_box, 0, 0)
    settle()
    win.grab().save(str(out / "framework-editor.png"))
    print("wrote", out / "framework-editor.png")

    ctx.set_store(None)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
