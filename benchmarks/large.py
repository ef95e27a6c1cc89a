"""The large synthetic evaluation of the performance issue: 1,000 三级指标, 10,000 findings and 5,000
evidence items (metadata with a small content blob each), built on benchmarks/synthetic.py.

    .venv/bin/python benchmarks/large.py OUT.fev         write one
    from benchmarks.large import large_copy              a fresh copy of a cached master file

Building it takes a while (every row goes through the ORM and the audit trail, as in real use), so
the master is kept in the temp folder, keyed by the sizes, and benchmarks work on copies.
"""
from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LEAVES, FINDINGS, EVIDENCE = 1000, 10_000, 5000
KINDS = [("现场照片{:04d}.jpg", "image/jpeg"), ("合同扫描件{:04d}.pdf", "application/pdf"),
         ("支出明细{:04d}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         ("访谈记录{:04d}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]


def add_evidence(store, count: int) -> None:
    """``count`` evidence items, each linked to a 三级指标 and every other one to a finding."""
    from datetime import datetime, timedelta

    from sqlalchemy import select

    from models.entities import Blob, Evidence, EvidenceLink, Finding, Indicator

    with store.session("导入证据（基准测试）") as s:
        leaves = [i for (i,) in s.execute(select(Indicator.id).where(Indicator.items.is_not(None)))]
        findings = [f for (f,) in s.execute(select(Finding.id))]
        start = datetime(2024, 6, 1, 9, 0)
        for n in range(count):
            name, mime = KINDS[n % len(KINDS)]
            content = f"FieldEval benchmark evidence {n}".encode() * 8
            sha = hashlib.sha256(content).hexdigest()
            s.add(Blob(sha256=sha, size=len(content), data=content))
            ev = Evidence(sha256=sha, filename=name.format(n), mime=mime, size=len(content),
                          captured_at=start + timedelta(minutes=7 * n),
                          description=f"第{n + 1}份证据：现场核查时收集的资料，用于支持评分和问题认定。",
                          index_no=f"ZJ-{n + 1:04d}")
            s.add(ev)
            s.flush()
            s.add(EvidenceLink(evidence_id=ev.id, target_kind="indicator", target_id=leaves[n % len(leaves)]))
            if findings and n % 2 == 0:
                s.add(EvidenceLink(evidence_id=ev.id, target_kind="finding", target_id=findings[n % len(findings)]))


def make_large(path: Path | str, leaves: int = LEAVES, findings: int = FINDINGS, evidence: int = EVIDENCE) -> Path:
    from benchmarks.synthetic import make_evaluation

    store = make_evaluation(path, leaves=leaves, findings=findings)
    try:
        add_evidence(store, evidence)
    finally:
        store.close()
    return Path(path)


def master(leaves: int = LEAVES, findings: int = FINDINGS, evidence: int = EVIDENCE) -> Path:
    folder = Path(tempfile.gettempdir()) / "fieldeval-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"large-{leaves}-{findings}-{evidence}.fev"
    if not path.exists():
        tmp = path.with_name(path.stem + ".building.fev")
        tmp.unlink(missing_ok=True)
        make_large(tmp, leaves, findings, evidence)
        tmp.replace(path)
    return path


def large_copy(target: Path, **sizes: int) -> Path:
    shutil.copyfile(master(**sizes), target)
    return target


if __name__ == "__main__":
    import time

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if out is None:
        print(__doc__)
        sys.exit(2)
    t = time.perf_counter()
    make_large(out)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")
