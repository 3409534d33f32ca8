"""Fixtures of the monitor tests: a real classifier world (the data stage's `atendimento` tickets,
two short LoRA runs on minilm-l6, one in production) built once per session by the serving tests'
builder, and traffic made the way the server logs it (raw texts anonymised by the request-log
store, labels predicted by the served model)."""

from __future__ import annotations

import json
import shutil
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

# The world builder lives beside the serving tests (tests/ is not a package).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "serve"))
from serving_world import build_serving_world  # noqa: E402


@pytest.fixture(scope="session")
def classifier_world(tmp_path_factory):
    return build_serving_world(tmp_path_factory.mktemp("monitor-world"), chat=False)


@pytest.fixture
def monitored(classifier_world, tmp_path):
    """(world, a private copy of its workspace, opened)."""
    from afinar.workspace import Workspace

    shutil.copytree(classifier_world.workspace_path, tmp_path / "ws", symlinks=True)
    workspace = Workspace.open(tmp_path / "ws")
    yield classifier_world, workspace
    workspace.close()


def template_texts(template: str, n: int, seed: int, folder: Path) -> list[str]:
    """Raw texts (personal data and all) of a template's main file: new traffic from new people."""
    from afinar.templates import generate

    main = generate(template, folder, n=n, seed=seed)[0]
    rows = [json.loads(line) for line in main.read_text(encoding="utf-8").splitlines()]
    return [row["text"] for row in rows if row.get("text")]


def log_traffic(workspace, version_id: str, texts: list[str], *, prefix: str, hours: int = 72, groups=None) -> list[str]:
    """Log `texts` as classify requests answered by `version_id` over the last `hours` (labels
    predicted by the version itself); returns the request ids."""
    from afinar.config.spec import RequestLogSpec
    from afinar.monitor.measure import Measurer
    from afinar.registry.versions import get_version
    from afinar.serve.requestlog import LogEntry, RequestLogStore
    from afinar.train import get_run

    version = get_version(workspace, version_id)
    predicted = Measurer(workspace, get_run(workspace, version.run_id), language="pt", min_letters=20).predict(texts)
    store = RequestLogStore(workspace, RequestLogSpec())
    store.start()
    now = datetime.now(UTC)
    ids = [f"{prefix}-{i}" for i in range(len(texts))]
    store.record([
        LogEntry(
            request_id=ids[i], item=0, model_name=version.name, version_id=version.id, endpoint="classify", user_name="ana", token_id=None,
            status_code=200, latency_ms=5.0, input_text=text, output_text="", predicted_label=predicted[i],
            created_at=now - timedelta(hours=(i % hours) + 0.5), groups=(groups(i) if groups else {}),
        )
        for i, text in enumerate(texts)
    ])
    store.flush()
    store.close()
    return ids
