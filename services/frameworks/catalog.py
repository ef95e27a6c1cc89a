"""Indicator frameworks (指标体系) as data files: listing, loading and validation.

The file format is documented in docs/framework-format.md. Built-in frameworks live in
``resources/templates/``; the evaluator's own in the user template folder. A framework that does
not add up is refused with one message per problem, each naming the indicator and the field.

Every problem is said (models/messages.py): ``str()`` of it is the Chinese the command line and the log
read, and the window shows it in its own language (ui/i18n.py ``message_text``).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from models.messages import LINE_BREAK, Said, joined, message_of, said
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

    def __init__(self, source: str, problems: Sequence[str]):
        self.source = source
        self.problems = list(problems)
        super().__init__(said("指标体系“{source}”有 {count} 处问题：\n{problems}", source=source, count=len(problems),
                              problems=joined([said("  - {problem}", problem=p) for p in problems], LINE_BREAK)))


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


def _label(node: dict[str, Any]) -> Said:
    code = node["code"] if "code" in node else said("无编号")
    return said("“{name}”（{code}）", name=node.get("name", "?"), code=code)


def check(data: Any) -> list[Said]:
    """Every problem of a framework given as parsed JSON (an empty list when it is sound), each said."""
    if not isinstance(data, dict):
        return [said("文件内容不是一个指标体系对象（应为 JSON 对象）")]
    problems: list[Said] = []
    if data.get("format", FORMAT) != FORMAT:
        problems.append(said("format 应为 “{expected}”，实为 “{found}”", expected=FORMAT, found=data.get("format")))
    for key in ("id", "name"):
        if not str(data.get(key) or "").strip():
            problems.append(said("缺少字段 {key}", key=key))
    try:
        total = to_decimal(data.get("total", "100"), "total")
    except RuleInputError as exc:
        problems.append(said("total：{problem}", problem=exc))
        total = None
    problems += [said("grade_scheme：{problem}", problem=p) for p in grades.check_scheme(data.get("grade_scheme", "national"))]
    if data.get("na_policy", "proportional") not in NA_POLICIES:
        problems.append(said("na_policy 只能是 {first} 或 {second}", first=NA_POLICIES[0], second=NA_POLICIES[1]))
    precision = None  # checked against the 分值 only when the file declares it (older files: 0.01)
    if data.get("precision") is not None:
        try:
            precision = rounding.parse_precision(data["precision"])
        except ValueError as exc:
            problems.append(message_of(exc))  # said by services/scoring/rounding.py

    def off_grid(value: Decimal) -> bool:
        return precision is not None and value % precision != 0

    if total is not None and off_grid(total):
        problems.append(said("总分 total {total} 不是得分精度 {precision} 的整数倍", total=fmt(total, 4), precision=precision))
    cats = data.get("finding_categories", DEFAULT_CATEGORIES)
    if not isinstance(cats, list) or not all(isinstance(c, dict) and c.get("code") and c.get("name") for c in cats):
        problems.append(said("finding_categories 应为 {shape} 列表", shape="[{code, name}]"))
    nodes = data.get("nodes")
    if not isinstance(nodes, list) or not nodes:
        problems.append(said("缺少指标 nodes"))
        return problems
    codes: set[str] = set()

    def rec(node: Any, parent: Any) -> Decimal | None:
        if not isinstance(node, dict):
            where = _label(parent) if isinstance(parent, dict) else parent
            problems.append(said("{where}：指标应为 JSON 对象", where=where))
            return None

        def label() -> Said:  # made only for a problem: most nodes have none
            return _label(node)

        code = str(node.get("code") or "").strip()
        if not code:
            problems.append(said("{label}：缺少编号 code", label=label()))
        elif code in codes:
            problems.append(said("{label}：编号 code 重复", label=label()))
        codes.add(code)
        if not str(node.get("name") or "").strip():
            problems.append(said("{label}：缺少名称 name", label=label()))
        try:
            weight = to_decimal(node.get("weight"), "weight")
        except RuleInputError as exc:
            problems.append(said("{label}：分值 weight {problem}", label=label(), problem=exc))
            weight = None
        if weight is not None and off_grid(weight):
            problems.append(said("{label}：分值 weight {weight} 不是得分精度 {precision} 的整数倍", label=label(),
                                 weight=fmt(weight, 4), precision=precision))
        has_children, has_items = "children" in node, "items" in node
        if has_children == has_items:
            problems.append(said("{label}：应有下级指标 children 或评分项 items 之一（且只能有一个）", label=label()))
            return weight
        if has_children:
            children = node["children"]
            if not isinstance(children, list) or not children:
                problems.append(said("{label}：children 不能为空", label=label()))
                return weight
            sums = [rec(c, node) for c in children]
            known = [w for w in sums if w is not None]
            if weight is not None and len(known) == len(sums) and sum(known, Decimal(0)) != weight:
                problems.append(said("{label}：下级指标分值之和 {sum} 不等于其分值 weight {weight}", label=label(),
                                     sum=fmt(sum(known, Decimal(0)), 4), weight=fmt(weight, 4)))
            return weight
        items = node["items"]
        if not isinstance(items, list) or not items:
            problems.append(said("{label}：评分项 items 不能为空", label=label()))
            return weight
        keys, item_sum, ok = set(), Decimal(0), True
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict):
                problems.append(said("{label}：第 {number} 个评分项应为 JSON 对象", label=label(), number=i))
                ok = False
                continue
            key = item.get("key")
            name = item.get("label") or key or i
            if not key:
                problems.append(said("{label}：评分项“{item}”缺少 key", label=label(), item=name))
            elif key in keys:
                problems.append(said("{label}：评分项“{item}”的 key 重复", label=label(), item=name))
            keys.add(key)
            sub = check_item(item)
            problems.extend(said("{label}：评分项“{item}”：{problem}", label=label(), item=name, problem=p) for p in sub)
            try:
                item_sum += to_decimal(item.get("max"), "max")
            except RuleInputError:
                ok = False
        if ok and weight is not None and item_sum != weight:
            problems.append(said("{label}：评分项分值之和 {sum} 不等于指标分值 weight {weight}", label=label(),
                                 sum=fmt(item_sum, 4), weight=fmt(weight, 4)))
        return weight

    sums = [rec(n, "nodes") for n in nodes]
    known = [w for w in sums if w is not None]
    if total is not None and len(known) == len(sums) and sum(known, Decimal(0)) != total:
        problems.append(said("一级指标分值之和 {sum} 不等于总分 total {total}", sum=fmt(sum(known, Decimal(0)), 4),
                             total=fmt(total, 4)))
    return problems


class _Unusual(Exception):
    """A value ``dumps`` leaves to the json module (a key that is not text, a type JSON has no word for)."""


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
        out.append(encode_basestring(o))
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
    elif isinstance(o, (list, tuple, dict)):
        is_dict = isinstance(o, dict)
        if not o:
            out.append("{}" if is_dict else "[]")
            return
        inner = newline + "  "
        out.append("{" if is_dict else "[")
        pairs: Iterable[tuple[Any, Any]] = o.items() if isinstance(o, dict) else enumerate(o)
        for k, v in pairs:
            out.append(inner)
            if is_dict:
                if not isinstance(k, str):
                    raise _Unusual
                out.append(encode_basestring(k))
                out.append(": ")
            if type(v) is str:
                out.append(encode_basestring(v))
            else:
                _dump(v, inner, out)
            out.append(",")
        out[-1] = newline + ("}" if is_dict else "]")  # the last element's comma gives way to the bracket
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


def from_dict(data: Any, source: str = said("指标体系")) -> Framework:
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
        raise FrameworkError(path.name, [said("找不到该文件")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(path.name, [said("无法读取文件（{kind}）：请确认是 UTF-8 编码的 JSON 文件",
                                              kind=exc.__class__.__name__)]) from None
    try:
        data = json.loads(text)
        fw = from_dict(data, path.name)
    except json.JSONDecodeError as exc:
        raise FrameworkError(path.name, [said("不是有效的 JSON：第 {line} 行第 {column} 列附近 {reason}", line=exc.lineno,
                                              column=exc.colno, reason=exc.msg)]) from None
    except RecursionError:  # a hostile file nested hundreds of levels deep
        raise FrameworkError(path.name, [said("层级过深（嵌套数百层），不是有效的指标体系：指标最多三级")]) from None
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
    known = joined([i.id for i in list_frameworks()], "、")
    raise FrameworkError(str(name_or_path), [said("找不到这个指标体系（可用：{known}）", known=known)])


def save_user_template(fw: Framework, file_name: str | None = None) -> Path:
    """Write a framework into the user template folder (validated first)."""
    problems = check(fw.to_dict())
    if problems:
        raise FrameworkError(fw.name, problems)
    target = user_template_dir() / (file_name or f"{fw.id}.json")
    return atomic_write_text(target, dumps(fw.to_dict()))
