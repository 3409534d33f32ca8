"""HTTP routes: parse the body, admit the caller, call the service, serialise. Nothing else."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import Response, StreamingResponse

from afinar.serve.inference import chunk_json
from afinar.serve.schemas import (
    ChatChoice,
    ChatChoiceMessage,
    ChatCompletionCreate,
    ChatCompletionPublic,
    ClassificationPublic,
    ClassifyCreate,
    ClassifyPublic,
    CompletionChoice,
    CompletionCreate,
    CompletionPublic,
    FeedbackCreate,
    FeedbackPublic,
    HealthPublic,
    ModelListPublic,
    ModelPublic,
    RequestLogListPublic,
    RequestLogPublic,
    Usage,
)

router = APIRouter()
Authorization = Annotated[str | None, Header()]


def context(request: Request):
    return request.app.state.afinar


def admitted(action: str):
    """A dependency: the calling `User`, if its token, role and rate limit allow `action`."""

    def dependency(request: Request, authorization: Authorization = None):
        return context(request).gatekeeper.admit(authorization, action)

    return dependency


def _usage(prompt: int, completion: int) -> Usage:
    return Usage(prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion)


@router.get("/health", response_model=HealthPublic)
def health(request: Request) -> HealthPublic:
    ctx = context(request)
    ctx.pool.refresh()
    return HealthPublic(status="ok", models={name: s.id for name, s in ctx.pool.production.items()}, loaded=ctx.pool.loaded(), registry_stamp=ctx.pool.stamp)


@router.get("/metrics")
def metrics(request: Request, authorization: Authorization = None) -> Response:
    ctx = context(request)
    if not ctx.settings.metrics_public:
        ctx.gatekeeper.admit(authorization, "serve.admin")
    body, content_type = ctx.metrics.exposition()
    return Response(body, media_type=content_type)


@router.get("/v1/models", response_model=ModelListPublic)
def list_models(request: Request, user=Depends(admitted("registry.read"))) -> ModelListPublic:
    listed = context(request).service.models()
    return ModelListPublic(
        data=[ModelPublic(id=mid, created=e.created, owned_by="afinar", version=e.id, status=e.status, task=task) for mid, e, task in listed]
    )


@router.post("/v1/classify", response_model=ClassifyPublic)
async def classify(body: ClassifyCreate, request: Request, user=Depends(admitted("serve.infer"))) -> ClassifyPublic:
    result = await context(request).service.classify(body, user)
    return ClassifyPublic(
        id=result.id,
        created=result.created,
        model=result.version,
        data=[ClassificationPublic(index=i, label=p.label, labels=list(p.labels), score=p.score, scores=p.scores) for i, p in enumerate(result.predictions)],
        usage=_usage(result.prompt_tokens, 0),
    )


@router.post("/v1/chat/completions", response_model=ChatCompletionPublic)
async def chat_completions(body: ChatCompletionCreate, request: Request, user=Depends(admitted("serve.infer"))):
    service = context(request).service
    if body.stream:
        result, events = await service.chat_stream(body, user)
        return _event_stream(_chat_chunks(result, events, body.include_usage))
    result = await service.chat(body, user)
    return ChatCompletionPublic(
        id=result.id,
        created=result.created,
        model=result.version,
        choices=[ChatChoice(index=i, message=ChatChoiceMessage(content=c.text), finish_reason=c.finish_reason) for i, c in enumerate(result.choices)],
        usage=_usage(result.prompt_tokens, result.completion_tokens),
    )


@router.post("/v1/completions", response_model=CompletionPublic)
async def completions(body: CompletionCreate, request: Request, user=Depends(admitted("serve.infer"))):
    service = context(request).service
    if body.stream:
        result, events = await service.complete_stream(body, user)
        return _event_stream(_completion_chunks(result, events, body.include_usage))
    result = await service.complete(body, user)
    return CompletionPublic(
        id=result.id,
        created=result.created,
        model=result.version,
        choices=[CompletionChoice(index=i, text=c.text, finish_reason=c.finish_reason) for i, c in enumerate(result.choices)],
        usage=_usage(result.prompt_tokens, result.completion_tokens),
    )


@router.post("/v1/feedback", response_model=FeedbackPublic)
def feedback(body: FeedbackCreate, request: Request, user=Depends(admitted("serve.feedback"))) -> FeedbackPublic:
    stored = context(request).service.feedback(body, user)
    return FeedbackPublic(id=stored.id, request_id=stored.request_id, index=stored.item, model=stored.version_id, label=stored.label, rating=stored.rating)


@router.get("/v1/requests", response_model=RequestLogListPublic)
def request_logs(
    request: Request,
    user=Depends(admitted("serve.admin")),
    model: Annotated[str | None, Query(max_length=220)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> RequestLogListPublic:
    rows = context(request).service.request_logs(model=model, limit=limit)
    return RequestLogListPublic(
        data=[
            RequestLogPublic(
                id=r.id, index=r.item, created_at=r.created_at.isoformat(timespec="seconds"), model=r.version_id, endpoint=r.endpoint,
                user=r.user_name, status_code=r.status_code, latency_ms=r.latency_ms, input_text=r.input_text, output_text=r.output_text,
                predicted_label=r.predicted_label, personal_data_found=r.pii_found, personal_data_labels=r.pii_labels,
            )
            for r in rows
        ]
    )


# -- server-sent events -----------------------------------------------------------------------------


def _event_stream(chunks) -> StreamingResponse:
    return StreamingResponse(chunks, media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


async def _chat_chunks(result, events, include_usage: bool):
    head = {"id": result.id, "object": "chat.completion.chunk", "created": result.created, "model": result.version}
    for i in range(len(result.choices)):
        yield chunk_json({**head, "choices": [{"index": i, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]})
    async for chunk in _guarded(events, head, lambda i, text: {"index": i, "delta": {"content": text}, "finish_reason": None},
                                lambda i, reason: {"index": i, "delta": {}, "finish_reason": reason}):
        yield chunk
    if include_usage:
        yield chunk_json({**head, "choices": [], "usage": _usage(result.prompt_tokens, result.completion_tokens).model_dump()})
    yield "data: [DONE]\n\n"


async def _completion_chunks(result, events, include_usage: bool):
    head = {"id": result.id, "object": "text_completion", "created": result.created, "model": result.version}
    async for chunk in _guarded(events, head, lambda i, text: {"index": i, "text": text, "finish_reason": None, "logprobs": None},
                                lambda i, reason: {"index": i, "text": "", "finish_reason": reason, "logprobs": None}):
        yield chunk
    if include_usage:
        yield chunk_json({**head, "choices": [], "usage": _usage(result.prompt_tokens, result.completion_tokens).model_dump()})
    yield "data: [DONE]\n\n"


async def _guarded(events, head, delta_choice, final_choice):
    """Chunks for each event; an engine failure mid-stream becomes an error event (no text in it)."""
    try:
        async for index, text, reason in events:
            choice = delta_choice(index, text) if reason is None else final_choice(index, reason)
            yield chunk_json({**head, "choices": [choice]})
    except Exception as exc:  # noqa: BLE001 - the status line is already sent: report in-band
        yield chunk_json({"error": {"message": f"generation failed ({type(exc).__name__})", "type": "server_error", "code": None}})
