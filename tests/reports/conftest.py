"""A small, fixed review of an invented family, built by hand so report tests stand alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pytest

from foresight.model.dates import UncertainDate
from foresight.model.outcomes import CheckError, Finding, NotEvaluated, Outcome, Passed
from foresight.model.people import Link, Person, UncertainLink
from foresight.model.records import Agency, Event, PersonRecord, Problem
from foresight.model.vocab import AgencyKind, EventType, Severity
from foresight.reports import model as report_model
from foresight.reports.sources import CheckInfo, LearningPointRow

AS_OF = dt.date(2011, 6, 30)


def day(text: str) -> UncertainDate:
    return UncertainDate.exact(dt.date.fromisoformat(text), written=text)


@dataclass(frozen=True)
class FakeCase:
    """Just what a report reads of a Case, with the subjects rule simplified."""

    name: str
    agencies: tuple[Agency, ...]
    people: tuple[Person, ...]
    events_all: tuple[Event, ...]
    problems: tuple[Problem, ...] = ()
    uncertain_links: tuple[UncertainLink, ...] = ()

    @property
    def subject_children(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.is_subject)

    def subjects_of(self, event: Event) -> Sequence[Person]:
        found = [p for p in self.people if any((event.agency, s) in p.keys for s in event.subjects)]
        return found or list(self.subject_children)


@dataclass(frozen=True)
class FakeReview:
    case: FakeCase
    as_of: dt.date
    outcomes: tuple[Outcome, ...] = field(default=())


def build_small_case() -> FakeCase:
    child_csc = PersonRecord(
        "CSC", "C1", "Amy", "Example", date_of_birth=day("2011-01-12"), role="subject", subject=True
    )
    child_hv = PersonRecord(
        "HV",
        "H1",
        "Amy",
        "Example",
        date_of_birth=UncertainDate.exact(dt.date(2011, 1, 13), "13/01/2011"),
        subject=True,
    )
    mother = PersonRecord(
        "CSC", "M1", "Mia", "Example", date_of_birth=day("1992-05-02"), role="mother"
    )
    unknown = PersonRecord("POLICE", "X1", role="unknown male")
    john = PersonRecord("CSC", "M2", "John", "Smyth", role="mother's partner")
    jon = PersonRecord("POLICE", "X2", "Jon", "Smith", date_of_birth=day("1988-02-01"))
    people = (
        Person(
            "CSC:C1",
            (child_csc, child_hv),
            (Link(child_csc.key, child_hv.key, "same NHS number 943 476 5919"),),
        ),
        Person("CSC:M1", (mother,)),
        Person("POLICE:X1", (unknown,)),
        Person("CSC:M2", (john,)),
        Person("POLICE:X2", (jon,)),
    )
    events = (
        Event(
            "CSC",
            "101",
            day("2011-03-20"),
            (EventType.REFERRAL,),
            row=2,
            details="Referral from health visitor about a bruise.",
            outcome="Strategy discussion",
            source="LCS case notes",
            subjects=("C1",),
        ),
        Event(
            "HV",
            "e1",
            day("2011-03-01"),
            (EventType.HOME_VISIT, EventType.INJURY),
            row=3,
            time="10:30",
            details="Bruise <2cm> seen on left cheek & ear.",
            subjects=("H1",),
            people=("P9",),
            source="SystmOne",
        ),
        Event(
            "POLICE",
            "P7",
            UncertainDate(dt.date(2011, 3, 1), dt.date(2011, 3, 31), "Mar 2011"),
            (EventType.NOTE,),
            types_inferred=True,
            row=2,
            details="Call to the address.",
            people=("X1",),
        ),
        Event(
            "CSC",
            "205",
            day("2011-08-01"),
            (EventType.CASE_CLOSED,),
            row=3,
            details="Closed.",
            recorded=dt.date(2011, 8, 1),
        ),
    )
    return FakeCase(
        name="example-family",
        agencies=(
            Agency("POLICE", "Police", AgencyKind.POLICE),
            Agency("CSC", "Children's Social Care", AgencyKind.CHILDREN_SOCIAL_CARE),
            Agency("HV", "Health Visiting", AgencyKind.HEALTH_VISITING),
        ),
        people=people,
        events_all=events,
        problems=(
            Problem(
                "people.csv",
                None,
                "colour",
                "column 'colour' is not in the format: kept",
                Severity.WARNING,
            ),
            Problem("events.csv", 5, "date", "cannot read '31/02/2011' as a date"),
            Problem("events.csv", 3, None, "row has no agency"),
        ),
        uncertain_links=(
            UncertainLink(("POLICE", "X2"), ("CSC", "M2"), "similar names; no shared identifier"),
        ),
    )


def build_small_outcomes() -> tuple[Outcome, ...]:
    return (
        Passed("FS-SCR4", "CSC:C1"),
        CheckError("FS-SCR6", "CSC:C1", "ValueError: something broke"),
        NotEvaluated("FS-PR1", "CSC:C1", "Police do not record dates of birth"),
        Finding(
            "FS-NAT2",
            ("NAT2",),
            "CSC:C1",
            "A bruise seen on 1 March 2011 on a baby of 7 weeks had no referral within 1 day.",
            ("HV:e1", "CSC:101"),
            dt.date(2011, 3, 3),
            cannot_know="Whether a referral was made by telephone and not written down.",
            expected="A referral to children's social care and a paediatric assessment.",
        ),
    )


@pytest.fixture
def fixed_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixed check titles and learning-point words, so report tests do not move with them."""
    infos = {
        "FS-NAT2": CheckInfo("Injury to a baby who is not yet mobile", "Registry cannot-know."),
        "FS-SCR6": CheckInfo("Siblings considered", ""),
        "FS-PR1": CheckInfo("Adults in the household identified", ""),
        "FS-SCR4": CheckInfo("Cumulative concerns", ""),
    }

    def point(point_id: str) -> LearningPointRow:
        return LearningPointRow(point_id, f"Title of {point_id}", f"Seed text of {point_id}.")

    monkeypatch.setattr(report_model, "check_infos", lambda: infos)
    monkeypatch.setattr(report_model, "learning_point_row", point)


MakeReview = Callable[..., FakeReview]


@pytest.fixture
def small_case() -> FakeCase:
    return build_small_case()


@pytest.fixture
def small_outcomes() -> tuple[Outcome, ...]:
    return build_small_outcomes()


@pytest.fixture
def make_review(fixed_library: None) -> MakeReview:
    """``make_review(case, outcomes=(), as_of=AS_OF)`` with the fixed library in place."""

    def make(
        case: FakeCase, outcomes: tuple[Outcome, ...] = (), as_of: dt.date = AS_OF
    ) -> FakeReview:
        return FakeReview(case, as_of, outcomes)

    return make


@pytest.fixture
def small_review(make_review: MakeReview) -> FakeReview:
    return make_review(build_small_case(), build_small_outcomes())
