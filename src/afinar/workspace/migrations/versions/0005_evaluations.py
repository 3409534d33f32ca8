"""Evaluate stage: the `evaluations` table (one row per evaluation of a training run).

Revision ID: 0005_evaluations
Revises: 0004_registry
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_evaluations"
down_revision = "0004_registry"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluations",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("run_id", sa.String(64), nullable=False, index=True),
        sa.Column("project", sa.String(200), nullable=False, index=True),
        sa.Column("task", sa.String(32), nullable=False),
        sa.Column("dataset_id", sa.String(64), nullable=True),
        sa.Column("artifact_sha256", sa.String(64), nullable=False),
        sa.Column("primary_metric", sa.String(64), nullable=False),
        sa.Column("tuned_value", sa.Float(), nullable=True),
        sa.Column("base_value", sa.Float(), nullable=True),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("gates_failed", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("evaluations")
