"""The serve stage's logic behind the routes: resolve the model version, build prompts, run the
engine, log the anonymised request. Routes only parse, call these methods and serialise.

Every answered item becomes a `LogEntry` (raw text in memory) handed to the request-log store,
which anonymises it before writing; nothing here logs or stores text itself.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from afinar.config.spec import ServeSpec
from afinar.errors import UsageError
from afinar.registry.errors import PermissionDeniedError
from afinar.registry.identity import Role, User
from afinar.serve.engines import GenerationRequest, Prediction
from afinar.serve.pool import ModelPool, Servable
from afinar.serve.requestlog import LogEntry, RequestLogStore, add_feedback, get_logged, read_logs
from afinar.workspace import Workspace

# Who may give feedback on a request someone else made (labelling teams, reviewers).
FEEDBACK_ON_OTHERS = (Role.DATA_SCIENTIST, Role.REVIEWER, Role.ADMIN)


def new_request_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(12)}"


@dataclass
class Generated:
    """The answer to a chat or completion request (every choice)."""

    id: str
    created: int
    version: str
    choices: list[GenerationRequest]
    prompt_tokens: int

    @property
    def completion_tokens(self) -> int:
        return sum(c.completion_tokens for c in self.choices)


@dataclass
class Classified:
    id: str
    created: int
    version: str
    predictions: list[Prediction]
    prompt_tokens: int


class InferenceService:
    def __init__(self, workspace: Workspace, settings: ServeSpec, pool: ModelPool, logs: RequestLogStore, metrics=None) -> None:
        self.workspace = workspace
        self.settings = settings
        self.pool = pool
        self.logs = logs
        self.metrics = metrics

    # -- models ------------------------------------------------------------------------------------

    def models(self) -> list[tuple[str, Servable, str]]:
        """(id a client may send, the version it reaches, its task) for every servable id."""
        self.pool.refresh()
        tasks = self._tasks()
        listed = [(name, entry, tasks.get(entry.run_id, "?")) for name, entry in sorted(self.pool.production.items())]
        listed += [(entry.id, entry, tasks.get(entry.run_id, "?")) for entry in sorted(self.pool.servable.values(), key=lambda e: (e.name, e.version))]
        return listed

    def _tasks(self) -> dict[str, str]:
        from sqlalchemy import select

        from afinar.workspace.schema import RunRow

        run_ids = {e.run_id for e in self.pool.servable.values()}
        with self.workspace.session() as session:
            return dict(session.execute(select(RunRow.id, RunRow.task).where(RunRow.id.in_(run_ids))).all()) if run_ids else {}

    async def _engine(self, model: str, task: str):
        entry = self.pool.resolve(model)
        engine = await asyncio.to_thread(self.pool.engine, entry)
        if engine.task != task:
            what = "a classifier (use /v1/classify)" if engine.task == "classification" else "a generative model (use /v1/chat/completions)"
            raise UsageError(f"model {entry.id} is {what}")
        return entry, engine

    # -- classification ----------------------------------------------------------------------------

    async def classify(self, body, user: User) -> Classified:
        texts = body.texts()
        self._check_size(texts, len(texts))
        started = time.perf_counter()
        entry, engine = await self._engine(body.model, "classification")
        predictions = await asyncio.wrap_future(engine.classify(texts))
        tokens = [p.tokens for p in predictions]
        result = Classified(new_request_id("clf"), int(time.time()), entry.id, predictions, sum(tokens))
        latency = (time.perf_counter() - started) * 1000
        self._count(entry.id, "classify", len(texts), sum(tokens), 0)
        self.logs.record([
            LogEntry(
                request_id=result.id, item=i, model_name=entry.name, version_id=entry.id, endpoint="classify", user_name=user.name,
                token_id=_token_id(user), status_code=200, latency_ms=latency, input_text=text, output_text="",
                prompt_tokens=tokens[i], predicted_label=",".join(p.labels) or None, score=p.score, groups=dict(body.groups or {}),
            )
            for i, (text, p) in enumerate(zip(texts, predictions, strict=True))
        ])
        return result

    # -- generation --------------------------------------------------------------------------------

    async def chat(self, body, user: User) -> Generated:
        turns = body.turns()
        self._check_size([t["content"] for t in turns], 1)
        entry, engine = await self._engine(body.model, "sft")
        prompt = engine.chat_prompt(turns)
        return await self._generate(entry, engine, "chat", [prompt], [_last_user_turn(turns)], body, user, new_request_id("chatcmpl"))

    async def complete(self, body, user: User) -> Generated:
        prompts = body.prompts()
        self._check_size(prompts, len(prompts))
        entry, engine = await self._engine(body.model, "sft")
        return await self._generate(entry, engine, "completions", [engine.text_prompt(p) for p in prompts], prompts, body, user, new_request_id("cmpl"))

    async def chat_stream(self, body, user: User) -> tuple[Generated, AsyncIterator[tuple[int, str | None, str | None]]]:
        turns = body.turns()
        self._check_size([t["content"] for t in turns], 1)
        entry, engine = await self._engine(body.model, "sft")
        return self._stream(entry, engine, "chat", [engine.chat_prompt(turns)], [_last_user_turn(turns)], body, user, new_request_id("chatcmpl"))

    async def complete_stream(self, body, user: User):
        prompts = body.prompts()
        self._check_size(prompts, len(prompts))
        entry, engine = await self._engine(body.model, "sft")
        return self._stream(entry, engine, "completions", [engine.text_prompt(p) for p in prompts], prompts, body, user, new_request_id("cmpl"))

    def _requests(self, prompts: list[list[int]], body, on_delta=None) -> list[GenerationRequest]:
        max_tokens = body.requested_max_tokens or self.settings.default_max_tokens
        if max_tokens > self.settings.max_tokens_limit:
            raise UsageError(f"max_tokens {max_tokens} is above this server's limit of {self.settings.max_tokens_limit}")
        temperature = 1.0 if body.temperature is None else body.temperature
        top_p = 1.0 if body.top_p is None else body.top_p
        requests = []
        for prompt in prompts:
            for _ in range(body.n):
                index = len(requests)
                callback = (lambda delta, i=index: on_delta(i, delta)) if on_delta else None
                requests.append(GenerationRequest(prompt, max_tokens, temperature, top_p, tuple(body.stop or ()), on_delta=callback))
        return requests

    async def _generate(self, entry: Servable, engine, endpoint: str, prompts: list[list[int]], inputs: list[str], body, user: User, request_id: str) -> Generated:
        started = time.perf_counter()
        requests = self._requests(prompts, body)
        futures = [engine.generate(r) for r in requests]
        try:
            await asyncio.gather(*(asyncio.wrap_future(f) for f in futures))
        except asyncio.CancelledError:
            for r in requests:
                r.cancelled.set()
            raise
        result = Generated(request_id, int(time.time()), entry.id, requests, sum(len(p) for p in prompts) * body.n)
        self._finish(entry, endpoint, result, inputs, body.n, user, started)
        return result

    def _stream(self, entry: Servable, engine, endpoint: str, prompts: list[list[int]], inputs: list[str], body, user: User, request_id: str):
        """(the answer, filled in as it goes; an async iterator of (choice index, new text, finish reason))."""
        loop = asyncio.get_running_loop()
        events: asyncio.Queue = asyncio.Queue()
        started = time.perf_counter()
        requests = self._requests(prompts, body, on_delta=lambda i, delta: loop.call_soon_threadsafe(events.put_nowait, (i, delta, None)))
        result = Generated(request_id, int(time.time()), entry.id, requests, sum(len(p) for p in prompts) * body.n)
        futures = [engine.generate(r) for r in requests]
        for index, future in enumerate(futures):
            future.add_done_callback(lambda f, i=index: loop.call_soon_threadsafe(events.put_nowait, (i, None, f)))

        async def events_until_done():
            open_rows = len(requests)
            try:
                while open_rows:
                    index, delta, future = await events.get()
                    if future is None:
                        yield index, delta, None
                        continue
                    open_rows -= 1
                    future.result()  # re-raises an engine error
                    yield index, None, requests[index].finish_reason
                self._finish(entry, endpoint, result, inputs, body.n, user, started)
            finally:
                for r in requests:  # the client went away: stop generating for it
                    r.cancelled.set()

        return result, events_until_done()

    def _finish(self, entry: Servable, endpoint: str, result: Generated, inputs: list[str], n: int, user: User, started: float) -> None:
        latency = (time.perf_counter() - started) * 1000
        self._count(entry.id, endpoint, len(result.choices), result.prompt_tokens, result.completion_tokens)
        self.logs.record([
            LogEntry(
                request_id=result.id, item=i, model_name=entry.name, version_id=entry.id, endpoint=endpoint, user_name=user.name,
                token_id=_token_id(user), status_code=200, latency_ms=latency, input_text=inputs[i // n], output_text=choice.text,
                prompt_tokens=len(choice.prompt_ids), completion_tokens=choice.completion_tokens, finish_reason=choice.finish_reason,
            )
            for i, choice in enumerate(result.choices)
        ])

    # -- feedback and logs -------------------------------------------------------------------------

    def feedback(self, body, user: User):
        """Store a label or rating for an earlier answer. Anyone allowed `serve.feedback` may rate
        their own requests; feedback on another user's request needs data_scientist, reviewer or admin."""
        self.logs.flush()
        logged = get_logged(self.workspace, body.request_id, body.index)
        if logged.user_name != user.name and not user.has_role(*FEEDBACK_ON_OTHERS):
            raise PermissionDeniedError(
                f"{user.name} may not give feedback on another user's request (needs data_scientist, reviewer or admin)"
            )
        if body.label is not None:
            self._check_label(logged, body.label)
        return add_feedback(self.workspace, logged, label=body.label, rating=body.rating, user_name=user.name, retention_days=self.settings.request_logs.retention_days)

    def _check_label(self, logged, label: str) -> None:
        from afinar.evaluate.models import run_record
        from afinar.registry.versions import get_version
        from afinar.train import get_run

        run = get_run(self.workspace, get_version(self.workspace, logged.version_id).run_id)
        labels = run_record(run, self.workspace).get("labels") or []
        if run.task == "classification":
            if label not in labels:
                raise UsageError(f"label {label!r} is not one of {logged.version_id}'s labels ({', '.join(labels)})")
            return
        from afinar.privacy import scan

        if scan(label):
            raise UsageError("the label looks like personal data; send a category or a rating instead")

    def request_logs(self, *, model: str | None, limit: int):
        self.logs.flush()
        return read_logs(self.workspace, model_name=model.partition("@")[0] if model else None, limit=limit)

    # -- helpers -----------------------------------------------------------------------------------

    def _check_size(self, texts: list[str], count: int) -> None:
        if count > self.settings.max_inputs:
            raise UsageError(f"{count} inputs in one request; this server accepts at most {self.settings.max_inputs}")
        chars = sum(len(t) for t in texts)
        if chars > self.settings.max_input_chars:
            raise UsageError(f"the input has {chars} characters; this server accepts at most {self.settings.max_input_chars}")

    def _count(self, version: str, endpoint: str, items: int, prompt_tokens: int, completion_tokens: int) -> None:
        if self.metrics:
            self.metrics.inferences.labels(version, endpoint).inc(items)
            self.metrics.tokens.labels(version, "prompt").inc(prompt_tokens)
            self.metrics.tokens.labels(version, "completion").inc(completion_tokens)


def _token_id(user: User) -> str | None:
    return user.via.split(":", 1)[1] if user.via.startswith("token:") else None


def _last_user_turn(turns: list[dict[str, str]]) -> str:
    """What a chat request's log row keeps as its input: the last user message (what drift compares
    with the user turns of the reference data)."""
    return next(t["content"] for t in reversed(turns) if t["role"] == "user")


def chunk_json(value: dict[str, Any]) -> str:
    return "data: " + json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n\n"
