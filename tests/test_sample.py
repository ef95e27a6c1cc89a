"""The seed evaluation (数字衡阳 2024) reproduced end to end, read back from a real file."""
import json
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from services.evaluation import assessments, findings

ROOT = Path(__file__).resolve().parent.parent

# 附件1 of the seed report: every 三级指标 with its 分值 and 得分.
SEED_LEAVES = [
    ("预算支出决策（项目立项）依据充分性", "2.5", "2.0"), ("决策（立项）程序规范性", "1.5", "0.5"),
    ("绩效目标合理性", "3", "2"), ("绩效指标明确性", "3", "2"), ("预算编制科学性", "3", "1.5"),
    ("资金分配合理性", "2", "2"), ("资金到位率", "4", "4"), ("预算执行率", "5", "5"),
    ("资金使用合规性", "6", "0"), ("管理制度健全性", "4", "3.3"), ("制度执行有效性", "6", "2.5"),
    ("“数字衡阳”基础支撑平台", "2", "2"), ("城市监控与报警系统（平安城市）", "2", "2"), ("数字城管系统", "2", "2"),
    ("智能交通系统", "2", "2"), ("应急指挥系统", "2", "2"), ("改造升级完成情况", "3", "3"),
    ("外场设备在线率", "3", "3"), ("竣工验收合格率", "8", "8"), ("验收及时性", "8", "4.4"), ("成本节约率", "8", "8"),
    ("云平台，基础资源整合共享", "2", "0.8"), ("平安城市，市民生活更安全", "2", "2"),
    ("智能交通，市民出行更便捷", "2", "2"), ("应急指挥，提升衡阳应急联动能力", "2", "0.8"),
    ("数字城管，创新城市管理方式", "2", "2"), ("服务对象满意度", "10", "10"),
]
SEED_LEVEL1 = {"决策": ("15", "10", "66.67", "较差"), "过程": ("25", "14.8", "59.20", "差"),
               "产出": ("40", "36.4", "91.00", "优"), "效益": ("20", "17.6", "88.00", "良")}


def test_every_leaf_and_subtotal_of_the_seed(sample_store):
    sheet = assessments.score(sample_store)
    leaves = sheet.leaves()
    assert [(leaf.name, leaf.declared_max, leaf.score) for leaf in leaves] == [(n, D(w), D(s)) for n, w, s in SEED_LEAVES]
    for root in sheet.roots:
        weight, score, rate, grade = SEED_LEVEL1[root.name]
        assert (root.max, root.score, root.rate.quantize(D("0.01")), root.grade) == (D(weight), D(score), D(rate), grade)
    assert sheet.total == D("78.8") and sheet.grade == "较差" and sheet.complete
    for node in sheet.walk():
        if node.children:
            assert node.score == sum(c.score for c in node.children)


def test_override_of_acceptance_timeliness_is_visible(sample_store):
    node = next(n for n in assessments.score(sample_store).leaves() if n.name == "验收及时性")
    assert node.computed == D("3.5") and node.score == D("4.4") and node.override_reason
    assert "9 个月" in node.calculation and "3.5" in node.calculation


def test_rule_explanations_are_written_out(sample_store):
    for leaf in assessments.score(sample_store).leaves():
        assert leaf.calculation and "尚未" not in leaf.calculation, leaf.name


def test_sample_facts_and_findings(sample_store):
    info = assessments.get_info(sample_store)
    assert info.name == "衡阳市信息化建设经费（数字衡阳）项目"
    assert info.fund_total == D("30295.88") and info.onsite_amount == D("16000.00")
    assert info.onsite_amount_qualifier == "＞" and info.project_count == "14（两期）"
    rows = findings.list_findings(sample_store)
    assert len(rows) == 14
    assert [f.category for f in rows] == list("AABBCCCCDDDEEE")
    _counts, line = findings.category_counts(sample_store)
    assert line == "共计发现问题 5 类，问题总数 14 个。其中，A类问题 2 个，B类问题 2 个，C类问题 4 个，D类问题 3 个，E类问题 3 个"
    assert rows[0].amount == D("30295.88")


def run_cli(*args, env_dir):
    import os
    env = {**os.environ, "FIELDEVAL_DATA_DIR": str(env_dir)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


@pytest.mark.slow
def test_cli_sample_and_score_json(tmp_path, data_dir, capsys):
    out = tmp_path / "s.fev"
    r = run_cli("sample", out, env_dir=data_dir)
    assert r.returncode == 0, r.stderr
    r = run_cli("score", out, "--json", env_dir=data_dir)  # format 2: decimal strings at the precision
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["format"] == 2 and data["total"] == "78.80" and data["grade"] == "较差" and data["max"] == "100.00"
    leaves = [n for r1 in data["nodes"] for r2 in r1["children"] for n in r2["children"]]
    assert [(n["name"], n["max"], n["score"]) for n in leaves] == \
           [(name, f"{D(w):.2f}", f"{D(sc):.2f}") for name, w, sc in SEED_LEAVES]
    # the rest in-process (main.main, as python main.py runs it): the command lines above are the real processes
    import main

    code = main.main(["score", str(out), "--json-format", "1"])  # the earlier form, numbers as numbers
    r = capsys.readouterr()
    assert code == 0, r.err
    data = json.loads(r.out)
    assert data["total"] == 78.8 and data["grade"] == "较差" and data["max"] == 100
    got = {n["name"]: (n["score"], n["rate"], n["grade"]) for n in data["nodes"]}
    assert got == {"决策": (10, 66.67, "较差"), "过程": (14.8, 59.2, "差"), "产出": (36.4, 91, "优"), "效益": (17.6, 88, "良")}
    assert any("验收及时性" in w for w in data["warnings"])
    leaf = data["nodes"][2]["children"][2]["children"][0]
    assert leaf["name"] == "验收及时性" and leaf["computed"] == 3.5 and leaf["score"] == 4.4 and leaf["override_reason"]
    # writing over an existing file is refused, in one line, without a traceback
    code = main.main(["sample", str(out)])
    r = capsys.readouterr()
    assert code != 0 and "已存在" in r.err and "Traceback" not in r.err


def test_cli_errors_are_one_line(tmp_path, capsys):
    # in-process (main.main, as python main.py runs it): the process itself is what the other tests here start
    import main

    bad = tmp_path / "x.fev"
    bad.write_text("hello")
    for args in (("score", bad), ("score", tmp_path / "missing.fev"), ("check-framework", bad),
                 ("new", "--framework", "no-such-framework", tmp_path / "n.fev")):
        code = main.main([str(a) for a in args])
        err = capsys.readouterr().err
        assert code == 1 and "Traceback" not in err and err.strip(), args


@pytest.mark.slow
def test_cli_new_and_frameworks(tmp_path, data_dir):
    r = run_cli("frameworks", env_dir=data_dir)
    assert "shuzi-hengyang-2024" in r.stdout and "national-project-2020" in r.stdout
    out = tmp_path / "n.fev"
    r = run_cli("new", "--framework", "national-project-2020", out, env_dir=data_dir)
    assert r.returncode == 0, r.stderr
    r = run_cli("score", out, "--json", env_dir=data_dir)
    data = json.loads(r.stdout)
    assert data["total"] == "0.00" and data["scored"] == 0 and data["leaves"] > 10
    r = run_cli("check-framework", ROOT / "resources/templates/national_project_2020.json", env_dir=data_dir)
    assert r.returncode == 0 and "有效" in r.stdout
