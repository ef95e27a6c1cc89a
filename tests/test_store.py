"""The evaluation file: creation, refusal of foreign/newer/damaged files, migrations with backup."""
import shutil
import sqlite3
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from models import store as store_mod
from models.base import Base
from models.errors import (
    DamagedFileError,
    FileExistsRefused,
    NewerFileError,
    NotAnEvaluationFile,
)
from models.readonly import APPLICATION_ID
from models.store import (
    backup_file,
    list_backups,
    open_store,
)
from services.core.errors import EditRefused
from services.evaluation import assessments, findings
from services.frameworks import catalog


@pytest.fixture
def fw():
    return catalog.load("shuzi-hengyang-2024")


def test_new_file_is_marked_and_in_wal_mode(tmp_path, fw):
    p = tmp_path / "a.fev"
    assessments.create(p, fw, {"name": "测试项目"}).close()
    con = sqlite3.connect(p)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == store_mod.head_revision()
    con.close()
    assert not Path(str(p) + "-wal").exists() or Path(str(p) + "-wal").stat().st_size == 0


def test_create_never_overwrites(tmp_path, fw):
    p = tmp_path / "a.fev"
    p.write_bytes(b"precious")
    with pytest.raises(FileExistsRefused):
        assessments.create(p, fw)
    assert p.read_bytes() == b"precious"


def test_baseline_migration_matches_the_models(tmp_path):
    """Running the migrations on an empty file gives exactly the schema the models declare."""
    p = tmp_path / "m.db"
    engine = create_engine(f"sqlite:///{p}")
    with engine.begin() as con:
        from alembic import command
        command.upgrade(store_mod.alembic_config(con), "head")
    with engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), Base.metadata)
    engine.dispose()
    assert diff == []


def _bytes(p: Path) -> bytes:
    return p.read_bytes()


def test_non_evaluation_files_refused_unchanged(tmp_path):
    txt = tmp_path / "notes.fev"
    txt.write_text("这不是数据库", encoding="utf-8")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    for p in (txt, other):
        before = _bytes(p)
        with pytest.raises(NotAnEvaluationFile):
            open_store(p)
        assert _bytes(p) == before
    with pytest.raises(NotAnEvaluationFile, match="找不到"):
        open_store(tmp_path / "missing.fev")


def test_newer_file_refused_unchanged(tmp_path, fw):
    p = tmp_path / "new.fev"
    assessments.create(p, fw).close()
    con = sqlite3.connect(p)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = _bytes(p)
    with pytest.raises(NewerFileError, match="更新版本"):
        open_store(p)
    assert _bytes(p) == before
    assert not Path(str(p) + "-wal").exists()


def test_truncated_file_refused_unchanged(tmp_path, fw):
    p = tmp_path / "t.fev"
    assessments.create(p, fw).close()
    data = _bytes(p)
    p.write_bytes(data[: len(data) // 3])
    before = _bytes(p)
    with pytest.raises((DamagedFileError, NotAnEvaluationFile)):
        open_store(p)
    assert _bytes(p) == before


def test_older_file_is_backed_up_then_upgraded(tmp_path, fw, monkeypatch):
    """A file made at the baseline opens under a newer schema: backup first, then upgrade."""
    p = tmp_path / "old.fev"
    assessments.create(p, fw, {"name": "旧文件"}).close()
    original = _bytes(p)
    mig = tmp_path / "migrations"
    shutil.copytree(store_mod.MIGRATIONS_DIR, mig, ignore=shutil.ignore_patterns("__pycache__"))
    head = store_mod.head_revision()
    (mig / "versions" / "9999_test_column.py").write_text(textwrap.dedent(f'''
        from alembic import op
        import sqlalchemy as sa
        revision = "9999_test_column"
        down_revision = "{head}"
        branch_labels = None
        depends_on = None
        def upgrade():
            with op.batch_alter_table("finding") as b:
                b.add_column(sa.Column("severity", sa.String(10), nullable=True))
        def downgrade():
            with op.batch_alter_table("finding") as b:
                b.drop_column("severity")
    '''), encoding="utf-8")
    monkeypatch.setattr(store_mod, "MIGRATIONS_DIR", mig)
    st = open_store(p)
    try:
        assert st.backup_made is not None and st.backup_made.exists()
        assert assessments.get_info(st).name == "旧文件"
    finally:
        st.close()
    con = sqlite3.connect(p)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_test_column"
    assert "severity" in [r[1] for r in con.execute("PRAGMA table_info(finding)")]
    con.close()
    # the backup is the file as it was: still at the previous head, with its data
    bcon = sqlite3.connect(st.backup_made)
    assert bcon.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    assert bcon.execute("SELECT name FROM evaluation").fetchone()[0] == "旧文件"
    bcon.close()
    assert len(original) > 0


def test_backups_roll(tmp_path, fw):
    p = tmp_path / "b.fev"
    assessments.create(p, fw).close()
    for _ in range(4):
        backup_file(p, "test", keep=3)
    assert len(list_backups("b")) == 3


def test_refused_edit_changes_nothing(sample_store):
    ids = assessments.indicator_ids(sample_store)
    before = assessments.score(sample_store).total
    leaf = next(code for code in ids if code.count(".") == 2)
    with pytest.raises(EditRefused):
        assessments.set_override(sample_store, ids[leaf], "999", "太高")
    with pytest.raises(EditRefused):
        assessments.set_override(sample_store, ids[leaf], "1", "")
    with pytest.raises(EditRefused):
        assessments.update_info(sample_store, fund_total="三万")
    assert assessments.score(sample_store).total == before
    assert assessments.get_info(sample_store).fund_total is not None


def test_audit_chain_records_edits(sample_store):
    from sqlalchemy import select

    from models.audit import verify_chain
    from models.entities import AuditEvent

    ids = assessments.indicator_ids(sample_store)
    assessments.set_comment(sample_store, ids["1"], "新的扣分理由")
    with sample_store.read() as s:
        last = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
        assert last.field == "comment" and last.new == "新的扣分理由" and last.actor == "测试员"
        assert verify_chain(s) == []


def test_revision_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(store_mod.alembic_config())
    assert store_mod.head_revision() == script.get_current_head()
    assert store_mod.known_revisions() == {s.revision for s in script.walk_revisions()}


def test_deleting_a_finding_is_fully_audited(sample_store):
    """The finding and each of its links leave a delete event, so verify and merge see them."""
    from sqlalchemy import select

    from models.audit import verify_chain
    from models.entities import AuditEvent

    f = findings.list_findings(sample_store)[0]
    assert f.indicator_ids
    findings.delete_finding(sample_store, f.id)
    with sample_store.read() as s:
        deleted = {(e.entity, e.entity_id) for e in s.execute(select(AuditEvent).where(AuditEvent.action == "delete")).scalars()}
        assert ("finding", f.id) in deleted
        assert sum(1 for entity, _ in deleted if entity == "finding_indicator") == len(f.indicator_ids)
        assert verify_chain(s) == []


def test_load_states_since_reads_only_newer_assessments(sample_store):
    specs, states = assessments.load_tree(sample_store)
    ids = assessments.indicator_ids(sample_store)
    assessments.set_comment(sample_store, ids["1.1.2"], "先改的")
    seen = assessments.assessments_changed_at(sample_store)
    assessments.set_comment(sample_store, ids["1.1.1"], "补充说明")
    newer = assessments.load_states(sample_store, specs, since=seen)
    assert set(newer) <= {ids["1.1.1"], ids["1.1.2"]} and newer[ids["1.1.1"]].comment == "补充说明"
    assert len(states) > 2


def test_a_file_written_before_the_renames_opens_upgrades_and_scores_the_seed(tmp_path):
    """tests/data/sample-schema-0001.fev was written by the version before 0002_names (分值 in
    ``indicator.weight``): it is backed up, upgraded and still scores 78.8 较差 leaf for leaf."""
    src = Path(__file__).parent / "data" / "sample-schema-0001.fev"
    p = tmp_path / "old.fev"
    shutil.copyfile(src, p)
    st = open_store(p)
    try:
        assert st.backup_made is not None and st.backup_made.exists()
        sheet = assessments.score(st)
        assert sheet.total == Decimal("78.8") and sheet.grade == "较差"
        fresh = tmp_path / "fresh.fev"
        from services.evaluation.sample import write_sample

        new = write_sample(fresh)
        try:
            expected = {n.code: (n.max, n.score) for n in assessments.score(new).walk()}
        finally:
            new.close()
        assert {n.code: (n.max, n.score) for n in sheet.walk()} == expected
    finally:
        st.close()
    con = sqlite3.connect(p)
    cols = [r[1] for r in con.execute("PRAGMA table_info(indicator)")]
    assert {"max_points", "definition", "key_points"} <= set(cols) and "weight" not in cols
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == store_mod.head_revision()
    con.close()
    bcon = sqlite3.connect(st.backup_made)
    assert bcon.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_baseline"
    bcon.close()
