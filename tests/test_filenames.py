"""File names the evaluator types or picks: Windows' rules, checked on every system, one message each."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.core.errors import EditRefused
from services.core.filenames import check_target, name_problem, target_problem

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["CON", "con.fev", "Nul.tar.gz", "PRN.pdf", "aux", "COM1.fev", "com9.xlsx",
                                  "LPT1", "lpt9.docx", "CON .txt", "COM¹.fev", "CONOUT$.fev"])
def test_reserved_device_names_with_or_without_extension(name):
    problem = name_problem(name)
    assert problem and "保留设备名" in problem and name in problem


@pytest.mark.parametrize("name", ["CONSOLE.fev", "COM10.fev", "LPT.fev", "nul1.pdf", "我的CON.fev", "AUX-评分表.pdf"])
def test_names_that_only_look_reserved_are_fine(name):
    assert name_problem(name) is None


@pytest.mark.parametrize("char", list('<>:"|?*\\'))
def test_characters_windows_forbids(char):
    problem = name_problem(f"评分表{char}2024.pdf")
    assert problem and "不允许的字符" in problem and char in problem


def test_control_characters_are_named_not_printed():
    problem = name_problem("评分表\t.pdf")
    assert problem and "控制字符" in problem


@pytest.mark.parametrize("name,word", [("评价.", "句点"), ("评价.fev.", "句点"), ("评价 ", "空格"), ("评价.fev ", "空格")])
def test_trailing_dot_or_space(name, word):
    problem = name_problem(name)
    assert problem and f"以{word}结尾" in problem


def test_too_long_a_name():
    assert "文件名太长" in name_problem("评" * 90 + ".fev")  # 274 bytes in UTF-8
    assert name_problem("评" * 80 + ".fev") is None


def test_spaces_and_chinese_work(tmp_path):
    target = tmp_path / "绩效 评价" / "2024 年" / "数字衡阳 项目 评价.fev"
    assert target_problem(target) is None
    assert check_target(target) == target


def test_a_missing_folder_is_checked_too(tmp_path):
    problem = target_problem(tmp_path / "报告?" / "评分表.pdf")
    assert problem and problem.startswith("文件夹名")


def test_a_file_that_already_exists_is_accepted(tmp_path):
    existing = tmp_path / "旧名字 "  # written by some other system; merging into it must still work
    existing.write_bytes(b"x")
    assert target_problem(existing) is None
    assert target_problem(tmp_path / "新名字 ") is not None


def test_windows_path_length_without_long_path_support(tmp_path):
    deep = tmp_path / ("很深的文件夹" * 10) / ("子文件夹" * 10) / ("第三层" * 20) / ("第四层" * 20) / "评价.fev"
    assert len(str(deep)) > 260
    problem = target_problem(deep, windows=True, long_paths=False)
    assert problem and "路径太长" in problem and str(len(str(deep))) in problem
    assert target_problem(deep, windows=True, long_paths=True) is None
    assert target_problem(deep, windows=False) is None
    assert target_problem(tmp_path / "评价.fev", windows=True, long_paths=False) is None


def test_empty_or_folder_only():
    with pytest.raises(EditRefused, match="请填写文件名"):
        check_target("  ")


# ── the services that write files the evaluator names ────────────────────────
def test_new_evaluation_refuses_and_writes_nothing(tmp_path):
    from services.evaluation import assessments
    from services.frameworks import catalog

    fw = catalog.load("national-project-2020")
    with pytest.raises(EditRefused, match="保留设备名"):
        assessments.create(tmp_path / "NUL.fev", fw)
    with pytest.raises(EditRefused, match="句点"):
        assessments.create(tmp_path / "评价.", fw)
    assert list(tmp_path.iterdir()) == []
    store = assessments.create(tmp_path / "新 评价（2024）.fev", fw, {"name": "测试"})
    store.close()
    assert (tmp_path / "新 评价（2024）.fev").is_file()


def test_package_export_and_import(sample_path, tmp_path):
    from services.teamwork import package

    with pytest.raises(EditRefused, match="不允许的字符"):
        package.export_package(sample_path, tmp_path / "交给组长|2024.fevpkg")
    pkg = package.export_package(sample_path, tmp_path / "交给 组长.fevpkg").path
    with pytest.raises(EditRefused, match="保留设备名"):
        package.import_package(pkg, tmp_path / "aux.fev")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.fev", "交给 组长.fevpkg"]


def test_merge_output_and_conflicts_file(sample_path, tmp_path):
    import shutil

    from services.teamwork import merge

    copy = tmp_path / "组员 副本.fev"
    shutil.copyfile(sample_path, copy)
    p = merge.plan(sample_path, [copy])
    with pytest.raises(EditRefused, match="空格结尾"):
        merge.apply(p, tmp_path / "合并结果.fev ")
    with pytest.raises(EditRefused, match="保留设备名"):
        merge.write_conflicts([], tmp_path / "PRN.json")
    result = merge.apply(p, sample_path)  # into the base itself: an existing file is fine
    assert result.out == sample_path and result.changes == []


def test_backup_restore_target(sample_path, tmp_path):
    from services.teamwork import backups

    made = backups.make_backup(sample_path, "manual")
    with pytest.raises(EditRefused, match="不允许的字符"):
        backups.restore(made, tmp_path / "恢复*.fev")
    assert not list(tmp_path.glob("恢复*"))


def test_evidence_export_folder(sample_store, tmp_path):
    from services.fieldwork import evidence

    photo = tmp_path / "现场 照片.txt"
    photo.write_text("现场记录", encoding="utf-8")
    ev = evidence.add_evidence(sample_store, photo)
    with pytest.raises(EditRefused, match="文件夹名"):
        evidence.export_to(sample_store, ev.id, tmp_path / "证据:导出")
    assert not (tmp_path / "证据:导出").exists()
    out = evidence.export_to(sample_store, ev.id, tmp_path / "证据 导出")
    assert out.is_file() and out.parent == tmp_path / "证据 导出"


def test_report_output(sample_path, tmp_path):
    from services.reports import ReportError, export

    with pytest.raises(ReportError, match="LPT1"):
        export(sample_path, "scoring-sheet", "pdf", tmp_path / "LPT1.pdf")
    with pytest.raises(ReportError, match="句点"):
        export(sample_path, "scoring-sheet", "xlsx", tmp_path / "评分表.")
    assert list(tmp_path.iterdir()) == [sample_path]


def test_cli_gives_one_line_and_works_with_spaces_and_chinese(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    bad = subprocess.run([sys.executable, "main.py", "new", "--framework", "national-project-2020",
                          str(tmp_path / "COM1.fev")], cwd=ROOT, env=env, capture_output=True, text=True,
                         encoding="utf-8")
    assert bad.returncode == 1
    assert bad.stderr.startswith("错误：") and "保留设备名" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    good = tmp_path / "现场 工作" / "数字衡阳 2024.fev"
    ok = subprocess.run([sys.executable, "main.py", "sample", str(good)], cwd=ROOT, env=env, capture_output=True,
                        text=True, encoding="utf-8")
    assert ok.returncode == 0, ok.stderr
    assert good.is_file()
