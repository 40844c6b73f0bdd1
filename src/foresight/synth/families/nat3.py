"""NAT3: a toddler not brought to three health appointments in eight months; nobody names
the pattern. The near miss's health visitor takes it to supervision as possible disguised
compliance.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import GP, HEALTH_VISITING
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, PersonSpec, nhs_number


def _people(serial: int, given: str, family_name: str) -> tuple[PersonSpec, ...]:
    home = {"address": f"{serial % 50 + 1} Quarry Bank, Northmoor", "postcode": "NM3 2PE"}
    return (
        *known_to(
            {"GP": f"G{serial}", "HV": f"HV-{serial}"},
            given_names=given,
            family_name=family_name,
            date_of_birth=day("2016-08-20"),
            sex="M",
            nhs_number=nhs_number(serial),
            subject=True,
            **home,
        ),
        *known_to(
            {"GP": f"G{serial + 1}", "HV": f"HV-{serial + 1}"},
            given_names="Kerry",
            family_name=family_name,
            date_of_birth=day("1994-03-02"),
            sex="F",
            nhs_number=nhs_number(serial + 1),
            role="mother",
            **home,
        ),
    )


def _entries(serial: int, supervision: str) -> tuple[Entry, ...]:
    child, mother = f"{serial}", f"{serial + 1}"
    return (
        Entry(
            "GP",
            day("2018-02-05"),
            "was_not_brought",
            "Not brought to the 18-month immunisations.",
            "Letter sent to mother offering a new appointment.",
            subjects=f"G{child}",
            people=f"G{mother}",
        ),
        Entry(
            "HV",
            day("2018-06-11"),
            "was_not_brought",
            "Not brought to the 2-year development review at clinic.",
            "Mother phoned: child unwell. Review rebooked.",
            subjects=f"HV-{child}",
            people=f"HV-{mother}",
        ),
        Entry(
            "GP",
            day("2018-10-01"),
            "cancelled_appointment",
            "Mother cancelled the rebooked immunisations by text on the morning.",
            "Rebooked for November.",
            subjects=f"G{child}",
            people=f"G{mother}",
        ),
        Entry(
            "HV",
            day("2018-10-17"),
            "supervision",
            supervision,
            "Actions agreed.",
            subjects=f"HV-{child}",
        ),
    )


NAT3_NOT_BROUGHT = Family(
    name="nat3-not-brought",
    format=Format.XLSX,
    summary="A toddler not brought to immunisations or his development review three times "
    "in eight months; supervision talks only of caseload.",
    as_of=day("2018-12-31"),
    expected=frozenset({"FS-NAT3"}),
    agencies=(GP, HEALTH_VISITING),
    people=_people(8701, "Reuben", "Calloway"),
    entries=_entries(
        8701, "Caseload supervision: transfer of the family to the new locality team."
    ),
)

NAT3_NEAR_MISS = Family(
    name="nat3-near-miss",
    format=Format.CSV,
    summary="The same missed appointments, taken to supervision as possible disguised "
    "compliance within the month. Nothing to raise.",
    as_of=day("2018-12-31"),
    expected=frozenset(),
    agencies=(GP, HEALTH_VISITING),
    people=_people(8711, "Ezra", "Penhallow"),
    entries=_entries(
        8711,
        "Supervision: three appointments missed or cancelled since February - a pattern that "
        "may be disguised compliance. Joint home visit with the GP practice nurse planned.",
    ),
)
