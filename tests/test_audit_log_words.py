"""The audit trail's old/new values read in words: rule inputs with their labels, linked rows by name,
是/否, numbers as the project writes them, — when empty; never braces or raw ids."""
from __future__ import annotations

import re

from sqlalchemy import select

from models.entities import Indicator
from services.evaluation.assessments import set_item_inputs, set_not_applicable, set_override
from services.evaluation.findings import add_finding
from services.teamwork import audit_log

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _indicator(store, code: str) -> Indicator:
    with store.read() as s:
        return s.execute(select(Indicator).where(Indicator.code == code)).scalar_one()


def _newest(store, field: str, target: str) -> audit_log.AuditRow:
    return next(r for r in audit_log.list_events(store) if r.field == field and target in r.target)


def _readable(text: str) -> bool:
    return "{" not in text and "}" not in text and "[" not in text and not UUID.search(text)


def test_deduction_inputs_read_with_the_item_and_input_labels(sample_store):
    ind = _indicator(sample_store, "1.3.1")
    set_item_inputs(sample_store, ind.id, "a", {"count": 3})
    row = _newest(sample_store, "inputs", "1.3.1")
    assert row.new_words.startswith("①预算编制经过科学论证：不符合例数 3例")
    assert '"count"' in row.new  # the stored value is still the JSON
    set_item_inputs(sample_store, ind.id, "b", {"count": 1})
    row = _newest(sample_store, "inputs", "1.3.1")
    assert "①预算编制经过科学论证：不符合例数 3例" in row.old_words
    assert "①预算编制经过科学论证：不符合例数 3例；②预算内容与支出内容匹配：不符合例数 1例" in row.new_words
    assert _readable(row.old_words) and _readable(row.new_words)


def test_checklist_judgements_read_as_met_or_not_met(sample_store):
    ind = _indicator(sample_store, "1.2.2")
    set_item_inputs(sample_store, ind.id, "a", {"points": {"p1": {"state": "met"}, "p2": {"state": "not_met"},
                                                          "p3": {"state": "met"}}})
    row = _newest(sample_store, "inputs", "1.2.2")
    assert "要点判断 ①满足 ②不满足 ③满足" in row.new_words
    assert _readable(row.new_words)


def test_override_not_applicable_and_empty_values(sample_store):
    ind = _indicator(sample_store, "1.3.1")
    set_override(sample_store, ind.id, "2.50", "复核后调整")
    row = _newest(sample_store, "override_score", "1.3.1")
    assert row.new_words == "2.5"
    set_not_applicable(sample_store, ind.id, True, "本年度未发生")
    row = _newest(sample_store, "not_applicable", "1.3.1")
    assert row.new_words == "是"
    assert row.old_words in ("否", audit_log.EMPTY)
    assert audit_log.value_words("{}", "inputs") == audit_log.EMPTY
    assert audit_log.value_words("null", "comment") == audit_log.EMPTY
    assert audit_log.value_words("false", "not_applicable") == "否"


def test_linked_rows_are_named_not_shown_as_ids(sample_store):
    ind = _indicator(sample_store, "2.1.3")
    add_finding(sample_store, {"title": "专项资金未按进度拨付", "category": "D"}, [ind.id])
    rows = audit_log.list_events(sample_store)
    link = next(r for r in rows if r.entity == "finding_indicator" and r.action == "insert"
                and "专项资金未按进度拨付" in r.new_words)
    assert "问题：专项资金未按进度拨付" in link.new_words
    assert "指标：2.1.3 资金使用合规性" in link.new_words
    assert ind.id in link.new and _readable(link.new_words)
    # every value of the sample's whole trail reads without braces or ids
    assert all(_readable(r.old_words) and _readable(r.new_words) for r in rows)


def test_unknown_shapes_fall_back_to_key_value_pairs():
    words = audit_log.value_words('{"z": {"x": [1, {"y": "2"}], "flag": true}}', "inputs")
    assert words == "z：x 1、y：2，flag 是"
    assert audit_log.value_words('{"a": {"w": 1}, "b": [true, null]}', "settings") == "a：w：1，b：是"


def test_long_text_is_cut_in_the_cell_and_whole_in_the_words():
    body = "评价组" * 60
    words = audit_log.value_words(f'"{body}"', "body")
    assert words == body
    cell = audit_log.cut(words)
    assert len(cell) == audit_log.CELL_CHARS and cell.endswith("…")
    assert audit_log.cut("短文本") == "短文本"
