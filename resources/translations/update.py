"""Refresh the English translation: lupdate over ui/, fill from en_glossary.json, lrelease.

    .venv/bin/python resources/translations/update.py

Source strings are Simplified Chinese (the UI language); English is the translation. lupdate keeps
translations already in fieldeval_en.ts (e.g. made in Qt Linguist); the glossary only fills
messages still unfinished, by exact source text.

Glossary keys are the source text; "Context::source" gives one context its own wording (e.g. 问题 is a
finding elsewhere but a question on the survey page), and "source::comment" matches tr(source, comment).

lupdate only sees tr()/translate() calls with literal text. Modules that translate through a helper
bound to a fixed context (``_t = translator("SurveyPage")``, ui/i18n.py; or a module's own
``def _t(text): return QCoreApplication.translate("SurveyPage", text)``) are looked up at run time under
that context, so this script adds those messages itself:
- every literal ``_t("…")`` call of such a helper;
- the Chinese strings of the module's top-level tables (e.g. the rule parameter labels), which the
  module passes through the helper as variables;
- the service-side names the window shows through a helper (SERVICE_STRINGS below);
- the words of the charts (every ``T("…")`` in services/fieldwork/chart_data.py, context ``Charts``);
- the stored values of a closed vocabulary (grade names, roles, categories …: ui/i18n.py ``STORED``);
- what the services say to the evaluator: every literal ``said("…")`` template in services/ and models/
  (models/messages.py), and the Excel import's column roles it names in them (``excel.ROLES``), context
  ``Messages``;
- the scoring rule types' texts (names, parameter and input labels, and every ``T("…")`` in
  services/scoring/rules and services/scoring/engine.py), which the window translates under the context ``RuleTypes``.
Also messages lupdate files under a variable's name (``dlg.tr(…)``) are copied to the real class, and
every ``self.tr("…")`` is made sure to exist under its class (lupdate files some under the empty context).
"""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "fieldeval_en.ts"
QM = HERE / "fieldeval_en.qm"


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


CJK = re.compile(r"[\u4e00-\u9fff]")

# lupdate names the context after the receiver of obj.tr(...); at run time it is the object's class.
RECEIVER_CONTEXTS = {"dlg": ["RecoveryDialog"], "parent": ["ExportPackageDialog", "ImportPackageDialog"]}


def service_strings() -> dict[str, list[str]]:
    """Names from services/ that the window passes through a helper: {context: [source text]}."""
    sys.path.insert(0, str(ROOT))
    from services.fieldwork import chart_data, figures, satisfaction
    from services.frameworks import excel
    from services.reports import DOCUMENTS
    from services.scoring.rules import CONTEXT as RULE_CONTEXT, RULES
    from models.messages import MESSAGES
    from services.teamwork import audit_log
    from ui.i18n import STORED, stored_vocabulary

    rules = [r.name for r in RULES.values()] + ["组合"]
    sources = ["表内保存的规则", "按评分标准识别", "无法识别，酌情评分"]  # excel.LeafProposal.source
    return {
        "ReportDialog": [d.title for d in DOCUMENTS.values()],
        "AuditModel": list(audit_log.ACTIONS.values()),
        "AuditPage": list(audit_log.ACTIONS.values()),
        "ReviewPage": ["未签署", "有效", "已失效（签署后数据有改动）"],  # services.teamwork.assignments.SignOffData.state
        "BindingBar": list(figures.SOURCE_NAMES.values()) + list(figures.FIGURES.values()),
        "SurveyPage": list(satisfaction.METHODS.values()),
        "ImportDialog": list(excel.ROLES.values()) + rules + sources,
        RULE_CONTEXT: [text for r in RULES.values() for text in r.texts()] + rule_marked_texts(),
        chart_data.CONTEXT: marked_texts([ROOT / "services" / "fieldwork" / "chart_data.py"]),  # chart words
        STORED: stored_vocabulary(),  # stored values of a closed vocabulary, shown translated (ui/i18n.py)
        # what the services say to the evaluator (models/messages.py), and the column roles the Excel import
        # names in its messages (services/frameworks/excel.py ``role_name``)
        MESSAGES: said_templates() + list(excel.ROLES.values()),
    }


MESSAGE_MODULES = ("models.messages",)


def said_templates() -> list[str]:
    """Every literal template of ``said("…")`` (and separator of ``joined(…, "；")``) in services/ and models/,
    under whatever name a module imports them from models/messages.py; and the names of the figures a
    binding quotes (services/fieldwork/figures.py), which bindings.py says as messages in their own right, and the
    audit trail's names of stored keys."""
    from services.fieldwork import figures
    from services.teamwork import audit_log

    found = []
    for path in sorted((ROOT / "services").rglob("*.py")) + sorted((ROOT / "models").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        said, joined = set(), set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in MESSAGE_MODULES:
                for alias in node.names:
                    (said if alias.name == "said" else joined if alias.name == "joined" else set()).add(alias.asname or alias.name)
        if path.name == "messages.py" and path.parent.name == "models":
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = node.args
            if node.func.id in said and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                found.append(args[0].value)
            elif (node.func.id in joined and len(args) > 1 and isinstance(args[1], ast.Constant)
                  and isinstance(args[1].value, str)):
                found.append(args[1].value)
    found += list(figures.FIGURES.values()) + list(figures.SOURCE_NAMES.values())
    found += [name for pair in figures.FUND_AMOUNTS.values() for name, _key in pair]
    found += list(audit_log.KEY_NAMES.values())  # the audit trail's names of stored keys (audit_log._key_words)
    return list(dict.fromkeys(found))


def rule_marked_texts() -> list[str]:
    """Every literal ``T("…")`` in the rule type modules (notes, hints, option labels, calculations) and in
    the engine (the calculation of a leaf of several items)."""
    scoring = ROOT / "services" / "scoring"
    return marked_texts(sorted(scoring.joinpath("rules").glob("*.py")) + [scoring / "engine.py"])


def marked_texts(paths: list[Path]) -> list[str]:
    """Every literal ``T("…")`` in these modules."""
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "T"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
    return list(dict.fromkeys(found))


def cjk_strings(node: ast.AST | None) -> list[tuple[str, int]]:
    if node is None:
        return []
    return [(n.value, n.lineno) for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and CJK.search(n.value)]


class VariableTexts(ast.NodeVisitor):
    """tr(label) with a variable: the label's possible values, when they are literal tables in the same module.

    Handles ``for text, key in (("…", k), …): self.tr(text)``, ``for key, label in self.FIELDS: tr(label)``,
    ``for k, text in TABLE.items(): _t(text)`` and ``self.tr(COLUMNS[section])`` where the table is a literal
    assigned at module or class level.
    """

    def __init__(self, tree: ast.Module, helpers: dict[str, str]):
        self.helpers = helpers
        self.tables: dict[str, ast.AST] = {}
        for node in ast.walk(tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                for target in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                    if isinstance(target, ast.Name):
                        self.tables.setdefault(target.id, node.value)
        self.classes: list[str] = []
        self.loops: list[ast.For] = []
        self.found: list[tuple[str, str, int]] = []

    def visit_ClassDef(self, node):  # noqa: N802 - ast's name
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_For(self, node):  # noqa: N802
        self.loops.append(node)
        self.generic_visit(node)
        self.loops.pop()

    def table(self, expr: ast.AST) -> ast.AST | None:
        while isinstance(expr, ast.Call):  # TABLE.items(), enumerate(TABLE)
            if isinstance(expr.func, ast.Attribute):
                expr = expr.func.value
            elif expr.args:
                expr = expr.args[0]
            else:
                return None
        if isinstance(expr, (ast.Tuple, ast.List, ast.Dict)):
            return expr
        name = expr.id if isinstance(expr, ast.Name) else expr.attr if isinstance(expr, ast.Attribute) else None
        return self.tables.get(name) if name else None

    def visit_Call(self, node):  # noqa: N802
        self.generic_visit(node)
        f, args, ctx = node.func, node.args, None
        if isinstance(f, ast.Name) and f.id in self.helpers:
            ctx = self.helpers[f.id]
        elif (isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(f.value, ast.Name)
              and f.value.id == "self" and self.classes):
            ctx = self.classes[-1]
        elif ((isinstance(f, ast.Attribute) and f.attr == "translate" or isinstance(f, ast.Name) and f.id == "translate")
              and args and isinstance(args[0], ast.Constant)):
            ctx, args = args[0].value, args[1:]
        if ctx is None or not args:
            return
        if isinstance(args[0], ast.Constant):
            # self.tr("…") runs under the class's name; lupdate sometimes files it elsewhere (e.g. under "")
            if isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(args[0].value, str):
                self.found.append((ctx, args[0].value, node.lineno))
            return
        arg = args[0]
        tables = []
        if isinstance(arg, ast.Subscript):
            tables.append(self.table(arg.value))
        names = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
        for loop in self.loops:
            targets = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
            if targets & names:
                tables.append(self.table(loop.iter))
        for t in tables:
            self.found += [(ctx, text, line) for text, line in cjk_strings(t)]


def helper_messages() -> list[tuple[str, str, str, int]]:
    """(context, source, file, line) for the modules' own translate helpers (see the module docstring)."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = "../../" + path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and len(node.body) == 1 and isinstance(node.body[0], ast.Return):
                call = node.body[0].value
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and call.args
                        and isinstance(call.args[0], ast.Constant) and call.args[0].value):
                    helpers[node.name] = call.args[0].value
            # _t = translator("SurveyPage") (ui/i18n.py): a module's strings under one context
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                    and node.value.func.id == "translator" and node.value.args
                    and isinstance(node.value.args[0], ast.Constant) and node.value.args[0].value):
                helpers[node.targets[0].id] = node.value.args[0].value
        variable = VariableTexts(tree, helpers)
        variable.visit(tree)
        found += [(ctx, text, rel, line) for ctx, text, line in variable.found]
        if not helpers:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((helpers[node.func.id], node.args[0].value, rel, node.lineno))
        if len(set(helpers.values())) == 1:
            ctx = next(iter(helpers.values()))
            for stmt in tree.body:
                if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
                    for node in ast.walk(stmt):
                        if isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value):
                            found.append((ctx, node.value, rel, node.lineno))
    for ctx, texts in service_strings().items():
        found += [(ctx, t, "", 0) for t in texts]
    return found


def add_messages(root: ET.Element, previous: dict[tuple[str, str], ET.Element]) -> int:
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    have = {(name, m.findtext("source")) for name, c in contexts.items() for m in c.iter("message")}
    wanted = list(helper_messages())
    for receiver, classes in RECEIVER_CONTEXTS.items():
        if receiver in contexts:
            for m in contexts[receiver].iter("message"):
                wanted += [(cls, m.findtext("source"), "", 0) for cls in classes]
    added = 0
    for ctx, src, filename, line in wanted:
        if (ctx, src) in have:
            continue
        have.add((ctx, src))
        if ctx not in contexts:
            c = ET.SubElement(root, "context")
            ET.SubElement(c, "name").text = ctx
            contexts[ctx] = c
        msg = ET.SubElement(contexts[ctx], "message")
        if filename:
            ET.SubElement(msg, "location", filename=filename, line=str(line))
        ET.SubElement(msg, "source").text = src
        old = previous.get((ctx, src))
        tr = ET.SubElement(msg, "translation")
        if old is not None and (old.text or "").strip() and old.get("type") != "unfinished":
            tr.text = old.text
        else:
            tr.set("type", "unfinished")
        added += 1
    return added


def main() -> int:
    previous = {}
    if TS.exists():  # lupdate drops what it cannot see itself; keep those translations for add_messages
        for c in ET.parse(TS).getroot().iter("context"):
            for m in c.iter("message"):
                previous[(c.findtext("name") or "", m.findtext("source") or "")] = m.find("translation")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    glossary = json.loads((HERE / "en_glossary.json").read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    added = add_messages(tree.getroot(), previous)
    filled = missing = 0
    for ctx, msg in ((c.findtext("name") or "", m) for c in tree.getroot().iter("context") for m in c.iter("message")):
        src = msg.findtext("source") or ""
        keys = [f"{ctx}::{src}", src]  # a context's own wording first
        if msg.findtext("comment"):  # tr(text, disambiguation)
            keys.insert(0, f"{src}::{msg.findtext('comment')}")
        key = next((k for k in keys if k in glossary), None)
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") == "unfinished" or not (tr.text or "").strip():
            if key is not None:
                tr.text = glossary[key]
                tr.attrib.pop("type", None)
                filled += 1
            else:
                missing += 1
    ET.indent(tree, space="    ")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    print(f"added {added} helper/service messages; filled {filled} from the glossary; "
          f"{missing} still in Chinese; wrote {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
