"""The merged chronology page: filters, the analysis column, downloads and the timeline."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from foresight.bundle import read_bundle
from foresight.store.bundles import import_bundle
from foresight.store.models import Analysis, AuditEvent, Family, Team

pytestmark = pytest.mark.django_db


@pytest.fixture
def family(injury_xlsx: Path, team: Team, user: Any) -> Family:
    return import_bundle(read_bundle(injury_xlsx), team=team, user=user, name="Family A")


def chronology(client: Client, family: Family, **query: Any) -> Any:
    return client.get(reverse("chronology", args=[family.pk]), query)


def test_the_page_lists_every_entry_with_a_form_per_row(member: Client, family: Family) -> None:
    response = chronology(member, family)

    html = response.content.decode()
    assert response.status_code == 200
    assert "New birth visit. Baby feeding well." in html and "Small bruise seen" in html
    assert html.count('name="analysis"') == 2 and html.count("csrfmiddlewaretoken") >= 2
    assert 'id="ev-HV-e2"' in html and "FS-NAT2" in html
    assert '<svg class="foresight-timeline"' in html and "<style>" not in html
    assert AuditEvent.objects.filter(action="viewed", detail="chronology").count() == 1


def test_filters_narrow_the_rows(member: Client, family: Family) -> None:
    by_type = chronology(member, family, type="injury").content.decode()
    by_period = chronology(member, family, start="2023-04-01", end="2023-12-31").content.decode()
    significant = chronology(member, family, significant="yes").content.decode()
    by_person = chronology(member, family, person="HV:C1", agency="HV").content.decode()

    assert "Small bruise seen" in by_type and "New birth visit" not in by_type
    assert "Small bruise seen" in by_period and "New birth visit" not in by_period
    assert "Small bruise seen" in significant and "New birth visit" not in significant
    assert "Small bruise seen" in by_person and "New birth visit" in by_person


def test_a_bad_filter_is_a_located_error(member: Client, family: Family) -> None:
    response = chronology(member, family, start="31/02/2023", agency="NOPE", type="made_up")

    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter the date as year-month-day" in html and 'href="#filter-start"' in html
    assert "Choose an agency from the list" in html
    assert "Choose an event type from the list" in html


def test_analysis_is_saved_audited_exported_and_kept_on_reimport(
    member: Client, family: Family, injury_xlsx: Path, team: Team, user: Any
) -> None:
    url = reverse("chronology-analysis", args=[family.pk])
    data = {
        "ref": "HV:e2",
        "analysis": "Bruise in a non-mobile baby: refer.",
        "back": "type=injury",
    }

    response = member.post(url, data)

    assert response.status_code == 302
    assert response["Location"] == f"/families/{family.pk}/chronology/?type=injury#ev-HV-e2"
    import_bundle(read_bundle(injury_xlsx), team=team, user=user, name="Family A")
    assert "Bruise in a non-mobile baby: refer." in chronology(member, family).content.decode()
    assert AuditEvent.objects.get(action="annotated").detail == "HV:e2: analysis written"
    csv = member.get(reverse("chronology-export", args=[family.pk, "csv"])).content
    assert "Bruise in a non-mobile baby: refer." in csv.decode("utf-8-sig")

    member.post(url, {"ref": "HV:e2", "analysis": "  "})
    assert not Analysis.objects.exists()


def test_analysis_of_an_unknown_entry_is_not_found(member: Client, family: Family) -> None:
    url = reverse("chronology-analysis", args=[family.pk])

    assert member.post(url, {"ref": "HV:nope", "analysis": "x"}).status_code == 404
    too_long = member.post(url, {"ref": "HV:e1", "analysis": "x" * 10_001})
    assert too_long.status_code == 400 and not Analysis.objects.exists()


def test_the_redirect_stays_on_the_page_whatever_back_says(member: Client, family: Family) -> None:
    url = reverse("chronology-analysis", args=[family.pk])

    response = member.post(url, {"ref": "HV:e1", "analysis": "x", "back": "//evil.example/"})

    assert response["Location"].startswith(f"/families/{family.pk}/chronology/?")


@pytest.mark.parametrize(
    ("fmt", "kind"),
    [
        ("csv", "text/csv"),
        ("xlsx", "spreadsheetml"),
        ("docx", "wordprocessingml"),
        ("pdf", "application/pdf"),
    ],
)
def test_downloads_are_audited_and_keep_the_filters(
    member: Client, family: Family, fmt: str, kind: str
) -> None:
    response = member.get(reverse("chronology-export", args=[family.pk, fmt]), {"type": "injury"})

    assert response.status_code == 200
    assert kind in response["Content-Type"]
    assert response["Content-Disposition"] == f'attachment; filename="family-a-chronology.{fmt}"'
    audit = AuditEvent.objects.get(action="exported")
    assert audit.detail == f"chronology as {fmt} (types injury)"
    if fmt == "xlsx":
        book = load_workbook(io.BytesIO(response.content))
        text = " ".join(str(c.value) for row in book.worksheets[0].iter_rows() for c in row)
        assert "Small bruise seen" in text and "New birth visit" not in text
    if fmt == "pdf":
        assert response.content.startswith(b"%PDF")


def test_an_unknown_format_or_a_bad_filter_downloads_nothing(
    member: Client, family: Family
) -> None:
    assert member.get(f"/families/{family.pk}/chronology.txt").status_code == 404
    bad = member.get(reverse("chronology-export", args=[family.pk, "csv"]), {"start": "soon"})
    assert bad.status_code == 400
    assert not AuditEvent.objects.filter(action="exported").exists()


def test_the_family_page_shows_the_timeline(member: Client, family: Family) -> None:
    html = member.get(reverse("family", args=[family.pk])).content.decode()

    assert 'id="timeline"' in html and 'role="img"' in html and "<style>" not in html
    assert reverse("chronology", args=[family.pk]) in html


@pytest.mark.parametrize("name", ["chronology", "chronology-analysis", "chronology-export"])
def test_chronology_pages_need_sign_in_team_and_csrf(
    client: Client, family: Family, user: Any, name: str
) -> None:
    args = [family.pk, "csv"] if name == "chronology-export" else [family.pk]
    url = reverse(name, args=args)
    send = client.post if name == "chronology-analysis" else client.get
    data = {"ref": "HV:e1", "analysis": "x"} if name == "chronology-analysis" else {}

    anonymous = send(url, data)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/sign-in/")

    stranger = get_user_model()._default_manager.create_user("sam", password="x-long-pw-22")
    Team.objects.create(name="South partnership").members.add(stranger)
    client.force_login(stranger)
    assert send(url, data).status_code == 404

    if name == "chronology-analysis":
        strict = Client(enforce_csrf_checks=True)
        strict.force_login(user)
        assert strict.post(url, data).status_code == 403
    assert not Analysis.objects.exists()
    assert not AuditEvent.objects.exclude(action="uploaded").exists()


def test_a_pseudonymised_download_names_nobody_and_the_glossary_is_apart(
    member: Client, family: Family
) -> None:
    url = reverse("chronology-export", args=[family.pk, "csv"])

    public = member.get(url, {"pseudonymise": "yes"})
    glossary = member.get(reverse("chronology-glossary", args=[family.pk]))

    text = public.content.decode("utf-8-sig")
    assert public.status_code == 200 and "Small bruise seen" in text
    assert "Testerton" not in text and "Ava" not in text and "Mia" not in text
    assert "Family A" not in public["Content-Disposition"]
    assert glossary.status_code == 200 and "Testerton" in glossary.content.decode("utf-8-sig")
    details = set(AuditEvent.objects.filter(action="exported").values_list("detail", flat=True))
    assert details == {"pseudonymised chronology as csv (every entry)", "glossary as csv"}
