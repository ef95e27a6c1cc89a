"""Small Excel 评分表 for the import tests: the header an agency's sheet has, a sound four-row table with its
merged cells, and a writer for any rows."""
from __future__ import annotations

import openpyxl

HEADER = ["一级指标", "二级指标", "分值", "三级指标", "分值", "指标解释", "指标说明", "评分标准"]
GOOD = [
    ["决策（10分）", "项目立项", 6, "立项依据充分性", 3, "", "", "①、②、③各1分，否则，酌情扣分。"],
    [None, None, None, "立项程序规范性", 3, "", "", "每发现1例不符合扣0.5分，扣完为止。"],
    [None, "绩效目标", 4, "绩效目标合理性", 4, "", "", "视情况评分"],
    ["产出（90分）", "产出数量", 90, "实际完成率", 90, "", "", "完成情况良好得满分，否则根据未完成的工作量比例扣分。"],
]
GOOD_MERGES = ("A2:A4", "B2:B3", "C2:C3")


def write_sheet(tmp_path, rows, header=HEADER, merges=(), name="t.xlsx"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    p = tmp_path / name
    wb.save(p)
    return p


def file_opened(d, timeout: float = 30.0) -> None:
    """The import wizard ``d``'s file step has opened its workbook (off the GUI thread): Next can go on.

    The GUI thread's events are processed as they come until then (no sleeping)."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout
    while d.file_page.running and time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    assert not d.file_page.running, "the import wizard did not open its workbook in time"
