"""Fixtures of the dashboard tests: one real world built once per session (a dataset full of
personal data prepared by the data stage, a two-step LoRA run on minilm-l6 and its real
evaluation, registered through the registry's public API as three versions submitted for
review, three days of logged traffic and the monitor stage's drift check of each), the real server (`afinar ui`) on a loopback port, and Debian's
Chromium driven by Playwright.

The browser tests skip only when /usr/bin/chromium is missing and AFINAR_REQUIRE_BROWSER is
unset (`.ci/run` sets it, so CI fails instead).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EXPECTED_REFUSAL = re.compile(r"status of (401|403|409)")
PROJECT = "atendimento-telecom"
LABEL_TEXT = {
    "fatura": "minha fatura veio com um valor errado e quero revisar a cobrança deste mês",
    "suporte": "a internet cai toda hora e o sinal do roteador fica fraco à noite",
    "cancelamento": "quero cancelar o contrato e saber quanto fica a multa de fidelidade",
}
# Versions of the one real run, one per test that changes a status (the server is shared).
VERSIONS = {"approve": f"{PROJECT}@1", "four_eyes": "atendimento-telecom-b@1", "viewer": "atendimento-telecom-c@1"}


@dataclass
class WebWorld:
    root: Path
    workspace: Path
    dataset_id: str
    run_id: str
    evaluation_id: str
    tokens: dict[str, str]  # user name -> API token
    admin: str  # the OS user, the workspace's first admin
    personal_values: list[str] = field(default_factory=list)  # every raw personal-data value in the sources


def ticket_rows(seed: int, count: int) -> list[dict]:
    """Support tickets full of personal data (Faker pt_BR): the customer's name, CPF, e-mail,
    phone and address in the text, and the attendant's name in a group field."""
    from faker import Faker

    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    attendants = [fake.name() for _ in range(3)]
    labels = sorted(LABEL_TEXT)
    rows = []
    for i in range(count):
        label = labels[i % len(labels)]
        person = {"name": fake.name(), "cpf": fake.cpf(), "email": fake.email(), "phone": fake.cellphone_number(), "street": fake.street_address()}
        text = (
            f"Olá, aqui é {person['name']}, CPF {person['cpf']}, e-mail {person['email']}, telefone {person['phone']}. "
            f"Moro na {person['street']}. {LABEL_TEXT[label].capitalize()}, obrigado."
        )
        rows.append({"id": f"t{i}", "text": text, "label": label, "region": rng.choice(["Norte", "Sul"]), "atendente": rng.choice(attendants), "_person": person})
    return rows


def write_project(folder: Path, rows: list[dict]) -> Path:
    spec = {
        "project": PROJECT,
        "task": "classification",
        "base_model": "minilm-l6",
        "data": {
            "sources": ["data/tickets.jsonl"],
            "group_fields": ["region", "atendente"],  # attendants' names: personal data in a group field
            "split": {"validation": 0.2, "test": 0.2},
            "dedup": {"near": None},
        },
        "privacy": {"default": "pseudonymize", "entities": {"BR_CPF": "replace", "EMAIL_ADDRESS": "mask"}},
        "train": {"method": "lora", "max_steps": 2, "batch_size": 8, "max_seq_len": 128},
        "evaluate": {"gates": {"macro_f1": ">=0.0"}, "bootstrap_resamples": 100, "forgetting": False},
        "governance": {"legal_basis": "LGPD art. 7, IX (legítimo interesse)", "intended_use": "Encaminhar tickets de atendimento."},
    }
    (folder / "data").mkdir(parents=True, exist_ok=True)
    records = [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]
    (folder / "data" / "tickets.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    (folder / "afinar.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return folder


def record_drift_checks(workspace, version_id: str, folder: Path) -> list[str]:
    """Three days of traffic logged the way the server logs it (raw texts anonymised by the
    request-log store), drifting from support tickets to health triage notes while the predicted
    labels collapse onto one, and the monitor stage's real drift check at the end of each day.
    Returns the personal-data values the raw traffic held (the privacy scan's spans)."""
    from afinar.config.spec import MonitorSpec, RequestLogSpec
    from afinar.monitor import drift_report
    from afinar.privacy import scan
    from afinar.serve.requestlog import LogEntry, RequestLogStore
    from afinar.templates import generate
    from afinar.workspace.schema import MonitorCheckRow

    tickets = [row["text"] for row in ticket_rows(23, 36)]
    triage_file = generate("saude", folder / "traffic", n=36, seed=5)[0]
    triage = [json.loads(line)["text"] for line in triage_file.read_text(encoding="utf-8").splitlines()][:36]
    now = datetime.now(UTC)
    days = {2: tickets[:12] + tickets[12:16], 1: tickets[16:24] + triage[:8], 0: triage[8:24]}  # days ago -> texts
    labels = sorted(LABEL_TEXT)
    store = RequestLogStore(workspace, RequestLogSpec())
    store.start()
    entries = []
    for ago, texts in days.items():
        for i, text in enumerate(texts):
            # The two-step model calls nearly everything 'suporte': so does the first day's traffic.
            label = "suporte" if ago == 2 or (ago == 1 and i % 2) else labels[i % 3]
            entries.append(
                LogEntry(
                    request_id=f"req-{ago}-{i}", item=0, model_name=version_id.split("@")[0], version_id=version_id, endpoint="classify",
                    user_name="app", token_id=None, status_code=200, latency_ms=8.0, input_text=text, output_text="", predicted_label=label,
                    created_at=now - timedelta(days=ago, hours=1 + i % 6),
                )
            )
    store.record(entries)
    store.flush()
    store.close()
    settings = MonitorSpec(window_days=1, min_samples=10, reference_samples=30, permutations=50)
    for ago in days:
        until = now - timedelta(days=ago)
        report = drift_report(version_id, workspace, settings=settings, until=until, actor="monitor", log=lambda _message: None)
        # Recorded as if each check had run at the end of its day (a scheduled `afinar monitor drift`).
        with workspace.write_session() as session:
            session.get(MonitorCheckRow, report.id).created_at = until
    texts = [text for group in days.values() for text in group]
    return sorted({text[span.start : span.end] for text in texts for span in scan(text) if span.end - span.start >= 6})


def build_world(root: Path) -> WebWorld:
    from afinar.config import load_spec
    from afinar.data import prepare
    from afinar.evaluate import evaluate
    from afinar.registry import Registry, identity
    from afinar.train import train
    from afinar.workspace import Workspace

    quiet = lambda _message: None  # noqa: E731
    rows = ticket_rows(11, 45)
    project = write_project(root / "project", rows)
    workspace = Workspace.open(root / "ws")
    loaded = load_spec(project)
    dataset = prepare(loaded, workspace, log=quiet)
    run = train(loaded, workspace, dataset_id=dataset.id, log=quiet)  # created_by: AFINAR_USER=tester
    evaluation = evaluate(run.id, workspace, log=quiet)

    admin = identity.local_user(workspace)  # the OS user: bootstrapped as the workspace's admin
    tokens = {admin.name: identity.create_token(workspace, admin, admin.name, label="tests")[0]}
    for name, roles in (("tester", ["data_scientist", "reviewer"]), ("bruno.revisor", ["reviewer"]), ("vitor.leitor", ["viewer"])):
        identity.add_user(workspace, admin, name, roles)
        tokens[name] = identity.create_token(workspace, admin, name, label="tests")[0]
    author = identity.authenticate(workspace, tokens["tester"])
    registry = Registry(workspace)
    for reference in VERSIONS.values():
        version = registry.register(run.id, author, name=reference.split("@")[0])
        registry.submit(version.id, author, reason="pronto para revisão")
    traffic_values = record_drift_checks(workspace, VERSIONS["approve"], root)
    from afinar.monitor import periodic_audit

    periodic_audit(workspace, log=quiet)  # `afinar audit run`: the overview shows its verdict
    workspace.close()

    values = []
    for row in rows:
        person = row["_person"]
        values += [person["name"], person["cpf"], person["email"], person["phone"], person["street"], row["atendente"]]
    return WebWorld(root, root / "ws", dataset.id, run.id, evaluation.id, tokens, admin.name, sorted(set(values) | set(traffic_values)))


@pytest.fixture(scope="session")
def versions() -> dict[str, str]:
    """The model version each status-changing test uses: {"approve", "four_eyes", "viewer"} -> NAME@1."""
    return dict(VERSIONS)


@pytest.fixture(scope="session")
def web_world(tmp_path_factory) -> WebWorld:
    return build_world(tmp_path_factory.mktemp("web-world"))


# -- the real server ----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def server(web_world) -> str:
    """`afinar ui` on a free loopback port, over the world's workspace; yields its base URL."""
    import httpx

    port = free_port()
    env = {**os.environ, "AFINAR_WORKSPACE": str(web_world.workspace)}
    log = (web_world.root / "server.log").open("w")
    afinar = Path(sys.executable).with_name("afinar")
    process = subprocess.Popen([str(afinar), "ui", "--host", "127.0.0.1", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/ui/login", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"afinar ui did not start: {(web_world.root / 'server.log').read_text()[-2000:]}")
        time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


# -- the browser -----------------------------------------------------------------------------------------------


def browser_or_skip() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("AFINAR_REQUIRE_BROWSER"):
        pytest.fail(f"AFINAR_REQUIRE_BROWSER is set but {CHROMIUM} is missing (apt-get install -y chromium)")
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests")


@pytest.fixture(scope="session")
def playwright_driver():
    browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture
def browser(playwright_driver, tmp_path):
    """A Chromium context with a fresh user-data dir; fails the test on any page error."""
    profile = tmp_path / "chromium-profile"
    context = playwright_driver.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900}, locale="pt-BR"
    )
    context.set_default_timeout(20_000)
    errors: list[str] = []
    context.on("weberror", lambda error: errors.append(str(error.error)))
    # Console errors: a script or style the Content-Security-Policy blocked, a missing file. The
    # refusals the tests provoke (401/403/409 answers) are expected.
    context.on("console", lambda message: errors.append(message.text) if message.type == "error" and not EXPECTED_REFUSAL.search(message.text) else None)
    yield context
    context.close()
    shutil.rmtree(profile, ignore_errors=True)
    assert errors == [], f"errors on the pages: {errors}"


@pytest.fixture
def sign_in(browser, server, web_world):
    """sign_in(user) -> a page of the dashboard signed in as `user` through the sign-in form."""

    def _sign_in(user: str):
        page = browser.pages[0] if browser.pages else browser.new_page()
        page.goto(server + "/ui/")
        assert "/ui/login" in page.url  # not signed in: sent to the sign-in page
        page.fill("#token", web_world.tokens[user])
        page.click("form[action='/ui/login'] button[type=submit]")
        page.wait_for_url(server + "/ui/")
        return page

    return _sign_in
