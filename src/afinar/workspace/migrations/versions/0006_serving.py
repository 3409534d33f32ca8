"""Serve and monitor stages: anonymised request logs, feedback on requests, drift checks.

Revision ID: 0006_serving
Revises: 0005_evaluations
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_serving"
down_revision = "0005_evaluations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_logs",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("item", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("model_name", sa.String(200), nullable=False, index=True),
        sa.Column("version_id", sa.String(220), nullable=False, index=True),
        sa.Column("endpoint", sa.String(32), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("token_id", sa.String(32), nullable=True),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("input_text", sa.Text(), nullable=False),
        sa.Column("output_text", sa.Text(), nullable=False),
        sa.Column("input_chars", sa.Integer(), nullable=False),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("completion_tokens", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("predicted_label", sa.String(200), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("finish_reason", sa.String(16), nullable=True),
        sa.Column("pii_found", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pii_labels", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("privacy_operator", sa.String(16), nullable=False),
        sa.Column("groups", sa.Text(), nullable=False, server_default="{}"),
    )
    op.create_table(
        "request_feedback",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("request_id", sa.String(64), nullable=False, index=True),
        sa.Column("item", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("version_id", sa.String(220), nullable=False, index=True),
        sa.Column("label", sa.String(200), nullable=True),
        sa.Column("rating", sa.Float(), nullable=True),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    op.create_table(
        "monitor_checks",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("version_id", sa.String(220), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("samples", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("artifact_sha256", sa.String(64), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("monitor_checks")
    op.drop_table("request_feedback")
    op.drop_table("request_logs")
