"""names that say what they hold: 分值, 指标解释, 评价要点, 满分

indicator.weight → max_points (分值), indicator.explanation → definition (指标解释),
indicator.points → key_points (指标说明 / 评价要点), evaluation.total → full_marks (满分).

Revision ID: 0002_names
Revises: 0001_baseline
"""
from alembic import op

revision = "0002_names"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

RENAMES = {
    "indicator": (("weight", "max_points"), ("explanation", "definition"), ("points", "key_points")),
    "evaluation": (("total", "full_marks"),),
}


def upgrade() -> None:
    # SQLite renames a column in place (3.25+): no table is rebuilt, no row is copied
    for table, pairs in RENAMES.items():
        for old, new in pairs:
            op.execute(f'ALTER TABLE "{table}" RENAME COLUMN "{old}" TO "{new}"')


def downgrade() -> None:
    for table, pairs in RENAMES.items():
        for old, new in pairs:
            op.execute(f'ALTER TABLE "{table}" RENAME COLUMN "{new}" TO "{old}"')
