"""What the services say to the evaluator: one Chinese text everywhere, and an English one for the window."""
from __future__ import annotations

import pickle
import string
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from models.messages import MESSAGES, Said, joined, message_of, render, said, word
from services.core.errors import EditRefused
from services.core.numbers import RuleInputError, to_decimal

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "fieldeval_en.ts"


def fields(text: str) -> list[tuple[str, str, str]]:
    return sorted((name, conv or "", spec or "") for _lit, name, spec, conv in string.Formatter().parse(text)
                  if name is not None)


def test_a_message_is_its_chinese_text():
    m = said("比较符“{value}”无法识别，只能是 ≥、>、=、≤、< 或留空", value="≈")
    assert isinstance(m, str) and isinstance(m, Said)
    assert m == "比较符“≈”无法识别，只能是 ≥、>、=、≤、< 或留空"
    assert m.template == "比较符“{value}”无法识别，只能是 ≥、>、=、≤、< 或留空" and m.values == {"value": "≈"}
    assert str(EditRefused(m)) == m and message_of(EditRefused(m)) is m
    assert pickle.loads(pickle.dumps(m)).template == m.template
    assert said("模板编号不能含有 {{ 或 }}") == "模板编号不能含有 { 或 }"  # braces as str.format writes them
    assert said("得分 {v:.2f}，{w!r}", v=Decimal("1.5"), w="x") == "得分 1.50，'x'"


def test_converted_refusals_read_exactly_as_before():
    with pytest.raises(RuleInputError) as err:
        to_decimal("abc", "实际值")
    assert str(err.value) == "“实际值”必须是数字，“abc”无法识别"
    assert message_of(err.value).template == "“{label}”必须是数字，“{value}”无法识别"
    outer = said("“{name}”：{reason}", name="预算执行率", reason=message_of(err.value))
    assert outer == "“预算执行率”：“实际值”必须是数字，“abc”无法识别"


def test_rendered_in_another_language_the_values_stay_and_vocabulary_words_follow():
    english = {"“{name}”：{reason}": "“{name}”: {reason}", "“{label}”必须是数字": "“{label}” must be a number",
               "；": "; ", "请先完成“{earlier}”的签署（{state}）": "Sign “{earlier}” first ({state})"}
    inner = said("“{label}”必须是数字", label="实际值")
    outer = said("“{name}”：{reason}", name="数字衡阳", reason=inner)
    assert render(outer, english.get) == "“数字衡阳”: “实际值” must be a number"
    assert render(outer) == outer == "“数字衡阳”：“实际值”必须是数字"
    wrapped = said("“{name}”：{reason}", name="数字衡阳", reason=ValueError(inner))  # an error given as a value
    assert wrapped == outer and render(wrapped, english.get) == "“数字衡阳”: “实际值” must be a number"
    both = joined([inner, "原文"], "；")
    assert both == "“实际值”必须是数字；原文" and render(both, english.get) == "“实际值” must be a number; 原文"
    signed = said("请先完成“{earlier}”的签署（{state}）", earlier=word("组长复核"), state="未签署")
    assert render(signed, english.get, {"组长复核": "Team leader review"}.get) == "Sign “Team leader review” first (未签署)"
    # a translation whose fields do not match falls back to the Chinese rather than failing
    assert render(inner, {"“{label}”必须是数字": "“{wrong}” must be a number"}.get) == "“实际值”必须是数字"


def _translations() -> dict[str, tuple[str, str | None]]:
    root = ET.parse(TS).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == MESSAGES)
    return {m.findtext("source"): (m.findtext("translation"), m.find("translation").get("type"))
            for m in context.iter("message")}


def test_every_message_has_an_english_text_with_the_same_fields():
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    try:
        import update
    finally:
        sys.path.remove(str(ROOT / "resources" / "translations"))
    templates = update.said_templates()
    assert len(templates) > 250  # the refusals of services/ and models/, the fund questions, the binding lines
    assert "比较符“{value}”无法识别，只能是 ≥、>、=、≤、< 或留空" in templates
    assert "{subject}，报告采用哪一个？" in templates and "“{name}”以只读方式打开，不能修改。" in templates
    shipped = _translations()
    cjk = [t for t in templates if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    missing = [t for t in templates if t not in shipped or shipped[t][1] in ("unfinished", "obsolete") or not shipped[t][0]]
    assert missing == []
    for t in cjk:
        english = shipped[t][0]
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in english), (t, english)
        assert fields(english) == fields(t), (t, english)
