"""What a bundle holds: agencies, each agency's people, relationships and chronology entries.

These are per-agency records exactly as read, validated and typed; linking the same human
being across agencies is the job of :mod:`foresight.linkage`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from foresight.model.dates import UncertainDate
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

# (agency code, the agency's own person_id): one agency's record of one person.
RecordKey = tuple[str, str]
# Columns a bundle holds that the format does not name, kept as written.
Extra = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Problem:
    """Something wrong with the input, located as a user would find it in their file.

    ``row`` is the spreadsheet row (the header is row 1); ``None`` for the whole table or file.
    """

    file: str
    row: int | None
    column: str | None
    message: str
    severity: Severity = Severity.ERROR


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    kind: AgencyKind
    local_authority: str | None = None
    kind_inferred: bool = False


@dataclass(frozen=True)
class PersonRecord:
    agency: str
    person_id: str
    given_names: str | None = None
    family_name: str | None = None
    other_names: tuple[str, ...] = ()
    date_of_birth: UncertainDate | None = None
    expected_date_of_birth: UncertainDate | None = None
    date_of_death: UncertainDate | None = None
    sex: Sex | None = None
    nhs_number: str | None = None  # ten digits, check digit verified
    upn: str | None = None  # thirteen characters, check letter verified
    other_ids: tuple[tuple[str, str], ...] = ()
    address: str | None = None
    postcode: str | None = None
    role: str | None = None
    subject: bool = False
    extra: Extra = ()
    row: int | None = None

    @property
    def key(self) -> RecordKey:
        return (self.agency, self.person_id)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_names, self.family_name) if p)

    @property
    def display_name(self) -> str:
        """The name if known, else the role, else the agency's reference."""
        return self.full_name or (self.role and f"({self.role})") or self.person_id


@dataclass(frozen=True)
class RelationshipRecord:
    """``person_id`` is the ``kind`` of ``other_person_id`` ("M1 parent C1"), both of ``agency``."""

    agency: str
    person_id: str
    kind: RelationshipKind
    other_person_id: str
    start: UncertainDate | None = None
    end: UncertainDate | None = None
    row: int | None = None

    @property
    def key(self) -> RecordKey:
        return (self.agency, self.person_id)

    @property
    def other_key(self) -> RecordKey:
        return (self.agency, self.other_person_id)


@dataclass(frozen=True)
class Event:
    """One chronology entry of one agency; it may record several event types."""

    agency: str
    event_id: str
    date: UncertainDate
    types: tuple[EventType, ...]
    id_generated: bool = False
    types_inferred: bool = False
    # The agency left event_type blank, so the types were read from the text (and may since
    # have been confirmed or corrected by a person): one entry of a narrative record, not a
    # whole process the agency coded.
    types_from_text: bool = False
    # The words of details/outcome that an inferred type was read from ("bruised", "?NAI").
    inferred_from: tuple[str, ...] = ()
    # Inferred types read from an uncertain mention only ("?bruise", "query NAI").
    uncertain_types: tuple[EventType, ...] = ()
    time: str | None = None
    end_date: UncertainDate | None = None
    subjects: tuple[str, ...] = ()  # person_ids of this agency, as written
    people: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    recorded: dt.date | None = None
    relates_to: str | None = None  # always "AGENCY:event_id" once read
    details: str = ""
    outcome: str = ""
    source: str = ""
    author: str = ""
    child_seen: ChildSeen | None = None
    child_views: ChildViews | None = None
    agencies_involved: tuple[str, ...] = ()
    to_agency: tuple[str, ...] = ()
    factors: tuple[str, ...] = ()
    risk_level: RiskLevel | None = None
    category: Category | None = None
    emergency: bool | None = None
    lawful_basis: str = ""
    gestation_weeks: float | None = None  # 26+3 is 26 + 3/7
    mobility: Mobility | None = None
    placement_la: str | None = None
    responsible_la: str | None = None
    stage: int | None = None
    status: Status | None = None
    reason: str = ""
    extra: Extra = ()
    row: int | None = None

    def __hash__(self) -> int:
        # Entries are dict keys and set members everywhere in the checks; hashing every field
        # of a frozen dataclass is slow, and equal entries always share agency and id.
        return hash((self.agency, self.event_id))

    @property
    def ref(self) -> str:
        """The reference a finding cites: ``AGENCY:event_id``."""
        return f"{self.agency}:{self.event_id}"

    @property
    def known_from(self) -> dt.date:
        """The day a reviewer could first have known of this entry (replay)."""
        return self.recorded or self.date.earliest

    def has(self, kind: EventType) -> bool:
        return kind in self.types


# The optional event columns whose absence or blankness makes an agency "not carry" them.
OPTIONAL_EVENT_COLUMNS = (
    "time",
    "end_date",
    "subjects",
    "people",
    "recorded",
    "relates_to",
    "details",
    "outcome",
    "source",
    "author",
    "child_seen",
    "child_views",
    "participants",
    "agencies_involved",
    "to_agency",
    "factors",
    "risk_level",
    "category",
    "emergency",
    "lawful_basis",
    "gestation_weeks",
    "mobility",
    "placement_la",
    "responsible_la",
    "stage",
    "status",
    "reason",
)


@dataclass(frozen=True)
class Bundle:
    """Everything read from one bundle, with the problems found reading it.

    ``carried`` maps an agency code to the optional event columns it fills on at least one
    of its rows; a column an agency never fills is "not carried" by it, and a check that needs
    it from that agency's entries is not evaluated.
    """

    name: str
    agencies: tuple[Agency, ...]
    people: tuple[PersonRecord, ...]
    relationships: tuple[RelationshipRecord, ...]
    events: tuple[Event, ...]
    problems: tuple[Problem, ...] = ()
    carried: dict[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)

    def agency(self, code: str) -> Agency | None:
        return next((a for a in self.agencies if a.code == code), None)

    def carries(self, agency: str, column: str) -> bool:
        return column in self.carried.get(agency, frozenset())
