"""Numbers that add up, end to end: scores entered with ``assess`` on the national framework with three
leaves 不适用, read back with ``score --json`` and from the printed 评分表 (XLSX)."""
from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from main import main
from services.frameworks import catalog
from services.scoring.rounding import apportion, round_half_up

NA_CODES = ("2.1.1", "3.2.1", "4.1.2")  # 3.2.1 is 3.2's only leaf: 3.1, 3.3, 3.4 share 40 (20, 10.67, 9.33)


def cli(capsys, *argv) -> str:
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "Traceback" not in err
    return out


def cli_error(capsys, *argv) -> str:
    rc = main([str(a) for a in argv])
    _out, err = capsys.readouterr()
    assert rc != 0
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def full_mark_inputs(item: dict) -> list[str]:
    """``--input`` arguments that earn an item its full 分值, whatever its rule type."""
    k, t, p = item["key"], item["type"], item.get("params") or {}
    if t == "checklist":
        return [f"{k}.points.{pt['key']}=met" for pt in p["points"]]
    if t == "choice":
        best = max(p["options"], key=lambda o: D(o["score"]))
        return [f"{k}.option={best['key']}"]
    if t == "rate" or (t == "threshold" and p.get("input") == "ratio"):
        return [f"{k}.numerator=30", f"{k}.denominator=30"]
    if t == "threshold":
        return [f"{k}.value={p['full_at']}"]
    if t == "deduction":
        return [f"{k}.count=0"]
    if t == "completion":
        return [f"{k}.target=12", f"{k}.actual=12"]
    if t == "delay":
        return [f"{k}.delay=0"]
    if t == "tiers":
        top = max(p["tiers"], key=lambda x: D(x["score"]))
        return [f"{k}.value={top['min'] if top.get('min') is not None else top['max']}"]
    if t == "judgement":
        return [f"{k}.score={item['max']}", f"{k}.reason=现场核查无扣分事项"]
    if t == "scale":
        best = max(p["levels"], key=lambda lv: D(lv["share"]))
        return [f"{k}.level={best['label']}"]
    if t == "all_or_nothing":
        return [f"{k}.met=是"]
    raise AssertionError(f"no full-mark inputs for {t}")


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n["children"])


def assert_adds_up(data: dict, precision: str) -> None:
    """Every printed subtotal (score and 分值) is the sum of its printed children; the total is the sum
    of the level-1 scores; every figure is written at the precision."""
    places = len(precision.split(".")[1]) if "." in precision else 0
    for n in walk(data["nodes"]):
        for key in ("max", "score"):
            if n[key] is not None:
                assert len(n[key].split(".")[1]) == places if places else "." not in n[key], n
        if n["children"]:
            kids = [c for c in n["children"] if not c["not_applicable"]]
            assert D(n["max"]) == sum((D(c["max"]) for c in kids), D(0)), n["code"]
            scored = [D(c["score"]) for c in kids if c["score"] is not None]
            if scored:
                assert D(n["score"]) == sum(scored, D(0)), n["code"]
        if n["score"] is not None and n["max"] and D(n["max"]):
            assert D(n["score"]) <= D(n["max"])
            assert D(n["rate"]) == round_half_up(D(n["score"]) * 100 / D(n["max"]), D("0.01"))
    assert D(data["total"]) == sum((D(r["score"]) for r in data["nodes"] if r["score"] is not None), D(0))
    assert D(data["max"]) == sum((D(r["max"]) for r in data["nodes"]), D(0))


def xlsx_columns(path):
    """(leaf 分值, leaf 得分) of the printed 评分表, as the cells hold them."""
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    maxima, scores = [], []
    for row in ws.iter_rows(min_row=3):
        if row[0].value == "合计":
            break
        if row[3].value:
            maxima.append(D(str(row[4].value)))
            if isinstance(row[8].value, (int, float)):
                scores.append(D(str(row[8].value)))
    return maxima, scores


def test_national_framework_with_three_leaves_not_applicable_adds_up(tmp_path, capsys):
    fev = tmp_path / "national.fev"
    fw = catalog.load("national-project-2020")
    cli(capsys, "new", "--framework", "national-project-2020", fev)
    for code in NA_CODES:
        cli(capsys, "assess", fev, code, "--na", "本项目无此事项")
    leaves = [n for n in fw.leaves() if n["code"] not in NA_CODES]

    # thirds of each maximum: an exact third, entered as the adjusted score
    for n in leaves:
        third = D(n["weight"]) / 3
        cli(capsys, "assess", fev, n["code"], "--override", third, "--reason", "按三分之一评定")
    data = json.loads(cli(capsys, "score", fev, "--json"))
    assert data["format"] == 2 and data["precision"] == "0.01"
    assert_adds_up(data, "0.01")
    by_code = {n["code"]: n for n in walk(data["nodes"])}
    # 3.2 drops out: 3.1, 3.3 and 3.4 share the 40 points by the largest remainder
    assert [by_code[c]["max"] for c in ("3.1", "3.3", "3.4")] == ["20.00", "10.67", "9.33"]
    assert [by_code[c]["max"] for c in ("2.1.2", "2.1.3")] == ["6.67", "5.33"]
    assert by_code["3.3.1"]["score"] == "3.56"  # 8 / 3 on 8 → 10.67 × ⅓ = 3.5566… → 3.56
    assert D(data["total"]) < 40

    # then full marks, through each rule's own inputs
    for n in leaves:
        args = [a for it in n["items"] for inp in full_mark_inputs(it) for a in ("--input", inp)]
        out = cli(capsys, "assess", fev, n["code"], "--clear-override", *args, "--status", "已评分")
        assert "尚未评分" not in out, out
    data = json.loads(cli(capsys, "score", fev, "--json"))
    assert_adds_up(data, "0.01")
    assert data["total"] == "100.00" and data["max"] == "100.00" and data["rate"] == "100.00"
    assert data["grade"] == "优"
    for n in walk(data["nodes"]):
        if not n["not_applicable"]:
            assert n["score"] == n["max"] and n["grade"] == "优", n["code"]

    # the printed 评分表 adds up the same way
    xlsx = tmp_path / "评分表.xlsx"
    cli(capsys, "report", fev, "--kind", "scoring-sheet", "-o", xlsx)
    maxima, scores = xlsx_columns(xlsx)
    assert sum(scores, D(0)) == D(100)
    assert sum(m for m in maxima) >= D(100)  # 不适用 rows print their declared 分值 beside “不适用”

    # the old float form is still there
    old = json.loads(cli(capsys, "score", fev, "--json-format", "1"))
    assert "format" not in old and old["total"] == 100 and old["grade"] == "优"


def test_assess_refuses_in_one_line_and_changes_nothing(tmp_path, capsys):
    fev = tmp_path / "n.fev"
    cli(capsys, "new", "--framework", "national-project-2020", fev)
    before = cli(capsys, "score", fev, "--json")
    assert "没有编号" in cli_error(capsys, "assess", fev, "9.9.9", "--input", "a.count=1")
    assert "没有评分项" in cli_error(capsys, "assess", fev, "2.1.3", "--input", "z.count=1")
    assert "整数" in cli_error(capsys, "assess", fev, "2.1.3", "--input", "a.count=1.5", "--comment", "不会写入")
    assert "理由" in cli_error(capsys, "assess", fev, "2.1.3", "--override", "1")
    assert "超过" in cli_error(capsys, "assess", fev, "2.1.3", "--override", "9", "--reason", "x")
    assert "末级" in cli_error(capsys, "assess", fev, "2.1", "--na", "x")
    assert "状态" in cli_error(capsys, "assess", fev, "2.1.3", "--status", "完成")
    assert cli(capsys, "score", fev, "--json") == before


def test_assess_comment_status_and_audit(tmp_path, capsys):
    from services.evaluation import assessments

    fev = tmp_path / "n.fev"
    cli(capsys, "new", "--framework", "national-project-2020", fev)
    out = cli(capsys, "--user", "张三", "assess", fev, "2.1.3", "--input", "a.count=1", "--input", "b.count=0",
              "--input", "c.count=0", "--input", "d.count=0", "--comment", "发现 1 例不规范支出")
    assert "2.1.3" in out and "3.50/4.00" in out
    cli(capsys, "assess", fev, "2.1.2", "--input", "a.numerator=85", "--input", "a.denominator=100")
    cli(capsys, "assess", fev, "2.1.2", "--input", "a.numerator=", "--input", "a.numerator=88")
    from services.teamwork import audit_log

    store = assessments.open_evaluation(fev)
    try:
        sheet = assessments.score(store)
        leaf = sheet.find("2.1.3")
        assert leaf.score == D("3.50") and leaf.comment == "发现 1 例不规范支出" and leaf.status == "已评分"
        assert sheet.find("2.1.2").score == D("4.50")  # 88% is 2 points below 90%: 5 − 2 × 0.25
        mine = [r for r in audit_log.list_events(store) if r.actor == "张三"]
        assert {r.field for r in mine} >= {"inputs", "comment"}  # the edits are in the 修改记录, by their author
    finally:
        store.close()
    cli(capsys, "assess", fev, "2.1.3", "--comment", "")
    store = assessments.open_evaluation(fev)
    try:
        assert assessments.score(store).find("2.1.3").comment == ""
    finally:
        store.close()


def test_precision_of_a_tenth_from_framework_file_to_json(tmp_path, capsys):
    data = catalog.load("national-project-2020").to_dict()
    data["precision"] = "0.1"
    data["id"] = "national-tenth"
    path = tmp_path / "tenth.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fev = tmp_path / "t.fev"
    cli(capsys, "new", "--framework", path, fev)
    for code in NA_CODES:
        cli(capsys, "assess", fev, code, "--na", "无此事项")
    for n in catalog.read_file(path).leaves():
        if n["code"] not in NA_CODES:
            cli(capsys, "assess", fev, n["code"], "--override", D(n["weight"]) / 3, "--reason", "三分之一")
    out = json.loads(cli(capsys, "score", fev, "--json"))
    assert out["precision"] == "0.1"
    assert_adds_up(out, "0.1")
    by_code = {n["code"]: n for n in walk(out["nodes"])}
    assert [by_code[c]["max"] for c in ("3.1", "3.3", "3.4")] == ["20.0", "10.7", "9.3"]
    from services.evaluation import assessments
    from services.frameworks import edit

    store = assessments.open_evaluation(fev)
    try:  # the framework taken back out of the evaluation keeps its precision
        assert edit.framework_of(store)["precision"] == "0.1"
    finally:
        store.close()


def test_framework_precision_is_checked():
    data = catalog.load("national-project-2020").to_dict()
    data["precision"] = "0.05"
    assert any("得分精度" in p for p in catalog.check(data))
    data["precision"] = "1"
    data["nodes"][0]["weight"] = "20.5"
    assert any("不是得分精度" in p for p in catalog.check(data))
    data = catalog.load("national-project-2020").to_dict()
    del data["precision"]
    assert catalog.from_dict(data).precision == D("0.01")  # a file from before reads as 0.01


@pytest.mark.parametrize("total,weights,precision,expected", [
    ("10", ["1", "1", "1"], "0.01", ["3.34", "3.33", "3.33"]),
    ("40", ["15", "8", "7"], "0.01", ["20.00", "10.67", "9.33"]),
    ("12", ["5", "4"], "0.1", ["6.7", "5.3"]),
    ("1", ["1", "1", "1", "1", "1", "1"], "0.1", ["0.2", "0.2", "0.2", "0.2", "0.1", "0.1"]),
])
def test_apportion_adds_up(total, weights, precision, expected):
    parts = apportion(D(total), [D(w) for w in weights], D(precision))
    assert [str(p) for p in parts] == expected
    assert sum(parts, D(0)) == D(total)


# ── money ───────────────────────────────────────────────────────────────────
def test_sample_funds_table_adds_up_and_asks_which_figure_to_use(sample_store):
    from services.core.numbers import fmt_money
    from services.evaluation import fund_figures, project
    from services.reports.data import gather

    data = gather(sample_store)
    t = data.fund_table
    for key in fund_figures.MONEY:  # every 合计 is the sum of the printed lines
        printed = [getattr(f, key) for f in data.funds if getattr(f, key) is not None]
        assert all(v == v.quantize(D("0.01")) for v in printed)
        assert getattr(t.total, key) == sum(printed, D(0))
    assert fmt_money(t.total.budget) == "30,754.31" and fmt_money(t.total.arrived) == "30,661.25"
    assert t.arrival_rate == D("99.70") and t.execution_rate == D("98.81")  # from the printed 合计
    assert t.arrival_rate == round_half_up(t.total.arrived * 100 / t.total.budget, D("0.01"))
    keys = [c.key for c in t.open_questions]
    assert keys[:2] == ["spent-paid:30295.87:30295.88", "text-arrival:100.00"]
    spent_paid = t.conflicts[0]
    assert [v for _l, v in spent_paid.figures] == [D("30295.87"), D("30295.88")]
    assert "尚待评价组确认" in spent_paid.answer_text and "30,295.87" in spent_paid.answer_text

    # the evaluator answers: 已支付 for the payments, the table's rate for the text
    fund_figures.answer(sample_store, "spent-paid:30295.87:30295.88", 1)
    fund_figures.answer(sample_store, "text-arrival:100.00", 1)
    data = gather(sample_store)
    answered = {c.key: c for c in data.fund_table.conflicts}
    assert answered["spent-paid:30295.87:30295.88"].chosen == 1
    assert "本报告采用已支付合计" in answered["spent-paid:30295.87:30295.88"].answer_text
    text = "\n".join(sec.body for sec in data.sections)
    assert "资金到位率99.70%" in text and "资金到位率100%" not in text  # the text quotes the table
    # a changed figure asks again
    line = next(f for f in project.list_funds(sample_store) if f.paid is not None)
    project.update_fund(sample_store, line.id, paid=str(line.paid + 1))
    again = fund_figures.of_store(sample_store)
    assert any(c.key.startswith("spent-paid:") and c.chosen is None for c in again.conflicts)
    with pytest.raises(Exception, match="没有这个待确认"):
        fund_figures.answer(sample_store, "spent-paid:30295.87:30295.88", 0)


def test_funds_docx_prints_the_total_row_and_the_notes(sample_path, tmp_path, capsys):
    from docx import Document

    out = tmp_path / "报告.docx"
    cli(capsys, "fund-figures", sample_path, "--use", "spent-paid:30295.87:30295.88=2")
    cli(capsys, "report", sample_path, "--kind", "report", "-o", out)
    doc = Document(str(out))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "年度")
    head = [c.text for c in table.rows[0].cells]
    col = {name: head.index(name) for name in ("预算", "到位", "支出", "已支付")}
    last = [c.text for c in table.rows[-1].cells]
    assert last[0] == "合计" and last[col["支出"]] == "30,295.87" and last[col["已支付"]] == "30,295.88"
    for name, k in col.items():  # every 合计 is the sum of the lines printed above it
        lines = sum((D(r.cells[k].text.replace(",", "")) for r in table.rows[1:-1] if r.cells[k].text), D(0))
        assert f"{lines:,.2f}" == last[k], name
    notes = [p.text for p in doc.paragraphs if "本报告采用已支付合计" in p.text or "尚待评价组确认" in p.text]
    assert notes and any("30,295.88" in n for n in notes)


def test_fund_figures_command_refuses_in_one_line(sample_path, capsys):
    assert "KEY=N" in cli_error(capsys, "fund-figures", sample_path, "--use", "spent-paid")
    assert "没有这个待确认" in cli_error(capsys, "fund-figures", sample_path, "--use", "nothing=1")
    out = cli(capsys, "fund-figures", sample_path)
    assert "资金到位率 99.70%" in out and "待确认 spent-paid:30295.87:30295.88" in out
