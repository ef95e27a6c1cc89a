"""The shipped English translation applied to services' messages, for the tests that check what an English
window shows (the integrity check, the Excel import and framework validation)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from models.messages import MESSAGES, Said, Word, render
from tests.excel_sheets import file_opened

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "fieldeval_en.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")


def shipped_english() -> Callable[[object], str]:
    """A message rendered with the shipped English (fieldeval_en.ts): its templates and the closed vocabulary."""
    contexts = {}
    for c in ET.parse(TS).getroot().iter("context"):
        contexts[c.findtext("name")] = {m.findtext("source"): m.findtext("translation") for m in c.iter("message")}
    messages, words = contexts[MESSAGES], contexts["StoredValues"]

    def say(text) -> str:
        return render(text, messages.get, lambda w: words.get(w) or w)

    return say


def plain_values(said) -> list[str]:
    """The plain values put into a message (and into the messages inside it): the file's or sheet's own
    words. A word of the vocabulary is translated, not kept."""
    out: list[str] = []
    for v in getattr(said, "values", {}).values():
        if isinstance(v, Said):
            out += plain_values(v)
        elif isinstance(v, str) and not isinstance(v, Word):
            out.append(v)
    for item in getattr(said, "items", []):
        out += plain_values(item) if isinstance(item, Said) else [item] if isinstance(item, str) else []
    return out


def assert_english(say, problem) -> str:
    """``problem`` is a message whose English has no Chinese but the values the file itself holds."""
    assert isinstance(problem, Said), problem
    text = say(problem)
    rest = text
    for v in sorted(plain_values(problem), key=len, reverse=True):
        rest = rest.replace(v, "")
    assert not CJK.search(rest), text
    return text


def import_wizard_refusal(qtbot, path: Path):
    """The Excel import wizard opened on ``path`` and asked to go on: it stays on its file step and shows why it
    cannot read the file. Returns the wizard and the text shown."""
    from ui.frameworks.import_dialog import ImportDialog

    d = ImportDialog(None, None, str(path))
    file_opened(d)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    first = d.currentPage()
    d.next()
    assert d.currentPage() is first  # the wizard stays on the file step
    assert first.error.isVisible()
    return d, first.error.text()
