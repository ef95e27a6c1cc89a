"""Crash safety: processes making scripted edits through the services are killed with SIGKILL at
random moments, hundreds of times; afterwards every file passes SQLite's integrity_check and the
full ``verify`` (audit chain, evidence hashes), and every edit a process reported as done is there.

Speed: a *zygote* subprocess imports the application once and forks one short-lived worker per run,
so a kill costs milliseconds instead of an interpreter start. Each worker is a separate process
writing the file through ``services``; SIGKILL gives it no chance to clean up, exactly like a crash.
Several files are worked on in parallel.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models import anchors
from models.readonly import connect_readonly
from models.store import integrity_problems
from services.evaluation import assessments, findings
from services.fieldwork import evidence
from services.teamwork import integrity

ROOT = Path(__file__).resolve().parent.parent
FILES = 4
MIN_KILLS = 200
MAX_DELAY = 0.5  # seconds a worker may run before it is killed
#: rounds at most: on a loaded machine the workers get fewer edits done between kills, and the test runs more rounds
#: until they have reported as many edits as there were kills asked for
MAX_ROUNDS = 400

ZYGOTE = r"""
import os, random, signal, sys
sys.path.insert(0, sys.argv[1])
from services.evaluation import assessments, findings
from services.fieldwork import evidence

signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped automatically

# warm up once (mapper configuration, lazy imports) so that forked workers start editing at once
_store = assessments.open_evaluation(sys.argv[2])
assessments.load_tree(_store)
findings.add_finding(_store, {"title": "warm-up", "category": "A"})
assessments.set_comment(_store, sorted(s.id for s in assessments.load_tree(_store)[0] if s.items)[0], "warm-up")
leaf = sorted(s.id for s in assessments.load_tree(_store)[0] if s.items)[0]  # the same in every copy
_store.close()
del _store


def work(path, tag, seed, progress):
    rnd = random.Random(seed)
    fd = os.open(progress, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    store = assessments.open_evaluation(path, actor="崩溃测试")
    k = 0
    while True:
        kind = k % 5
        if kind in (0, 2):
            findings.add_finding(store, {"title": f"{tag}-{k}", "category": "A", "detail": "x" * rnd.randint(0, 3000)})
        elif kind in (1, 3):
            assessments.set_comment(store, leaf, f"{tag}-{k}")
        else:
            blob = f"{path}.{tag}-{k}.bin"
            with open(blob, "wb") as fh:
                fh.write(os.urandom(rnd.randint(1000, 40000)))
            evidence.add_evidence(store, blob, description=f"{tag}-{k}")
            os.unlink(blob)
        os.write(fd, f"{k}\n".encode())  # reported only after the service call committed
        k += 1


def merge_into(base, copy):
    from services.teamwork import merge
    merge.merge(base, [copy], base, actor="组长")


for line in sys.stdin:
    path, tag, seed, progress = line.rstrip("\n").split("\t")
    pid = os.fork()
    if pid == 0:
        try:
            if tag == "merge":
                merge_into(path, progress)
                os._exit(0)
            work(path, tag, int(seed), progress)
        except BaseException:
            import traceback
            with open(progress + ".error", "w") as fh:  # a worker must never fail on its own
                traceback.print_exc(file=fh)
        finally:
            os._exit(1)
    print(pid, flush=True)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _reported(progress: Path) -> list[int]:
    if not progress.exists():
        return []
    return [int(x) for x in progress.read_text().split("\n") if x.strip().isdigit()]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_sigkill_at_random_moments_loses_nothing(sample_master, tmp_path):
    rnd = random.Random(20240930)
    work = Path("/dev/shm") if Path("/dev/shm").is_dir() and os.environ.get("FIELDEVAL_CRASH_IN_RAM") == "1" else tmp_path
    # on disk by default; FIELDEVAL_CRASH_IN_RAM=1 uses /dev/shm (a process kill behaves the same there)
    folder = Path(work) / f"crash-{os.getpid()}-{time.time_ns()}"
    folder.mkdir()
    files = []
    for i in range(FILES):
        p = folder / f"f{i}.fev"
        p.write_bytes(sample_master.read_bytes())
        files.append(p)
    warm = folder / "warm-up.fev"
    warm.write_bytes(sample_master.read_bytes())
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(ROOT), str(warm)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ})
    kills, rounds = 0, 0
    done: dict[Path, list[tuple[int, int]]] = {p: [] for p in files}  # (round, k) reported
    try:
        while (kills < MIN_KILLS or sum(map(len, done.values())) <= MIN_KILLS) and rounds < MAX_ROUNDS:
            runs = []
            for p in files:
                progress = folder / f"{p.stem}.r{rounds}.progress"
                zygote.stdin.write(f"{p}\tr{rounds}\t{rnd.randrange(10 ** 9)}\t{progress}\n")
                zygote.stdin.flush()
                runs.append((p, progress, int(zygote.stdout.readline())))
            start = time.monotonic()
            for p, progress, pid in sorted(runs, key=lambda r: rnd.random()):
                time.sleep(max(0.0, start + rnd.uniform(0.005, MAX_DELAY) - time.monotonic()))
                if _alive(pid):
                    os.kill(pid, signal.SIGKILL)
                    kills += 1
            for p, progress, pid in runs:
                deadline = time.monotonic() + 10
                while _alive(pid) and time.monotonic() < deadline:
                    time.sleep(0.002)
                done[p] += [(rounds, k) for k in _reported(progress)]
            rounds += 1
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=10)

    corrupt, lost, edits = 0, 0, 0
    for p in files:
        store = assessments.open_evaluation(p)
        try:
            if integrity_problems(store):
                corrupt += 1
                continue
            titles = {f.title for f in findings.list_findings(store)}
            evidence_names = {e.description for e in evidence.list_evidence(store)}
            specs, states = assessments.load_tree(store)
            leaf = sorted(s.id for s in specs if s.items)[0]
            comment = states[leaf].comment
        finally:
            store.close()
        if integrity.verify(p):
            corrupt += 1
        last_comment = None
        for r, k in done[p]:
            edits += 1
            tag = f"r{r}-{k}"
            if k % 5 in (0, 2) and tag not in titles:
                lost += 1
            elif k % 5 == 4 and tag not in evidence_names:
                lost += 1
            elif k % 5 in (1, 3):
                last_comment = max(last_comment or (r, k), (r, k))
        if last_comment is not None:
            r, k = (int(x) for x in comment[1:].split("-"))
            if (r, k) < last_comment:
                lost += 1
    errors = sorted(folder.glob("*.error"))
    first_error = errors[0].read_text() if errors else ""
    figures = {"worker_errors": len(errors), "kills": kills, "rounds": rounds, "files": FILES, "edits_reported": edits, "corrupt": corrupt,
               "lost": lost, "where": str(work)}
    print("crash-safety:", json.dumps(figures))
    Path(os.environ.get("FIELDEVAL_CRASH_REPORT", str(tmp_path / "crash.json"))).write_text(json.dumps(figures))
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    assert kills >= MIN_KILLS
    assert edits > MIN_KILLS, figures  # the workers really got edits done between kills
    assert corrupt == 0 and lost == 0, figures
    assert not errors, first_error


def _data(path: Path) -> dict:
    """Every row (without updated_at/by) of every merge-able table."""
    from services.teamwork import merge

    con = connect_readonly(path)
    try:
        return {t: sorted(con.execute(f'SELECT id, {", ".join(merge._q(c) for c in merge._data_columns(t))} '
                                      f'FROM {merge._q(t)}').fetchall()) for t in merge._tables()}
    finally:
        con.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_a_merge_killed_at_any_moment_leaves_the_old_or_the_merged_file(sample_master, tmp_path):
    """The merge writes a temporary file and moves it in: killed anywhere, the lead's file is whole,
    either as it was or fully merged — never half."""
    rnd = random.Random(7)
    base, copy = tmp_path / "lead.fev", tmp_path / "member.fev"
    base.write_bytes(sample_master.read_bytes())
    copy.write_bytes(sample_master.read_bytes())
    with assessments.open_evaluation(copy, actor="张三") as c:
        for f in findings.list_findings(c)[:5]:
            findings.update_finding(c, f.id, remark="张三补充")
    original = base.read_bytes()
    before = _data(base)
    warm = tmp_path / "warm.fev"
    warm.write_bytes(original)
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(ROOT), str(warm)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ})
    outcomes = {"old": 0, "merged": 0}
    merged = None
    try:
        for _ in range(12):
            for side in (Path(str(base) + "-wal"), Path(str(base) + "-shm")):
                side.unlink(missing_ok=True)
            base.write_bytes(original)
            # put back by hand, outside the program: tell this computer's anchor record, or verify
            # would rightly report the file as reverted to an earlier copy (docs/teamwork.md)
            anchors.restart(base, anchors.head_of_file(base), "测试：手工复原")
            zygote.stdin.write(f"{base}\tmerge\t0\t{copy}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            time.sleep(rnd.uniform(0.0, 0.8))
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.002)
            assert integrity.verify(base) == []
            now = _data(base)
            if now == before:
                outcomes["old"] += 1
            else:
                merged = merged or now
                assert now == merged  # the complete merge, the same every time
                assert sum("张三补充" in row for row in now["finding"]) == 5
                outcomes["merged"] += 1
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=10)
    print("merge kills:", outcomes)
    assert sum(outcomes.values()) == 12
