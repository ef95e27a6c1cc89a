"""A long session through the real window (tests/gui/stress_window.py) never aborts, loses nothing and
stays bounded; and what that session found: closing a file with the cursor in a field."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "gui" / "stress_window.py"


@pytest.mark.slow
def test_long_session_saves_every_edit_and_stays_bounded():
    """The driver at a fiftieth of its full size (CI runs 10,000 edits and 100,000 moves as its own step):
    a process of its own that must exit 0 with every check of the driver met."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, str(DRIVER), "--edits", "200", "--moves", "2000"], cwd=ROOT, env=env,
                       capture_output=True, text=True, encoding="utf-8", timeout=900)
    assert p.returncode == 0, (p.returncode, p.stderr[-3000:])
    out = json.loads(p.stdout.strip().splitlines()[-1])
    drv, held = out["driver"], out["file"]
    assert out["problems"] == []
    assert (drv["edits"], drv["moves"]) == (200, 2000)
    assert drv["undos"] == drv["redos"] == 25 and drv["new_edits"] == 150
    # the fresh process read back the last entry of every kind, one saved unit of work per edit
    assert {k: held[k] for k in drv["expected"]} == drv["expected"]
    assert held["audit_units"] == 200 and held["chain_problems"] == []
    assert drv["undo_stack"] == {"count": 150, "index": 150}
    assert len(drv["samples"]) == 10 and all(s["vm_hwm_kb"] > 0 for s in drv["samples"])


def test_closing_with_the_cursor_in_the_note_saves_it_and_writes_nothing_after(window, tiny_path, qtbot):
    """评分说明 typed and the file closed at once (文件 → 关闭 leaves the cursor in the field): the note is
    saved before the file closes, and the field losing the focus as the page clears writes nothing."""
    from services.evaluation import assessments

    messages: list[str] = []
    window.ctx.message.connect(messages.append)
    assert window.open_file(tiny_path)
    panel = window.walk.panel
    iid = panel.current
    panel.comment.setFocus()
    qtbot.keyClicks(panel.comment, "note")
    assert panel.comment.hasFocus() and window.ctx.undo_stack.count() == 0  # typed, not yet saved
    window.close_file()
    assert window.ctx.store is None and window.ctx.undo_stack.count() == 0
    assert not messages  # no refused or failed edit
    wal = tiny_path.with_name(tiny_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing written after the checkpoint
    store = assessments.open_evaluation(tiny_path, actor="核对", readonly=True)
    try:
        assert assessments.load_tree(store)[1][iid].comment == "note"
    finally:
        store.close()
