"""NAT6: of two children at home, only Ruby comes to school hungry, bruised and left out;
her brother thrives. Nobody asks why one child is treated differently. In the near miss a
school-led multi-agency meeting does.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from typing import Any

from foresight.synth.agencies import GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, PersonSpec, RelSpec, nhs_number


def _person(
    serial: int, given: str, family_name: str, born: str, **kw: Any
) -> tuple[PersonSpec, ...]:
    home = {"address": f"{serial % 40 + 5} Sorrel Close, Northmoor", "postcode": "NM8 4HD"}
    return known_to(
        {"OAK": f"OAK{serial}", "GP": f"G{serial}"},
        given_names=given,
        family_name=family_name,
        date_of_birth=day(born),
        nhs_number=nhs_number(serial),
        **home,
        **kw,
    )


def _people(serial: int, family_name: str, girl: str, boy: str) -> tuple[PersonSpec, ...]:
    return (
        *_person(serial, girl, family_name, "2011-02-14", sex="F", subject=True),
        *_person(serial + 1, boy, family_name, "2009-06-30", sex="M", subject=True),
        *_person(serial + 2, "Gemma", family_name, "1986-10-09", sex="F", role="mother"),
    )


def _relationships(serial: int) -> tuple[RelSpec, ...]:
    children = (f"OAK{serial}", f"OAK{serial + 1}")
    return (
        *parents_of("OAK", (f"OAK{serial + 2}",), children),
        *living_with("OAK", f"OAK{serial + 2}", children),
    )


def _entries(serial: int, names: tuple[str, str], meeting: tuple[Entry, ...]) -> tuple[Entry, ...]:
    girl, boy = f"OAK{serial}", f"OAK{serial + 1}"
    her, his = names
    return (
        Entry(
            "OAK",
            day("2019-01-15"),
            "concern",
            f"{her} says she has to eat in her room while the others eat together.",
            "Logged by the designated safeguarding lead.",
            subjects=girl,
        ),
        Entry(
            "OAK",
            day("2019-03-20"),
            "note",
            f"{his}'s parents' evening: mother proud of his progress; attendance 99%.",
            "",
            subjects=boy,
        ),
        Entry(
            "OAK",
            day("2019-06-10"),
            "injury",
            f"Fingertip bruising to {her}'s upper arm; she says her mother grabbed her.",
            f"Mother says {her} fell. Monitoring.",
            subjects=girl,
        ),
        Entry(
            "GP",
            day("2019-11-04"),
            "concern",
            f"{her} weighed at the asthma review: dropped from the 50th to the 9th centile.",
            "Dietary advice; review in 3 months.",
            subjects=f"G{serial}",
            people=f"G{serial + 2}",
        ),
        *meeting,
    )


NAT6_SINGLED_OUT = Family(
    name="nat6-singled-out",
    format=Format.ZIP,
    summary="Three concerns about one of two children at home in ten months, none about her "
    "brother; nobody asks whether she is being singled out.",
    as_of=day("2020-01-31"),
    expected=frozenset({"FS-NAT6"}),
    agencies=(OAK, GP),
    people=_people(8801, "Brackley", "Ruby", "Alfie"),
    relationships=_relationships(8801),
    entries=_entries(8801, ("Ruby", "Alfie"), ()),
)

NAT6_NEAR_MISS = Family(
    name="nat6-near-miss",
    format=Format.XLSX,
    summary="The same three concerns; the school calls a multi-agency meeting that asks why "
    "one child is treated differently. Nothing to raise.",
    as_of=day("2020-01-31"),
    expected=frozenset(),
    agencies=(OAK, GP),
    people=_people(8811, "Tamsett", "Nell", "Owen"),
    relationships=_relationships(8811),
    entries=_entries(
        8811,
        ("Nell", "Owen"),
        (
            Entry(
                "OAK",
                day("2019-11-20"),
                "multi_agency_meeting",
                "School, school nurse and GP: Nell eats apart, is bruised and losing weight "
                "while her brother thrives. Is she being singled out or scapegoated at home?",
                "Referral to children's social care agreed with mother's knowledge.",
                subjects="OAK8811",
                agencies_involved="OAK;GP",
            ),
        ),
    ),
)
