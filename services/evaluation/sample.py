"""The bundled sample evaluation: 数字衡阳 2024 (the seed report), written into a new file."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.entities import (
    Assessment,
    Evaluator,
    Finding,
    FindingIndicator,
    FundLine,
    PerformanceTarget,
    ReportSection,
    SummaryRow,
    Survey,
    SurveyResponse,
)
from models.paths import data_dir, resource_path
from models.store import Store
from services.core.numbers import to_decimal
from services.evaluation import assessments
from services.frameworks import catalog

SAMPLE_FILE = "shuzi_hengyang_2024.json"


def sample_data() -> dict[str, Any]:
    return json.loads(resource_path("sample", SAMPLE_FILE).read_text(encoding="utf-8"))


def _dec(v: Any):
    return None if v in (None, "") else to_decimal(v, allow_negative=True)


def write_sample(path: Path | str, actor: str = "") -> Store:
    """Create ``path`` holding the sample evaluation; returns the open store."""
    data = sample_data()
    fw = catalog.load(data["framework"])
    store = assessments.create(path, fw, data.get("evaluation", {}), actor=actor)
    try:
        load_into(store, data)
    except BaseException:
        store.close()
        Path(path).unlink(missing_ok=True)
        raise
    return store


def load_into(store: Store, data: dict[str, Any]) -> None:
    """Write the team, assessments, findings, targets, funds, chapters and summary rows of ``data``."""
    ids = assessments.indicator_ids(store)
    with store.session("导入示例评价") as s:
        for i, m in enumerate(data.get("team", [])):
            s.add(Evaluator(name=m["name"], role=m.get("role", "组员"), unit=m.get("unit", ""), position=i))
        by_indicator = {a.indicator_id: a for a in s.execute(select(Assessment)).scalars()}
        for code, a in data.get("assessments", {}).items():
            row = by_indicator[ids[code]]
            row.inputs = a.get("inputs", {})
            row.comment = a.get("comment", "")
            if a.get("override"):
                row.override_score = to_decimal(a["override"]["score"])
                row.override_reason = a["override"]["reason"]
            if a.get("not_applicable"):
                row.not_applicable, row.na_reason = True, a.get("na_reason", "")
            row.status = a.get("status", "已评分" if a.get("inputs") else row.status)
        for pos, f in enumerate(data.get("findings", [])):
            finding = Finding(position=pos, category=f["category"], title=f["title"], detail=f.get("detail", ""),
                              amount=_dec(f.get("amount")), cause=f.get("cause", ""),
                              suggestion=f.get("suggestion", ""), responsible_unit=f.get("responsible_unit", ""),
                              remark=f.get("remark", ""))
            s.add(finding)
            s.flush()
            for code in dict.fromkeys(f.get("indicators", [])):
                s.add(FindingIndicator(finding_id=finding.id, indicator_id=ids[code]))
        for pos, t in enumerate(data.get("targets", [])):
            s.add(PerformanceTarget(position=pos, table=t.get("table", ""), level1=t.get("level1", ""),
                                    level2=t.get("level2", ""), name=t.get("name", ""),
                                    comparator=t.get("comparator") or "", target_text=t.get("target_text", ""),
                                    target_value=_dec(t.get("target_value")), unit=t.get("unit", ""),
                                    actual_text=t.get("actual_text", ""), actual_value=_dec(t.get("actual_value")),
                                    note=t.get("note", "")))
        for pos, f in enumerate(data.get("funds", [])):
            s.add(FundLine(position=pos, year=f.get("year"), source=f.get("source", ""), budget=_dec(f.get("budget")),
                           arrived=_dec(f.get("arrived")), spent=_dec(f.get("spent")),
                           contract_amount=_dec(f.get("contract_amount")), paid=_dec(f.get("paid")),
                           payee=f.get("payee") or "", note=f.get("note", "")))
        for pos, sec in enumerate(data.get("sections", [])):
            s.add(ReportSection(position=pos, key=sec["key"], title=sec["title"], body=sec.get("body", "")))
        for pos, r in enumerate(data.get("summary_rows", [])):
            s.add(SummaryRow(position=pos, area=r.get("area", ""), problems=r.get("problems", ""),
                             advice=r.get("advice", "")))
        if data.get("survey"):  # 满意度调查: responses listed once with a count of identical questionnaires
            sv = data["survey"]
            survey = Survey(**{k: sv[k] for k in ("title", "method", "scale", "questions", "groups", "distributed",
                                                  "returned", "valid", "sampling") if k in sv})
            s.add(survey)
            s.flush()
            s.add_all(SurveyResponse(survey_id=survey.id, group=r.get("group", ""), answers=r["answers"])
                      for r in sv.get("responses", []) for _ in range(int(r.get("count", 1))))


def fresh_sample() -> Path:
    """Write a new copy of the sample evaluation into the data folder; returns its path."""
    folder = data_dir() / "samples"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"数字衡阳2024-示例-{datetime.now():%Y%m%d-%H%M%S}.fev"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"数字衡阳2024-示例-{datetime.now():%Y%m%d-%H%M%S}-{n}.fev"
    write_sample(path).close()
    return path
