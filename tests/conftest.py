"""Shared fixtures: an offline Hub, a test user, fresh workspaces, one model cache per session."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

# Nothing may be fetched from a model hub: the offline catalog models must be enough.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["AFINAR_USER"] = "tester"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.pop("AFINAR_DATABASE_URL", None)
os.environ.pop("AFINAR_WORKSPACE", None)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def shared_model_cache(tmp_path_factory) -> Path:
    """One model cache for the whole session: GGUF models are converted once (15-60 s each)."""
    cache = Path(os.environ.get("AFINAR_TEST_MODEL_CACHE") or tmp_path_factory.mktemp("model-cache"))
    os.environ["AFINAR_MODEL_CACHE"] = str(cache)
    return cache


@pytest.fixture
def workspace(tmp_path):
    from afinar.workspace import Workspace

    ws = Workspace.open(tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test (dropped afterwards).

    Needs AFINAR_TEST_DATABASE_URL (a role allowed to CREATE DATABASE); `.ci/run` starts a
    server and sets it together with AFINAR_REQUIRE_POSTGRES=1, which turns a skip into a failure.
    """
    admin_url = os.environ.get("AFINAR_TEST_DATABASE_URL")
    if not admin_url:
        if os.environ.get("AFINAR_REQUIRE_POSTGRES"):
            pytest.fail("AFINAR_REQUIRE_POSTGRES is set but AFINAR_TEST_DATABASE_URL is not")
        pytest.skip("no PostgreSQL server (set AFINAR_TEST_DATABASE_URL)")
    import psycopg

    name = f"afinar_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin_url.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
