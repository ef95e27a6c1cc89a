"""Screenshots of the 问题清单, 证据 and project pages on the sample (1366×768, offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_page_shots.py [out-dir]

The sample holds no evidence files, so a few are made here (photos drawn with Pillow carrying
EXIF capture times, a PDF, a spreadsheet) and added through the evidence service, with one
field record, exactly as an evaluator would add them on site.
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

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def _photo(path: Path, colours, caption: str, when: str) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (960, 640), colours[0])
    d = ImageDraw.Draw(im)
    for i in range(640):  # a sky-to-ground gradient
        t = i / 640
        c = tuple(int(colours[0][k] * (1 - t) + colours[1][k] * t) for k in range(3))
        d.line([(0, i), (960, i)], fill=c)
    d.rectangle([380, 180, 400, 600], fill=(90, 90, 95))  # a camera pole
    d.rectangle([330, 170, 470, 215], fill=(235, 235, 240), outline=(60, 60, 60), width=3)
    d.ellipse([445, 180, 470, 205], fill=(30, 30, 40))
    try:
        font = ImageFont.truetype(FONT, 40)
    except OSError:
        font = ImageFont.load_default()
    d.rectangle([0, 560, 960, 640], fill=(0, 0, 0))
    d.text((24, 575), caption, fill=(255, 255, 255), font=font)
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = when
    im.save(path, format="JPEG", quality=85, exif=exif.tobytes())
    return path


def _pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "Acceptance report (scan)")
    c.save()
    return path


def _xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["合同", "金额（万元）"])
    ws.append(["主体服务费", 16380.00])
    wb.save(path)
    return path


def add_demo_evidence(store, folder: Path) -> None:
    from services.evaluation import assessments, findings
    from services.fieldwork import evidence, records

    ids = assessments.indicator_ids(store)
    found = findings.list_findings(store)
    rec = records.add_record(store, {"kind": "实地勘察", "happened_at": "2024-09-12 10:30",
                                       "place": "衡阳市公安局指挥中心", "people": "市行政审批服务局信息科 王科长",
                                       "notes": "抽查前端监控点位 20 个，其中 2 个点位离线；查看指挥中心大屏与机房运行记录。",
                                       "recorder": "李评价"})
    records.add_record(store, {"kind": "访谈", "happened_at": "2024-09-11 15:00", "place": "市财政局经建科",
                                 "people": "经建科 张科长", "notes": "了解续签项目结算评审暂停的原因。", "recorder": "李评价"})
    records.add_record(store, {"kind": "资料核查", "happened_at": "2024-09-10 09:00", "place": "市行政审批服务局",
                                 "people": "财务室 刘会计", "notes": "核对一期、续签项目支付凭证与明细账。",
                                 "recorder": "周评价"})
    a = _photo(folder / "前端监控点位-蒸湘路口.jpg", ((120, 170, 220), (70, 80, 70)), "蒸湘路口 高清监控点位", "2024:09:12 10:42:13")
    b = _photo(folder / "离线点位-解放大道.jpg", ((200, 190, 170), (90, 85, 80)), "解放大道 离线点位", "2024:09:12 11:05:40")
    c = _photo(folder / "指挥中心机房.jpg", ((60, 70, 90), (30, 35, 45)), "指挥中心 机房", "2024:09:12 14:20:02")
    evidence.add_evidence(store, a, "蒸湘路口高清监控点位运行正常。", links=(("indicator", ids["4.1.1"] if "4.1.1" in ids else ids["1"]),),
                          field_record_id=rec.id)
    evidence.add_evidence(store, b, "抽查时该点位离线，画面无信号。", links=(("finding", found[-1].id),), field_record_id=rec.id)
    evidence.add_evidence(store, c, "机房设备运行记录完整。", field_record_id=rec.id)
    evidence.add_evidence(store, _pdf(folder / "续签项目验收报告.pdf"), "续签项目验收报告（扫描件）",
                          links=(("indicator", ids["2.2.2"]),))
    evidence.add_evidence(store, _xlsx(folder / "合同支付台账.xlsx"), "一期及续签合同支付台账",
                          links=(("finding", found[7].id),))


def main(out: Path) -> None:
    from PySide6.QtCore import QThreadPool

    from services.evaluation.sample import write_sample
    from ui.shell.app import make_app
    from ui.shell.context import AppContext
    from ui.shell.main_window import MainWindow

    app = make_app([])
    work = Path(tempfile.mkdtemp(prefix="fieldeval-shots-"))
    path = work / "数字衡阳2024.fev"
    store = write_sample(path)
    add_demo_evidence(store, work)
    store.close()
    ctx = AppContext(actor="李评价")
    win = MainWindow(ctx)
    win.resize(1366, 768)
    win.show()
    win.open_file(path)
    out.mkdir(parents=True, exist_ok=True)
    for name, page in (("overview", "OverviewPage"), ("findings", "FindingsPage"), ("evidence", "EvidencePage"),
                       ("targets", "TargetsPage"), ("funds", "FundsPage"), ("chapters", "ChaptersPage")):
        win.show_page(page)
        w = win.page_widgets[page]
        if name == "findings":
            w.table.selectRow(0)
        elif name == "evidence":
            w.browser.view.setCurrentIndex(w.browser.model.index(1))
        elif name == "chapters":
            w.list.setCurrentRow(4)
        for _ in range(5):
            app.processEvents()
        QThreadPool.globalInstance().waitForDone(10000)  # thumbnails are made off the GUI thread
        for _ in range(5):
            app.processEvents()
        win.grab().save(str(out / f"{name}.png"))
        if name == "evidence":
            w.tabs.setCurrentIndex(1)
            w.records.table.selectRow(2)
            for _ in range(5):
                app.processEvents()
            win.grab().save(str(out / "fieldrecords.png"))
        print("wrote", out / f"{name}.png")
    ctx.set_store(None)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
