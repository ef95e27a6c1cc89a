"""The light print path: the 评分表 and the 空白评分表 read straight from the evaluation file.

A cold ``python main.py report FILE --kind scoring-sheet`` spends most of its time importing
SQLAlchemy, the ORM entities and the services built on them, before it reads a single row. These
two documents need only the scored tree, the team's work on each 三级指标, the findings and the
evidence they cite; ``read(path)`` reads exactly that with the standard library's ``sqlite3`` (a
read-only connection that never writes a byte of the file: ``models.readonly``) and builds the
same ``ReportData`` that ``services.reports.data.gather`` builds through the ORM — the same
dataclasses, the same scoring engine, the same bound figures (``services.fieldwork.figures``), the
same assembly of findings and evidence (``services.reports.data``).

It declines (returns None, and the caller takes the full path, which upgrades an older file after a
backup or refuses with its usual message) whenever it could not give exactly that data: a file
that is not at the schema this program writes, a damaged or unreadable file, or a rule input bound
to the 绩效目标表 (its completion is computed by the service that owns the table).

The parts of ``ReportData`` these documents do not print (targets, funds, chapters, team,
sign-offs …) are not read; they are ``NotRead`` markers that refuse any use, so a document that
starts printing one of them fails loudly in the tests instead of printing an empty table.
"""
from __future__ import annotations

import json
import sqlite3
import struct
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from services.reports.data import ReportData, evidence_rows, findings_in_order, leaf_work, paper_numbers

#: the documents the light path prints (every format they have)
KINDS = ("scoring-sheet", "blank-sheet")
#: the fields of ReportData it reads; the others are NotRead
READ_FIELDS = ("info", "sheet", "findings", "evidence", "work", "paper_no", "specs", "inputs")


class NotRead:
    """A part of the evaluation the light path did not read: any use of it is a programming error."""

    def __init__(self, name: str):
        self._name = name

    def _refuse(self, *_args: Any, **_kwargs: Any):
        raise RuntimeError(f"the light print path does not read ReportData.{self._name}")

    __iter__ = __len__ = __bool__ = __getitem__ = __contains__ = __call__ = _refuse

    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        self._refuse()

    def __repr__(self) -> str:
        return f"NotRead({self._name!r})"


class _Decline(Exception):
    """The light path cannot give exactly the ORM path's data for this file."""


# ── column values as the ORM types give them (models/base.py, SQLAlchemy's SQLite types) ──────────
def _dec(v: Any) -> Decimal | None:
    return None if v is None else Decimal(str(v))


def _json(v: Any) -> Any:
    return None if v is None else json.loads(v)


def _dt(v: Any) -> datetime | None:
    return None if v is None else datetime.fromisoformat(v)


def _date(v: Any) -> date | None:
    return None if v is None else date.fromisoformat(v)


def _bool(v: Any) -> bool | None:
    return None if v is None else bool(v)


#: per table: the columns read and how each is converted ("" = as SQLite gives it)
_COLUMNS: dict[str, dict[str, Any]] = {
    "evaluation": {"name": "", "evaluated_unit": "", "department": "", "commissioner": "", "agency": "",
                   "evaluation_type": "", "year": "", "fund_total": _dec, "onsite_amount": _dec,
                   "onsite_amount_qualifier": "", "project_count": "", "onsite_project_count": "",
                   "report_number": "", "report_date": _date, "start_date": _date, "end_date": _date,
                   "framework_id": "", "framework_name": "", "full_marks": _dec, "grade_scheme": _json,
                   "finding_categories": _json, "na_policy": "", "settings": _json},
    "indicator": {"id": "", "code": "", "name": "", "max_points": _dec, "parent_id": "", "position": "",
                  "items": _json, "definition": "", "key_points": "", "criteria": ""},
    "assessment": {"indicator_id": "", "inputs": _json, "override_score": _dec, "override_reason": "",
                   "not_applicable": _bool, "na_reason": "", "comment": "", "status": "", "assignee": "",
                   "reviewer": "", "reviewed_at": _dt, "updated_at": _dt, "updated_by": "", "self_score": _dec},
    "finding": {"id": "", "position": "", "category": "", "title": "", "detail": "", "amount": _dec, "cause": "",
                "suggestion": "", "responsible_unit": "", "deadline": _date, "remark": "", "assignee": "",
                "source_indicator_id": "", "source_item": "", "deduction": _dec},
    "evidence": {"id": "", "index_no": "", "filename": "", "description": "", "captured_at": _dt, "mime": "",
                 "size": "", "sha256": ""},
    "fund_line": {"year": "", "source": "", "budget": _dec, "arrived": _dec, "spent": _dec,
                  "contract_amount": _dec, "paid": _dec},
    "survey": {"id": "", "title": "", "method": "", "scale": _json, "questions": _json, "groups": _json,
               "distributed": "", "returned": "", "valid": "", "sampling": ""},
    "survey_response": {"id": "", "survey_id": "", "group": "", "answers": _json},
}


def _rows(con: sqlite3.Connection, table: str, order: str = "", where: str = "", args: tuple = ()) -> list:
    cols = _COLUMNS[table]
    names = ", ".join(f'{table}."{c}"' for c in cols)
    sql = f"SELECT {names} FROM {table}" + (f" WHERE {where}" if where else "") + (f" ORDER BY {order}" if order else "")
    convert = list(cols.items())
    return [SimpleNamespace(**{c: (f(v) if f else v) for (c, f), v in zip(convert, row)})
            for row in con.execute(sql, args)]


def _check_file(path: Path) -> None:
    """Decline anything the full path would refuse or repair: not our file, cut short, another schema."""
    from models.readonly import APPLICATION_ID, SQLITE_HEADER, truncation

    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise _Decline("not an SQLite file")
    if struct.unpack(">I", header[68:72])[0] != APPLICATION_ID:
        raise _Decline("not an evaluation file")
    if truncation(path, header):
        raise _Decline("damaged header, or cut short")


class _Figures:
    """The bound figures' data (``services.fieldwork.figures.FigureData``) from the file's rows."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self._surveys: list | None = None

    def funds(self) -> list:
        return _rows(self.con, "fund_line", order="fund_line.position, fund_line.id")  # as project.list_funds

    def targets(self) -> list:
        raise _Decline("a rule input is bound to the 绩效目标表")

    def surveys(self) -> list:
        if self._surveys is None:
            from services.fieldwork.satisfaction import survey_data

            self._surveys = [survey_data(sv) for sv in _rows(self.con, "survey", order="survey.title")]
        return self._surveys

    def _responses(self, survey_id: str) -> list:
        from services.fieldwork.satisfaction import ResponseData

        rows = _rows(self.con, "survey_response", where="survey_response.survey_id = ?", args=(survey_id,),
                     order="survey_response.updated_at, survey_response.id")
        return [ResponseData(r.id, r.survey_id, r.group or "", dict(r.answers or {})) for r in rows]

    def survey_result(self, survey_id: str | None):
        from services.fieldwork.satisfaction import result_of

        return result_of(self.surveys(), self._responses, survey_id)


def _read(con: sqlite3.Connection, path: Path) -> ReportData:
    from models.readonly import head_of, revision_graph
    from services.evaluation.info import INFO_FIELDS, EvaluationInfo, score_sheet
    from services.fieldwork import figures
    from services.frameworks.catalog import DEFAULT_CATEGORIES
    from services.scoring import AssessmentState, IndicatorSpec, in_tree_order, tree_order

    version = con.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(version) != 1 or version[0][0] != head_of(revision_graph()):
        raise _Decline("the file is not at this program's schema")
    (ev,) = _rows(con, "evaluation")  # exactly one row, as the ORM's scalar_one() demands
    info = EvaluationInfo(**{k: getattr(ev, k) for k in INFO_FIELDS})

    specs = [IndicatorSpec(i.id, i.code, i.name, i.max_points, i.parent_id, i.position, i.items, i.definition,
                           i.key_points, i.criteria)
             for i in _rows(con, "indicator")]
    assessment_rows = _rows(con, "assessment")
    states = {a.indicator_id: AssessmentState(a.inputs or {}, a.override_score, a.override_reason,
                                              a.not_applicable, a.na_reason, a.comment, a.status, a.assignee)
              for a in assessment_rows}
    data = _Figures(con)
    states = figures.resolve(specs, states, lambda b: figures.figure_from(data, b))
    sheet = score_sheet(info, specs, states)
    paper_no = paper_numbers(sheet)

    links: dict[str, list[tuple[str, str]]] = {}
    for eid, kind, tid in con.execute("SELECT evidence_link.evidence_id, evidence_link.target_kind, "
                                      "evidence_link.target_id FROM evidence_link"):
        links.setdefault(eid, []).append((kind, tid))
    order = tree_order(specs)
    evidence = evidence_rows(_rows(con, "evidence"), links, order)

    finding_links: dict[str, list[str]] = {}
    for fid, iid in con.execute("SELECT finding_indicator.finding_id, finding_indicator.indicator_id "
                                "FROM finding_indicator"):
        finding_links.setdefault(fid, []).append(iid)
    raw_findings = [SimpleNamespace(**vars(f), indicator_ids=tuple(in_tree_order(finding_links.get(f.id, ()), order)))
                    for f in _rows(con, "finding", order="finding.category, finding.position")]
    finding_rows = findings_in_order(raw_findings, info.finding_categories or DEFAULT_CATEGORIES, paper_no, evidence)

    not_read: dict[str, Any] = {name: NotRead(name) for name in (
        "categories", "count_line", "targets", "funds", "sections", "summary_rows", "team", "field_notes",
        "sign_offs", "sources", "fund_table")}
    return ReportData(info=info, sheet=sheet, findings=finding_rows, evidence=evidence, work=leaf_work(assessment_rows),
                      paper_no=paper_no, specs={sp.id: sp for sp in specs},
                      inputs={k: dict(v.inputs or {}) for k, v in states.items()}, **not_read)


def read(path: Path | str) -> ReportData | None:
    """The data of the 评分表 / 空白评分表 of the evaluation file at ``path``, read without the ORM and
    without writing a byte; None when the full path must read it (see the module's description)."""
    from models.readonly import connect_readonly

    path = Path(path)
    try:
        if not path.is_file():
            return None
        _check_file(path)
        con = connect_readonly(path)
    except (OSError, sqlite3.Error, _Decline):
        return None
    try:
        con.execute("BEGIN")  # one read transaction: every row from the same state of the file
        return _read(con, path)
    except Exception:  # noqa: BLE001 - anything unexpected: the full path reads the file and says what is wrong
        return None
    finally:
        con.close()
