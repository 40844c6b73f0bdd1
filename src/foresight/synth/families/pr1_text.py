"""PR1 from free text: a health visitor writes that the mother's new boyfriend is staying.

In ``pr1-text-boyfriend`` nobody called Dean is in any agency's people table, so only the
words of the entry say an adult has joined the baby's home. In the near miss the health
visitor records who he is (name and date of birth) on the same visit.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import GP, HEALTH_VISITING
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, PersonSpec, nhs_number

_HOME = {"address": "14 Wren Close, Northmoor", "postcode": "NM3 4QD"}
_PEOPLE = (
    *known_to(
        {"HV": "HV-P1", "GP": "G7301"},
        given_names="Poppy",
        family_name="Marwood",
        date_of_birth=day("2011-10-04"),
        sex="F",
        nhs_number=nhs_number(7301),
        subject=True,
        **_HOME,
    ),
    *known_to(
        {"HV": "HV-P2", "GP": "G7302"},
        given_names="Kerry",
        family_name="Marwood",
        date_of_birth=day("1992-05-17"),
        sex="F",
        nhs_number=nhs_number(7302),
        role="mother",
        **_HOME,
    ),
)
_RELATIONSHIPS = (
    *parents_of("HV", ("HV-P2",), ("HV-P1",)),
    *living_with("HV", "HV-P2", ("HV-P1",)),
)


def _entries(visit_outcome: str, people: str) -> tuple[Entry, ...]:
    return (
        Entry(
            "HV",
            day("2011-10-18"),
            "home_visit",
            "New birth visit. Poppy feeding well and gaining weight; mother coping well.",
            "Universal pathway.",
            subjects="HV-P1",
            people="HV-P2",
            child_seen="yes",
        ),
        Entry(
            "GP",
            day("2011-11-29"),
            "health_contact",
            "Eight-week check. Poppy well; immunisations given.",
            "Routine follow-up.",
            subjects="G7301",
            people="G7302",
        ),
        Entry(
            "HV",
            day("2012-03-05"),
            "home_visit",
            "Five-month review at home. Mum's new boyfriend Dean who is staying answered "
            "the door and stayed for the visit. Poppy smiling and rolling; weight on the "
            "50th centile.",
            visit_outcome,
            subjects="HV-P1",
            people=people,
            child_seen="yes",
            mobility="rolling",
        ),
    )


PR1_TEXT_BOYFRIEND = Family(
    name="pr1-text-boyfriend",
    format=Format.CSV,
    summary="The health visitor writes that the mother's new boyfriend Dean is staying; no "
    "agency records anyone called Dean.",
    as_of=day("2012-06-29"),
    expected=frozenset({"FS-PR1"}),
    agencies=(HEALTH_VISITING, GP),
    people=_PEOPLE,
    entries=_entries("Universal pathway; next contact at the 12-month review.", "HV-P2"),
    relationships=_RELATIONSHIPS,
)

_DEAN: tuple[PersonSpec, ...] = known_to(
    {"HV": "HV-P3"},
    given_names="Dean",
    family_name="Rollason",
    date_of_birth=day("1989-02-14"),
    sex="M",
    role="mother's boyfriend",
    **_HOME,
)

PR1_TEXT_NEAR_MISS = Family(
    name="pr1-text-near-miss",
    format=Format.CSV,
    summary="The health visitor writes that the mother's new boyfriend Dean is staying and "
    "records his full name and date of birth at the visit.",
    as_of=day("2012-06-29"),
    expected=frozenset(),
    agencies=(HEALTH_VISITING, GP),
    people=(*_PEOPLE, *_DEAN),
    entries=_entries(
        "Universal pathway. Dean's full name and date of birth recorded; household "
        "composition updated.",
        "HV-P2;HV-P3",
    ),
    relationships=_RELATIONSHIPS,
)
