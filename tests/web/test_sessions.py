"""Sessions, CSRF and the page frame, through FastAPI's test client on an empty workspace (no
browser, no model): what a forged, tampered, expired or revoked session gets, cross-site and
token-less posts, open redirects, security headers, static files, the two message catalogues
and the charts' SVG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import afinar.web

TEMPLATES = Path(afinar.web.__file__).parent / "templates"
WEB_SOURCES = Path(afinar.web.__file__).parent


@pytest.fixture
def site(workspace):
    """(client, tokens by user) of `dashboard_app` over an empty workspace with three users."""
    from fastapi.testclient import TestClient

    from afinar.registry import identity
    from afinar.web import dashboard_app

    admin = identity.local_user(workspace)
    tokens = {}
    for name, role in (("bruno.revisor", "reviewer"), ("vitor.leitor", "viewer")):
        identity.add_user(workspace, admin, name, [role])
        tokens[name] = identity.create_token(workspace, admin, name)[0]
    client = TestClient(dashboard_app(workspace), base_url="http://127.0.0.1:8050")
    return client, tokens


def sign_in(client, token: str):
    form = client.get("/ui/login")
    nonce = re.search(r'name="login_nonce" value="([^"]+)"', form.text).group(1)
    return client.post("/ui/login", data={"token": token, "login_nonce": nonce, "next": "/ui/models"}, follow_redirects=False)


def csrf_of(client) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]*)"', client.get("/ui/").text).group(1)


def test_signing_in_gives_a_strict_http_only_cookie_and_every_empty_page_renders(site):
    client, tokens = site
    answer = sign_in(client, tokens["bruno.revisor"])
    assert answer.status_code == 303 and answer.headers["location"] == "/ui/models"
    cookie = next(h for h in answer.headers.get_list("set-cookie") if h.startswith("afinar_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/ui" in cookie and tokens["bruno.revisor"] not in cookie
    for path in ("/ui/", "/ui/datasets", "/ui/runs", "/ui/models", "/ui/monitoring", "/ui/audit"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-security-policy"].startswith("default-src 'none'")
        assert page.headers["x-frame-options"] == "DENY" and page.headers["cache-control"] == "no-store"
    assert "Nenhum conjunto de dados" in client.get("/ui/datasets").text


def test_pages_send_strangers_to_the_sign_in_page_and_refuse_their_posts(site):
    client, _tokens = site
    answer = client.get("/ui/models?status=approved", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/ui/login?next=/ui/models%3Fstatus%3Dapproved"
    assert client.post("/ui/models/x@1/approve", data={"csrf_token": "x"}).status_code == 401
    assert client.get("/").status_code == 200  # / redirects to the dashboard, which asks to sign in


def test_a_tampered_or_foreign_cookie_is_no_session(site, workspace):
    client, tokens = site
    sign_in(client, tokens["vitor.leitor"])
    good = client.cookies["afinar_session"]
    version, body, mac = good.split(".")
    # Claim to be someone else: the signature no longer matches.
    import base64
    import json

    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["u"] = "bruno.revisor"
    forged_body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    for forged in (f"{version}.{forged_body}.{mac}", good[:-2] + "00", "v1.e30.00", "garbage"):
        client.cookies.clear()
        client.cookies.set("afinar_session", forged, path="/ui")
        assert client.get("/ui/", follow_redirects=False).status_code == 303


def test_revoking_the_token_or_disabling_the_user_ends_the_session(site, workspace):
    from afinar.registry import identity

    client, tokens = site
    sign_in(client, tokens["bruno.revisor"])
    assert client.get("/ui/", follow_redirects=False).status_code == 200
    admin = identity.local_user(workspace)
    token_id = tokens["bruno.revisor"].split("_")[1]
    identity.revoke_token(workspace, admin, token_id)
    assert client.get("/ui/", follow_redirects=False).status_code == 303

    sign_in(client, tokens["vitor.leitor"])
    assert client.get("/ui/", follow_redirects=False).status_code == 200
    identity.set_roles(workspace, admin, "vitor.leitor", [], active=False)
    assert client.get("/ui/", follow_redirects=False).status_code == 303


def test_roles_are_read_again_on_every_request(site, workspace):
    from afinar.registry import identity

    client, tokens = site
    sign_in(client, tokens["vitor.leitor"])
    assert client.get("/ui/audit").status_code == 403
    identity.set_roles(workspace, identity.local_user(workspace), "vitor.leitor", ["reviewer"])
    assert client.get("/ui/audit").status_code == 200


def test_signing_out_ends_the_session_even_for_a_copied_cookie(site):
    client, tokens = site
    sign_in(client, tokens["bruno.revisor"])
    copied = client.cookies["afinar_session"]
    answer = client.post("/ui/logout", data={"csrf_token": csrf_of(client)}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/ui/login"
    client.cookies.clear()
    client.cookies.set("afinar_session", copied, path="/ui")
    assert client.get("/ui/", follow_redirects=False).status_code == 303


def test_an_expired_session_is_refused(site, monkeypatch):
    import time

    client, tokens = site
    sign_in(client, tokens["bruno.revisor"])
    later = time.time() + 8 * 3600 + 1
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.get("/ui/", follow_redirects=False).status_code == 303


def test_posts_need_the_session_csrf_token_and_a_same_site_origin(site):
    client, tokens = site
    sign_in(client, tokens["bruno.revisor"])
    csrf = csrf_of(client)
    assert client.post("/ui/audit/verify", data={}).status_code == 403
    assert client.post("/ui/audit/verify", data={"csrf_token": "0" * 64}).status_code == 403
    cross = client.post("/ui/audit/verify", data={"csrf_token": csrf}, headers={"Origin": "http://evil.example"})
    assert cross.status_code == 403 and "outro site" in cross.text
    verified = client.post("/ui/audit/verify", data={"csrf_token": csrf}, headers={"Origin": "http://127.0.0.1:8050"})
    assert verified.status_code == 200 and 'id="verification"' in verified.text and "Íntegra" in verified.text
    # Another session's CSRF token is worth nothing in this one.
    client.cookies.clear()
    other = sign_in(client, tokens["vitor.leitor"])
    assert other.status_code == 303
    assert client.post("/ui/logout", data={"csrf_token": csrf}).status_code == 403


def test_the_sign_in_form_has_its_own_csrf_token_and_never_echoes_the_token(site):
    client, tokens = site
    refused = client.post("/ui/login", data={"token": tokens["bruno.revisor"], "login_nonce": "guess"})
    assert refused.status_code == 403 and "afinar_session" not in client.cookies
    form = client.get("/ui/login")
    nonce = re.search(r'name="login_nonce" value="([^"]+)"', form.text).group(1)
    wrong = client.post("/ui/login", data={"token": "afn_0123456789ab_wrong", "login_nonce": nonce})
    assert wrong.status_code == 401 and "afn_0123456789ab_wrong" not in wrong.text


@pytest.mark.parametrize(
    "target, expected",
    [
        ("/ui/models?status=approved", "/ui/models?status=approved"),
        ("https://evil.example/ui/", "/ui/"),
        ("//evil.example/ui/", "/ui/"),
        ("/\\evil.example", "/ui/"),
        ("/other/path", "/ui/"),
        ("/ui/login?next=/ui/", "/ui/"),
        ("", "/ui/"),
    ],
)
def test_after_signing_in_the_browser_only_goes_to_dashboard_pages(workspace, target, expected):
    from afinar.web.router import Dashboard

    assert Dashboard(workspace, None, "/ui").safe_next(target) == expected


def test_the_signed_in_event_is_audited_with_the_token_id_only(site, workspace):
    from afinar.audit import AuditLog

    client, tokens = site
    sign_in(client, tokens["bruno.revisor"])
    events = AuditLog(workspace).events(action="web.signed_in")
    assert [e.actor for e in events] == ["bruno.revisor"]
    assert events[0].details["token_id"] == tokens["bruno.revisor"].split("_")[1]
    assert tokens["bruno.revisor"] not in str(events[0].details)


def test_static_files_are_served_and_nothing_else(site):
    client, _tokens = site
    css = client.get("/ui/static/afinar.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    for path in ("/ui/static/..%2Frouter.py", "/ui/static/.hidden", "/ui/static/nope.js"):
        assert client.get(path).status_code == 404


def test_the_language_cookie_switches_the_catalogue(site):
    client, tokens = site
    sign_in(client, tokens["bruno.revisor"])
    answer = client.get("/ui/lang/en?next=/ui/runs", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/ui/runs"
    assert "<h1>Runs</h1>" in client.get("/ui/runs").text
    assert client.get("/ui/lang/xx").status_code == 404


# -- words and charts --------------------------------------------------------------------------------------


def used_keys() -> set[str]:
    """Every fixed message key the templates and the Python code ask for."""
    keys = set()
    for template in TEMPLATES.glob("*.html"):
        keys |= set(re.findall(r"\bt\('([a-z_]+\.[a-z_.]+)'\)", template.read_text(encoding="utf-8")))
        keys |= set(re.findall(r"\bt\('([a-z_]+\.[a-z_.]+)',", template.read_text(encoding="utf-8")))
    for source in WEB_SOURCES.glob("*.py"):
        keys |= set(re.findall(r"\bt\(\"([a-z_]+\.[a-z_.]+)\"", source.read_text(encoding="utf-8")))
    return keys


def test_both_catalogues_hold_the_same_words_and_every_word_the_pages_use():
    from afinar.registry.identity import Role
    from afinar.registry.lifecycle import ACTIONS, Status
    from afinar.web.i18n import EN, PT_BR
    from afinar.web.views import MODEL_ACTIONS

    assert set(PT_BR) == set(EN)
    keys = used_keys()
    assert len(keys) > 150
    keys |= {f"status.{s.value}" for s in Status} | {f"action.{a}" for a in ACTIONS} | {f"role.{r.value}" for r in Role}
    keys |= {f"model.{kind}.{a}" for kind in ("done", "confirm") for a in MODEL_ACTIONS} | {f"error.{code}" for code in (400, 401, 403, 404, 409)}
    assert sorted(keys - set(PT_BR)) == []
    for key in PT_BR:  # the same {placeholders} in both languages
        assert set(re.findall(r"{(\w+)}", PT_BR[key])) == set(re.findall(r"{(\w+)}", EN[key])), key


def test_a_missing_word_shows_its_key_rather_than_breaking_the_page():
    from afinar.web.i18n import translator

    assert translator("pt-BR")("drift.some_new_status") == "some new status"
    assert translator("en")("overview.failed", n=2) == "2 failed"


def test_charts_are_well_formed_svg_with_escaped_labels_and_values_on_hover():
    from afinar.web.plots import Series, bar_chart, hbar_chart, line_chart, nice_ticks

    hostile = '<script>alert("x")</script> & "quotes"'
    charts = [
        line_chart([Series(hostile, [(0, 1.0), (1, 0.5), (2, float("nan")), (3, 0.25)]), Series("b", [(0, 2.0)], dashed=True)], title=hostile, x_label="x", y_label="y"),
        bar_chart([hostile, "b"], [("s1", [1.0, None]), ("s2", [0.0, 3.0])], title="bars"),
        hbar_chart([(hostile, 3.0), ("b", 1.0)], title="h", x_label="n", percent=True),
    ]
    for svg in charts:
        root = ElementTree.fromstring(str(svg))
        assert root.tag.endswith("svg") and "<script>" not in str(svg)
        assert root.find("{http://www.w3.org/2000/svg}title") is not None
    assert "s1 · b" not in str(charts[1])  # a missing value draws no bar
    assert 'class="zero s1"' in str(charts[1])  # a zero is a line on the axis, not a sliver of a bar
    assert str(line_chart([Series("empty", [])], title="t")) == ""
    assert nice_ticks(0, 1) == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert nice_ticks(0, 3, integer=True) == [0.0, 1.0, 2.0, 3.0]


def test_afinar_serve_serves_the_same_pages_beside_the_api(workspace):
    from fastapi.testclient import TestClient

    from afinar.config.spec import ServeSpec
    from afinar.registry import identity
    from afinar.serve import create_app

    admin = identity.local_user(workspace)
    identity.add_user(workspace, admin, "bruno.revisor", ["reviewer"])
    token = identity.create_token(workspace, admin, "bruno.revisor")[0]
    with TestClient(create_app(workspace, ServeSpec(preload=False)), base_url="http://127.0.0.1:8000") as client:
        assert client.get("/health").status_code == 200
        assert sign_in(client, token).status_code == 303
        overview = client.get("/ui/")
        assert overview.status_code == 200 and "Visão geral" in overview.text
        assert client.post("/ui/audit/verify", data={"csrf_token": csrf_of(client)}).status_code == 200
    with TestClient(create_app(workspace, ServeSpec(preload=False, dashboard=False))) as client:
        assert client.get("/ui/login").status_code == 404


@pytest.fixture
def sft_version(workspace):
    """A completed sft run and its evaluation as the train and evaluate stages record them (rows and
    small artifacts, no model), registered and submitted through the registry: its page must show
    generation metrics, the memorisation check and group values withheld."""
    import json
    import shutil
    import tempfile
    from datetime import UTC, datetime

    from afinar.config import Spec
    from afinar.evaluate.records import record_evaluation
    from afinar.registry import Registry, identity
    from afinar.workspace.schema import RunRow

    spec = Spec.model_validate(
        {
            "project": "juridico", "task": "sft", "base_model": "smollm2-135m-instruct",
            "data": {"sources": ["data/pecas.jsonl"], "group_fields": ["vara"]},
            "privacy": {"default": "pseudonymize"}, "evaluate": {"gates": {"chrf": ">=0.1", "memorised_pii": "==0"}},
        }
    ).model_dump(mode="json")
    folder = Path(tempfile.mkdtemp())
    (folder / "afinar-run.json").write_text("{}", encoding="utf-8")
    output = workspace.store.put_dir(folder, kind="train_output")
    shutil.rmtree(folder)
    now = datetime.now(UTC)
    with workspace.write_session() as session:
        session.add(
            RunRow(
                id="run-sft-1", project="juridico", task="sft", method="lora", base_model="smollm2-135m-instruct", base_weights_sha256="0" * 64,
                dataset_id=None, parent_run_id=None, status="completed", spec_json=json.dumps(spec), spec_sha256="1" * 64,
                output_sha256=output.sha256, steps=3, created_by="ana.cientista", created_at=now, finished_at=now,
            )
        )
    tuned = {"examples": 20, "perplexity": 7.5, "exact_match": 0.05, "token_f1": 0.41, "rouge_l": 0.38, "chrf": 0.44}
    base = {"examples": 20, "perplexity": 11.2, "exact_match": 0.0, "token_f1": 0.22, "rouge_l": 0.2, "chrf": 0.27}
    result = {
        "schema": "afinar.evaluation/1", "id": "eval-sft-1", "project": "juridico", "task": "sft", "created_at": now.isoformat(timespec="seconds"),
        "created_by": "ana.cientista", "run": {"id": "run-sft-1", "dataset_id": None}, "settings": {}, "primary_metric": "chrf",
        "metrics": {"chrf": 0.44, "perplexity": 7.5, "memorised_pii": 1.0, "improvement_over_base": 0.17},
        "comparison": None,
        "test": {"name": "test", "examples": 20, "tuned": tuned, "base": base, "comparisons": {}},
        "fairness": {"by_field": {"vara": {"groups": {"Maria Aparecida Gonçalves": {"n": 12, "chrf": 0.4}, "2ª Vara Cível": {"n": 8, "chrf": 0.5}}}}},
        "memorisation": {"generations_scanned": 84, "memorised_pii": 1, "memorised_occurrences": 2, "memorised_by_label": {"BR_CPF": 1}},
        "gates": [
            {"metric": "chrf", "expression": ">=0.1", "value": 0.44, "passed": True, "reason": "ok"},
            {"metric": "memorised_pii", "expression": "==0", "value": 1.0, "passed": False, "reason": "1 == 0 is false"},
        ],
        "passed": False, "seconds": 3.0,
    }
    folder = Path(tempfile.mkdtemp())
    (folder / "evaluation.json").write_text(json.dumps(result), encoding="utf-8")
    artifact = workspace.store.put_dir(folder, kind="evaluation")
    shutil.rmtree(folder)
    record_evaluation(workspace, result, artifact.sha256)
    admin = identity.local_user(workspace)
    identity.add_user(workspace, admin, "bruno.revisor", ["reviewer"])
    version = Registry(workspace).register("run-sft-1", admin)
    return version.id, identity.create_token(workspace, admin, "bruno.revisor")[0]


def test_an_sft_model_page_shows_generation_metrics_memorisation_and_failed_gates(workspace, sft_version):
    from fastapi.testclient import TestClient

    from afinar.web import dashboard_app

    reference, token = sft_version
    client = TestClient(dashboard_app(workspace), base_url="http://127.0.0.1:8050")
    sign_in(client, token)
    page = client.get(f"/ui/models/{reference}")
    assert page.status_code == 200
    html = page.text
    assert "84 gerações examinadas: 1 dados pessoais distintos" in html and "BR_CPF: 1" in html
    assert "critérios reprovados" in html  # the memorised_pii gate failed
    assert 'aria-label="Métricas no teste: modelo ajustado × modelo base"' in html
    assert "chrf" in html and "perplexity" in html
    assert "Maria Aparecida Gonçalves" not in html and "[withheld #1" in html and "2ª Vara Cível" in html
    # A candidate: a reviewer may only retire it (submitting is the data scientists').
    assert "action-retire" in html and "action-approve" not in html and "action-submit" not in html
