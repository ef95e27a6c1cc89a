"""Framework files: the built-ins are valid; every kind of error is refused with a message that
names the indicator and the field."""
import copy
import json

import pytest

from services.core.errors import EditRefused
from services.frameworks import catalog

GOOD = {
    "format": "fieldeval-framework/1", "id": "mini", "name": "小型指标体系", "total": "10", "grade_scheme": "national",
    "nodes": [
        {"code": "1", "name": "决策", "weight": "4", "children": [
            {"code": "1.1", "name": "立项依据充分性", "weight": "4",
             "items": [{"key": "a", "max": "4", "type": "deduction", "params": {"per": "1"}}]}]},
        {"code": "2", "name": "产出", "weight": "6", "children": [
            {"code": "2.1", "name": "实际完成率", "weight": "6",
             "items": [{"key": "a", "max": "6", "type": "completion", "params": {}}]}]},
    ],
}


def broken(mutate):
    data = copy.deepcopy(GOOD)
    mutate(data)
    return catalog.check(data)


def test_builtins_are_valid():
    infos = catalog.list_frameworks()
    ids = {i.id for i in infos}
    assert {"shuzi-hengyang-2024", "national-project-2020"} <= ids
    for info in infos:
        fw = catalog.read_file(info.path)
        assert fw.leaves()
    seed = catalog.load("shuzi-hengyang-2024")
    assert len(seed.leaves()) == 27 and seed.full_marks == 100
    assert all(leaf["explanation"] and leaf["criteria"] for leaf in seed.leaves())


def test_good_framework_passes():
    assert catalog.check(GOOD) == []


@pytest.mark.parametrize("mutate, expected", [
    (lambda d: d["nodes"][0].update(weight="5"), ["“决策”（1）", "下级指标分值之和 4 不等于其分值 weight 5"]),
    (lambda d: d["nodes"][0]["children"][0]["items"][0].update(max="3"), ["“立项依据充分性”（1.1）", "评分项分值之和 3"]),
    (lambda d: d["nodes"][1]["children"][0]["items"][0].update(type="magic"), ["“实际完成率”（2.1）", "未知的评分规则类型"]),
    (lambda d: d["nodes"][0]["children"][0].update(weight="-4"), ["“立项依据充分性”（1.1）", "不能为负数"]),
    (lambda d: d["nodes"][0]["children"][0]["items"][0]["params"].update(per="-1"), ["“立项依据充分性”（1.1）", "per 不能为负数"]),
    (lambda d: d.update(total="12"), ["一级指标分值之和 10 不等于总分 total 12"]),
    (lambda d: d["nodes"][1].update(code="1"), ["编号 code 重复"]),
    (lambda d: d["nodes"][1]["children"][0].pop("name"), ["缺少名称 name"]),
    (lambda d: d["nodes"][1]["children"][0].update(weight="六"), ["“实际完成率”（2.1）", "分值 weight"]),
    (lambda d: d.update(grade_scheme="martian"), ["未知的等级方案"]),
    (lambda d: d["nodes"][0]["children"][0]["items"][0]["params"].pop("per"), ["缺少参数 per"]),
])
def test_each_kind_of_error_is_named(mutate, expected):
    problems = broken(mutate)
    assert problems, "the error was not caught"
    text = "\n".join(problems)
    for e in expected:
        assert e in text


def test_unreadable_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(catalog.FrameworkError, match="不是有效的 JSON"):
        catalog.read_file(bad)
    wrong = tmp_path / "wrong.json"
    data = copy.deepcopy(GOOD)
    data["nodes"][0]["weight"] = "5"
    wrong.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(catalog.FrameworkError) as exc:
        catalog.read_file(wrong)
    assert "决策" in str(exc.value)


def test_cli_check_framework_reports_reasons(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    data = copy.deepcopy(GOOD)
    data["nodes"][0]["children"][0]["items"][0]["type"] = "magic"
    p = tmp_path / "f.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, str(root / "main.py"), "check-framework", str(p)], capture_output=True,
                       text=True, cwd=root, timeout=60)
    assert r.returncode == 1 and "未知的评分规则类型" in r.stderr and "Traceback" not in r.stderr


def test_user_template_roundtrip():
    fw = catalog.from_dict(copy.deepcopy(GOOD))
    path = catalog.save_user_template(fw)
    assert catalog.load("mini").name == "小型指标体系"
    assert any(i.id == "mini" and not i.builtin for i in catalog.list_frameworks())
    assert path.exists()


def test_na_redistribution_proportional(tmp_path):
    from services.evaluation import assessments
    data = copy.deepcopy(GOOD)
    data["nodes"][1]["children"] = [
        {"code": "2.1", "name": "数量", "weight": "2", "items": [{"key": "a", "max": "2", "type": "judgement", "params": {}}]},
        {"code": "2.2", "name": "质量", "weight": "4", "items": [{"key": "a", "max": "4", "type": "judgement", "params": {}}]}]
    fw = catalog.from_dict(data)
    st = assessments.create(tmp_path / "na.fev", fw)
    ids = assessments.indicator_ids(st)
    assessments.set_item_inputs(st, ids["2.2"], "a", {"score": "3", "reason": "抽查合格率 75%"})
    with pytest.raises(EditRefused):
        assessments.set_not_applicable(st, ids["2.1"], True, "")
    assessments.set_not_applicable(st, ids["2.1"], True, "本项目无数量指标")
    sheet = assessments.score(st)
    node = sheet.find("2.2")
    assert node.max == 6 and node.score == 4.5 and node.redistributed  # 3/4 of the 产出 6 points
    assert sheet.find("2").score == 4.5 and sheet.find("2").max == 6
    assert any("不适用" in w and "重新分配" in w for w in sheet.warnings)
    st.close()


def test_dumps_writes_what_json_dumps_writes():
    """The framework writer's own encoder: the same text as json.dumps(indent=2), the same errors."""
    from decimal import Decimal

    from services.frameworks.catalog import dumps

    samples = [catalog.load("shuzi-hengyang-2024").to_dict(), {}, [], {"a": [], "b": {}, "c": [[{}]]},
               [1, -2, 2.5, -0.0, 1e300, float("nan"), float("inf"), -float("inf"), True, False, None],
               {"中文": "x\n\"\\\u2028\x00\t", "t": (1, [2, {"z": [3]}])}, {1: "a", False: 1, None: 2, 2.5: 3}, "s", 0]
    for value in samples:
        assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)
    for bad in ({"a": Decimal(1)}, [object()], {(1,): 2}):
        with pytest.raises(TypeError):
            dumps(bad)
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError):
        dumps(loop)
