"""Reading a user's filter choices (person, agency, event types) against a case.

>>> # person_id(case, "Chantelle")   # 'BVA:BV08841' when exactly one person is so named
"""

from __future__ import annotations

from collections.abc import Iterable

from foresight.chronology.export import ExportError
from foresight.chronology.pseudonyms import name_forms
from foresight.model.case import Case
from foresight.model.vocab import EventType


def person_id(case: Case, wanted: str) -> str:
    """The id of the person ``wanted`` names: an id, or a name form one person alone has."""
    if any(p.id == wanted for p in case.people):
        return wanted
    key = wanted.strip().lower()
    found = [
        p.id
        for p in case.people
        if key in {f.lower() for forms in name_forms(p) for f in forms} or key == p.name.lower()
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise ExportError(f"{wanted!r} names more than one person: give one of {', '.join(found)}")
    raise ExportError(f"no person {wanted!r} in this case: give a person id or name")


def agency_code(case: Case, wanted: str) -> str:
    """The code of the agency ``wanted`` names (its code, any case)."""
    codes = {a.code.lower(): a.code for a in case.agencies}
    if wanted.strip().lower() in codes:
        return codes[wanted.strip().lower()]
    raise ExportError(
        f"no agency {wanted!r} in this case: give one of {', '.join(sorted(codes.values()))}"
    )


def event_types(wanted: Iterable[str]) -> tuple[EventType, ...]:
    """Event types by their codes ("injury", "section 47 enquiry" or "section_47_enquiry")."""
    out = []
    for text in wanted:
        code = "_".join(text.strip().lower().replace("-", " ").split())
        try:
            out.append(EventType(code))
        except ValueError:
            raise ExportError(
                f"no event type {text!r}: use a code of the bundle format, e.g. injury, referral"
            ) from None
    return tuple(out)
