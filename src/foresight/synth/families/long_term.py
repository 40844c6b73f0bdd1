"""The Farrowby family: six years of records from eleven agencies, three children, four men
and women in their lives, told as a story (``long_term_story``, ``long_term_later``) and the
everyday contacts around it (``long_term_routine``).

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

import datetime as dt

from foresight.synth.agencies import (
    ADULT_MENTAL_HEALTH,
    CAMHS,
    CSC,
    GP,
    HEALTH_VISITING,
    HOSPITAL,
    HOUSING,
    POLICE,
    PRIMARY_SCHOOL,
    SECONDARY_SCHOOL,
    SUBSTANCE_MISUSE,
)
from foresight.synth.build import day
from foresight.synth.families.long_term_later import LATER_YEARS
from foresight.synth.families.long_term_people import (
    CHANTELLE,
    JAYDEN,
    KERRY,
    PEOPLE,
    RELATIONSHIPS,
)
from foresight.synth.families.long_term_routine import ROUTINES
from foresight.synth.families.long_term_story import BABY, EARLY_YEARS
from foresight.synth.routine import routine_entries
from foresight.synth.spec import Entry, Family, Format

AGENCIES = (
    CSC,
    POLICE,
    HEALTH_VISITING,
    GP,
    HOSPITAL,
    PRIMARY_SCHOOL,
    SECONDARY_SCHOOL,
    HOUSING,
    ADULT_MENTAL_HEALTH,
    SUBSTANCE_MISUSE,
    CAMHS,
)

# Entries whose dates were written uncertainly, and ordinary ones that add texture.
_ODD = (
    Entry(
        "OAK",
        day("2013-03-05"),
        "injury",
        "Jayden bumped his head on the climbing frame at lunchtime; small graze to the forehead.",
        "First aid given; mother informed at pick-up; head injury letter sent.",
        subjects=JAYDEN["OAK"],
        author="First aider",
    ),
    Entry(
        "HSG",
        "mid 2013",
        "note",
        "Tenancy audit visit (date not recorded on the paper form): property in fair "
        "condition; four occupants.",
        "No action.",
        people=KERRY["HSG"],
    ),
    Entry(
        "BVA",
        "?22 May 2016",
        "phone_contact",
        "Mother phoned to say Chantelle would be off for a few days (date of the call not "
        "certain: written up later from a sticky note).",
        "Absence authorised.",
        subjects=CHANTELLE["BVA"],
        recorded=day("2016-05-27"),
    ),
)

# The earliest day each uncertain date could be, for ordering the rows like a chronology.
_EARLIEST = {
    "early 2010": "2010-01-01",
    "Jan 2011": "2011-01-01",
    "mid 2013": "2013-05-01",
    "?22 May 2016": "2016-05-01",
}
_ORDER = {a.code: i for i, a in enumerate(AGENCIES)}


def _order(entry: Entry) -> tuple[int, dt.date]:
    when = entry.date if isinstance(entry.date, dt.date) else day(_EARLIEST[entry.date])
    return (_ORDER[entry.agency], when)


def _entries() -> tuple[Entry, ...]:
    """Each agency's chronology in date order, agency after agency, as a bundle arrives."""
    story = (*EARLY_YEARS, *BABY, *LATER_YEARS, *_ODD)
    return tuple(sorted((*story, *routine_entries(ROUTINES, seed=2014)), key=_order))


LONG_TERM_MULTI_AGENCY = Family(
    name="long-term-multi-agency",
    format=Format.XLSX,
    summary="Six years, eleven agencies: an unassessed depression in 2011, siblings left out "
    "of a 2014 assessment, and a partner known only as 'Kyle' in 2015.",
    as_of=day("2017-01-31"),
    expected=frozenset(
        {
            "FS-PR5",
            "FS-SCR4",
            "FS-PR1",
            "FS-SCR8",
            "FS-NAT3",
            "FS-PR3",
            "FS-AUD5",
            "FS-SCR2",
            "FS-SCR3",
            "FS-NAT4",
            "FS-NAT5",
            "FS-AUD4",  # routine requests to the GP for a health update are never answered
        }
    ),
    agencies=AGENCIES,
    people=PEOPLE,
    relationships=RELATIONSHIPS,
    entries=_entries(),
)
