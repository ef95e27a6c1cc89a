"""What every scoring rule type declares, and the helpers the rule modules share.

A rule type is one module in this package holding a ``RULE = RuleType(...)``: plain data (its
parameters, its inputs, the figures it can take) plus functions (check, score, default parameters,
the notes shown beside its inputs, the wordings of 评分标准 it recognises). The window builds the
parameter form and the input editor from these declarations; nothing here imports Qt.

Texts the window shows are Chinese source strings; those written in a rule module are marked with
``T("…")`` so the translation script finds them, and the window translates them under the context
``RuleTypes``. A text with values in it is a ``Msg``: (template with %1, %2 …, values).

The calculation in words is a ``Phrase``: Msgs said one after the other. ``render`` writes it out —
in Chinese as the file and the printed documents hold it, or in the window's language when given a
translating function — so the same numbers give the same words in either language.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from models.messages import said as refusal
from services.core.numbers import HUNDRED, ZERO, RuleInputError, fmt, pct, plain, to_decimal
from services.core.patterns import lazy_compile

Params = Mapping[str, Any]
Inputs = Mapping[str, Any]
Msg = tuple[str, tuple[Any, ...]]  # (template with %1 …, values); the template is translated, the values are not

#: the context the window translates rule texts under
CONTEXT = "RuleTypes"


def T(text: str) -> str:
    """Mark a text the window shows (translated at display under ``CONTEXT``)."""
    return text


def msg(template: str, *values: Any) -> Msg:
    return (template, tuple(values))


#: a text said in parts, each a Msg; a value of a Msg may itself be a Msg or a Phrase (translated in turn)
Phrase = tuple[Msg, ...]


def data(text: Any) -> Msg:
    """A value shown as written, never translated (a label, a condition, a reason the evaluator typed)."""
    return ("%1", (text,))


def said(*parts: Msg | str) -> Phrase:
    """A phrase of Msgs; a bare text is a template without values."""
    return tuple(p if isinstance(p, tuple) else (p, ()) for p in parts)


def joined(items: Sequence[Msg | Phrase], separator: str) -> Phrase:
    """``items`` said one after the other with ``separator`` (a template, e.g. "；") between them."""
    out: list[Msg] = []
    for i, item in enumerate(items):
        if i:
            out.append((separator, ()))
        out += list(as_phrase(item))
    return tuple(out)


def as_phrase(words: Msg | Phrase | str) -> Phrase:
    if isinstance(words, str):
        return ((words, ()),)
    if words and isinstance(words[0], str):  # one Msg
        return (words,)
    return tuple(words)


_PLACE = lazy_compile(r"%(\d+)")


def render(words: Msg | Phrase | str, translate: Callable[[str], str] | None = None) -> str:
    """The words written out: each template through ``translate`` (none: the Chinese source), then its
    values put in, in one pass (a value is never read again for %n)."""
    tr = translate or (lambda text: text)
    out = []
    for template, values in as_phrase(words):
        if not values:
            out.append(tr(template))
            continue

        def value(m: re.Match[str], values=values) -> str:
            i = int(m.group(1)) - 1
            if not 0 <= i < len(values):
                return m.group(0)
            v = values[i]
            return render(v, tr) if isinstance(v, tuple) else str(v)

        out.append(_PLACE.sub(value, tr(template)))
    return "".join(out)


@dataclass(frozen=True)
class ItemResult:
    score: Decimal | None  # clamped to [0, max]; None while not yet scored
    words: Phrase | Msg | str  # the calculation in words (``render`` writes it out)
    raw: Decimal | None = None  # before clamping
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        """The calculation in Chinese, as the file and the printed documents hold it."""
        return render(self.words)

    @property
    def phrase(self) -> Phrase:
        return as_phrase(self.words)

    said = phrase  # as the engine's ItemScore names it


# ── declarations ────────────────────────────────────────────────────────────
PARAM_KINDS = ("text", "number", "select", "bool", "table")  # "select": one of ``choices``
COLUMN_KINDS = ("text", "number", "bool")
#: the kinds of input; the window has one field (or one editor) per kind
INPUT_KINDS = (
    "number",  # a number typed in
    "count",  # a whole number, ↑↓ step it
    "numerator", "denominator",  # two numbers whose ratio is shown as a percentage beside them
    "text",  # words (a reason)
    "option",  # one of the options ``RuleType.options`` gives for the params
    "points",  # met / partly / not met for each of params["points"]
    "rows",  # label, target and actual, one row per target
    "vars",  # one number per declared formula variable (params["variables"])
)


@dataclass(frozen=True)
class Column:
    """One column of a table parameter (a row is a dict keyed by column name)."""

    name: str
    label: str
    kind: str = "text"
    default: Any = None  # for a new row; a text with "{n}" gets the row number


@dataclass(frozen=True)
class Param:
    name: str
    label: str
    kind: str  # one of PARAM_KINDS
    default: Any = None  # None: not set by default; a callable gets the item's max as a string
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # kind "select": (value, label)
    columns: tuple[Column, ...] = ()  # kind "table"


@dataclass(frozen=True)
class Input:
    """One thing the evaluator enters for an item; ``name`` is its key in the inputs object."""

    name: str
    label: str
    kind: str  # one of INPUT_KINDS
    unit: str = ""
    label_param: str = ""  # a param that, when set, names this input instead of ``label``
    unit_param: str = ""  # a param that, when set, gives the unit instead of ``unit``
    placeholder: str = ""
    step: bool = False  # ↑↓ change a number by whole units
    required: bool = False  # kind "text": the entry is not saved without it


@dataclass(frozen=True)
class Look:
    """How one input is shown for the item's params (what ``Input`` alone cannot say)."""

    label: Msg | None = None
    unit: Msg | None = None
    hint: Msg | None = None
    placeholder: Msg | None = None


@dataclass(frozen=True)
class Note:
    """A line shown with the inputs (the 达标线, the tiers, the condition): texts joined."""

    parts: tuple[Msg, ...]
    above: bool = False  # above the inputs (default: below)


@dataclass(frozen=True)
class Wording:
    """What a recogniser reads: the normalised 评分标准 and the indicator it belongs to."""

    text: str  # normalised (services.scoring.rules.wording.normalize)
    weight: Decimal  # the indicator's 分值
    name: str = ""
    points: str = ""  # 评价要点 (labels of ①②③)
    explanation: str = ""  # 指标解释 (may state a rate's formula)


@dataclass(frozen=True)
class Proposed:
    """A recogniser's answer: the scoring items and what was recognised, in words."""

    items: list[dict[str, Any]]
    summary: str
    #: for a text read in parts: the doubts of each part's reading (None: the text was read whole)
    doubts: tuple[str, ...] | None = None

    def doubted(self, *more: str) -> Proposed:
        """The same reading with ``more`` doubts after its own (a reading built on another's, adding what it read)."""
        return Proposed(self.items, self.summary, (*(self.doubts or ()), *more))


@dataclass(frozen=True)
class Recogniser:
    """One wording of 评分标准 a rule type recognises. Lower ``order`` is tried first, across all rule types.

    Orders are spaced by 10 so that a new wording can sit between two without renumbering the rest: give it a number
    between its neighbours' (``tiers._base_count_steps``, 815, is tried just before ``tiers._count_ladder``, 820). No
    two recognisers share an order (``tests/test_rule_registry.py``).

    ``needs``: the words without which the wording cannot be there (from ``KEY_WORDS`` in
    ``services.scoring.rules``, which sets it); a text holding none of them is not read. None: always read.
    """

    order: int
    recognise: Callable[[Wording], Proposed | None]
    needs: re.Pattern[str] | None = None

    @property
    def name(self) -> str:
        """“module._function”: how ``KEY_WORDS`` names the recogniser."""
        return f"{self.recognise.__module__.rsplit('.', 1)[-1]}.{self.recognise.__name__}"


def _no_notes(params: Params, item_max: Decimal) -> list[Note]:
    return []


def _no_looks(params: Params, item_max: Decimal) -> dict[str, Look]:
    return {}


def _no_description(params: Params, item_max: Decimal) -> Phrase:
    return ()


@dataclass(frozen=True)
class RuleType:
    type: str  # the ``type`` string of the framework file
    name: str  # the Chinese name shown to evaluators
    params: tuple[Param, ...]
    inputs: tuple[Input, ...]
    check: Callable[[Params, Decimal], list[str]]  # problems with the params (empty when sound)
    score: Callable[[Params, Inputs, Decimal], ItemResult]
    proposals: tuple[Recogniser, ...] = ()
    #: the inputs shown for these params (default: all of ``inputs``)
    inputs_for: Callable[[Params], tuple[Input, ...]] | None = None
    looks: Callable[[Params, Decimal], dict[str, Look]] = _no_looks
    notes: Callable[[Params, Decimal], list[Note]] = _no_notes
    #: the rule its params state, in words (“每处扣 0.5 分，扣完为止”), said in the window's language
    describe: Callable[[Params, Decimal], Phrase] = _no_description
    #: kind "option": (key, stored value, text) for each option
    options: Callable[[Params, Decimal], list[tuple[str, Any, Msg]]] | None = None
    #: the item's 分值 follows from its params (e.g. the sum of its points); None when it does not
    max_from_params: Callable[[Params], Decimal] | None = None
    #: the shapes of figure (see services.fieldwork.figures.FIGURE_SHAPES) this rule can be bound to
    binds: frozenset[str] = frozenset()
    #: the inputs a bound figure gives: (params, figure, binding) -> inputs
    from_figure: Callable[[Params, Any, Mapping[str, Any]], dict[str, Any]] | None = None
    #: a binding asks for the level (%) at which the figure counts as met
    bind_at_least: bool = False

    def default_params(self, item_max: Any) -> dict[str, Any]:
        """Params a new item of this type starts with, for an item worth ``item_max``."""
        out = {}
        for p in self.params:
            if p.default is not None:
                out[p.name] = p.default(str(item_max)) if callable(p.default) else copy.deepcopy(p.default)
        return out

    def first_reading(self, w: Wording, skip: Callable[[Wording], Proposed | None] | None = None) -> Proposed | None:
        """What the first of this rule's recognisers, in their order, reads in ``w``, or None; ``skip``: a recogniser
        left out (the caller's own, reading a part of its text)."""
        for r in sorted(self.proposals, key=lambda r: r.order):
            if r.recognise is not skip and (found := r.recognise(w)) is not None:
                return found
        return None

    def shown_inputs(self, params: Params) -> tuple[Input, ...]:
        return self.inputs_for(params) if self.inputs_for else self.inputs

    def item(self, label: str, item_max: Decimal, params: dict[str, Any], key: str = "a") -> dict[str, Any]:
        """A scoring item of this type, numbers written as framework files write them."""
        return {"key": key, "label": label, "max": number_text(item_max), "type": self.type, "params": params}

    def texts(self) -> list[str]:
        """The texts declared as data (names, labels, units), for the translation script."""
        out = [self.name]
        for p in self.params:
            out.append(p.label)
            out += [label for _v, label in p.choices] + [c.label for c in p.columns]
        for i in self.inputs:
            out += [t for t in (i.label, i.unit, i.placeholder) if t]
        return out


def number_text(d: Decimal) -> str:
    """A Decimal written as the framework files write numbers ("0.5", "10")."""
    return plain(d)


# ── shared computation ──────────────────────────────────────────────────────
def clamp(raw: Decimal, item_max: Decimal, words: Phrase | Msg | str) -> ItemResult:
    words = as_phrase(words)
    if raw < ZERO:
        return ItemResult(ZERO, words + said(T("，扣完为止，计 0 分")), raw)
    if raw > item_max:
        return ItemResult(item_max, words + said(msg(T("，不超过满分，计 %1 分"), fmt(item_max))), raw)
    return ItemResult(raw, words, raw)


def dec(params: Params, key: str, default: Any = None) -> Decimal:
    value = params.get(key, default)
    return to_decimal(value, key, allow_negative=True)


def need(params: Params, *keys: str, nonneg: bool = True) -> list[str]:
    """The problems of number parameters a rule needs (missing, not a number, negative), each said."""
    problems: list[str] = []
    for k in keys:
        if k not in params or params[k] is None:
            problems.append(refusal("缺少参数 {key}", key=k))
            continue
        try:
            d = to_decimal(params[k], k, allow_negative=True)
        except RuleInputError:
            problems.append(refusal("参数 {key} 不是数字：{value}", key=k, value=repr(params[k])))
            continue
        if nonneg and d < 0:
            problems.append(refusal("参数 {key} 不能为负数", key=k))
    return problems


def deduct_points(params: Params, item_max: Decimal) -> Decimal:
    d = dec(params, "deduct")
    if params.get("deduct_mode", "points") == "percent_of_max":
        return item_max * d / HUNDRED
    return d


def deduct_words(params: Params, item_max: Decimal) -> Msg:
    if params.get("deduct_mode", "points") == "percent_of_max":
        return msg(T("扣分值的 %1%（%2 分）"), fmt(dec(params, "deduct")), fmt(deduct_points(params, item_max)))
    return msg(T("扣 %1 分"), fmt(dec(params, "deduct")))


#: the deduction modes of threshold and upper-bound rules
DEDUCT_MODES = (("points", T("扣分")), ("percent_of_max", T("扣分值的百分比")))
#: how a value is entered: typed, or as numerator ÷ denominator
INPUT_MODES = (("value", T("直接填写比率")), ("ratio", T("分子 ÷ 分母")))

VALUE = Input("value", T("实际值"), "number", "%", label_param="value_label", unit_param="unit")
NUMERATOR = Input("numerator", T("分子"), "numerator", label_param="numerator_label")
DENOMINATOR = Input("denominator", T("分母"), "denominator", label_param="denominator_label")


def value_or_ratio_inputs(params: Params) -> tuple[Input, ...]:
    return (NUMERATOR, DENOMINATOR) if params.get("input", "value") == "ratio" else (VALUE,)


def value_or_ratio(params: Params, inputs: Inputs) -> tuple[Decimal, Msg] | None:
    """The measured value: typed directly, or numerator ÷ denominator × 100%."""
    label = params.get("value_label", "值")
    said_label = params.get("value_label") or msg(T("值"))  # a default of the rule is said in the window's language
    if params.get("input", "value") == "ratio" or ("numerator" in inputs and "value" not in inputs):
        if inputs.get("numerator") in (None, "") and inputs.get("denominator") in (None, ""):
            return None
        n_label = params.get("numerator_label", "分子")
        d_label = params.get("denominator_label", "分母")
        n_said = params.get("numerator_label") or msg(T("分子"))
        d_said = params.get("denominator_label") or msg(T("分母"))
        n = to_decimal(inputs.get("numerator"), n_label)
        d = to_decimal(inputs.get("denominator"), d_label)
        if d == 0:
            raise RuleInputError(refusal("“{d_label}”不能为 0", d_label=d_label))
        v = n * HUNDRED / d  # multiplied before dividing
        return v, msg(T("%1 = %2 %3 ÷ %4 %5 × 100% = %6"), said_label, n_said, fmt(n), d_said, fmt(d), pct(v))
    if inputs.get("value") in (None, ""):
        return None
    v = to_decimal(inputs.get("value"), label, allow_negative=True)
    unit = params.get("unit", "%")
    return v, msg(T("%1 %2%3"), said_label, fmt(v), unit)


def exact_value(params: Params, inputs: Inputs) -> Fraction:
    """The measured value of ``value_or_ratio`` (called first: it checks the inputs) as an exact
    fraction, so that a rule's arithmetic divides once, at the end."""
    if params.get("input", "value") == "ratio" or ("numerator" in inputs and "value" not in inputs):
        return Fraction(to_decimal(inputs.get("numerator"))) * 100 / Fraction(to_decimal(inputs.get("denominator")))
    return Fraction(to_decimal(inputs.get("value"), allow_negative=True))


def percent_from_figure(params: Params, fig: Any, binding: Mapping[str, Any]) -> dict[str, Any]:
    """A percentage figure as a value, or as its two numbers when the rule takes a ratio."""
    if params.get("input") == "ratio" and fig.numerator is not None:
        return {"numerator": format(fig.numerator, "f"), "denominator": format(fig.denominator, "f")}
    return {"value": format(fig.value, "f")}
