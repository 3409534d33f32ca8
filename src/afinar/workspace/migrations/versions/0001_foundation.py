"""Foundation tables: workspace info, audit log and its head, artifacts, base models.

Revision ID: 0001_foundation
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspace_info",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("time", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(100), nullable=False, index=True),
        sa.Column("subject", sa.String(500), nullable=False, index=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "artifacts",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(64), nullable=False, index=True),
        sa.Column("is_dir", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("meta", sa.Text(), nullable=False, server_default="{}"),
    )
    op.create_table(
        "base_models",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("source_format", sa.String(32), nullable=False),
        sa.Column("licence", sa.String(200), nullable=False),
        sa.Column("architecture", sa.String(100), nullable=False),
        sa.Column("parameters", sa.BigInteger(), nullable=False),
        sa.Column("cache_path", sa.Text(), nullable=False),
        sa.Column("weights_sha256", sa.String(64), nullable=False),
        sa.Column("pulled_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("base_models", "artifacts", "audit_head", "audit_events", "workspace_info"):
        op.drop_table(table)
