"""sign-offs anchor the audit trail and carry their signature

sign_off.anchor_seq / anchor_hash: the audit chain's head (sequence number and hash) when the
stage was signed; sign_off.signature: the signer's Ed25519 signature over the sign-off and its
anchor; sign_off.public_key: the key that verifies it (raw 32 bytes, base64). Old sign-offs keep
NULL in all four: they are reported as unanchored, never as tampered.

Revision ID: 0003_anchors
Revises: 0002_names
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_anchors"
down_revision = "0002_names"
branch_labels = None
depends_on = None

COLUMNS = (("anchor_seq", sa.Integer()), ("anchor_hash", sa.String(64)), ("signature", sa.Text()),
           ("public_key", sa.Text()))


def upgrade() -> None:
    # nullable columns are added in place (ALTER TABLE ADD COLUMN): no table is rebuilt
    for name, type_ in COLUMNS:
        op.add_column("sign_off", sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sign_off") as batch:
        for name, _type in reversed(COLUMNS):
            batch.drop_column(name)
