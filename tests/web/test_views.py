"""The pages through Django's test client: sign-in, scoping, upload, review, audit, headers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from foresight.bundle import read_bundle
from foresight.checks import review_case
from foresight.linkage import build_case
from foresight.reports import report_json
from foresight.store.bundles import import_bundle, load_bundle
from foresight.store.models import AuditEvent, Family, Team, Upload

pytestmark = pytest.mark.django_db


def upload(client: Client, path: Path, name: str = "Family A", **extra: Any) -> Any:
    data = {"name": name, "bundle": SimpleUploadedFile(path.name, path.read_bytes()), **extra}
    return client.post(reverse("upload"), data)


@pytest.fixture
def family(injury_xlsx: Path, team: Team, user: Any) -> Family:
    return import_bundle(read_bundle(injury_xlsx), team=team, user=user, name="Family A")


@pytest.mark.parametrize("url", ["/", "/upload/", "/families/1/", "/families/1.json"])
def test_every_page_needs_a_signed_in_user(client: Client, url: str) -> None:
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/sign-in/?next={url}"


def test_the_sign_in_page_is_open_and_sends_the_security_headers(client: Client) -> None:
    response = client.get("/sign-in/")

    assert response.status_code == 200
    assert b"Sign in to Foresight" in response.content
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_signing_in_and_out(client: Client, user: Any, team: Team) -> None:
    wrong = client.post("/sign-in/", {"username": "ann", "password": "wrong"})
    assert wrong.status_code == 200 and b"There is a problem" in wrong.content

    right = client.post("/sign-in/", {"username": "ann", "password": "a-long-test-pw-1"})
    assert right.status_code == 302 and right["Location"] == "/"
    assert client.get("/").status_code == 200
    assert client.cookies["sessionid"]["httponly"]

    assert client.post("/sign-out/").status_code == 302
    assert client.get("/").status_code == 302


def test_uploading_a_bundle_shows_the_family_with_its_finding(
    member: Client, injury_xlsx: Path, user: Any
) -> None:
    response = upload(member, injury_xlsx)

    family = Family.objects.get(name="Family A")
    assert response.status_code == 302
    assert response["Location"] == f"/families/{family.pk}/"
    page = member.get(response["Location"]).content.decode()
    assert "Injury to a baby who is not yet mobile" in page
    assert "NAT2" in page and "Full consideration of even minor injuries" in page
    links = re.findall(r'href="#(ev-[^"]+)"', page)
    assert links == ["ev-HV-e2"]
    assert re.search(r'<tr class="govuk-table__row" id="ev-HV-e2">', page)
    assert "Ava Testerton" in page and "16 May 2023" in page
    assert "inferred as &#x27;health_visiting&#x27;" in page  # the upload's problem list
    assert "Uploaded testerton.xlsx as Family A." in page
    actions = list(AuditEvent.objects.order_by("id").values_list("action", "user", "family"))
    assert actions == [("uploaded", user.pk, family.pk), ("viewed", user.pk, family.pk)]


def test_a_corrupt_file_is_one_clear_error_and_nothing_is_saved(
    member: Client, tmp_path: Path
) -> None:
    corrupt = tmp_path / "broken.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a workbook")

    response = upload(member, corrupt)

    page = response.content.decode()
    assert response.status_code == 400
    assert "govuk-error-summary" in page and "There is a problem" in page
    assert 'href="#id_bundle"' in page
    assert "Traceback" not in page
    assert not Family.objects.exists() and not Upload.objects.exists()
    assert not AuditEvent.objects.exists()


@pytest.mark.parametrize(
    ("filename", "message"),
    [("notes.txt", "must be an .xlsx workbook or a .zip file"), ("", "Choose a bundle file")],
)
def test_the_upload_form_says_what_is_wrong(member: Client, filename: str, message: str) -> None:
    data: dict[str, Any] = {"name": "Family A"}
    if filename:
        data["bundle"] = SimpleUploadedFile(filename, b"hello")

    response = member.post(reverse("upload"), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Family.objects.exists()


def test_upload_needs_the_csrf_token(user: Any, team: Team, injury_xlsx: Path) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)

    response = upload(strict, injury_xlsx)

    assert response.status_code == 403
    assert not Family.objects.exists()
    form = strict.get(reverse("upload")).content.decode()
    assert 'name="csrfmiddlewaretoken"' in form


def test_another_teams_family_is_not_found(client: Client, family: Family) -> None:
    stranger = get_user_model()._default_manager.create_user("sam", password="x-long-pw-22")
    Team.objects.create(name="South partnership").members.add(stranger)
    client.force_login(stranger)

    assert client.get(f"/families/{family.pk}/").status_code == 404
    assert client.get(f"/families/{family.pk}.json").status_code == 404
    assert b"Family A" not in client.get("/").content
    assert not AuditEvent.objects.filter(action="viewed").exists()


def test_a_user_of_no_team_cannot_upload(client: Client, injury_xlsx: Path) -> None:
    loner = get_user_model()._default_manager.create_user("lee", password="x-long-pw-22")
    client.force_login(loner)

    assert b"not a member of any team" in client.get(reverse("upload")).content
    assert upload(client, injury_xlsx).status_code == 400
    assert not Family.objects.exists()


def test_the_family_list_counts_findings(member: Client, family: Family) -> None:
    page = member.get("/").content.decode()

    assert f'href="/families/{family.pk}/"' in page
    assert re.search(r"govuk-tag--red\">1<", page)


def test_the_json_twin_is_the_review_contract(member: Client, family: Family, user: Any) -> None:
    response = member.get(f"/families/{family.pk}.json?as_of=2024-01-31")

    case = build_case(load_bundle(family))
    assert response.status_code == 200
    assert response.json() == report_json(review_case(case, as_of=dt.date(2024, 1, 31)))
    assert [f["check"] for f in response.json()["findings"]] == ["FS-NAT2"]
    audit = AuditEvent.objects.get(action="exported")
    assert (audit.user, audit.family) == (user, family)


def test_the_family_page_replays_an_earlier_date(member: Client, family: Family) -> None:
    before = member.get(f"/families/{family.pk}/?as_of=2023-05-15").content.decode()
    after = member.get(f"/families/{family.pk}/?as_of=2023-05-16").content.decode()
    bad = member.get(f"/families/{family.pk}/?as_of=31/02/2023").content.decode()

    assert "No findings as of 15 May 2023" in before
    assert "Injury to a baby who is not yet mobile" in after
    assert "Enter the date as year-month-day" in bad


def test_a_stored_bundle_is_the_bundle_read(injury_xlsx: Path, family: Family) -> None:
    assert load_bundle(family) == read_bundle(injury_xlsx)


def test_a_zip_of_csv_tables_uploads_too(member: Client, injury_zip: Path) -> None:
    response = upload(member, injury_zip, name="Family Z")

    family = Family.objects.get(name="Family Z")
    assert response["Location"] == f"/families/{family.pk}/"
    page = member.get(response["Location"]).content.decode()
    assert "Injury to a baby who is not yet mobile" in page
    assert Upload.objects.get(family=family).original_filename == "testerton.zip"
