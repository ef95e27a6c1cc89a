"""Indicator frameworks (指标体系) as data files: listing, loading and validation.

The file format is documented in docs/framework-format.md. Built-in frameworks live in
``resources/templates/``; the evaluator's own in the user template folder. A framework that does
not add up is refused with one message per problem, each naming the indicator and the field.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from models.paths import resource_path
from services.core.files import atomic_write_text
from services.core.numbers import RuleInputError, fmt, to_decimal
from services.scoring import grades, rounding
from services.scoring.rules import check_item

FORMAT = "fieldeval-framework/1"
DEFAULT_CATEGORIES = [
    {"code": "A", "name": "政策制度落实程度"},
    {"code": "B", "name": "项目管理规范程度"},
    {"code": "C", "name": "资金分配科学程度"},
    {"code": "D", "name": "资金使用规范程度"},
    {"code": "E", "name": "资金效益实现程度"},
]
NA_POLICIES = ("proportional", "none")


class FrameworkError(ValueError):
    """A framework file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        super().__init__(f"指标体系“{source}”有 {len(problems)} 处问题：\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass
class Framework:
    id: str
    name: str
    full_marks: Decimal  # 满分 (the framework's "total")
    nodes: list[dict[str, Any]]
    grade_scheme: Any = "national"
    finding_categories: list[dict[str, str]] = field(default_factory=lambda: list(DEFAULT_CATEGORIES))
    na_policy: str = "proportional"
    description: str = ""
    source: Path | None = None
    precision: Decimal = rounding.DEFAULT_PRECISION  # scores are printed (and rounded) to this

    def walk(self) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None, int]]:
        """(node, parent, level) in tree order."""
        def rec(nodes, parent, level):
            for n in nodes:
                yield n, parent, level
                yield from rec(n.get("children") or [], n, level + 1)
        yield from rec(self.nodes, None, 1)

    def leaves(self) -> list[dict[str, Any]]:
        return [n for n, _, _ in self.walk() if "items" in n]

    def scheme(self) -> grades.GradeScheme:
        return grades.resolve(self.grade_scheme)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "id": self.id, "name": self.name, "description": self.description,
                "total": format(self.full_marks, "f"), "grade_scheme": self.grade_scheme,
                "finding_categories": self.finding_categories, "na_policy": self.na_policy,
                "precision": format(self.precision, "f"), "nodes": self.nodes}


@dataclass(frozen=True)
class FrameworkInfo:
    id: str
    name: str
    path: Path
    builtin: bool
    leaves: int


def _label(node: dict[str, Any]) -> str:
    return f"“{node.get('name', '?')}”（{node.get('code', '无编号')}）"


def check(data: Any) -> list[str]:
    """Every problem of a framework given as parsed JSON (an empty list when it is sound)."""
    if not isinstance(data, dict):
        return ["文件内容不是一个指标体系对象（应为 JSON 对象）"]
    problems: list[str] = []
    if data.get("format", FORMAT) != FORMAT:
        problems.append(f"format 应为 “{FORMAT}”，实为 “{data.get('format')}”")
    for key in ("id", "name"):
        if not str(data.get(key) or "").strip():
            problems.append(f"缺少字段 {key}")
    try:
        total = to_decimal(data.get("total", "100"), "total")
    except RuleInputError as exc:
        problems.append(f"total：{exc}")
        total = None
    problems += [f"grade_scheme：{p}" for p in grades.check_scheme(data.get("grade_scheme", "national"))]
    if data.get("na_policy", "proportional") not in NA_POLICIES:
        problems.append(f"na_policy 只能是 {' 或 '.join(NA_POLICIES)}")
    precision = None  # checked against the 分值 only when the file declares it (older files: 0.01)
    if data.get("precision") is not None:
        try:
            precision = rounding.parse_precision(data["precision"])
        except ValueError as exc:
            problems.append(str(exc))

    def off_grid(value: Decimal) -> bool:
        return precision is not None and value % precision != 0

    if total is not None and off_grid(total):
        problems.append(f"总分 total {fmt(total, 4)} 不是得分精度 {precision} 的整数倍")
    cats = data.get("finding_categories", DEFAULT_CATEGORIES)
    if not isinstance(cats, list) or not all(isinstance(c, dict) and c.get("code") and c.get("name") for c in cats):
        problems.append("finding_categories 应为 [{code, name}] 列表")
    nodes = data.get("nodes")
    if not isinstance(nodes, list) or not nodes:
        problems.append("缺少指标 nodes")
        return problems
    codes: set[str] = set()

    def rec(node: Any, where: str) -> Decimal | None:
        if not isinstance(node, dict):
            problems.append(f"{where}：指标应为 JSON 对象")
            return None
        label = _label(node)
        code = str(node.get("code") or "").strip()
        if not code:
            problems.append(f"{label}：缺少编号 code")
        elif code in codes:
            problems.append(f"{label}：编号 code 重复")
        codes.add(code)
        if not str(node.get("name") or "").strip():
            problems.append(f"{label}：缺少名称 name")
        try:
            weight = to_decimal(node.get("weight"), "weight")
        except RuleInputError as exc:
            problems.append(f"{label}：分值 weight {exc}")
            weight = None
        if weight is not None and off_grid(weight):
            problems.append(f"{label}：分值 weight {fmt(weight, 4)} 不是得分精度 {precision} 的整数倍")
        has_children, has_items = "children" in node, "items" in node
        if has_children == has_items:
            problems.append(f"{label}：应有下级指标 children 或评分项 items 之一（且只能有一个）")
            return weight
        if has_children:
            children = node["children"]
            if not isinstance(children, list) or not children:
                problems.append(f"{label}：children 不能为空")
                return weight
            sums = [rec(c, label) for c in children]
            known = [w for w in sums if w is not None]
            if weight is not None and len(known) == len(sums) and sum(known, Decimal(0)) != weight:
                problems.append(f"{label}：下级指标分值之和 {fmt(sum(known, Decimal(0)), 4)} 不等于其分值 weight {fmt(weight, 4)}")
            return weight
        items = node["items"]
        if not isinstance(items, list) or not items:
            problems.append(f"{label}：评分项 items 不能为空")
            return weight
        keys, item_sum, ok = set(), Decimal(0), True
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict):
                problems.append(f"{label}：第 {i} 个评分项应为 JSON 对象")
                ok = False
                continue
            key = item.get("key")
            name = f"评分项“{item.get('label') or key or i}”"
            if not key:
                problems.append(f"{label}：{name}缺少 key")
            elif key in keys:
                problems.append(f"{label}：{name}的 key 重复")
            keys.add(key)
            sub = check_item(item)
            problems.extend(f"{label}：{name}：{p}" for p in sub)
            try:
                item_sum += to_decimal(item.get("max"), "max")
            except RuleInputError:
                ok = False
        if ok and weight is not None and item_sum != weight:
            problems.append(f"{label}：评分项分值之和 {fmt(item_sum, 4)} 不等于指标分值 weight {fmt(weight, 4)}")
        return weight

    sums = [rec(n, "nodes") for n in nodes]
    known = [w for w in sums if w is not None]
    if total is not None and len(known) == len(sums) and sum(known, Decimal(0)) != total:
        problems.append(f"一级指标分值之和 {fmt(sum(known, Decimal(0)), 4)} 不等于总分 total {fmt(total, 4)}")
    return problems


class _Unusual(Exception):
    """A value ``dumps`` leaves to the json module (a key that is not text, a type JSON has no word for)."""


_ENCODE_STR = encode_basestring  # the C function when available, as json.dumps uses it


def dumps(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, character for character, in a third of the time.

    The json module encodes an indented document in pure Python (its C encoder only writes compact
    text); a 10,000-indicator framework takes half a second that way. This writes the same text
    from plain dicts, lists, text, numbers, booleans and None; anything else (a key that is not
    text, a Decimal, a loop) goes to ``json.dumps`` itself, which gives the same text or the same error.
    """
    out: list[str] = []
    try:
        _dump(data, "\n", out)
    except (_Unusual, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


def _dump(o: Any, newline: str, out: list[str]) -> None:
    """Append ``o`` indented as json.dumps(indent=2) writes it; ``newline`` is "\\n" and the indent of its line."""
    if isinstance(o, str):
        out.append(_ENCODE_STR(o))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(_float(o))
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        inner = newline + "  "
        sep = "," + inner
        out.append("[" + inner)
        first = True
        for v in o:
            if first:
                first = False
            else:
                out.append(sep)
            if type(v) is str:
                out.append(_ENCODE_STR(v))
            else:
                _dump(v, inner, out)
        out.append(newline + "]")
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        inner = newline + "  "
        sep = "," + inner
        out.append("{" + inner)
        first = True
        for k, v in o.items():
            if not isinstance(k, str):
                raise _Unusual
            if first:
                first = False
            else:
                out.append(sep)
            out.append(_ENCODE_STR(k))
            out.append(": ")
            if type(v) is str:
                out.append(_ENCODE_STR(v))
            else:
                _dump(v, inner, out)
        out.append(newline + "}")
    else:
        raise _Unusual


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == float("inf"):
        return "Infinity"
    if o == float("-inf"):
        return "-Infinity"
    return float.__repr__(o)


def _default_scheme() -> str:
    """The evaluator's default grade scheme (services/settings.py) for a framework that names none."""
    from services.settings import load as load_settings

    return load_settings().grade_scheme


def from_dict(data: Any, source: str = "指标体系") -> Framework:
    problems = check(data)
    if problems:
        raise FrameworkError(source, problems)
    return Framework(id=str(data["id"]), name=str(data["name"]), full_marks=to_decimal(data.get("total", "100")),
                     nodes=data["nodes"], grade_scheme=data.get("grade_scheme") or _default_scheme(),
                     finding_categories=data.get("finding_categories", list(DEFAULT_CATEGORIES)),
                     na_policy=data.get("na_policy", "proportional"), description=data.get("description", ""),
                     precision=rounding.parse_precision(data.get("precision")))


def read_file(path: Path | str) -> Framework:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FrameworkError(path.name, ["找不到该文件"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(path.name, [f"无法读取文件（{exc.__class__.__name__}）：请确认是 UTF-8 编码的 JSON 文件"]) from None
    try:
        data = json.loads(text)
        fw = from_dict(data, path.name)
    except json.JSONDecodeError as exc:
        raise FrameworkError(path.name, [f"不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列附近 {exc.msg}"]) from None
    except RecursionError:  # a hostile file nested hundreds of levels deep
        raise FrameworkError(path.name, ["层级过深（嵌套数百层），不是有效的指标体系：指标最多三级"]) from None
    fw.source = path
    return fw


def builtin_dir() -> Path:
    return resource_path("templates")


def _scan(folder: Path, builtin: bool) -> list[FrameworkInfo]:
    found = []
    for p in sorted(folder.glob("*.json")):
        try:
            data = json.loads(p.read_text(encoding="utf-8-sig"))
            leaves = sum(1 for _ in _iter_leaves(data.get("nodes") or []))
            found.append(FrameworkInfo(str(data.get("id") or p.stem), str(data.get("name") or p.stem), p, builtin, leaves))
        except (OSError, ValueError, AttributeError):
            continue  # an unreadable user file is reported by check-framework, not listed
    return found


def _iter_leaves(nodes):
    for n in nodes:
        if isinstance(n, dict):
            if "items" in n:
                yield n
            yield from _iter_leaves(n.get("children") or [])


def user_template_dir() -> Path:
    """The user template folder: the one chosen in the settings (services/settings.py), else the default."""
    from services.settings import load as load_settings

    folder = load_settings().templates_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def list_frameworks(include_user: bool = True) -> list[FrameworkInfo]:
    infos = _scan(builtin_dir(), True)
    if include_user:
        infos += _scan(user_template_dir(), False)
    return infos


def load(name_or_path: str | Path) -> Framework:
    """A framework by file path, or by the id (or file stem) of a built-in or user framework."""
    p = Path(name_or_path)
    if p.suffix.lower() == ".json" and p.exists():
        return read_file(p)
    for info in list_frameworks():
        if str(name_or_path) in (info.id, info.path.stem):
            return read_file(info.path)
    known = "、".join(i.id for i in list_frameworks())
    raise FrameworkError(str(name_or_path), [f"找不到这个指标体系（可用：{known}）"])


def save_user_template(fw: Framework, file_name: str | None = None) -> Path:
    """Write a framework into the user template folder (validated first)."""
    problems = check(fw.to_dict())
    if problems:
        raise FrameworkError(fw.name, problems)
    target = user_template_dir() / (file_name or f"{fw.id}.json")
    return atomic_write_text(target, dumps(fw.to_dict()))
