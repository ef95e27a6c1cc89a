"""满意度调查 (satisfaction surveys): questionnaires, responses (typed or imported from CSV/XLSX) and the satisfaction rate by its method."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.entities import Survey, SurveyResponse
from models.messages import message_of, said
from models.store import Store
from services.core.errors import EditRefused
from services.core.numbers import RuleInputError, to_decimal
from services.core.tables import UnreadableTable, read_rows
from services.fieldwork.satisfaction import (
    METHODS,
    SURVEY_FIELDS,
    ResponseData,
    SurveyData,
    SurveyResult,
    result_of,
    survey_data,
)


def _clean_survey(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in values.items():
        if k not in SURVEY_FIELDS:
            raise EditRefused(said("未知的问卷字段：{k}", k=k))
        if k == "title":
            v = str(v or "").strip()
            if not v:
                raise EditRefused(said("问卷标题不能为空"))
        elif k == "method":
            if v not in METHODS:
                raise EditRefused(said("计算方法只能是“满意率”或“加权平均分”"))
        elif k in ("distributed", "returned", "valid"):
            if v in (None, ""):
                v = None
            else:
                try:
                    v = int(str(v).strip())
                except ValueError:
                    raise EditRefused(said("问卷份数必须是整数，“{v}”无法识别", v=v)) from None
                if v < 0:
                    raise EditRefused(said("问卷份数不能为负数"))
        elif k == "scale":
            if not isinstance(v, list) or len(v) < 2:
                raise EditRefused(said("评价量表至少要有两个等级"))
            labels = set()
            clean = []
            for lv in v:
                label = str(lv.get("label") or "").strip()
                if not label or label in labels:
                    raise EditRefused(said("量表等级的名称不能为空，也不能重复"))
                labels.add(label)
                try:
                    w = to_decimal(lv.get("weight", "0"), f"“{label}”的分值")
                except RuleInputError as exc:
                    raise EditRefused(message_of(exc)) from None
                clean.append({"label": label, "weight": format(w, "f"), "satisfied": bool(lv.get("satisfied"))})
            v = clean
        elif k == "questions":
            keys = set()
            clean = []
            for i, q in enumerate(v or [], 1):
                text = str(q.get("text") or "").strip()
                key = str(q.get("key") or f"q{i}").strip()
                if not text:
                    raise EditRefused(said("第 {i} 个问题的内容为空", i=i))
                if key in keys:
                    raise EditRefused(said("问题编号“{key}”重复", key=key))
                keys.add(key)
                clean.append({"key": key, "text": text, **({"overall": True} if q.get("overall") else {})})
            v = clean
        elif k == "groups":
            v = [str(g).strip() for g in (v or []) if str(g).strip()]
        out[k] = v
    if out.get("returned") is not None and out.get("distributed") is not None and out["returned"] > out["distributed"]:
        raise EditRefused(said("回收份数不能多于发放份数"))
    if out.get("valid") is not None and out.get("returned") is not None and out["valid"] > out["returned"]:
        raise EditRefused(said("有效份数不能多于回收份数"))
    return out


def list_surveys(store: Store) -> list[SurveyData]:
    with store.read() as s:
        return [survey_data(sv) for sv in s.execute(select(Survey).order_by(Survey.title)).scalars()]


def get_survey(store: Store, survey_id: str) -> SurveyData:
    with store.read() as s:
        sv = s.get(Survey, survey_id)
        if sv is None:
            raise EditRefused(said("该问卷已被删除"))
        return survey_data(sv)


def add_survey(store: Store, data: Mapping[str, Any] | SurveyData | None = None) -> str:
    d = asdict(data) if isinstance(data, SurveyData) else {**asdict(SurveyData(title="满意度调查")), **dict(data or {})}
    sid = d.pop("id", None)
    values = _clean_survey(d)
    with store.session("新增满意度调查") as s:
        sv = Survey(**values)
        if sid:
            sv.id = sid
        s.add(sv)
        s.flush()
        return sv.id


def update_survey(store: Store, survey_id: str, **changes: Any) -> dict[str, Any]:
    """Returns the old values (for undo)."""
    current = asdict(get_survey(store, survey_id))
    current.pop("id")
    checked = _clean_survey({**current, **changes})  # cross-field checks (回收 ≤ 发放 …) on the result
    values = {k: checked[k] for k in changes}
    with store.session("修改满意度调查") as s:
        sv = s.get(Survey, survey_id)
        old = {k: getattr(sv, k) for k in values}
        if "questions" in values:
            keys = {q["key"] for q in values["questions"]}
            used = set()
            for r in s.execute(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)).scalars():
                used |= set((r.answers or {}).keys())
            if used - keys:
                raise EditRefused(said("已有问卷回答了问题 {used}，不能删除这些问题", used='、'.join(sorted(used - keys))))
        if "scale" in values:
            labels = {lv["label"] for lv in values["scale"]}
            for r in s.execute(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)).scalars():
                bad = {v for v in (r.answers or {}).values() if v not in labels}
                if bad:
                    raise EditRefused(said("已有问卷使用了等级“{bad}”，不能从量表中删除", bad='、'.join(sorted(bad))))
        for k, v in values.items():
            setattr(sv, k, v)
    return old


def delete_survey(store: Store, survey_id: str) -> tuple[SurveyData, list[ResponseData]]:
    data = get_survey(store, survey_id)
    responses = list_responses(store, survey_id)
    with store.session("删除满意度调查") as s:
        for r in s.execute(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)).scalars():
            s.delete(r)
        s.flush()
        s.delete(s.get(Survey, survey_id))
    return data, responses


def restore_survey(store: Store, data: SurveyData, responses: list[ResponseData]) -> None:
    add_survey(store, data)
    with store.session("恢复满意度调查") as s:
        for r in responses:
            s.add(SurveyResponse(id=r.id, survey_id=r.survey_id, group=r.group, answers=r.answers))


def list_responses(store: Store, survey_id: str) -> list[ResponseData]:
    with store.read() as s:
        rows = s.execute(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)
                         .order_by(SurveyResponse.updated_at, SurveyResponse.id)).scalars()
        return [ResponseData(r.id, r.survey_id, r.group or "", dict(r.answers or {})) for r in rows]


def _clean_answers(sv: SurveyData, answers: Mapping[str, Any]) -> dict[str, str]:
    keys = {q["key"]: q["text"] for q in sv.questions}
    labels = [lv["label"] for lv in sv.scale]
    out = {}
    for k, v in answers.items():
        if v in (None, ""):
            continue
        if k not in keys:
            raise EditRefused(said("问卷中没有问题“{k}”", k=k))
        v = str(v).strip()
        if v not in labels:
            # a number is read as the position on the scale (1 = the first level)
            if v.isdigit() and 1 <= int(v) <= len(labels):
                v = labels[int(v) - 1]
            else:
                raise EditRefused(said("问题“{keys}”的回答“{v}”不在量表（{labels}）中", keys=keys[k], v=v, labels='、'.join(labels)))
        out[k] = v
    return out


def add_response(store: Store, survey_id: str, answers: Mapping[str, Any], group: str = "",
                 response_id: str | None = None) -> str:
    sv = get_survey(store, survey_id)
    clean = _clean_answers(sv, answers)
    if not clean:
        raise EditRefused(said("这份问卷没有任何回答"))
    with store.session("录入问卷") as s:
        r = SurveyResponse(survey_id=survey_id, group=(group or "").strip(), answers=clean)
        if response_id:
            r.id = response_id
        s.add(r)
        s.flush()
        return r.id


def update_response(store: Store, response_id: str, answers: Mapping[str, Any] | None = None,
                    group: str | None = None) -> ResponseData:
    """Returns the old response (for undo)."""
    with store.read() as s:
        r = s.get(SurveyResponse, response_id)
        if r is None:
            raise EditRefused(said("该问卷已被删除"))
        old = ResponseData(r.id, r.survey_id, r.group or "", dict(r.answers or {}))
    clean = _clean_answers(get_survey(store, old.survey_id), answers) if answers is not None else None
    with store.session("修改问卷") as s:
        r = s.get(SurveyResponse, response_id)
        if clean is not None:
            r.answers = clean
        if group is not None:
            r.group = group.strip()
    return old


def delete_response(store: Store, response_id: str) -> ResponseData:
    with store.session("删除问卷") as s:
        r = s.get(SurveyResponse, response_id)
        if r is None:
            raise EditRefused(said("该问卷已被删除"))
        old = ResponseData(r.id, r.survey_id, r.group or "", dict(r.answers or {}))
        s.delete(r)
    return old


def _table_rows(path: Path) -> list[list[str]]:
    try:
        return read_rows(path)
    except UnreadableTable as exc:
        raise EditRefused(message_of(exc)) from None


def import_responses(store: Store, survey_id: str, path: Path | str) -> list[str]:
    """Responses from a CSV/XLSX: a header row naming the questions (编号 or 问题原文) and
    optionally a 群体/组别 column; one row per questionnaire. All rows are checked before any is
    written. Returns the new response ids."""
    path = Path(path)
    if not path.exists():
        raise EditRefused(said("找不到文件：{path}", path=path))
    sv = get_survey(store, survey_id)
    rows = [r for r in _table_rows(path) if any(c for c in r)]
    if len(rows) < 2:
        raise EditRefused(said("“{name}”里没有问卷数据（至少要有表头行和一行回答）", name=path.name))
    header = rows[0]
    by_text = {q["text"]: q["key"] for q in sv.questions}
    keys = {q["key"] for q in sv.questions}
    cols: dict[int, str] = {}
    group_col = None
    for i, h in enumerate(header):
        if h in ("群体", "组别", "受访群体", "调查对象", "对象类别", "group"):
            group_col = i
        elif h in keys:
            cols[i] = h
        elif h in by_text:
            cols[i] = by_text[h]
    if not cols:
        raise EditRefused(said("“{name}”的表头中没有找到问卷的问题（应为问题编号如 {keys} 或问题原文）", name=path.name, keys=next(iter(keys), 'q1')))
    parsed = []
    for n, row in enumerate(rows[1:], 2):
        answers = {key: row[i] if i < len(row) else "" for i, key in cols.items()}
        try:
            clean = _clean_answers(sv, answers)
        except EditRefused as exc:
            raise EditRefused(said("第 {n} 行：{exc}", n=n, exc=exc)) from None
        if clean:
            parsed.append((row[group_col] if group_col is not None and group_col < len(row) else "", clean))
    if not parsed:
        raise EditRefused(said("“{name}”没有任何有效回答", name=path.name))
    ids = []
    with store.session(f"导入问卷 {path.name}") as s:
        for group, answers in parsed:
            r = SurveyResponse(survey_id=survey_id, group=group, answers=answers)
            s.add(r)
            s.flush()
            ids.append(r.id)
    return ids


def delete_responses(store: Store, ids: Iterable[str]) -> None:
    """Undo of an import."""
    with store.session("撤销导入问卷") as s:
        for i in ids:
            r = s.get(SurveyResponse, i)
            if r is not None:
                s.delete(r)


def survey_result(store: Store, survey_id: str | None = None) -> SurveyResult | None:
    """The satisfaction of one survey (the first when ``survey_id`` is None); None when there is none."""
    return result_of(list_surveys(store), lambda sid: list_responses(store, sid), survey_id)

