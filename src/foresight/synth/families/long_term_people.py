"""The Farrowby family as eleven agencies record them, 2010 to 2016.

The same human being appears under each agency's own reference and spelling, linkable by
NHS number or by name and date of birth. Deliberately untidy, as real records are:

- Kerry-Ann Farrowby is "KERRY ANN" at the hospital and "Kerry" (born 13 April, not
  14 March) at adult mental health: a date-of-birth conflict between two agencies;
- Chantelle is "Chantel" at the GP, Mason is "Farrowby-Pike" at the GP and "Pike" elsewhere;
- the police know Lee Stannard by name only, with no date of birth: he may or may not be the
  Lee Stannard children's social care knows (an uncertain match);
- "Kyle", the mother's partner from 2015, is known by a first name only, to two agencies.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import PersonSpec, RelSpec, nhs_number

HOME: dict[str, Any] = {"address": "62 Kestrel Road, Northmoor", "postcode": "NM9 2WF"}
MOTHER_DOB = day("1985-03-14")

# Each agency's reference for each person, so that entries can name them.
KERRY = {
    "GP": "G2001",
    "NGH": "N300101",
    "AMH": "AM-41877",
    "CSC": "CSC4100",
    "POL": "P-118204",
    "HV": "HV-K1",
    "HSG": "T-55610",
}
CHANTELLE = {
    "GP": "G2002",
    "NGH": "N300102",
    "CAMHS": "CM-1187",
    "CSC": "CSC4101",
    "OAK": "OK0912",
    "BVA": "BV08841",
    "POL": "P-118205",
}
JAYDEN = {"GP": "G2003", "NGH": "N300103", "CSC": "CSC4102", "OAK": "OK1388", "POL": "P-118206"}
MASON = {"GP": "G2004", "NGH": "N300455", "HV": "HV-C1", "CSC": "CSC4388", "POL": "P-125010"}
LEE = {"CSC": "CSC4103", "POL": "P-097731"}
DALE = {"CSC": "CSC4240", "POL": "P-120556", "HV": "HV-D1", "DAS": "DS-7781", "HSG": "T-55612"}
KYLE = {"HSG": "T-55611", "POL": "P-131902"}

CHILDREN_DOB = {
    "Chantelle": day("2002-09-21"),
    "Jayden": day("2006-11-02"),
    "Mason": day("2012-07-04"),
}


def _kerry() -> tuple[PersonSpec, ...]:
    common: dict[str, Any] = {"family_name": "Farrowby", "sex": "F", "role": "mother", **HOME}
    nhs = nhs_number(801)
    return (
        PersonSpec(
            "GP", KERRY["GP"], "Kerry-Ann", date_of_birth=MOTHER_DOB, nhs_number=nhs, **common
        ),
        PersonSpec(
            "NGH",
            KERRY["NGH"],
            "KERRY ANN",
            family_name="FARROWBY",
            date_of_birth=MOTHER_DOB,
            nhs_number=nhs,
            sex="F",
            role="mother",
        ),
        PersonSpec(
            "AMH",
            KERRY["AMH"],
            "Kerry",
            family_name="Farrowby",
            date_of_birth=day("1985-04-13"),
            nhs_number=nhs,
            sex="F",
        ),
        PersonSpec(
            "CSC",
            KERRY["CSC"],
            "Kerry-Ann",
            date_of_birth=MOTHER_DOB,
            other_names="Kerry Blythe",
            **common,
        ),
        PersonSpec(
            "POL",
            KERRY["POL"],
            "Kerry-Ann",
            date_of_birth=MOTHER_DOB,
            other_names="Kerry Blythe;Kerry Ann Farrowby",
            **common,
        ),
        PersonSpec(
            "HV", KERRY["HV"], "Kerry-Ann", date_of_birth=MOTHER_DOB, nhs_number=nhs, **common
        ),
        PersonSpec("HSG", KERRY["HSG"], "Kerry-Ann", date_of_birth=MOTHER_DOB, **common),
    )


# The GP spells two of the children's names its own way.
_GP_SPELLING: dict[str, dict[str, Any]] = {
    "Chantelle": {"given_names": "Chantel"},
    "Mason": {"family_name": "Farrowby-Pike"},
}


def _as_written(record: PersonSpec) -> PersonSpec:
    if record.agency != "GP":
        return record
    return dataclasses.replace(record, **_GP_SPELLING.get(record.given_names, {}))


def _children() -> tuple[PersonSpec, ...]:
    child: dict[str, Any] = {"subject": True, **HOME}
    kids = (
        *known_to(
            CHANTELLE,
            given_names="Chantelle",
            family_name="Farrowby",
            sex="F",
            date_of_birth=CHILDREN_DOB["Chantelle"],
            nhs_number=nhs_number(802),
            **child,
        ),
        *known_to(
            JAYDEN,
            given_names="Jayden",
            family_name="Farrowby",
            sex="M",
            date_of_birth=CHILDREN_DOB["Jayden"],
            nhs_number=nhs_number(803),
            **child,
        ),
        *known_to(
            MASON,
            given_names="Mason",
            family_name="Pike",
            sex="M",
            date_of_birth=CHILDREN_DOB["Mason"],
            nhs_number=nhs_number(804),
            **child,
        ),
    )
    return tuple(_as_written(kid) for kid in kids)


def _men() -> tuple[PersonSpec, ...]:
    dale: dict[str, Any] = {
        "given_names": "Dale",
        "family_name": "Pike",
        "date_of_birth": day("1983-01-17"),
    }
    return (
        PersonSpec("CSC", LEE["CSC"], "Lee", "Stannard", day("1982-06-30"), "M", "father"),
        # The police never took Lee's date of birth: same name, no date of birth.
        PersonSpec("POL", LEE["POL"], "Lee", "Stannard", sex="M", role="father"),
        *known_to(
            {a: DALE[a] for a in ("CSC", "HSG", "DAS")}, sex="M", role="mother's partner", **dale
        ),
        PersonSpec("POL", DALE["POL"], "Dale", "PIKE", day("1983-01-17"), "M", "mother's partner"),
        PersonSpec("HV", DALE["HV"], sex="M", role="father", **dale),
        PersonSpec("HSG", KYLE["HSG"], "Kyle", sex="M", role="partner"),
        PersonSpec("POL", KYLE["POL"], "Kyle", sex="M", role="mother's boyfriend"),
    )


PEOPLE: tuple[PersonSpec, ...] = (*_kerry(), *_children(), *_men())

_KIDS = (CHANTELLE["CSC"], JAYDEN["CSC"], MASON["CSC"])
RELATIONSHIPS: tuple[RelSpec, ...] = (
    *parents_of("CSC", (KERRY["CSC"],), _KIDS),
    *parents_of("CSC", (LEE["CSC"],), _KIDS[:2]),
    *parents_of("CSC", (DALE["CSC"],), _KIDS[2:]),
    RelSpec("CSC", DALE["CSC"], "partner", KERRY["CSC"], day("2011-04-04"), day("2014-09-15")),
    *living_with("CSC", KERRY["CSC"], _KIDS[:2]),
    *living_with("CSC", KERRY["CSC"], _KIDS[2:], since=CHILDREN_DOB["Mason"]),
)
