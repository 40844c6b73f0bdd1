"""Small helpers that keep the family descriptions short and readable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from foresight.synth.agencies import HOLDS_NHS_NUMBERS
from foresight.synth.spec import PersonSpec, RelSpec


def day(text: str) -> dt.date:
    """An exact day from ISO text, so that family data reads like a chronology.

    >>> day("2019-09-12")
    datetime.date(2019, 9, 12)
    """
    return dt.date.fromisoformat(text)


def known_to(ids: dict[str, str], **details: Any) -> tuple[PersonSpec, ...]:
    """One person as each agency records them: ``ids`` maps agency code to its reference.

    An NHS number is kept only on the records of agencies that hold them (health and social
    care), as in real exports.

    >>> [(p.person_id, p.nhs_number) for p in known_to({"GP": "G1", "OAK": "S1"},
    ...                                                nhs_number="999 000 0107")]
    [('G1', '999 000 0107'), ('S1', '')]
    """
    return tuple(
        PersonSpec(agency, pid, **_held_by(agency, details)) for agency, pid in ids.items()
    )


def _held_by(agency: str, details: dict[str, Any]) -> dict[str, Any]:
    if agency in HOLDS_NHS_NUMBERS:
        return details
    return {**details, "nhs_number": ""}


def parents_of(
    agency: str, parents: tuple[str, ...], children: tuple[str, ...]
) -> tuple[RelSpec, ...]:
    """``parent`` rows: each of ``parents`` is a parent of each of ``children``."""
    return tuple(RelSpec(agency, p, "parent", c) for p in parents for c in children)


def living_with(
    agency: str, carer: str, children: tuple[str, ...], since: dt.date | None = None
) -> tuple[RelSpec, ...]:
    """``lives_with`` rows: each of ``children`` lives with ``carer`` (from ``since``)."""
    return tuple(RelSpec(agency, c, "lives_with", carer, start=since) for c in children)
