"""A long session through the real window: thousands of saved edits and a hundred thousand moves.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/stress_window.py                 # full size
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/stress_window.py --edits 600 --moves 6000

A copy of the sample evaluation (数字衡阳 2024) is opened in the real ``MainWindow``, run by its own
event loop. In the copy, 3.2.1 is scored by 比率计分 and 4.1.2 by 酌情评分 (changed through the
framework service before the window opens), so every kind of entry the evaluator makes is there:

- 满足 / 不满足 clicks on a point of the checklist indicator 1.1.1;
- numbers typed into 3.1.7 (达标率, threshold) and 3.2.1 (比率) and committed by Enter or by leaving
  the field with Tab;
- 不适用 on 3.1.6: the reason typed, the box ticked, and later unticked;
- 4.1.2's judgement: a new score (Enter) or a new reason (Tab);
- 撤销 and 重做 through the window's own actions.

Every edit must reach the undo stack (one more step, or one back / forward for undo / redo). Moves
are Ctrl+→ / Ctrl+← typed at whatever has the focus, the window's 上一个 / 下一个指标 actions and
clicks in the indicator tree (leaves and upper levels); the moves to reach an edit's indicator count.

The run is ten blocks, each a tenth of the edits followed by the block's remaining moves. Checked
at the end, in a fresh process through the services: the file holds the last entry of each kind,
the audit trail has exactly one unit of work per saved edit (undo and redo included) and its chain
is intact, and the window's undo stack held one step per new edit. Bounded: the peak memory
(VmHWM) grows less than ``--rss-limit`` MB from the end of the first block to the end, Python
objects grow by no more than ``--objects-per-edit`` per new edit (the undo history) and not at all
over the moves-only stretches (within ``--object-slack``), and the number of widgets stays put.

Prints one JSON line with the figures; exits 0 when everything holds, 1 (with the reason on stderr)
when not. A process that aborts exits with the signal's code.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHECKLIST, THRESHOLD, RATE, NA_LEAF, JUDGEMENT = "1.1.1", "3.1.7", "3.2.1", "3.1.6", "4.1.2"
NA_REASON = "压力测试：本年度未实施该子项"
KINDS = ("checklist", "threshold", "rate", "na", "judgement_score", "judgement_reason", "undo", "redo")


def status_kb(field: str) -> int:
    """A figure of /proc/self/status in kB (VmHWM: peak resident memory of this process alone)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def prepare(path: Path) -> dict:
    """Write the sample to ``path``; 3.2.1 → 比率计分 and 4.1.2 → 酌情评分, each with a first entry."""
    from sqlalchemy import func, select

    from models.entities import AuditEvent
    from services.evaluation import assessments
    from services.evaluation.sample import write_sample
    from services.frameworks import edit

    store = write_sample(path, actor="压力测试")
    try:
        ids = assessments.indicator_ids(store)
        specs = {s.id: s for s in assessments.load_tree(store)[0]}
        rate_item = dict(specs[ids[RATE]].items[0])
        edit.set_items(store, ids[RATE], [{"key": "a", "label": rate_item["label"], "max": rate_item["max"], "type": "rate",
                                           "params": {"numerator_label": "质量达标产出数", "denominator_label": "实际产出数"}}])
        assessments.set_item_inputs(store, ids[RATE], "a", {"numerator": "9", "denominator": "10"})
        judged = dict(specs[ids[JUDGEMENT]].items[0])
        edit.set_items(store, ids[JUDGEMENT], [{"key": "a", "label": judged["label"], "max": judged["max"],
                                                "type": "judgement", "params": {}}])
        assessments.set_item_inputs(store, ids[JUDGEMENT], "a", {"score": "1", "reason": "压力测试：初评"})
        with store.read() as s:
            seq = s.execute(select(func.max(AuditEvent.seq))).scalar() or 0
    finally:
        store.close()
    return {"ids": ids, "audit_seq": seq}


class Driver:
    """The session, one step per turn of the window's event loop."""

    def __init__(self, args, path: Path, ids: dict[str, str]):
        from PySide6.QtCore import QTimer

        from ui.shell.app import make_app
        from ui.shell.context import AppContext
        from ui.shell.main_window import MainWindow

        self.args, self.path, self.ids = args, path, ids
        self.app = make_app([])
        self.w = MainWindow(AppContext(actor="压力测试"))
        self.w.resize(1366, 768)
        self.w.show()
        self.w.activateWindow()
        if not self.w.open_file(path):
            raise SystemExit("无法打开压力测试文件")
        self.rng = random.Random(20241201)
        self.leaves = self.w.live.leaf_ids()
        self.nodes = self.w.live.ids()
        self.leaf_set = set(self.leaves)
        self.moves = self.edits = self.new_edits = self.undos = self.redos = 0
        self.expected: dict[str, object] = {}
        self.samples: list[dict] = []
        self.quiet_growth: list[int] = []  # Python objects gained over each moves-only stretch
        self.widgets: list[int] = []
        self.error: str | None = None
        self.counter = 0
        self._steps = self.session()
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.turn)

    # -- running ------------------------------------------------------------
    def run(self) -> int:
        self.started = time.perf_counter()
        self.timer.start()
        self.app.exec()
        return 1 if self.error else 0

    def turn(self) -> None:
        try:
            next(self._steps)
        except StopIteration:
            self.finish()
        except Exception:  # noqa: BLE001 - any failure ends the session and is reported
            self.error = traceback.format_exc()
            self.finish()

    def finish(self) -> None:
        self.timer.stop()
        self.w.close()  # every edit is already saved: closing checkpoints the file
        self.app.quit()

    # -- helpers ------------------------------------------------------------
    @property
    def panel(self):
        return self.w.walk.panel

    @property
    def stack(self):
        return self.w.ctx.undo_stack

    def code(self, iid: str) -> str:
        return self.w.live.node(iid).code

    def tree_select(self, iid: str):
        """A click in the indicator tree (what the mouse does: the selection model's current row)."""
        from PySide6.QtCore import QItemSelectionModel

        page = self.w.walk
        idx = page.proxy.mapFromSource(page.model.index_of(iid))
        page.tree.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.moves += 1
        assert self.panel.current == iid, f"tree click on {self.code(iid)} shows {self.panel.current}"

    def go(self, code: str):
        """To the indicator of an edit, by a click in the tree; the event loop runs before the edit."""
        iid = self.ids[code]
        if self.panel.current != iid:
            self.tree_select(iid)
            yield

    def key_move(self, step: int) -> None:
        """Ctrl+→ / Ctrl+← typed at the focus, or the window's action; bounces at either end."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        target = self.neighbour(step)
        if target is None:  # at either end: turn round
            step = -step
            target = self.neighbour(step)
        if self.rng.random() < 0.5:
            key = Qt.Key.Key_Right if step > 0 else Qt.Key.Key_Left
            QTest.keyClick(QApplication.focusWidget() or self.w, key, Qt.KeyboardModifier.ControlModifier)
        else:
            self.w.walk_actions[1 if step > 0 else 0].trigger()
        self.moves += 1
        assert self.panel.current == target, f"move to {self.code(target)} shows {self.panel.current}"

    def neighbour(self, step: int) -> str | None:
        """The leaf "next" / "previous" goes to from the indicator shown (upper levels included)."""
        order = self.nodes
        pos = order.index(self.panel.current)
        after = order[pos + 1:] if step > 0 else order[:pos][::-1]
        return next((i for i in after if i in self.leaf_set), None)

    def random_move(self) -> None:
        if self.rng.random() < 0.8:
            self.key_move(self.rng.choice((1, -1)))
        else:
            self.tree_select(self.rng.choice(self.nodes))

    def type_into(self, field, text: str, enter: bool) -> None:
        """Select what the field holds, type ``text``, commit with Enter or by leaving it with Tab."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        field.setFocus(Qt.FocusReason.TabFocusReason)
        field.selectAll()
        for run in re.findall(r"[ -~]+|[^ -~]+", text):
            if run.isascii():
                QTest.keyClicks(field, run)
            else:  # Chinese comes from the input method, committed a phrase at a time
                event = QInputMethodEvent("", [])
                event.setCommitString(run)
                QApplication.sendEvent(field, event)
        QTest.keyClick(field, Qt.Key.Key_Return if enter else Qt.Key.Key_Tab)

    def settled(self, widget):
        """Turns of the event loop until ``widget`` is laid out and shown, as the evaluator sees it before
        acting on it (a box of editors just built gets its size a turn or two later)."""
        for _ in range(50):
            if widget.isVisible() and widget.height() > 0 and widget.width() > 0:
                return
            yield
        raise AssertionError(f"{widget.__class__.__name__} of {self.code(self.panel.current)} never laid out")

    def click(self, widget) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def saved(self, kind: str, before: tuple[int, int]) -> None:
        """The edit reached the undo stack (so its service call committed it to the file)."""
        count, index = self.stack.count(), self.stack.index()
        if kind == "undo":
            ok = (count, index) == (before[0], before[1] - 1)
            self.undos += 1
        elif kind == "redo":
            ok = (count, index) == (before[0], before[1] + 1)
            self.redos += 1
        else:
            ok = (count, index) == (before[1] + 1, before[1] + 1)
            self.new_edits += 1
        assert ok, f"edit {self.edits + 1} ({kind}) not saved: undo stack {before} → {(count, index)}"
        self.edits += 1

    # -- the edits ------------------------------------------------------------
    def edit(self, kind: str) -> None:
        n = self.counter = self.counter + 1
        enter = n % 2 == 0
        before = (self.stack.count(), self.stack.index())
        if kind == "checklist":
            yield from self.go(CHECKLIST)
            state = "met" if self.expected.get("checklist") != "met" else "not_met"
            button = self.panel.editors["a"].rows[0].buttons[state]
            yield from self.settled(button)
            self.click(button)
            self.expected["checklist"] = state
        elif kind in ("threshold", "rate"):
            yield from self.go(THRESHOLD if kind == "threshold" else RATE)
            value = str(80 + n % 17) if kind == "threshold" else str(1 + n % 9)
            if self.expected.get(kind) == value:
                value = str(int(value) + 1)
            field = self.panel.editors["a"].num
            yield from self.settled(field)
            self.type_into(field, value, enter)
            self.expected[kind] = value
        elif kind == "na":
            yield from self.go(NA_LEAF)
            flag = not self.expected.get("na", False)
            if flag:
                yield from self.settled(self.panel.na_reason)
                self.type_into(self.panel.na_reason, NA_REASON, enter=False)  # the reason first: no edit yet
                yield
                assert (self.stack.count(), self.stack.index()) == before, "the 不适用 reason alone was saved"
            yield from self.settled(self.panel.na_check)
            self.click(self.panel.na_check)
            self.expected["na"] = flag
        elif kind == "judgement_score":
            yield from self.go(JUDGEMENT)
            value = f"{n % 20 / 10:.1f}"
            if self.expected.get(kind) == value:
                value = "2.0" if value != "2.0" else "0.5"
            yield from self.settled(self.panel.editors["a"].score)
            self.type_into(self.panel.editors["a"].score, value, enter=True)
            self.expected[kind] = value
        elif kind == "judgement_reason":
            yield from self.go(JUDGEMENT)
            value = f"压力测试：第 {n} 次复核后的理由"
            yield from self.settled(self.panel.editors["a"].reason)
            self.type_into(self.panel.editors["a"].reason, value, enter=False)
            self.expected[kind] = value
        elif kind == "undo":
            self.w.undo_action.trigger()
        elif kind == "redo":
            self.w.redo_action.trigger()
        self.saved(kind, before)

    # -- measuring -------------------------------------------------------------
    def objects(self) -> int:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return len(gc.get_objects())

    def sample(self, block: int) -> None:
        from PySide6.QtWidgets import QApplication

        self.samples.append({"block": block, "edits": self.edits, "new_edits": self.new_edits, "moves": self.moves,
                             "seconds": round(time.perf_counter() - self.started, 1),
                             "vm_hwm_kb": status_kb("VmHWM"), "vm_rss_kb": status_kb("VmRSS"),
                             "objects": self.objects(), "widgets": len(QApplication.allWidgets())})
        last = self.samples[-1]
        print(f"stress: block {block}/10 — {last['edits']} edits, {last['moves']} moves, {last['seconds']} s, "
              f"VmHWM {last['vm_hwm_kb'] // 1024} MB", file=sys.stderr, flush=True)

    # -- the session -------------------------------------------------------------
    def session(self):
        edits, moves, blocks = self.args.edits, self.args.moves, 10
        yield
        for block in range(blocks):
            goal_edits = edits * (block + 1) // blocks
            goal_moves = moves * (block + 1) // blocks
            while self.edits < goal_edits:
                yield from self.edit(KINDS[self.edits % len(KINDS)])
                yield
                if self.moves < goal_moves and self.rng.random() < 0.5:
                    self.random_move()  # now and then a step aside between two edits
                    yield
            start = self.objects()
            while self.moves < goal_moves:
                # a held key repeats faster than the window paints: one to four moves per turn of the loop
                for _ in range(min(self.rng.randint(1, 4), goal_moves - self.moves)):
                    self.random_move()
                yield
            self.quiet_growth.append(self.objects() - start)
            self.sample(block + 1)
        self.report_stack = {"count": self.stack.count(), "index": self.stack.index()}


def verify(path: Path, audit_seq: int) -> dict:
    """In a fresh process: what the file holds after the session (no Qt)."""
    from sqlalchemy import func, select

    from models.audit import verify_chain
    from models.entities import AuditEvent
    from services.evaluation import assessments

    store = assessments.open_evaluation(path, actor="核对", readonly=True)
    try:
        ids = assessments.indicator_ids(store)
        states = assessments.load_tree(store)[1]
        with store.read() as s:
            units = s.execute(select(func.count(func.distinct(AuditEvent.at)))
                              .where(AuditEvent.seq > audit_seq, AuditEvent.entity == "assessment")).scalar()
            other = s.execute(select(func.count()).where(AuditEvent.seq > audit_seq,
                                                         AuditEvent.entity != "assessment")).scalar()
            chain = verify_chain(s)
    finally:
        store.close()

    def inputs(code):
        return (states[ids[code]].inputs or {}).get("a") or {}

    return {"checklist": inputs(CHECKLIST).get("points", {}).get("p1", {}).get("state"),
            "threshold": inputs(THRESHOLD).get("numerator"), "rate": inputs(RATE).get("numerator"),
            "na": bool(states[ids[NA_LEAF]].not_applicable), "judgement_score": inputs(JUDGEMENT).get("score"),
            "judgement_reason": inputs(JUDGEMENT).get("reason"), "audit_units": units,
            "audit_other_events": other, "chain_problems": chain[:3]}


def judge(args, out: dict) -> list[str]:
    """What must hold; each failure as one line."""
    bad = []
    drv, held = out["driver"], out["file"]
    if drv["edits"] != args.edits or drv["moves"] < args.moves:
        bad.append(f"做了 {drv['edits']} 次修改、{drv['moves']} 次移动，应为 {args.edits} / {args.moves}")
    for k, v in drv["expected"].items():
        if held.get(k) != v:
            bad.append(f"文件中 {k} 为 {held.get(k)!r}，最后一次录入为 {v!r}")
    if held["audit_units"] != drv["edits"]:
        bad.append(f"审计轨迹有 {held['audit_units']} 次评分保存，会话保存了 {drv['edits']} 次")
    if held["audit_other_events"]:
        bad.append(f"审计轨迹中有 {held['audit_other_events']} 条评分以外的记录")
    if held["chain_problems"]:
        bad.append("审计链：" + "；".join(held["chain_problems"]))
    if drv["undo_stack"] != {"count": drv["new_edits"], "index": drv["new_edits"]}:
        bad.append(f"撤销栈 {drv['undo_stack']}，新修改 {drv['new_edits']} 次")
    first, last = drv["samples"][0], drv["samples"][-1]
    grown_mb = (last["vm_hwm_kb"] - first["vm_hwm_kb"]) / 1024
    if grown_mb > args.rss_limit:
        bad.append(f"内存峰值（VmHWM）在第一段之后又增长 {grown_mb:.1f} MB，上限 {args.rss_limit} MB")
    # objects gained while editing (the moves-only stretches taken out), per new edit: the undo history
    edit_objects = (last["objects"] - first["objects"]) - sum(drv["quiet_growth"][1:])
    span = drv["new_edits"] - first["new_edits"]
    per_edit = edit_objects / max(1, span)
    if per_edit > args.objects_per_edit:
        bad.append(f"每次修改新增 {per_edit:.1f} 个 Python 对象，上限 {args.objects_per_edit}")
    quiet = sum(drv["quiet_growth"][1:])  # the first block fills the caches; after it, moves keep nothing
    if quiet > args.object_slack:
        bad.append(f"只移动的阶段 Python 对象共增加 {quiet}（{drv['quiet_growth']}），上限 {args.object_slack}")
    widgets = [s["widgets"] for s in drv["samples"]]
    if max(widgets) - widgets[0] > args.widget_slack:
        bad.append(f"控件数量从 {widgets[0]} 增至 {max(widgets)}，上限 +{args.widget_slack}")
    out["figures"] = {"vm_hwm_growth_mb": round(grown_mb, 1), "objects_per_edit": round(per_edit, 1),
                      "objects_moves_only": quiet, "widgets_growth": max(widgets) - widgets[0]}
    return bad


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--edits", type=int, default=10_000)
    p.add_argument("--moves", type=int, default=100_000)
    p.add_argument("--rss-limit", type=float, default=96.0,
                   help="MB the peak (VmHWM) may grow after the first block (the undo history of 9,000 edits)")
    p.add_argument("--objects-per-edit", type=float, default=60.0,
                   help="Python objects one new edit may keep (its undo step)")
    p.add_argument("--object-slack", type=int, default=2000,
                   help="Python objects all moves-only stretches after the first may gain together")
    p.add_argument("--widget-slack", type=int, default=300,
                   help="widgets the count may rise above the first block's (kept editor boxes and views differ in size)")
    p.add_argument("--verify", nargs=2, metavar=("FILE", "AUDIT_SEQ"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.verify:
        print(json.dumps(verify(Path(args.verify[0]), int(args.verify[1])), ensure_ascii=False))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FIELDEVAL_DATA_DIR"] = tempfile.mkdtemp(prefix="fieldeval-stress-")
    import ui  # noqa: F401  (the binding's work-arounds, as the application applies them)

    folder = Path(tempfile.mkdtemp(prefix="fieldeval-stress-file-"))
    path = folder / "压力测试.fev"
    prep = prepare(path)
    started = time.perf_counter()
    driver = Driver(args, path, prep["ids"])
    code = driver.run()
    seconds = time.perf_counter() - started
    if code:
        print(driver.error, file=sys.stderr)
        return code
    drv = {"edits": driver.edits, "new_edits": driver.new_edits, "undos": driver.undos, "redos": driver.redos,
           "moves": driver.moves, "seconds": round(seconds, 1), "expected": driver.expected,
           "undo_stack": driver.report_stack, "samples": driver.samples, "quiet_growth": driver.quiet_growth}
    check = subprocess.run([sys.executable, __file__, "--verify", str(path), str(prep["audit_seq"])],
                           capture_output=True, text=True, encoding="utf-8", timeout=300)
    if check.returncode:
        print(check.stderr[-3000:], file=sys.stderr)
        return 1
    out = {"driver": drv, "file": json.loads(check.stdout.strip().splitlines()[-1])}
    bad = judge(args, out)
    out["problems"] = bad
    print(json.dumps(out, ensure_ascii=False))
    for line in bad:
        print(line, file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
