"""Every scoring rule said in words from its items (``rules.described``): what the import wizard shows in a window
that is not Chinese, in place of the proposer's Chinese summary. Checked on every rule of the tuning corpus and of
the shipped frameworks: the words render, and with the shipped English they hold no Chinese but the rule's own
words (labels, conditions, options, units typed in the file)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from services.frameworks import catalog
from services.scoring.rules import CONTEXT, RULES, described
from services.scoring.rules.base import render
from tests.english_text import CJK, TS

CORPUS = Path(__file__).parent / "data" / "rule_corpus"


def english():
    for c in ET.parse(TS).getroot().iter("context"):
        if c.findtext("name") == CONTEXT:
            table = {m.findtext("source"): m.findtext("translation") for m in c.iter("message")}
            return lambda text: table.get(text) or text
    raise AssertionError("no RuleTypes context in the shipped translation")


def plain_values(words) -> list[str]:
    """The values put in as they are (not messages): the rule's own words."""
    out = []
    for _template, values in words:
        for v in values:
            if isinstance(v, tuple):
                out += plain_values((v,) if v and isinstance(v[0], str) else v)
            else:
                out.append(str(v))
    return out


def corpus_items() -> list[dict]:
    items = []
    for path in sorted(CORPUS.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8"))["criteria"]:
            items.append(entry["items"])
    return items


def framework_items() -> list[list[dict]]:
    return [leaf["items"] for info in catalog.list_frameworks() for leaf in catalog.load(info.id).leaves()
            if leaf.get("items")]


def test_every_rule_of_the_corpus_and_the_frameworks_is_said_in_english():
    say = english()
    sets = corpus_items() + framework_items()
    assert len(sets) > 1300
    seen = set()
    for items in sets:
        words = described(items)
        chinese, text = render(words), render(words, say)
        assert chinese and text, items
        rest = text
        for v in sorted(plain_values(words), key=len, reverse=True):
            rest = rest.replace(v, "")
        assert not CJK.search(rest), (text, items)
        seen |= {it["type"] for it in items}
    assert seen == set(RULES)  # every rule type said at least once


@pytest.mark.parametrize("items, chinese, text", [
    ([{"key": "a", "label": "问题", "max": "3", "type": "deduction", "params": {"per": "0.5", "unit": "处"}}],
     "每处扣 0.5 分，扣完为止", "0.5 pts off per place, down to 0"),
    ([{"key": "a", "label": "到位率", "max": "5", "type": "threshold",
       "params": {"full_at": "100", "direction": "higher", "step": "1", "deduct": "0.5", "unit": "%"}}],
     "达标线：≥ 100% 得满分，每低于 1% 扣 0.5 分", "Full score at ≥ 100%; for each 1% below: deduct 0.5 pts"),
    ([{"key": "a", "label": "制度", "max": "3", "type": "checklist",
       "params": {"points": [{"key": "p1", "label": "A", "max": "1"}, {"key": "p2", "label": "B", "max": "2"}]}}],
     "2 个要点，分值相加：A 1 分；B 2 分", "2 points to check, their scores added: A 1 pts; B 2 pts"),
    ([{"key": "a", "label": "计", "max": "4", "type": "deduction", "params": {"per": "0.5", "unit": "处"}},
      {"key": "b", "label": "资料报送", "max": "2", "type": "delay", "params": {"per": "1", "unit": "月"}}],
     "第 1 项（逐例扣分，4 分）：每处扣 0.5 分，扣完为止；资料报送（延迟扣分，2 分）：按期完成得满分，每延迟 1 月扣 1 分",
     "Item 1 (Per-instance deduction, 4 pts): 0.5 pts off per place, down to 0; "
     "资料报送 (Delay, 2 pts): Full score when on time; 1 pts off per month late"),
])
def test_rules_said_in_both_languages(items, chinese, text):
    assert render(described(items)) == chinese
    assert render(described(items), english()) == text
    assert sum(Decimal(it["max"]) for it in items) > 0
