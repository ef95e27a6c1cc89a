"""Messages for the evaluator, said once and shown in either language.

A service says a message with ``said("比较符“{value}”无法识别", value=value)``: a Chinese template with
``{name}`` fields (``str.format`` syntax) and the values to put in. The result is a ``Said``, a ``str``
whose text is the Chinese rendering — the file, the printed documents, the command line and the log
read it as before — and which carries its template and values, so the window can show it in its own
language (ui/i18n.py ``message``: the template translated under the context ``MESSAGES``, then the values).

``joined([…], "；")`` says several messages one after the other.

A value is shown as it is (the evaluator's own text, a number, a file name), except:
- a ``Said`` in turn (a message inside a message), or an exception that carries one, is rendered in the same
  language;
- a ``Word``: a word of a closed vocabulary the program offers (a grade name, a role, a review step),
  stored in Chinese and shown in the window's language (ui/i18n.py ``shown``). Mark one with ``word(…)``.

It lives in models/ because the store says messages too (layers: ui → services → models); services import
it as ``models.messages``. resources/translations/update.py collects every literal ``said("…")``
template of services/ and models/.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: the context the window translates message templates under
MESSAGES = "Messages"


class Word(str):
    """A stored word of a closed vocabulary; the window shows it in its language."""

    __slots__ = ()


def word(text: Any) -> Any:
    """Mark a value as a word of a closed vocabulary (None and non-text values stay as they are)."""
    return Word(text) if isinstance(text, str) else text


class Said(str):
    """A message: the Chinese text (``str(self)``), with ``template`` and ``values`` for other languages."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Said:
        self = super().__new__(cls, render_template(template, values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (e.g. across a worker process) keeps the template
        return (Said, (self.template, self.values))


class Joined(Said):
    """Messages said one after the other with a separator (itself a template, e.g. "；")."""

    items: list[Any]

    def __new__(cls, items: list[Any], separator: str) -> Joined:
        self = str.__new__(cls, separator.join(str(i) for i in items))
        self.template, self.values, self.items = separator, {}, list(items)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.items, self.template))


#: separators that need no translation: messages one per line, or run on with nothing between them
LINE_BREAK, RUN_ON = "\n", ""


def joined(items: list[Any], separator: str, /) -> Joined:
    """``items`` (messages or plain values) with ``separator`` between them."""
    return Joined(items, separator)


def said(template: str, /, **values: Any) -> Said:
    """A message for the evaluator: ``template`` (Chinese, ``{name}`` fields) with ``values`` put in."""
    return Said(template, values)


def _value(value: Any, translate: Callable[[str], str] | None, shown: Callable[[str], str] | None) -> Any:
    if isinstance(value, BaseException):  # an error's message put in a message: said in the same language
        value = message_of(value)
    if isinstance(value, Said):  # a Joined too
        return render(value, translate, shown)
    if isinstance(value, Word):
        return shown(str(value)) if shown else str(value)
    return value


def render_template(template: str, values: dict[str, Any], translate: Callable[[str], str] | None = None,
                    shown: Callable[[str], str] | None = None) -> str:
    args = {k: _value(v, translate, shown) for k, v in values.items()}
    text = (translate(template) if translate else None) or template  # no translation: the source
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation whose fields do not match: the source instead
        return template.format(**args)


def render(text: Any, translate: Callable[[str], str] | None = None,
           shown: Callable[[str], str] | None = None) -> str:
    """``text`` written out: a ``Said`` through ``translate`` (none: its Chinese), a ``Word`` through
    ``shown``; anything else as ``str`` gives it."""
    if isinstance(text, Joined):
        separator = (translate(text.template) if translate else None) or text.template
        return separator.join(render(i, translate, shown) for i in text.items)
    if isinstance(text, Said):
        return render_template(text.template, text.values, translate, shown)
    return str(_value(text, translate, shown))


def message_of(exc: BaseException) -> Any:
    """What an exception says: its message (a ``Said`` when it was said so), else its text."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Said):
        return exc.args[0]
    return str(exc)
