"""The ``people`` and ``relationships`` tables: each agency's records of each person."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from foresight.bundle.agencies import Agencies
from foresight.bundle.columns import Bound, Schema
from foresight.bundle.identifiers import parse_nhs_number, parse_upn
from foresight.bundle.values import Cells, SoftValueError, enum_reader, yes_no
from foresight.model.records import PersonRecord, Problem, RecordKey, RelationshipRecord
from foresight.model.vocab import RelationshipKind, Severity, Sex

PEOPLE = Schema(
    "people",
    ("agency", "person_id"),
    (
        "given_names",
        "family_name",
        "other_names",
        "date_of_birth",
        "expected_date_of_birth",
        "date_of_death",
        "sex",
        "nhs_number",
        "upn",
        "other_ids",
        "address",
        "postcode",
        "role",
        "subject",
    ),
    aliases={
        "dob": "date_of_birth",
        "given_name": "given_names",
        "first_name": "given_names",
        "first_names": "given_names",
        "forename": "given_names",
        "forenames": "given_names",
        "surname": "family_name",
        "last_name": "family_name",
        "gender": "sex",
        "nhs_no": "nhs_number",
        "edd": "expected_date_of_birth",
    },
)

RELATIONSHIPS = Schema(
    "relationships",
    ("agency", "person_id", "relationship", "other_person_id"),
    ("from", "to"),
    essential=False,
)

read_sex = enum_reader(
    Sex,
    "sex",
    {
        "m": "male",
        "f": "female",
        "1": "male",
        "2": "female",
        "u": "unknown",
        "0": "unknown",
        "9": "unknown",
        "not known": "unknown",
        "not stated": "unknown",
    },
)
read_relationship = enum_reader(
    RelationshipKind,
    "relationship",
    {
        "stepparent": "step_parent",
        "step": "step_parent",
        "halfsibling": "half_sibling",
        "lives with": "lives_with",
    },
)

# People of each agency: agency code -> the person_ids its people table lists.
Index = Mapping[str, frozenset[str]]


def read_people(
    bound: Bound, agencies: Agencies, problems: list[Problem]
) -> tuple[PersonRecord, ...]:
    """Each row a :class:`PersonRecord`; a repeated ``person_id`` in one agency keeps the first."""
    people: dict[RecordKey, PersonRecord] = {}
    for row in bound.rows:
        cells = Cells(row, problems)
        agency, person_id = cells.text("agency"), cells.text("person_id")
        if not agency or not person_id:
            blank = "agency" if not agency else "person_id"
            cells.problem(blank, f"no {blank}: this row was not imported; fill it in")
            continue
        key = (agencies.code(agency), person_id)
        if key in people:
            first = people[key].row
            cells.problem(
                "person_id",
                f"person '{person_id}' of {key[0]} is listed again "
                f"(first on row {first}): the first was kept, this row was not imported",
            )
            continue
        people[key] = _person(cells, *key)
    return tuple(people.values())


def _person(cells: Cells, agency: str, person_id: str) -> PersonRecord:
    nhs = cells.code("nhs_number", _identifier("nhs_number"))
    upn = cells.code("upn", _identifier("upn"))
    subject = cells.code("subject", yes_no)
    return PersonRecord(
        agency=agency,
        person_id=person_id,
        given_names=cells.optional("given_names"),
        family_name=cells.optional("family_name"),
        other_names=cells.items("other_names"),
        date_of_birth=cells.date("date_of_birth"),
        expected_date_of_birth=cells.date("expected_date_of_birth"),
        date_of_death=cells.date("date_of_death"),
        sex=cells.code("sex", read_sex),
        nhs_number=nhs,
        upn=upn,
        other_ids=_other_ids(cells),
        address=cells.optional("address"),
        postcode=_postcode(cells.optional("postcode")),
        role=cells.optional("role"),
        subject=bool(subject),
        extra=cells.extra,
        row=cells.row.number,
    )


def _identifier(column: str) -> Callable[[str], str]:
    parse = parse_nhs_number if column == "nhs_number" else parse_upn

    def reported(text: str) -> str:
        try:
            return parse(text)
        except ValueError as err:
            message = f"{err}: it was kept as written but not used for linking"
            raise SoftValueError(message) from None

    return reported


def _postcode(text: str | None) -> str | None:
    return " ".join(text.upper().split()) if text else None


def _other_ids(cells: Cells) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for item in cells.items("other_ids"):
        scheme, sep, value = item.partition(":")
        if not sep or not scheme.strip() or not value.strip():
            cells.unread(
                "other_ids",
                f"'{item}' is not an identifier written as scheme:value; it was kept as written",
                Severity.WARNING,
            )
            continue
        pairs.append((scheme.strip(), value.strip()))
    return tuple(pairs)


def person_index(people: tuple[PersonRecord, ...]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for person in people:
        index.setdefault(person.agency, set()).add(person.person_id)
    return {agency: frozenset(ids) for agency, ids in index.items()}


def read_relationships(
    bound: Bound, agencies: Agencies, index: Index | None, problems: list[Problem]
) -> tuple[RelationshipRecord, ...]:
    """Each row a :class:`RelationshipRecord`; rows naming unknown people are not imported."""
    records: list[RelationshipRecord] = []
    for row in bound.rows:
        cells = Cells(row, problems)
        blank = [c for c in RELATIONSHIPS.required if not cells.text(c)]
        if blank:
            cells.problem(blank[0], f"no {blank[0]}: this row was not imported; fill it in")
            continue
        agency = agencies.code(cells.text("agency"))
        known = _known_people(cells, agency, index)
        try:
            kind = read_relationship(cells.text("relationship"))
        except ValueError as err:
            cells.problem("relationship", f"{err}; this relationship was not imported")
            continue
        if known:
            records.append(
                RelationshipRecord(
                    agency,
                    cells.text("person_id"),
                    kind,
                    cells.text("other_person_id"),
                    cells.date("from"),
                    cells.date("to"),
                    row.number,
                )
            )
    return tuple(records)


def _known_people(cells: Cells, agency: str, index: Index | None) -> bool:
    """Whether both people of a relationship are in the agency's people (else a problem)."""
    ok = True
    for column in ("person_id", "other_person_id"):
        person_id = cells.text(column)
        if index is not None and person_id not in index.get(agency, frozenset()):
            cells.problem(
                column,
                f"person '{person_id}' is not in {agency}'s people: this "
                "relationship was not imported; add the person or correct the id",
            )
            ok = False
    return ok
