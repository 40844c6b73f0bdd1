"""In a real browser: sign in, upload a bundle, see the finding, follow its evidence link;
go from the findings summary to a group of findings; write an analysis on the merged
chronology.

Drives Debian's Chromium (``/usr/bin/chromium``) through Playwright; nothing is downloaded.
Without Chromium this test fails, saying so: CI installs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connections
from playwright.sync_api import Browser, Page, expect, sync_playwright

from foresight.bundle import read_bundle
from foresight.store.bundles import import_bundle
from foresight.store.models import AuditEvent, Family
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY
from foresight.synth.writers import write_family

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is needed for the browser test: install it at {CHROMIUM}")
    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run
    # beside a running loop unless told it is safe (it is: the test is one thread).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
            # Inside Playwright's loop Django keeps separate connections (asgiref locals
            # follow the context); close them here or PostgreSQL cannot drop the test database.
            connections.close_all()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
def test_upload_a_bundle_and_follow_a_findings_evidence(
    live_server: Any, page: Page, user: Any, team: Any, injury_xlsx: Path
) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{live_server.url}/upload/")
    expect(page).to_have_url(re.compile(r"/sign-in/\?next=/upload/$"))
    page.get_by_label("Username").fill("ann")
    page.get_by_label("Password").fill("a-long-test-pw-1")
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_role("heading", name="Upload a bundle")).to_be_visible()
    page.get_by_label("Family name").fill("Family A")
    page.get_by_label("Bundle file").set_input_files(str(injury_xlsx))
    page.get_by_role("button", name="Upload and review").click()

    family = Family.objects.get(name="Family A")
    expect(page).to_have_url(f"{live_server.url}/families/{family.pk}/")
    expect(page.get_by_role("heading", name="Family A")).to_be_visible()
    finding = page.locator(".foresight-finding").first
    expect(finding).to_contain_text("Injury to a baby who is not yet mobile")
    expect(finding).to_contain_text("NAT2")

    finding.locator("a.foresight-evidence").first.click()
    expect(page).to_have_url(f"{live_server.url}/families/{family.pk}/#ev-HV-e2")
    entry = page.locator("tr#ev-HV-e2")
    expect(entry).to_be_in_viewport()
    expect(entry).to_contain_text("Small bruise seen on the baby's left cheek")
    # The styles and scripts loaded under the Content-Security-Policy, with no GOV.UK font.
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    header = page.locator(".govuk-header")
    assert header.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(11, 12, 12)"
    font = entry.evaluate("e => getComputedStyle(e).fontFamily")
    assert font.startswith("system-ui") and "Transport" not in font
    assert errors == []
    assert set(AuditEvent.objects.values_list("action", flat=True)) == {"uploaded", "viewed"}


@pytest.mark.django_db(transaction=True)
def test_write_an_analysis_on_the_merged_chronology(
    live_server: Any, page: Page, user: Any, team: Any, injury_xlsx: Path
) -> None:
    family = import_bundle(read_bundle(injury_xlsx), team=team, user=user, name="Family A")
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}/families/{family.pk}/chronology/?type=injury")
    page.get_by_label("Username").fill("ann")
    page.get_by_label("Password").fill("a-long-test-pw-1")
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_role("heading", name="Merged chronology")).to_be_visible()
    expect(page.locator("svg.foresight-timeline")).to_be_visible()
    page.get_by_label("Analysis of the entry of").fill("Bruise in a non-mobile baby.")
    page.get_by_role("button", name="Save the analysis of HV:e2").click()

    expect(page).to_have_url(
        f"{live_server.url}/families/{family.pk}/chronology/?type=injury#ev-HV-e2"
    )
    expect(page.get_by_label("Analysis of the entry of")).to_have_value(
        "Bruise in a non-mobile baby."
    )
    assert errors == []
    assert AuditEvent.objects.filter(action="annotated").count() == 1


@pytest.mark.django_db(transaction=True)
def test_go_from_the_findings_summary_to_a_group_and_its_evidence(
    live_server: Any, page: Page, user: Any, team: Any, tmp_path: Path
) -> None:
    bundle = read_bundle(write_family(LONG_TERM_MULTI_AGENCY, tmp_path))
    family = import_bundle(bundle, team=team, user=user, name="Farrowby")
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    url = f"{live_server.url}/families/{family.pk}/?as_of={LONG_TERM_MULTI_AGENCY.as_of}"
    page.goto(url)
    page.get_by_label("Username").fill("ann")
    page.get_by_label("Password").fill("a-long-test-pw-1")
    page.get_by_role("button", name="Sign in").click()

    first_row = page.locator("#findings-by-check tbody tr").first
    link = first_row.locator("a")
    anchor = link.get_attribute("href")
    assert anchor and anchor.startswith("#findings-FS-")
    count = int(first_row.locator("td.govuk-table__cell--numeric").inner_text())
    assert count > 5  # so the group's findings start closed
    link.click()
    expect(page).to_have_url(url + anchor)
    group = page.locator(f"section:has({anchor})")
    expect(page.locator(anchor)).to_be_in_viewport()
    evidence = group.locator("a.foresight-evidence").first
    expect(evidence).to_be_hidden()

    group.get_by_text(f"Show the {count} findings").click()
    expect(group.locator(".foresight-finding")).to_have_count(count)
    target = evidence.get_attribute("href")
    evidence.click()
    expect(page).to_have_url(url + str(target))
    expect(page.locator(f"tr{target}")).to_be_in_viewport()
    assert errors == []
