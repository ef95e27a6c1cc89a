"""The command line on a console or pipe whose code page cannot hold Chinese (an English Windows)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, encoding: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True)


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_chinese_output_on_a_legacy_code_page(encoding):
    done = _run("frameworks", encoding=encoding)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    assert "项目支出绩效评价指标体系" in done.stdout.decode("utf-8")  # written as UTF-8, nothing lost


def test_errors_stay_one_readable_line(tmp_path):
    done = _run("score", str(tmp_path / "没有这个文件.fev"), encoding="cp1252")
    assert done.returncode == 1
    err = done.stderr.decode("utf-8").strip()
    assert err.startswith("错误：") and "没有这个文件.fev" in err and len(err.splitlines()) == 1


def test_a_capable_encoding_is_left_alone():
    done = _run("frameworks", encoding="gb18030")
    assert done.returncode == 0
    assert "项目支出绩效评价指标体系" in done.stdout.decode("gb18030")
