"""Train stage: the `runs` table (lineage and outcome of each training run) and `run_metrics`.

Revision ID: 0003_runs
Revises: 0002_datasets
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_runs"
down_revision = "0002_datasets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("project", sa.String(200), nullable=False, index=True),
        sa.Column("task", sa.String(32), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("base_model", sa.String(300), nullable=False),
        sa.Column("base_weights_sha256", sa.String(64), nullable=False),
        sa.Column("dataset_id", sa.String(64), nullable=True, index=True),
        sa.Column("parent_run_id", sa.String(64), nullable=True, index=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("spec_json", sa.Text(), nullable=False),
        sa.Column("spec_sha256", sa.String(64), nullable=False),
        sa.Column("plan_json", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("output_sha256", sa.String(64), nullable=True),
        sa.Column("steps", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("train_loss", sa.Float(), nullable=True),
        sa.Column("val_loss", sa.Float(), nullable=True),
        sa.Column("best_val_loss", sa.Float(), nullable=True),
        sa.Column("stop_reason", sa.String(200), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "run_metrics",
        sa.Column("run_id", sa.String(64), primary_key=True),
        sa.Column("split", sa.String(16), primary_key=True),
        sa.Column("step", sa.Integer(), primary_key=True),
        sa.Column("epoch", sa.Float(), nullable=False),
        sa.Column("loss", sa.Float(), nullable=False),
        sa.Column("learning_rate", sa.Float(), nullable=True),
        sa.Column("grad_norm", sa.Float(), nullable=True),
        sa.Column("tokens_per_s", sa.Float(), nullable=True),
        sa.Column("elapsed_s", sa.Float(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False, server_default="{}"),
    )


def downgrade() -> None:
    op.drop_table("run_metrics")
    op.drop_table("runs")
