"""Fixtures for the web tests: a signed-in member of a team, and bundle files to upload."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from openpyxl import Workbook

from foresight.store.models import Team

PASSWORD = "a-long-test-pw-1"

# A 3-month-old, not yet mobile, with a bruise and no referral: FS-NAT2 fires.
PEOPLE: tuple[tuple[str, ...], ...] = (
    (
        "agency",
        "person_id",
        "given_names",
        "family_name",
        "date_of_birth",
        "sex",
        "role",
        "subject",
    ),
    ("HV", "C1", "Ava", "Testerton", "2023-02-14", "female", "subject child", "yes"),
    ("HV", "M1", "Mia", "Testerton", "1995-06-01", "female", "mother", ""),
)
EVENTS: tuple[tuple[str, ...], ...] = (
    (
        "agency",
        "event_id",
        "date",
        "event_type",
        "subjects",
        "people",
        "mobility",
        "details",
        "outcome",
        "source",
    ),
    (
        "HV",
        "e1",
        "2023-03-01",
        "home_visit",
        "C1",
        "M1",
        "not_mobile",
        "New birth visit. Baby feeding well.",
        "Routine follow-up",
        "SystmOne",
    ),
    (
        "HV",
        "e2",
        "2023-05-14",
        "home_visit;injury",
        "C1",
        "M1",
        "not_mobile",
        "Small bruise seen on the baby's left cheek; mother said the baby rolled into the cot.",
        "Advice given",
        "SystmOne",
    ),
)


def write_injury_bundle(path: Path) -> Path:
    """Write the injury bundle as an .xlsx workbook at ``path``."""
    book = Workbook()
    people = book.active
    assert people is not None
    people.title = "people"
    for person in PEOPLE:
        people.append(person)
    events = book.create_sheet("events")
    for event in EVENTS:
        events.append(event)
    book.save(path)
    return path


@pytest.fixture
def user(db: Any) -> Any:
    return get_user_model()._default_manager.create_user("ann", password=PASSWORD)


@pytest.fixture
def team(db: Any, user: Any) -> Team:
    team = Team.objects.create(name="North partnership")
    team.members.add(user)
    return team


@pytest.fixture
def member(client: Client, user: Any, team: Team) -> Client:
    """The test client, signed in as a member of ``team``."""
    client.force_login(user)
    return client


@pytest.fixture
def injury_xlsx(tmp_path: Path) -> Path:
    return write_injury_bundle(tmp_path / "testerton.xlsx")


@pytest.fixture
def injury_zip(tmp_path: Path) -> Path:
    """The same bundle as CSV tables in a zip."""
    path = tmp_path / "testerton.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, rows in (("people.csv", PEOPLE), ("events.csv", EVENTS)):
            text = io.StringIO()
            csv.writer(text).writerows(rows)
            archive.writestr(name, text.getvalue())
    return path
