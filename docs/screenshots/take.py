"""Screenshots of every page at 1366×768 on the sample evaluation.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take.py

Writes the PNGs next to this file. Uses a private data folder, so the user's recent files are untouched.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDEVAL_DATA_DIR", tempfile.mkdtemp(prefix="fieldeval-shots-"))


from ui.shell.app import install_translations, make_app
from ui.shell.context import AppContext
from ui.shell.main_window import MainWindow


def settle(app, n=5):
    for _ in range(n):
        app.processEvents()


def main() -> int:
    app = make_app([])
    install_translations(app, os.environ.get("FIELDEVAL_LANG", "zh_CN"))
    suffix = "-en" if os.environ.get("FIELDEVAL_LANG") == "en" else ""
    ctx = AppContext(actor="张评价")
    w = MainWindow(ctx)
    w.resize(1366, 768)
    w.show()
    settle(app)
    w.open_sample()  # once, so the home screen has a recent file to show
    w.close_file()
    settle(app)
    w.grab().save(str(HERE / f"home{suffix}.png"))
    w.open_sample()
    settle(app)
    codes = {n.code: n.id for n in w.live.sheet.walk()}
    w.walk.go_to(codes["1.1.1"])
    settle(app)
    w.grab().save(str(HERE / f"main{suffix}.png"))
    if suffix:
        return 0
    # the dialogs: a finding raised from the unmet point ①, and a new evaluation
    from ui.shell.home import NewEvaluationDialog
    from ui.walk.indicator_panel import FindingQuickDialog

    view = w.walk.panel.view
    prefill = view.finding_prefill("a", "p1", view.editors["a"].rows[0].point["label"], view.editors["a"].rows[0].pmax)
    dlg = FindingQuickDialog(w.live.info.finding_categories, prefill, w)
    dlg.show()
    settle(app)
    dlg.grab().save(str(HERE / "dialog-finding.png"))
    dlg.close()
    dlg = NewEvaluationDialog(w)
    dlg.show()
    settle(app)
    dlg.grab().save(str(HERE / "dialog-new.png"))
    dlg.close()
    for code, name in (("3.3.1", "walk-delay"), ("2.1.2", "walk-threshold"), ("2", "walk-level1")):
        w.walk.go_to(codes[code], focus=False)
        settle(app)
        w.grab().save(str(HERE / f"{name}.png"))
    # a blank evaluation on the national framework: the other rule types' inputs, open points on the board
    from models.paths import data_dir
    from services.evaluation import assessments
    from services.frameworks import catalog

    blank = data_dir() / "national.fev"
    assessments.create(blank, catalog.load("national-project-2020"), {"name": "某某项目支出绩效评价"}).close()
    w.open_file(blank)
    settle(app)
    codes = {n.code: n.id for n in w.live.sheet.walk()}
    by_type = {}
    for n in w.live.leaves():
        for it in w.live.specs[n.id].items:
            by_type.setdefault(it["type"], n.code)
    for rtype in ("choice", "tiers", "scale", "judgement", "completion"):
        if rtype in by_type:
            w.walk.go_to(codes[by_type[rtype]], focus=False)
            settle(app)
            w.grab().save(str(HERE / f"rule-{rtype}.png"))
    w.open_sample()
    settle(app)
    for i in range(1, w.nav.count()):
        w.nav.setCurrentRow(i)
        settle(app)
        page = w.pages.currentWidget()
        w.grab().save(str(HERE / f"page-{page.__class__.__name__.lower()}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
