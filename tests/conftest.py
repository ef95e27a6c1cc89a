"""Shared fixtures: no test touches the user's profile; Qt runs offscreen."""
from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Compiled modules, pytest's assertion-rewritten tests among them, kept from one run to the next in a folder of the
# temporary directory (nothing written beside the sources or into the virtual environment), even where
# PYTHONDONTWRITEBYTECODE is set: without them each xdist worker and each command line a test starts compiled every
# module again (some 40 s of CPU a worker to collect the tests). The command lines the tests start inherit it.
# FIELDEVAL_TEST_PYCACHE=off leaves the interpreter's own setting.
if os.environ.get("FIELDEVAL_TEST_PYCACHE", "") != "off":
    import tempfile

    _PYCACHE = os.path.join(tempfile.gettempdir(), f"fieldeval-test-pycache-{getattr(os, 'getuid', lambda: '')()}")
    sys.pycache_prefix, sys.dont_write_bytecode = _PYCACHE, False
    os.environ["PYTHONPYCACHEPREFIX"] = _PYCACHE
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# Property tests are derandomised: the same examples on every machine and every run, so the suite is
# green or red for a reason, never by the luck of a seed. Tests name their own max_examples;
# FIELDEVAL_HYPOTHESIS=explore runs them with random seeds to look for new failing examples.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", derandomize=False, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("FIELDEVAL_HYPOTHESIS", "ci"))


@pytest.fixture(scope="session")
def data_dirs(tmp_path_factory) -> Path:
    """The folder holding every test's private data folder (one ``mktemp`` a session: it costs a millisecond a test)."""
    return tmp_path_factory.mktemp("fieldeval-data")


_data_dir_numbers = itertools.count()


@pytest.fixture(autouse=True)
def data_dir(data_dirs, monkeypatch):
    """A private FieldEval data folder (backups, user templates, settings) for every test: new and empty."""
    d = data_dirs / str(next(_data_dir_numbers))
    d.mkdir()
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


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, collecting garbage on the GUI thread only, as the program's does."""
    from ui.shell.app import collect_garbage_on_gui_thread

    collect_garbage_on_gui_thread(qapp)
    return qapp


@pytest.fixture
def in_english(qapp):
    """The window's language switched to English for one test, and back to Chinese after it."""
    from ui.i18n import install_translations, remove_translations

    remove_translations(qapp)
    install_translations(qapp, "en")
    yield
    remove_translations(qapp)


def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` (many seconds each: command lines started again and again, the corpus measured whole, a
    long window session) run first, the rest as collected. xdist's workers take tests in this order: a slow test
    last in the order (test_safe_files.py, test_sample.py were) kept one worker busy while the other had nothing
    left."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # a stable sort: otherwise as collected
