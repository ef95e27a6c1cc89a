"""A safe arithmetic evaluator for formula rules: Decimal arithmetic over named variables.

Only numbers, names, + − × ÷, unary minus, parentheses and the functions min, max, abs and round
are accepted; anything else (attribute access, calls to other names, comparisons …) is refused
when the framework is loaded. Never Python's eval.
"""
from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Decimal, DivisionByZero, InvalidOperation

from models.messages import said
from services.core.numbers import RuleInputError

_FUNCS: dict[str, Callable[..., Decimal]] = {
    "min": lambda *a: min(a),
    "max": lambda *a: max(a),
    "abs": lambda a: abs(a),
    "round": lambda a, n=Decimal(0): a.quantize(Decimal(1).scaleb(-int(n)), rounding=ROUND_HALF_UP),
}
_BINOPS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


class FormulaError(ValueError):
    pass


def parse(expression: str) -> ast.Expression:
    text = expression.replace("×", "*").replace("÷", "/").replace("（", "(").replace("）", ")")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        raise FormulaError(said("公式“{expression}”无法解析", expression=expression)) from None
    for node in ast.walk(tree):
        if isinstance(node, (ast.Expression, ast.Load, ast.operator, ast.unaryop)):
            if isinstance(node, ast.operator) and type(node) not in _BINOPS:
                raise FormulaError(said("公式“{expression}”使用了不支持的运算", expression=expression))
            continue
        if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Name)):
            if isinstance(node, ast.UnaryOp) and not isinstance(node.op, (ast.USub, ast.UAdd)):
                raise FormulaError(said("公式“{expression}”使用了不支持的运算", expression=expression))
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and not node.keywords:
            continue
        raise FormulaError(said("公式“{expression}”包含不允许的内容", expression=expression))
    return tree


def names(expression: str) -> set[str]:
    tree = parse(expression)
    called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call)}
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - called


def evaluate(expression: str, variables: Mapping[str, Decimal]) -> Decimal:
    tree = parse(expression)

    def ev(node: ast.AST) -> Decimal:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name):
            if node.id not in variables:
                raise RuleInputError(said("公式缺少变量“{id}”的值", id=node.id))
            return variables[node.id]
        if isinstance(node, ast.UnaryOp):
            v = ev(node.operand)
            return -v if isinstance(node.op, ast.USub) else v
        if isinstance(node, ast.BinOp):
            return _BINOPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.Call):
            return _FUNCS[node.func.id](*[ev(a) for a in node.args])
        raise FormulaError(said("公式包含不允许的内容"))

    try:
        return ev(tree)
    except (DivisionByZero, InvalidOperation, ZeroDivisionError):
        raise RuleInputError(said("公式计算时出现除以零")) from None
    except TypeError:
        raise RuleInputError(said("公式中函数的参数个数不对")) from None
