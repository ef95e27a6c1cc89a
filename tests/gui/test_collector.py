"""Python's cycle collector runs on the GUI thread only: a collection started on a worker thread could delete
Qt objects owned by the GUI thread there and crash the program."""
from __future__ import annotations

import gc
import threading
import weakref

from ui.shell.app import collect_garbage_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_collected_by_the_gui_thread_and_never_elsewhere(qapp, qtbot):
    collect_garbage_on_gui_thread(qapp)
    collect_garbage_on_gui_thread(qapp)  # once only
    assert not gc.isenabled()
    assert qapp._collector.isActive()

    # garbage made on a worker thread, past every threshold, is not collected there
    seen_on_worker: list[bool] = []

    def work() -> None:
        refs = []
        for _ in range(gc.get_threshold()[0] * 3):
            refs.append(weakref.ref(_Cycle()))
        seen_on_worker.append(all(r() is not None for r in refs))
        holder.extend(refs)

    holder: list[weakref.ref] = []
    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen_on_worker == [True]
    assert all(r() is not None for r in holder)

    # the GUI thread's timer collects it
    qtbot.waitUntil(lambda: all(r() is None for r in holder), timeout=5000)
