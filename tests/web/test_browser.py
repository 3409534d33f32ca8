"""The dashboard in a real browser (Debian's Chromium through Playwright) against the real server
(`afinar ui` on a loopback port): sign-in, every page, approving a model and finding it in the
audit log, four eyes refused on the server, a viewer's forged POST refused, and no page showing
the raw personal data the dataset was full of."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

pytestmark = pytest.mark.slow


def test_sign_in_sets_a_strict_http_only_session_and_every_page_renders(sign_in, browser, server, web_world, versions):
    page = sign_in("bruno.revisor")
    cookies = {c["name"]: c for c in browser.cookies()}
    session = cookies["afinar_session"]
    assert session["httpOnly"] and session["sameSite"] == "Strict" and session["path"] == "/ui"
    assert web_world.tokens["bruno.revisor"] not in session["value"]  # the token itself is never kept
    assert page.locator("h1").inner_text() == "Visão geral"
    assert "bruno.revisor" in page.locator("header .user").inner_text()
    assert page.locator("table").first.locator("tbody tr").count() == 3  # three versions need review
    assert "Íntegra" in page.locator("#periodic-audit").inner_text()  # the periodic audit's verdict

    for link, heading in (("Conjuntos de dados", "Conjuntos de dados"), ("Treinamentos", "Treinamentos"), ("Modelos", "Modelos"), ("Monitoramento", "Monitoramento"), ("Auditoria", "Auditoria")):
        page.click(f"header nav >> text={link}")
        assert page.locator("h1").inner_text().startswith(heading)

    page.click("header nav >> text=Conjuntos de dados")
    page.click(f"a[href='/ui/datasets/{web_world.dataset_id}']")
    assert page.locator("h1").inner_text().startswith("Conjunto de dados")
    assert page.locator("svg.chart").count() >= 3  # splits, labels, groups, personal data found
    assert "PERSON" in page.locator("#privacy ~ div").first.inner_text()

    page.click("header nav >> text=Treinamentos")
    page.click(f"a[href='/ui/runs/{web_world.run_id}']")
    loss = page.locator("svg.chart[aria-label='Curvas de perda']")
    assert loss.count() == 1 and loss.locator("path.line").count() >= 1
    assert "learning_rate" in page.inner_text("main")  # hyperparameters

    page.goto(server + f"/ui/models/{versions['approve']}")
    assert page.locator("h1").inner_text().startswith(versions["approve"])
    for section in ("#evaluation", "#drift", "#history", "#lineage", "#card"):
        assert page.locator(section).count() == 1
    assert page.locator("svg.chart").count() >= 1  # tuned vs base

    page.goto(server + "/ui/monitoring")
    monitored = page.locator(f"section.monitored[id='{versions['approve']}']")
    assert monitored.locator("svg.chart").count() >= 6  # one chart per drift check over the three days
    assert monitored.locator("svg.chart path.line").count() >= 6 and monitored.locator("svg.chart line.band").count() >= 12
    assert "unseen_words" in monitored.inner_text()


def test_a_wrong_token_is_refused_without_a_session(browser, server):
    page = browser.pages[0]
    page.goto(server + "/ui/login")
    page.fill("#token", "afn_000000000000_not-a-real-token-at-all-000000000000")
    page.click("form[action='/ui/login'] button[type=submit]")
    assert "Token inválido" in page.locator(".message.error").inner_text()
    assert "afinar_session" not in {c["name"] for c in browser.cookies()}
    page.goto(server + "/ui/models")
    assert "/ui/login" in page.url


def test_a_reviewer_approves_and_the_audit_log_page_shows_it(sign_in, server, versions):
    page = sign_in("bruno.revisor")
    version = versions["approve"]
    page.goto(server + f"/ui/models/{version}")
    page.fill("#reason-approve", "métricas e ficha revisadas")
    page.once("dialog", lambda dialog: dialog.accept())  # the confirmation asked by afinar.js
    page.click("form.action-approve button[type=submit]")
    page.wait_for_selector("#action-done")
    assert "aprovada" in page.locator("#action-done").inner_text()
    assert page.locator("h1 .badge").inner_text() == "aprovado"
    assert page.locator("form.action-approve").count() == 0  # approved: promote and retire remain
    assert page.locator("form.action-promote").count() == 1

    page.click("header nav >> text=Auditoria")
    page.fill("input[name=action]", "registry.approved")
    page.click("form.filters button[type=submit]")
    rows = page.locator("table.audit tbody tr")
    assert rows.count() == 1
    row = rows.first.inner_text()
    assert "bruno.revisor" in row and "registry.approved" in row and version in row and "métricas e ficha revisadas" in row

    page.click("#verify")
    page.wait_for_selector("#verification")
    assert "Íntegra" in page.locator("#verification").inner_text()


def test_the_author_cannot_approve_their_own_model(sign_in, server, versions):
    page = sign_in("tester")  # trained the run, registered and submitted the version; also a reviewer
    version = versions["four_eyes"]
    page.goto(server + f"/ui/models/{version}")
    assert "quatro olhos" in page.locator("form.action-approve .message.warn").inner_text()
    page.once("dialog", lambda dialog: dialog.accept())
    with page.expect_response(lambda r: r.request.method == "POST" and r.url.endswith("/approve")) as answer:
        page.click("form.action-approve button[type=submit]")
    assert answer.value.status == 403
    message = page.locator("#action-error").inner_text()
    assert "O servidor recusou" in message and "four eyes" in message
    assert page.locator("h1 .badge").inner_text() == "aguardando revisão"

    page.goto(server + f"/ui/audit?action=registry.refused&subject=model:{version}")
    assert "tester" in page.locator("table.audit tbody tr").first.inner_text()


def test_a_viewer_sees_no_buttons_and_a_forged_post_is_refused(sign_in, server, versions):
    page = sign_in("vitor.leitor")
    version = versions["viewer"]
    assert page.locator("header nav >> text=Auditoria").count() == 0
    page.goto(server + f"/ui/models/{version}")
    assert page.locator("#no-actions").count() == 1
    assert page.locator("form.action").count() == 0
    csrf = page.locator("meta[name=csrf-token]").get_attribute("content")
    assert csrf

    # A valid session and a valid CSRF token: the registry still refuses a viewer.
    forged = page.request.post(server + f"/ui/models/{version}/approve", form={"csrf_token": csrf, "reason": "forjado"}, max_redirects=0)
    assert forged.status == 403
    assert "may not registry.approve" in forged.text()
    # Without the CSRF token the request never reaches the registry.
    no_csrf = page.request.post(server + f"/ui/models/{version}/approve", form={"reason": "forjado"}, max_redirects=0)
    assert no_csrf.status == 403 and "CSRF" in no_csrf.text()
    assert page.request.get(server + "/ui/audit").status == 403

    page.goto(server + f"/ui/models/{version}")
    assert page.locator("h1 .badge").inner_text() == "aguardando revisão"


def test_the_language_switch_shows_english_and_back(sign_in):
    page = sign_in("bruno.revisor")
    page.click("header .who >> text=English")
    assert page.locator("h1").inner_text() == "Overview"
    page.click("header nav >> text=Models")
    assert page.locator("h1").inner_text() == "Models"
    page.click("header .who >> text=Português")
    assert page.locator("h1").inner_text() == "Modelos"


def _variants(value: str) -> list[str]:
    import html

    digits = "".join(c for c in value if c.isdigit())
    variants = {value, value.lower(), value.upper(), html.escape(value), html.escape(value, quote=False)}
    if len(digits) >= 8:
        variants.add(digits)
    return sorted(variants)


def crawl(page, server: str) -> dict[str, str]:
    """Every dashboard page reachable by links from the overview: {path: html}."""
    seen: dict[str, str] = {}
    queue = ["/ui/"]
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        response = page.goto(server + path)
        assert response.status == 200, f"{path}: {response.status}"
        seen[path] = page.content()
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            target = urlsplit(urljoin(server + path, href))
            if target.netloc != urlsplit(server).netloc or not target.path.startswith("/ui/") or target.path.startswith(("/ui/lang/", "/ui/static/")):
                continue
            link = target.path + (f"?{target.query}" if target.query else "")
            if link not in seen and link not in queue and len(seen) + len(queue) < 80:
                queue.append(link)
    return seen


def test_no_page_shows_the_raw_personal_data_of_the_dataset(sign_in, server, web_world, versions):
    page = sign_in(web_world.admin)
    pages = crawl(page, server)
    assert {"/ui/", "/ui/datasets", f"/ui/datasets/{web_world.dataset_id}", f"/ui/runs/{web_world.run_id}", f"/ui/models/{versions['approve']}", "/ui/audit", "/ui/monitoring"} <= set(pages)
    page.goto(server + "/ui/lang/en?next=/ui/")
    pages_en = crawl(page, server)
    page.goto(server + "/ui/login")
    leaks = {
        path: found
        for path, html in [*pages.items(), *((f"en {p}", h) for p, h in pages_en.items()), ("login", page.content())]
        if (found := [v for value in web_world.personal_values for v in _variants(value) if v in html])
    }
    assert leaks == {}
    # The attendants' names are group values (the data stage does not anonymise them): withheld.
    dataset_page = pages[f"/ui/datasets/{web_world.dataset_id}"]
    assert "[withheld #1: looks like PERSON]" in dataset_page


def shoot(page, path: Path, *, full_page: bool = False) -> None:
    """A screenshot; headless Chromium without a GPU now and then fails to capture a tall page, and
    succeeds when asked again."""
    from playwright.sync_api import Error

    for attempt in range(3):
        try:
            page.screenshot(path=str(path), full_page=full_page)
            return
        except Error:
            if attempt == 2:
                raise
            page.wait_for_timeout(500)


@pytest.mark.skipif(not os.environ.get("AFINAR_SCREENSHOT_DIR"), reason="set AFINAR_SCREENSHOT_DIR to write the docs' screenshots (docs/screenshots/take.py does)")
def test_screenshots_of_every_page(sign_in, server, web_world, versions):
    folder = Path(os.environ["AFINAR_SCREENSHOT_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    page = sign_in("bruno.revisor")
    shots = {
        "overview": "/ui/",
        "datasets": "/ui/datasets",
        "dataset": f"/ui/datasets/{web_world.dataset_id}",
        "runs": "/ui/runs",
        "run": f"/ui/runs/{web_world.run_id}",
        "models": "/ui/models",
        "model": f"/ui/models/{versions['four_eyes']}",
        "monitoring": "/ui/monitoring",
        "audit": "/ui/audit",
    }
    for name, path in shots.items():
        page.goto(server + path)
        shoot(page, folder / f"{name}.png", full_page=name not in ("model", "dataset", "audit"))
    page.goto(server + "/ui/audit")
    page.click("#verify")
    page.wait_for_selector("#verification")
    shoot(page, folder / "audit-verified.png")
    page.click("header >> text=Sair")
    shoot(page, folder / "login.png")

    page = sign_in("tester")  # trained and submitted the version: four eyes
    page.goto(server + f"/ui/models/{versions['four_eyes']}")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("form.action-approve button[type=submit]")
    page.wait_for_selector("#action-error")
    shoot(page, folder / "four-eyes-refused.png")
    page.goto(server + "/ui/lang/en?next=/ui/")
    shoot(page, folder / "overview-en.png", full_page=True)
    assert len(list(folder.glob("*.png"))) >= len(shots) + 4
