"""复核与签署: the review table has the room; the expert panel is one line until an expert scores."""
from __future__ import annotations

import os
from pathlib import Path

from services.teamwork import assignments
from ui.shell.context import ALL

SHOTS = os.environ.get("FIELDEVAL_SHOTS")


def test_review_table_takes_the_room_until_experts_score(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    window.resize(1366, 768)
    window.show_page("ReviewPage")
    page = window.page_widgets["ReviewPage"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 27)
    qtbot.wait(50)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / "review_page_1366.png"))

    assert not page.experts.isVisible() and page.experts_empty.isVisible()
    table_h, lower_h = page.split.sizes()
    assert table_h > 2 * lower_h  # the table, not an empty panel, has the page
    rows_shown = page.table.viewport().height() // page.table.rowHeight(0)
    assert rows_shown >= 14  # was 9 at 1366×768

    # an expert scores: the panel shows its table and takes a fair share back
    leaf = page.model.rows[0]
    assignments.set_rater_score(window.ctx.store, leaf.indicator_id, "王专家", "1.5")
    window.ctx.notify(ALL)
    qtbot.waitUntil(lambda: page.experts.isVisible())
    assert page.experts.rowCount() == 1 and not page.experts_empty.isVisible()
    table_h2, lower_h2 = page.split.sizes()
    assert lower_h2 > lower_h and table_h2 >= lower_h2
