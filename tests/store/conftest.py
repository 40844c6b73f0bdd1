"""Fixtures for the store tests: a team, a user, and a bundle using every field."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from foresight.model.dates import UncertainDate
from foresight.model.records import (
    Agency,
    Bundle,
    Event,
    PersonRecord,
    Problem,
    RelationshipRecord,
)
from foresight.model.vocab import (
    AgencyKind,
    Category,
    ChildSeen,
    ChildViews,
    EventType,
    Mobility,
    RelationshipKind,
    RiskLevel,
    Severity,
    Sex,
    Status,
)
from foresight.store.models import Team


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say, once, when PostgreSQL was not tested (DESIGN.md: store tests run on both).

    ``make test`` runs the suite on SQLite first and then, when DATABASE_URL is set, the store
    and web tests on PostgreSQL; it sets FORESIGHT_POSTGRES_NEXT for the first run so the line
    is not printed when PostgreSQL is about to be tested.
    """
    if not os.environ.get("DATABASE_URL") and not os.environ.get("FORESIGHT_POSTGRES_NEXT"):
        terminalreporter.write_line("store: DATABASE_URL is not set, so PostgreSQL was not tested")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def span(earliest: str, latest: str, written: str) -> UncertainDate:
    return UncertainDate(day(earliest), day(latest), written)


@pytest.fixture
def user(db: Any) -> Any:
    return get_user_model()._default_manager.create_user("ann", password="a-long-test-pw-1")


@pytest.fixture
def team(db: Any, user: Any) -> Team:
    team = Team.objects.create(name="North partnership")
    team.members.add(user)
    return team


@pytest.fixture
def rich_bundle() -> Bundle:
    """Every field of every record type set to something other than its default."""
    agencies = (
        Agency("CSC", "Children's Social Care", AgencyKind.CHILDREN_SOCIAL_CARE, "Northshire"),
        Agency("HV", "Health visiting", AgencyKind.HEALTH_VISITING, None, kind_inferred=True),
    )
    people = (
        PersonRecord(
            agency="CSC",
            person_id="C1",
            given_names="Ava Rose",
            family_name="Testerton",
            other_names=("Ava Smith", "A. R. Testerton"),
            date_of_birth=UncertainDate.exact(day("2023-02-14")),
            sex=Sex.FEMALE,
            nhs_number="9434765919",
            upn="A123456789012",
            other_ids=(("mosaic", "M-77"), ("lcs", "L 12")),
            address="1 Example Row",
            postcode="ZZ9 9ZZ",
            role="subject child",
            subject=True,
            extra=(("keyworker", "Jo"), ("notes", "ünïcode ✓")),
            row=2,
        ),
        PersonRecord(
            agency="HV",
            person_id="m-1",
            family_name="Testerton",
            date_of_birth=span("1994-01-01", "1996-12-31", "c. 1995"),
            expected_date_of_birth=UncertainDate.exact(day("2023-02-20"), "20/02/2023"),
            date_of_death=span("2030-01-01", "2030-04-30", "early 2030"),
            sex=Sex.UNKNOWN,
            role="mother",
            row=3,
        ),
        PersonRecord(agency="HV", person_id="X"),
    )
    relationships = (
        RelationshipRecord("HV", "m-1", RelationshipKind.PARENT, "X", row=2),
        RelationshipRecord(
            "CSC",
            "C1",
            RelationshipKind.LIVES_WITH,
            "C1",
            start=span("2023-01-01", "2023-01-31", "Jan 2023"),
            end=UncertainDate.exact(day("2023-06-01")),
            row=3,
        ),
    )
    events = (
        Event(
            agency="HV",
            event_id="e1",
            date=UncertainDate.exact(day("2023-05-14"), "14/05/2023"),
            types=(EventType.HOME_VISIT, EventType.INJURY, EventType.REFERRAL),
            id_generated=True,
            types_inferred=True,
            time="09:30",
            end_date=span("2023-06-01", "2023-06-30", "Jun 2023"),
            subjects=("C1",),
            people=("m-1", "X"),
            participants=("m-1",),
            recorded=day("2023-05-16"),
            relates_to="CSC:r9",
            details="Bruise seen on the left cheek; mother said the baby rolled.",
            outcome="Referred to CSC",
            source="SystmOne",
            author="Health visitor",
            child_seen=ChildSeen.ALONE,
            child_views=ChildViews.OBSERVED,
            agencies_involved=("HV", "CSC"),
            to_agency=("CSC",),
            factors=("2B", "4B"),
            risk_level=RiskLevel.RAISED,
            category=Category.PHYSICAL,
            emergency=False,
            lawful_basis="DPA 2018 Sch 1 para 18",
            gestation_weeks=26 + 3 / 7,
            mobility=Mobility.NOT_MOBILE,
            placement_la="Northshire",
            responsible_la="Southshire",
            stage=2,
            status=Status.OPEN,
            reason="Because",
            extra=(("team", "East"),),
            row=7,
        ),
        Event(
            agency="CSC",
            event_id="r9",
            date=span("2023-01-01", "2023-12-31", "2023"),
            types=(EventType.NOTE,),
            emergency=True,
            gestation_weeks=12.0,
        ),
    )
    problems = (
        Problem("events", 9, "date", "cannot read '31/02/2023' as a date"),
        Problem("people", None, None, "no relationships table", Severity.WARNING),
    )
    carried = {"HV": frozenset({"time", "details", "mobility"}), "CSC": frozenset()}
    return Bundle("rich-family", agencies, people, relationships, events, problems, carried)
