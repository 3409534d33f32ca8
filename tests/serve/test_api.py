"""The real server (uvicorn on a loopback port) answering the official `openai` client and plain
HTTP: chat (streaming too), completions, models, classification, feedback, roles, request logs
without personal data, metrics, and a promotion picked up while it runs (last: it changes the
world the other tests share)."""

from __future__ import annotations

import concurrent.futures
import re
from pathlib import Path

import httpx
import openai
import pytest

pytestmark = pytest.mark.slow

PERSONAL = {
    "name": "Josefina Albuquerque Trindade",
    "cpf": "529.982.247-25",
    "email": "josefina.trindade@exemplo.com.br",
    "other_name": "Raimundo Nonato Figueiredo",
    "other_cpf": "111.444.777-35",
    "phone": "(81) 98581-2236",
}


def _variants(value: str) -> list[str]:
    digits = "".join(c for c in value if c.isdigit())
    return [value, value.lower()] + ([digits] if len(digits) >= 8 else [])


def _client(url: str, token: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=token, max_retries=0, timeout=120)


def _bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_the_openai_client_works_unchanged(live):
    url, world, _workspace, _logs = live
    client = _client(url, world.tokens["ana"])

    ids = {m.id for m in client.models.list().data}
    assert {"atendimento", "assistente", world.versions["clf1"], world.versions["chat"]} <= ids
    assert world.versions["clf2"] not in ids  # approved, not in production: not served by default

    chat = client.chat.completions.create(model="assistente", messages=[{"role": "user", "content": "Olá, quero a segunda via do boleto."}], max_tokens=8, temperature=0)
    assert chat.model == world.versions["chat"] and chat.object == "chat.completion"
    assert chat.choices[0].finish_reason in ("stop", "length") and chat.usage.completion_tokens <= 8
    assert chat.usage.prompt_tokens > 5 and chat.choices[0].message.role == "assistant"

    pieces, usage = [], None
    stream = client.chat.completions.create(
        model="assistente", messages=[{"role": "user", "content": "Olá, quero a segunda via do boleto."}], max_tokens=8, temperature=0,
        stream=True, stream_options={"include_usage": True},
    )
    finish = None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        for choice in chunk.choices:
            pieces.append(choice.delta.content or "")
            finish = choice.finish_reason or finish
    # Greedy decoding: the stream says exactly what the plain answer said.
    assert "".join(pieces) == chat.choices[0].message.content and finish == chat.choices[0].finish_reason
    assert usage.completion_tokens == chat.usage.completion_tokens

    completion = client.completions.create(model="assistente", prompt=["O boleto vence", "A internet"], max_tokens=5, temperature=0, n=1)
    assert [c.index for c in completion.choices] == [0, 1] and completion.object == "text_completion"
    assert all(c.finish_reason in ("stop", "length") for c in completion.choices)
    # the stream against the same prompt alone: in a batch of two, left padding changes the
    # matmul shapes, and in bfloat16 (serve.dtype auto) greedy decoding may then take
    # another token ("re\n\nAle" against "re\n\nAu" on a CI run)
    alone = client.completions.create(model="assistente", prompt="O boleto vence", max_tokens=5, temperature=0)
    streamed = "".join(c.choices[0].text for c in client.completions.create(model="assistente", prompt="O boleto vence", max_tokens=5, temperature=0, stream=True) if c.choices)
    assert streamed == alone.choices[0].text

    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nao-existe", messages=[{"role": "user", "content": "oi"}], max_tokens=2)
    with pytest.raises(openai.BadRequestError):  # a classifier cannot chat
        client.chat.completions.create(model="atendimento", messages=[{"role": "user", "content": "oi"}], max_tokens=2)
    with pytest.raises(openai.BadRequestError):  # stated, not silently ignored
        client.chat.completions.create(model="assistente", messages=[{"role": "user", "content": "oi"}], max_tokens=2, frequency_penalty=0.5)


def test_stop_strings_end_the_answer(live):
    url, world, _workspace, _logs = live
    client = _client(url, world.tokens["ana"])
    free = client.completions.create(model="assistente", prompt="Os números de um a dez são: 1, 2, 3,", max_tokens=12, temperature=0)
    text = free.choices[0].text
    # Greedy decoding is deterministic: the model continues this list, so there is text to cut.
    assert len(text.strip()) >= 2, text
    stop = text.strip()[1]
    cut = client.completions.create(model="assistente", prompt="Os números de um a dez são: 1, 2, 3,", max_tokens=12, temperature=0, stop=[stop])
    assert stop not in cut.choices[0].text and cut.choices[0].finish_reason == "stop"
    assert text.startswith(cut.choices[0].text)


def test_classification_and_feedback(live):
    url, world, _workspace, _logs = live
    ana, carla, vitor = world.tokens["ana"], world.tokens["carla"], world.tokens["vitor"]
    answer = httpx.post(f"{url}/v1/classify", json={"model": "atendimento", "input": ["quero cancelar meu plano", "a internet caiu"]}, headers=_bearer(ana), timeout=60)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["model"] == world.versions["clf1"] and [d["index"] for d in body["data"]] == [0, 1]
    labels = set(body["data"][0]["scores"])
    assert body["data"][0]["label"] in labels and abs(sum(body["data"][0]["scores"].values()) - 1) < 1e-3

    ok = httpx.post(f"{url}/v1/feedback", json={"request_id": body["id"], "index": 1, "label": "suporte_tecnico"}, headers=_bearer(ana))
    assert ok.status_code == 200 and ok.json()["label"] == "suporte_tecnico" and ok.json()["model"] == world.versions["clf1"]
    # Another data scientist may label it; a viewer may not give feedback on someone else's request.
    assert httpx.post(f"{url}/v1/feedback", json={"request_id": body["id"], "rating": 4}, headers=_bearer(carla)).status_code == 200
    assert httpx.post(f"{url}/v1/feedback", json={"request_id": body["id"], "rating": 1}, headers=_bearer(vitor)).status_code == 403
    assert httpx.post(f"{url}/v1/feedback", json={"request_id": body["id"], "label": "não-existe"}, headers=_bearer(ana)).status_code == 400
    assert httpx.post(f"{url}/v1/feedback", json={"request_id": "clf-000", "label": "cancelamento"}, headers=_bearer(ana)).status_code == 404
    assert httpx.post(f"{url}/v1/feedback", json={"request_id": body["id"]}, headers=_bearer(ana)).status_code == 400


def test_tokens_and_roles_are_enforced(live):
    url, world, _workspace, _logs = live
    chat = {"model": "assistente", "messages": [{"role": "user", "content": "oi"}], "max_tokens": 2}
    with pytest.raises(openai.AuthenticationError):
        _client(url, "afn_000000000000_" + "x" * 43).models.list()
    for route, method in (("/v1/models", "GET"), ("/v1/chat/completions", "POST"), ("/v1/classify", "POST"), ("/v1/feedback", "POST"), ("/v1/requests", "GET")):
        missing = httpx.request(method, url + route, json=chat)
        assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer", route
        assert missing.json()["error"]["code"] == "missing_token"
    # The matrix (docs/serving.md): a viewer reads models and may infer; request logs are for admins.
    viewer = _bearer(world.tokens["vitor"])
    assert httpx.get(f"{url}/v1/models", headers=viewer).status_code == 200
    assert httpx.get(f"{url}/v1/requests", headers=viewer).status_code == 403
    assert httpx.get(f"{url}/v1/requests", headers=_bearer(world.tokens["ana"])).json()["error"]["type"] == "permission_error"
    assert httpx.get(f"{url}/v1/requests", headers=_bearer(world.tokens["admin"])).status_code == 200
    # Health and metrics answer without a token (counts only); CORS is closed by default.
    assert httpx.get(f"{url}/health").json()["models"]["atendimento"] == world.versions["clf1"]
    preflight = httpx.options(f"{url}/v1/models", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_requests_are_batched(live):
    url, world, _workspace, _logs = live
    headers = _bearer(world.tokens["ana"])
    texts = [f"minha fatura número {i} veio errada" for i in range(24)]
    with httpx.Client(timeout=120) as client, concurrent.futures.ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(lambda t: client.post(f"{url}/v1/classify", json={"model": "atendimento", "input": t}, headers=headers), texts))
    assert all(a.status_code == 200 for a in answers)
    metrics = httpx.get(f"{url}/metrics").text
    version = world.versions["clf1"]
    count = float(re.search(rf'afinar_batch_size_count{{version="{version}"}} (\S+)', metrics).group(1))
    total = float(re.search(rf'afinar_batch_size_sum{{version="{version}"}} (\S+)', metrics).group(1))
    assert total / count > 1.5, "concurrent requests should share forward passes"
    assert 'afinar_requests_total{route="/v1/classify",status="200"}' in metrics


def test_stored_request_logs_hold_no_personal_data(live):
    url, world, workspace, captured = live
    token = world.tokens["carla"]
    client = _client(url, token)
    p = PERSONAL
    message = f"Bom dia, meu nome é {p['name']}, CPF {p['cpf']}, e-mail {p['email']}, telefone {p['phone']}. Quero a segunda via."
    chat = client.chat.completions.create(model="assistente", messages=[{"role": "user", "content": message}], max_tokens=6, temperature=0)
    client.completions.create(model="assistente", prompt=f"Prezado Sr. {p['other_name']}, CPF {p['other_cpf']}, informamos que", max_tokens=6, temperature=0)
    list(client.chat.completions.create(model="assistente", messages=[{"role": "user", "content": message}], max_tokens=4, temperature=0, stream=True))
    classified = httpx.post(
        f"{url}/v1/classify",
        json={"model": "atendimento", "input": [message, f"Sou {p['other_name']} e quero cancelar, CPF {p['other_cpf']}"], "groups": {"region": "Sul", "atendente": p["other_name"]}},
        headers=_bearer(token),
    )
    assert classified.status_code == 200

    logs = httpx.get(f"{url}/v1/requests", params={"limit": 1000}, headers=_bearer(world.tokens["admin"])).json()["data"]
    mine = [row for row in logs if row["user"] == "carla"]
    assert len(mine) == 5
    assert all(row["personal_data_found"] >= 2 for row in mine)
    stored_chat = next(row for row in mine if row["id"] == chat.id)
    assert "<BR_CPF>" in stored_chat["input_text"] and "<EMAIL_ADDRESS>" in stored_chat["input_text"] and "<PERSON>" in stored_chat["input_text"]

    raw_values = [v for value in PERSONAL.values() for v in _variants(value)]
    for file in Path(workspace.root).rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            leaked = [v for v in raw_values if v.encode() in content]
            assert not leaked, f"{file.relative_to(workspace.root)} holds {leaked}"
    assert captured.lines, "the access log should have lines"
    assert not [v for v in raw_values for line in captured.lines if v in line]


def test_drift_of_the_chat_model_reads_its_logs(live):
    url, world, workspace, _logs = live
    from afinar.config.spec import MonitorSpec
    from afinar.monitor import drift_report

    httpx.get(f"{url}/v1/requests", headers=_bearer(world.tokens["admin"]))  # waits for the log writer
    report = drift_report("assistente", workspace, settings=MonitorSpec(min_samples=5), log=lambda _m: None)
    assert report.version == world.versions["chat"] and report.samples >= 5
    # A chat model: the user turns of its conversations are the reference; no labels, no feedback accuracy.
    assert {c["name"] for c in report.summary["checks"]} == {"length", "oov_rate", "unseen_words", "personal_data", "language", "embedding"}
    assert report.status in ("ok", "warn", "alert") and report.artifact_sha256


def test_a_promotion_is_picked_up_while_serving(live):
    url, world, workspace, _logs = live
    from .serving_world import promote

    from afinar.audit import AuditLog
    from afinar.registry import identity

    headers = _bearer(world.tokens["ana"])
    before = httpx.post(f"{url}/v1/classify", json={"model": "atendimento", "input": "a internet caiu"}, headers=headers).json()
    assert before["model"] == world.versions["clf1"]
    # Approved versions are not served, even when named.
    named = httpx.post(f"{url}/v1/classify", json={"model": world.versions["clf2"], "input": "a internet caiu"}, headers=headers)
    assert named.status_code == 404

    promote(workspace, identity.local_user(workspace), world.versions["clf2"])
    after = httpx.post(f"{url}/v1/classify", json={"model": "atendimento", "input": "a internet caiu"}, headers=headers).json()
    assert after["model"] == world.versions["clf2"]
    assert httpx.get(f"{url}/health").json()["models"]["atendimento"] == world.versions["clf2"]
    retired = httpx.post(f"{url}/v1/classify", json={"model": world.versions["clf1"], "input": "a internet caiu"}, headers=headers)
    assert retired.status_code == 404
    switched = AuditLog(workspace).events(action="serve.switched")
    assert switched and switched[-1].details == {"from": world.versions["clf1"], "to": world.versions["clf2"]}
