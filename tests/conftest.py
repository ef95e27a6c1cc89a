"""Shared fixtures: no test touches the user's profile; Qt runs offscreen."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    """A private FieldEval data folder (backups, user templates, settings) for every test."""
    d = tmp_path_factory.mktemp("fieldeval-data")
    monkeypatch.setenv("FIELDEVAL_DATA_DIR", str(d))
    return d


@pytest.fixture(scope="session")
def sample_master(tmp_path_factory) -> Path:
    """The sample evaluation written once per session; tests copy it rather than rebuild it."""
    from services.evaluation.sample import write_sample

    os.environ["FIELDEVAL_DATA_DIR"] = str(tmp_path_factory.mktemp("fieldeval-session-data"))
    path = tmp_path_factory.mktemp("sample") / "sample.fev"
    write_sample(path).close()
    return path


@pytest.fixture
def sample_path(sample_master, tmp_path) -> Path:
    import shutil

    target = tmp_path / "sample.fev"
    shutil.copyfile(sample_master, target)
    return target


@pytest.fixture
def sample_store(sample_path):
    from services.evaluation.assessments import open_evaluation

    store = open_evaluation(sample_path, actor="测试员")
    yield store
    store.close()
