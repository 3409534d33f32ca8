"""A second real server with a tight rate limit, metrics for admins only, and `afinar serve` itself."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import openai
import pytest

pytestmark = pytest.mark.slow


def test_rate_limit_answers_429_with_retry_after(serving_world, tmp_path):
    import shutil

    from afinar.config.spec import ServeSpec
    from afinar.serve.server import BackgroundServer
    from afinar.workspace import Workspace

    shutil.copytree(serving_world.workspace_path, tmp_path / "ws", symlinks=True)
    workspace = Workspace.open(tmp_path / "ws")
    settings = ServeSpec(port=0, preload=False, dashboard=False, metrics_public=False, rate_limit={"per_minute": 6, "burst": 3})
    with BackgroundServer(workspace, settings) as url:
        ana = {"Authorization": f"Bearer {serving_world.tokens['ana']}"}
        codes = [httpx.get(f"{url}/v1/models", headers=ana).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = httpx.get(f"{url}/v1/models", headers=ana)
        assert refused.status_code == 429 and 1 <= int(refused.headers["retry-after"]) <= 10
        assert refused.json()["error"]["type"] == "rate_limit_exceeded"
        # Another token has its own bucket; the openai client sees a RateLimitError.
        assert httpx.get(f"{url}/v1/models", headers={"Authorization": f"Bearer {serving_world.tokens['carla']}"}).status_code == 200
        with pytest.raises(openai.RateLimitError):
            openai.OpenAI(base_url=f"{url}/v1", api_key=serving_world.tokens["ana"], max_retries=0).models.list()
        # metrics_public: false → admins only.
        assert httpx.get(f"{url}/metrics").status_code == 401
        assert httpx.get(f"{url}/metrics", headers={"Authorization": f"Bearer {serving_world.tokens['carla']}"}).status_code == 403
        metrics = httpx.get(f"{url}/metrics", headers={"Authorization": f"Bearer {serving_world.tokens['admin']}"}).text
        assert "afinar_rate_limited_total 3.0" in metrics
    workspace.close()


def test_afinar_serve_starts_and_answers(tmp_path):
    from afinar.serve.server import free_port

    port = free_port()
    env = {**os.environ, "AFINAR_WORKSPACE": str(tmp_path / "ws")}
    process = subprocess.Popen(
        [sys.executable, "-m", "afinar", "serve", "--port", str(port), "--no-access-log"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "afinar serve did not start"
                time.sleep(0.3)
        assert health.json() == {"status": "ok", "models": {}, "loaded": [], "registry_stamp": health.json()["registry_stamp"]}
        assert httpx.get(f"http://127.0.0.1:{port}/v1/models").status_code == 401
        assert httpx.get(f"http://127.0.0.1:{port}/ui/", follow_redirects=False).status_code in (200, 303, 307)
    finally:
        process.terminate()
        output = process.communicate(timeout=60)[0]
    assert "afinar serve: http://127.0.0.1" in output
