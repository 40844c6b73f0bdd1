"""Put a bundle into the store, and take the very same bundle out again.

>>> family = import_bundle(bundle, team=team, user=user)      # doctest: +SKIP
>>> load_bundle(family) == bundle                              # doctest: +SKIP
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from django.contrib.auth.models import User
from django.db import models, transaction

from foresight.model.records import (
    Agency,
    Bundle,
    Event,
    PersonRecord,
    Problem,
    RelationshipRecord,
)
from foresight.store.audit import record_audit
from foresight.store.codec import Json, decode_record, encode_record
from foresight.store.models import (
    AuditEvent,
    Family,
    StoredAgency,
    StoredEvent,
    StoredPerson,
    StoredRelationship,
    Team,
    Upload,
)

R = TypeVar("R")
M = TypeVar("M", bound=models.Model)

# Fields kept as columns (to query and to read in the admin); every other field goes to JSON.
AGENCY_COLUMNS = ("code", "name", "kind", "local_authority", "kind_inferred")
PERSON_COLUMNS = ("agency", "person_id", "given_names", "family_name", "role", "subject", "row")
RELATIONSHIP_COLUMNS = ("agency", "person_id", "kind", "other_person_id", "row")
EVENT_COLUMNS = ("agency", "event_id", "types", "details", "outcome", "row")


def import_bundle(
    bundle: Bundle,
    *,
    team: Team,
    user: User | None,
    family: Family | None = None,
    name: str | None = None,
    filename: str | None = None,
) -> Family:
    """Store ``bundle`` as a family of ``team`` (replacing its records if it exists).

    With no ``family``, the team's family called ``name`` (default: the bundle's name) is
    replaced, or created. The upload and an ``uploaded`` audit entry are recorded. All or
    nothing: an error leaves the store as it was.
    """
    with transaction.atomic():
        if family is None:
            family = _family_named(team, name or bundle.name or "Unnamed family", user)
        else:
            _delete_records(family)
        family.bundle_name = bundle.name
        family.problems = [encode_record(p) for p in bundle.problems]
        family.carried = {agency: sorted(cols) for agency, cols in bundle.carried.items()}
        family.save()
        _store_records(family, bundle)
        Upload.objects.create(
            family=family,
            original_filename=filename or bundle.name,
            uploaded_by=user,
            problems=family.problems,
        )
        record_audit(user, AuditEvent.Action.UPLOADED, family, detail=filename or bundle.name)
    return family


def load_bundle(family: Family) -> Bundle:
    """The bundle as imported into ``family``: equal, field by field, to what was stored."""
    return Bundle(
        name=family.bundle_name,
        agencies=_load(Agency, family.agency_rows.all(), AGENCY_COLUMNS),
        people=_load(PersonRecord, family.person_rows.all(), PERSON_COLUMNS),
        relationships=_load(
            RelationshipRecord, family.relationship_rows.all(), RELATIONSHIP_COLUMNS
        ),
        events=_load_events(family.event_rows.all()),
        problems=tuple(decode_record(Problem, p) for p in family.problems),
        carried={agency: frozenset(cols) for agency, cols in family.carried.items()},
    )


def _family_named(team: Team, name: str, user: User | None) -> Family:
    family = Family.objects.filter(team=team, name=name).first()
    if family is None:
        return Family(team=team, name=name, created_by=user)
    _delete_records(family)
    return family


def _delete_records(family: Family) -> None:
    for rows in (
        family.agency_rows,
        family.person_rows,
        family.relationship_rows,
        family.event_rows,
    ):
        rows.all().delete()


def _store_records(family: Family, bundle: Bundle) -> None:
    _bulk(StoredAgency, family, bundle.agencies, AGENCY_COLUMNS)
    _bulk(StoredPerson, family, bundle.people, PERSON_COLUMNS)
    _bulk(StoredRelationship, family, bundle.relationships, RELATIONSHIP_COLUMNS)
    rows = []
    for position, event in enumerate(bundle.events):
        columns, data = _split(encode_record(event), EVENT_COLUMNS)
        del data["date"]  # kept as the three date columns
        rows.append(
            StoredEvent(
                family=family,
                position=position,
                date_earliest=event.date.earliest,
                date_latest=event.date.latest,
                date_written=event.date.written,
                data=data,
                **columns,
            )
        )
    StoredEvent.objects.bulk_create(rows)


def _bulk(
    model: type[M], family: Family, records: Iterable[object], column_names: tuple[str, ...]
) -> None:
    rows = []
    for position, record in enumerate(records):
        columns, data = _split(encode_record(record), column_names)
        rows.append(model(family=family, position=position, data=data, **columns))
    model._default_manager.bulk_create(rows)


def _split(
    encoded: dict[str, Json], column_names: tuple[str, ...]
) -> tuple[dict[str, Json], dict[str, Json]]:
    columns = {k: encoded[k] for k in column_names if k in encoded}
    rest = {k: v for k, v in encoded.items() if k not in column_names}
    return columns, rest


def _load(
    cls: type[R], rows: Iterable[models.Model], column_names: tuple[str, ...]
) -> tuple[R, ...]:
    out = []
    for row in rows:
        data: dict[str, Any] = dict(getattr(row, "data"))  # noqa: B009 (every stored model has it)
        data.update({c: getattr(row, c) for c in column_names})
        out.append(decode_record(cls, data))
    return tuple(out)


def _load_events(rows: Iterable[StoredEvent]) -> tuple[Event, ...]:
    out = []
    for row in rows:
        data: dict[str, Any] = dict(row.data)
        data.update({c: getattr(row, c) for c in EVENT_COLUMNS})
        data["date"] = {
            "earliest": row.date_earliest.isoformat(),
            "latest": row.date_latest.isoformat(),
            "written": row.date_written,
        }
        out.append(decode_record(Event, data))
    return tuple(out)
