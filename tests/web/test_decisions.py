"""The reviewer's decisions in the web app: confirming or correcting an entry's event types,
and joining or splitting linked records; scoped, CSRF-protected, audited, kept on re-import."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook
from tests.web.conftest import EVENTS, PEOPLE

from foresight.bundle import read_bundle
from foresight.model.case import Case
from foresight.model.people import Link, Person, UncertainLink
from foresight.model.records import PersonRecord
from foresight.store.bundles import import_bundle, load_bundle
from foresight.store.models import AuditEvent, Family, LinkDecision, Team, TypeCorrection
from foresight.web.review import linkage_of

pytestmark = pytest.mark.django_db

# The injury bundle with e2's event type left blank (the reader infers it from the text),
# and the child known to CSC too, so the linkage joins two records.
CSC_CHILD = ("CSC", "K7", "Ava", "Testerton", "2023-02-14", "female", "subject child", "yes")
CSC_MOTHER = ("CSC", "M9", "Mia", "Testerton", "", "female", "mother", "")
PAIRS = (("CSC", "K7"), ("HV", "C1"), ("POL", "P1"))


def write_bundle(path: Path) -> Path:
    book = Workbook()
    people = book.active
    assert people is not None
    people.title = "people"
    for person in (*PEOPLE, CSC_CHILD, CSC_MOTHER):
        people.append(person)
    events = book.create_sheet("events")
    header, first, second = EVENTS
    column = header.index("event_type")
    untyped = tuple("" if i == column else v for i, v in enumerate(second))
    for event in (header, first, untyped):
        events.append(event)
    book.save(path)
    return path


@pytest.fixture
def bundle_path(tmp_path: Path) -> Path:
    return write_bundle(tmp_path / "testerton.xlsx")


@pytest.fixture
def family(bundle_path: Path, team: Team, user: Any) -> Family:
    return import_bundle(read_bundle(bundle_path), team=team, user=user, name="Family A")


def page(client: Client, family: Family) -> str:
    response = client.get(reverse("family", args=[family.pk]))
    assert response.status_code == 200
    return str(response.content.decode())


def types_cell(html: str, anchor: str) -> str:
    row = re.search(rf'id="{anchor}">(.*?)</tr>', html, re.S)
    assert row is not None
    return row.group(1)


def test_an_inferred_type_is_tagged_with_its_words(member: Client, family: Family) -> None:
    html = page(member, family)

    inferred = types_cell(html, "ev-HV-e2")
    assert "inferred from text" in inferred and "from the words" in inferred
    assert 'Confirm<span class="govuk-visually-hidden"> the types of entry HV:e2' in inferred
    assert "inferred from text" not in types_cell(html, "ev-HV-e1")


def test_confirming_keeps_the_types_and_drops_the_tag(member: Client, family: Family) -> None:
    event = read_bundle_event(family, "e2")
    data = {"ref": "HV:e2", "types": [str(t) for t in event.types]}

    response = member.post(reverse("entry-types", args=[family.pk]), data)

    assert response.status_code == 302
    assert response["Location"] == f"/families/{family.pk}/#ev-HV-e2"
    correction = TypeCorrection.objects.get(family=family)
    assert correction.confirmed and correction.event_id == "e2"
    cell = types_cell(page(member, family), "ev-HV-e2")
    assert "inferred from text" not in cell and "confirmed by a reviewer" in cell
    audit = AuditEvent.objects.get(action="corrected")
    assert audit.family == family and "HV:e2" in audit.detail


def test_correcting_types_changes_the_review_and_survives_a_reimport(
    member: Client, family: Family, bundle_path: Path, team: Team, user: Any
) -> None:
    form = member.get(reverse("entry-types", args=[family.pk]), {"ref": "HV:e2"})
    assert form.status_code == 200 and b'name="csrfmiddlewaretoken"' in form.content
    assert b'value="injury"' in form.content

    data = {"ref": "HV:e2", "types": ["home_visit", "injury"]}
    member.post(reverse("entry-types", args=[family.pk]), data)
    import_bundle(read_bundle(bundle_path), team=team, user=user, name="Family A")

    cell = types_cell(page(member, family), "ev-HV-e2")
    assert "home visit, injury" in cell and "set by a reviewer" in cell
    assert b"FS-NAT2" in member.get(reverse("family", args=[family.pk])).content


def test_a_correction_needs_a_type_from_the_vocabulary(member: Client, family: Family) -> None:
    url = reverse("entry-types", args=[family.pk])

    empty = member.post(url, {"ref": "HV:e2"})
    unknown = member.post(url, {"ref": "HV:e2", "types": ["made_up"]})

    assert empty.status_code == 400 and b"Choose at least one event type" in empty.content
    assert unknown.status_code == 400 and b"Choose event types from the list" in unknown.content
    assert member.get(url, {"ref": "HV:nope"}).status_code == 404
    assert not TypeCorrection.objects.exists()


def test_the_family_page_lists_links_and_a_split_survives_a_reimport(
    member: Client, family: Family, bundle_path: Path, team: Team, user: Any
) -> None:
    html = page(member, family)
    assert 'id="links"' in html
    assert "CSC:K7 (Ava Testerton) and HV:C1 (Ava Testerton)" in html
    assert "Possible links kept apart" in html and "CSC:M9" in html

    data = {"a": "HV:C1", "b": "CSC:K7", "decision": "split"}
    response = member.post(reverse("link-decision", args=[family.pk]), data)
    assert response.status_code == 302 and response["Location"].endswith("#links")
    import_bundle(read_bundle(bundle_path), team=team, user=user, name="Family A")

    html = page(member, family)
    assert "CSC:K7 (Ava Testerton) and HV:C1 (Ava Testerton): kept apart by a reviewer" in html
    decision = LinkDecision.objects.get()
    assert (decision.record_a, decision.record_b, decision.kind) == ("CSC:K7", "HV:C1", "split")
    assert AuditEvent.objects.filter(action="decided", family=family).count() == 1


def test_joining_a_possible_link(member: Client, family: Family) -> None:
    data = {"a": "CSC:M9", "b": "HV:M1", "decision": "join"}

    member.post(reverse("link-decision", args=[family.pk]), data)

    html = page(member, family)
    assert "CSC:M9 (Mia Testerton) and HV:M1 (Mia Testerton): joined by a reviewer" in html


def test_a_link_decision_needs_two_records_of_the_family(member: Client, family: Family) -> None:
    url = reverse("link-decision", args=[family.pk])

    assert member.post(url, {"a": "HV:C1", "b": "HV:ZZ", "decision": "join"}).status_code == 400
    assert member.post(url, {"a": "HV:C1", "b": "HV:C1", "decision": "split"}).status_code == 400
    assert member.post(url, {"a": "HV:C1", "b": "CSC:K7", "decision": "x"}).status_code == 400
    assert member.get(url).status_code == 405
    assert not LinkDecision.objects.exists()


@pytest.mark.parametrize("name", ["entry-types", "link-decision"])
def test_decisions_need_sign_in_team_and_csrf(
    client: Client, family: Family, user: Any, name: str
) -> None:
    url = reverse(name, args=[family.pk])
    data = {"ref": "HV:e2", "types": ["injury"], "a": "HV:C1", "b": "CSC:K7", "decision": "split"}

    anonymous = client.post(url, data)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/sign-in/")

    stranger = get_user_model()._default_manager.create_user("sam", password="x-long-pw-22")
    Team.objects.create(name="South partnership").members.add(stranger)
    client.force_login(stranger)
    assert client.post(url, data).status_code == 404

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    assert strict.post(url, data).status_code == 403

    assert not TypeCorrection.objects.exists() and not LinkDecision.objects.exists()
    assert not AuditEvent.objects.filter(action__in=("corrected", "decided")).exists()


def read_bundle_event(family: Family, event_id: str) -> Any:
    return next(e for e in load_bundle(family).events if e.event_id == event_id)


def test_links_show_their_match_probability() -> None:
    a, b, c = (PersonRecord(ag, pid, "Ava", "Testerton") for ag, pid in PAIRS)
    person = Person("CSC:K7", (a, b), (Link(a.key, b.key, "similar name", 0.973),))
    case = Case(
        name="x",
        agencies=(),
        people=(person, Person("POL:P1", (c,))),
        relationships=(),
        events=(),
        uncertain_links=(UncertainLink(a.key, c.key, "same name only", 0.41),),
    )

    linkage = linkage_of(case)
    html = render_to_string("foresight/_links.html", {"linkage": linkage, "family": Family(pk=1)})

    assert [r.probability for r in linkage.people[0].links] == [0.973]
    assert "similar name, match probability 0.97" in html
    assert "same name only, match probability 0.41" in html


def finding_cards(html: str) -> list[str]:
    return re.findall(r'<div class="govuk-summary-card foresight-finding".*?</dl>', html, re.S)


def test_a_finding_resting_on_an_inferred_entry_says_so_until_confirmed(
    member: Client, family: Family
) -> None:
    cards = [c for c in finding_cards(page(member, family)) if 'href="#ev-HV-e2"' in c]
    assert cards, "the bruise entry read from the text is a finding's evidence"
    for card in cards:
        assert "inferred from text" in card
        assert "Confirm or correct" in card and "?ref=HV%3Ae2" in card
        assert "types read from the text, not coded by the agency" in card
    assert "with types read from the text" in page(member, family)
    to_check = reverse("chronology", args=[family.pk]) + "?inferred=yes"
    assert f'href="{to_check}">confirm or correct them</a>' in page(member, family)

    event = read_bundle_event(family, "e2")
    data = {"ref": "HV:e2", "types": [str(t) for t in event.types]}
    member.post(reverse("entry-types", args=[family.pk]), data)

    html = page(member, family)
    confirmed = [c for c in finding_cards(html) if 'href="#ev-HV-e2"' in c]
    assert confirmed and all("inferred from text" not in c for c in confirmed)
    assert "with types read from the text" not in html


def test_the_merged_chronology_marks_and_filters_types_read_from_text(
    member: Client, family: Family
) -> None:
    url = reverse("chronology", args=[family.pk])
    html = member.get(url).content.decode()
    row = re.search(r'id="ev-HV-e2">(.*?)</tr>', html, re.S)
    assert row is not None and "inferred from text" in row.group(1)
    assert "Confirm or correct" in row.group(1) and "?ref=HV%3Ae2" in row.group(1)
    other = re.search(r'id="ev-HV-e1">(.*?)</tr>', html, re.S)
    assert other is not None and "inferred from text" not in other.group(1)

    only = member.get(url, {"inferred": "yes"}).content.decode()
    assert 'id="ev-HV-e2"' in only and 'id="ev-HV-e1"' not in only
    assert 'id="filter-inferred" name="inferred" type="checkbox" value="yes" checked' in only

    export = reverse("chronology-export", args=[family.pk, "csv"])
    csv = member.get(export, {"inferred": "yes"}).content.decode("utf-8-sig")
    assert "injury (read from the text)" in csv and "New birth visit" not in csv


def test_confirming_from_the_chronology_returns_to_it_with_its_filters(
    member: Client, family: Family
) -> None:
    url = reverse("chronology", args=[family.pk])
    html = member.get(url, {"inferred": "yes"}).content.decode()
    assert "chronology=inferred%3Dyes" in html
    form = member.get(
        reverse("entry-types", args=[family.pk]), {"ref": "HV:e2", "chronology": "inferred=yes"}
    ).content.decode()
    assert f'href="{url}?inferred=yes#ev-HV-e2"' in form
    assert 'name="chronology" value="inferred=yes"' in form

    event = read_bundle_event(family, "e2")
    data = {"ref": "HV:e2", "types": [str(t) for t in event.types], "chronology": "inferred=yes"}
    response = member.post(reverse("entry-types", args=[family.pk]), data)

    assert response.status_code == 302
    assert response["Location"] == f"{url}?inferred=yes#ev-HV-e2"
    assert 'id="ev-HV-e2"' not in member.get(url, {"inferred": "yes"}).content.decode()


def test_the_way_back_is_always_a_page_of_the_family(member: Client, family: Family) -> None:
    event = read_bundle_event(family, "e2")
    data = {
        "ref": "HV:e2",
        "types": [str(t) for t in event.types],
        "chronology": "x=1#//evil.example/",
    }
    response = member.post(reverse("entry-types", args=[family.pk]), data)
    where = urlsplit(response["Location"])
    assert not where.scheme and not where.netloc
    assert where.path == reverse("chronology", args=[family.pk])
    assert where.fragment == "ev-HV-e2"
