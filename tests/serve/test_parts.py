"""The serve stage's parts on their own: token bucket, micro-batching, stop strings, request bodies,
the request-log anonymiser and retention, CORS settings. No model is loaded."""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from afinar.config.spec import RequestLogSpec, ServeSpec
from afinar.serve.batching import MicroBatcher
from afinar.serve.engines import _safe_length, _stop_position
from afinar.serve.ratelimit import RateLimiter, TokenBucket


def test_token_bucket_allows_a_burst_then_the_sustained_rate():
    bucket = TokenBucket(capacity=3, rate=2.0, now=0.0)
    assert [bucket.take(0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take(0.0) == pytest.approx(0.5)  # one token per 0.5 s
    assert bucket.take(0.5) == 0.0
    assert bucket.take(0.5) > 0


def test_rate_limiter_answers_whole_seconds_per_key():
    now = [0.0]
    limiter = RateLimiter(per_minute=6, burst=2, clock=lambda: now[0])  # one per 10 s
    assert limiter.retry_after("a") == 0 and limiter.retry_after("a") == 0
    assert limiter.retry_after("a") == 10
    assert limiter.retry_after("b") == 0  # another token has its own bucket
    now[0] = 10.0
    assert limiter.retry_after("a") == 0
    assert RateLimiter(per_minute=0, burst=1).retry_after("a") == 0  # disabled


def test_micro_batcher_runs_items_that_arrive_together_in_one_batch():
    batches = []
    release = threading.Event()

    def run(items):
        release.wait(5)
        batches.append(list(items))
        return [item * 10 for item in items]

    batcher = MicroBatcher(run, max_size=4, wait_s=0.2, name="t")
    futures = [batcher.submit(i) for i in range(6)]
    release.set()
    assert [f.result(5) for f in futures] == [0, 10, 20, 30, 40, 50]
    assert [len(b) for b in batches] == [4, 2]  # max_size caps a batch
    batcher.close()
    with pytest.raises(RuntimeError):
        batcher.submit(1)


def test_micro_batcher_counts_item_sizes_and_passes_errors_on():
    def run(items):
        if any(item == ["boom"] for item in items):
            raise ValueError("bad batch")
        return [len(item) for item in items]

    batcher = MicroBatcher(run, max_size=3, wait_s=0.05, name="t", size_of=len)
    big, small = batcher.submit(["a", "b", "c"]), batcher.submit(["d"])
    assert big.result(5) == 3 and small.result(5) == 1
    with pytest.raises(ValueError):
        batcher.submit(["boom"]).result(5)
    assert batcher.submit(["ok"]).result(5) == 1  # the worker survives a failed batch
    batcher.close()


def test_micro_batcher_does_not_wait_when_alone():
    batcher = MicroBatcher(lambda items: list(items), max_size=8, wait_s=0.05, name="t")
    started = time.perf_counter()
    assert batcher.submit("x").result(5) == "x"
    assert time.perf_counter() - started < 1.0
    batcher.close()


@pytest.mark.parametrize(
    ("text", "stops", "safe"),
    [
        ("Olá, tudo bem", (), 13),
        ("Olá\ufffd", (), 3),  # half of a multi-byte character: wait for the rest
        ("resposta\n###", ("\n### ",), 8),  # might be the start of the stop string
        ("resposta\n#", ("\n### ",), 8),
        ("resposta#", ("\n### ",), 9),
        ("fim.", ("END",), 4),
    ],
)
def test_streamed_text_holds_back_what_may_still_change(text, stops, safe):
    assert _safe_length(text, stops) == safe


def test_stop_position_is_the_earliest_stop():
    assert _stop_position("um, dois, três", (",", "dois")) == 2
    assert _stop_position("um", ("x",)) is None


def test_request_bodies_refuse_what_the_server_cannot_honour():
    from pydantic import ValidationError

    from afinar.serve.schemas import ChatCompletionCreate, ClassifyCreate, CompletionCreate

    ok = ChatCompletionCreate(model="m", messages=[{"role": "developer", "content": "seja breve"}, {"role": "user", "content": [{"type": "text", "text": "oi"}]}], stop="x")
    assert ok.turns() == [{"role": "system", "content": "seja breve"}, {"role": "user", "content": "oi"}] and ok.stop == ["x"]
    for bad in (
        {"messages": [{"role": "user", "content": "oi"}], "logprobs": True},
        {"messages": [{"role": "user", "content": "oi"}], "tools": [{"type": "function"}]},
        {"messages": [{"role": "user", "content": "oi"}], "response_format": {"type": "json_object"}},
        {"messages": [{"role": "assistant", "content": "oi"}]},
        {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
        {"messages": [{"role": "user", "content": "oi"}], "stop": ["a", "b", "c", "d", "e"]},
    ):
        with pytest.raises(ValidationError):
            ChatCompletionCreate(model="m", **bad)
    with pytest.raises(ValidationError):
        CompletionCreate(model="m", prompt="x", echo=True)
    with pytest.raises(ValidationError):
        ClassifyCreate(model="m", input=[])
    assert CompletionCreate(model="m", prompt=["a", "b"]).prompts() == ["a", "b"]


def test_log_rows_are_anonymised_before_they_exist(workspace):
    from afinar.serve.requestlog import WITHHELD_GROUP, LogEntry, RequestLogStore

    store = RequestLogStore(workspace, RequestLogSpec(operator="replace"))
    entry = LogEntry(
        request_id="r1", item=0, model_name="m", version_id="m@1", endpoint="chat", user_name="u", token_id=None, status_code=200,
        latency_ms=1.0, input_text="Meu CPF é 529.982.247-25 e meu e-mail é ana.souza@exemplo.com.br", output_text="Obrigado, Ana Souza.",
        groups={"region": "Sul", "atendente": "Raimundo Nonato Figueiredo"},
    )
    row = store.anonymise(entry)
    assert row.input_text == "Meu CPF é <BR_CPF> e meu e-mail é <EMAIL_ADDRESS>"
    assert "529" not in row.input_text and "Ana Souza" not in row.output_text
    assert row.pii_found >= 3 and row.input_chars == len(entry.input_text)
    assert '"region": "Sul"' in row.groups and WITHHELD_GROUP in row.groups and "Raimundo" not in row.groups
    redacted = RequestLogStore(workspace, RequestLogSpec(operator="redact")).anonymise(entry)
    assert redacted.input_text == "Meu CPF é  e meu e-mail é " and redacted.privacy_operator == "redact"


def test_expired_logs_and_feedback_are_purged(workspace):
    from afinar.serve.requestlog import LogEntry, RequestLogStore, add_feedback, get_logged, purge_expired, read_logs

    store = RequestLogStore(workspace, RequestLogSpec(retention_days=2))
    store.start()
    now = datetime.now(UTC)
    common = dict(model_name="m", version_id="m@1", endpoint="classify", user_name="u", token_id=None, status_code=200, latency_ms=1.0, output_text="")
    store.record([
        LogEntry(request_id="old", item=0, input_text="antigo", created_at=now - timedelta(days=3), **common),
        LogEntry(request_id="new", item=0, input_text="recente", created_at=now - timedelta(days=1), **common),
    ])
    store.flush()
    add_feedback(workspace, get_logged(workspace, "old", 0), label="x", rating=None, user_name="u", retention_days=-1)
    assert purge_expired(workspace) == {"request_logs": 1, "request_feedback": 1}
    assert [r.id for r in read_logs(workspace)] == ["new"]
    store.close()


def test_cors_is_closed_by_default_and_opens_to_listed_origins(workspace):
    from fastapi.testclient import TestClient

    from afinar.serve import create_app

    for origins, allowed in (([], False), (["https://painel.exemplo.com.br"], True)):
        app = create_app(workspace, ServeSpec(cors_origins=origins, preload=False, dashboard=False))
        with TestClient(app) as client:
            answer = client.options("/v1/models", headers={"Origin": "https://painel.exemplo.com.br", "Access-Control-Request-Method": "GET"})
            assert (answer.headers.get("access-control-allow-origin") == "https://painel.exemplo.com.br") is allowed
            assert client.get("/health").json()["models"] == {}


def test_creating_the_app_starts_nothing(workspace):
    from afinar.audit import AuditLog
    from afinar.serve import create_app

    app = create_app(workspace, ServeSpec())
    assert not hasattr(app.state, "afinar")  # the registry is read and models loaded when it starts
    assert AuditLog(workspace).events() == []


def test_an_unexpected_error_is_answered_without_its_message(workspace, caplog):
    from fastapi.testclient import TestClient

    from afinar.registry import identity
    from afinar.serve import create_app

    admin = identity.local_user(workspace)
    token, _ = identity.create_token(workspace, admin, admin.name)
    app = create_app(workspace, ServeSpec(preload=False, dashboard=False))
    with TestClient(app) as client:

        async def failing(body, user):
            raise ValueError(f"could not read {body.texts()[0]!r}")  # an error that quotes the request

        app.state.afinar.service.classify = failing
        # Attached to the logger itself: a started uvicorn stops afinar.serve from propagating.
        logger = logging.getLogger("afinar.serve")
        logger.addHandler(caplog.handler)
        try:
            answer = client.post("/v1/classify", json={"model": "m", "input": "CPF 529.982.247-25"}, headers={"Authorization": f"Bearer {token}"})
        finally:
            logger.removeHandler(caplog.handler)
    assert answer.status_code == 500 and answer.json()["error"]["message"] == "internal error (ValueError)"
    assert "529" not in caplog.text and "request failed: ValueError" in caplog.text


@pytest.mark.postgres
def test_request_logs_feedback_and_retention_on_postgresql(tmp_path, postgres_url):
    # the serve stage's own tables (request logs, feedback) on a real PostgreSQL server
    from afinar.serve.requestlog import LogEntry, RequestLogStore, add_feedback, get_logged, purge_expired, read_feedback, read_logs
    from afinar.workspace import Workspace

    workspace = Workspace.open(tmp_path / "ws", database_url=postgres_url)
    assert workspace.dialect == "postgresql"
    store = RequestLogStore(workspace, RequestLogSpec(retention_days=2))
    store.start()
    now = datetime.now(UTC)
    common = dict(model_name="m", version_id="m@1", endpoint="classify", user_name="u", token_id=None, status_code=200,
                  latency_ms=1.0, output_text="")
    store.record([
        LogEntry(request_id="old", item=0, input_text="antigo", created_at=now - timedelta(days=3), **common),
        LogEntry(request_id="new", item=0, input_text="Meu CPF é 529.982.247-25", created_at=now - timedelta(days=1), **common),
    ])
    store.flush()
    stored = {r.id: r for r in read_logs(workspace)}
    assert set(stored) == {"old", "new"} and "529" not in stored["new"].input_text
    add_feedback(workspace, get_logged(workspace, "new", 0), label="ok", rating=4.0, user_name="u", retention_days=30)
    add_feedback(workspace, get_logged(workspace, "old", 0), label="x", rating=None, user_name="u", retention_days=-1)
    assert [(f.label, logged.id) for f, logged in read_feedback(workspace, version_id="m@1")] in (
        [("ok", "new"), ("x", "old")], [("x", "old"), ("ok", "new")])
    assert purge_expired(workspace) == {"request_logs": 1, "request_feedback": 1}
    assert [r.id for r in read_logs(workspace)] == ["new"]
    store.close()
    workspace.close()


@pytest.mark.postgres
def test_drift_check_records_on_postgresql(tmp_path, postgres_url):
    # the monitor stage's records: stored with their time zone, listed oldest first, filtered
    from afinar.monitor.records import list_checks, new_check_id, record_check
    from afinar.workspace import Workspace

    workspace = Workspace.open(tmp_path / "ws", database_url=postgres_url)
    now = datetime.now(UTC)
    for age, version, status in ((2, "m@1", "ok"), (1, "m@1", "alert"), (0, "m@2", "warn")):
        record_check(workspace, check_id=new_check_id(), version_id=version, created_at=now - timedelta(hours=age), created_by="u",
                     status=status, samples=10, summary={"checks": [{"name": "mmd", "effect": 0.1 * age}]}, artifact_sha256=None)
    assert [c.status for c in list_checks(workspace)] == ["ok", "alert", "warn"]
    latest = list_checks(workspace, "m@1", limit=1)
    assert [c.status for c in latest] == ["alert"] and latest[0].created_at.tzinfo is not None
    assert latest[0].effects() == {"mmd": pytest.approx(0.1)}
    workspace.close()
