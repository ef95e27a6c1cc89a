"""Time the team-work operations on the sample with added evidence (default 100 MB):
verify, merge of a copy, hand-out, package export/import with a password, backup.

    .venv/bin/python benchmarks/bench_teamwork.py [--evidence-mb 100]

Goals (interactive use on a field laptop): verify and backup under 1 s per 100 MB, a merge
of one copy under 3 s, an encrypted export/import under 10 s per 100 MB of evidence.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--evidence-mb", type=int, default=100)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as td:
        os.environ["FIELDEVAL_DATA_DIR"] = str(Path(td) / "data")
        from services.evaluation import assessments, findings
        from services.evaluation.sample import write_sample
        from services.fieldwork import evidence
        from services.teamwork import assignments, backups, integrity, merge, package

        base = Path(td) / "base.fev"
        store = write_sample(base, actor="组长")
        chunk = 10
        for i in range(max(1, args.evidence_mb // chunk)):
            f = Path(td) / f"e{i}.bin"
            f.write_bytes(os.urandom(chunk * 1024 * 1024))
            evidence.add_evidence(store, f, f"证据{i}")
            f.unlink()
        rows = []

        def timed(name, fn):
            t = time.perf_counter()
            out = fn()
            rows.append((name, time.perf_counter() - t))
            return out

        copy = timed("hand-out (backup API copy)", lambda: assignments.hand_out(store, "张三", Path(td) / "copy.fev"))
        store.close()
        with assessments.open_evaluation(copy, actor="张三") as c:
            for f in findings.list_findings(c)[:5]:
                findings.update_finding(c, f.id, remark="现场补充")
        timed("verify", lambda: integrity.verify(base))
        timed("backup", lambda: backups.make_backup(base, "manual"))
        timed("merge one copy", lambda: merge.merge(base, [copy], Path(td) / "out.fev"))
        timed("export, encrypted", lambda: package.export_package(base, Path(td) / "p.fevpkg", password="benchmark-pw"))
        timed("import, encrypted", lambda: package.import_package(Path(td) / "p.fevpkg", Path(td) / "in.fev",
                                                                  password="benchmark-pw"))
        size = base.stat().st_size / 1e6
        print(f"file: {size:.1f} MB (sample + {args.evidence_mb} MB evidence)")
        for name, sec in rows:
            print(f"{name:<28} {sec:6.2f} s")
        shutil.rmtree(Path(td) / "data", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
