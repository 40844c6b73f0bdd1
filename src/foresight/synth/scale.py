"""Synthetic data at scale, for benchmarks: one long record, or many small families.

:func:`scaled_family` is the Farrowby family (eleven agencies, six years) with its story
unchanged and its everyday contacts made as frequent as it takes to reach a given number of
entries; :func:`many_families` makes small, varied families, some with a lapse a check must
raise (an unidentified boyfriend, a bruised baby not referred, self-harm not risk-assessed,
a parent's needs not shared with adult services, a sibling left out of an assessment). The
same seed gives the same families, entry for entry.

>>> len(scaled_family(1000, seed=1).entries)
1000
>>> len(many_families(5, seed=1))
5
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from foresight.synth.agencies import (
    ADULT_MENTAL_HEALTH,
    CSC,
    GP,
    HEALTH_VISITING,
    HOSPITAL,
    POLICE,
    PRIMARY_SCHOOL,
)
from foresight.synth.build import known_to, living_with, parents_of
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY
from foresight.synth.families.long_term_routine import ROUTINES
from foresight.synth.routine import Routine, Seen, Template, routine_entries
from foresight.synth.spec import Entry, Family, Format, PersonSpec, RelSpec, nhs_number
from foresight.synth.writers import write_family

_LONG_TERM_SEED = 2014  # the seed long_term.py draws its routine with
MAN_BORN = dt.date(1985, 5, 5)


def scaled_family(entries: int = 1000, seed: int = 0) -> Family:
    """The Farrowby family with exactly ``entries`` chronology entries (at least its story's).

    ``expected`` holds the checks the story raises; everyday contacts this frequent may
    raise more (three missed appointments in a year, say), so it is a floor, not the set.
    """
    base = LONG_TERM_MULTI_AGENCY
    routine_now = set(routine_entries(ROUTINES, seed=_LONG_TERM_SEED))
    story = [e for e in base.entries if e not in routine_now]
    wanted = max(0, entries - len(story))
    routine = _routine_of_size(wanted, seed)
    rng = random.Random(f"scale-{seed}")
    kept = sorted(rng.sample(range(len(routine)), wanted)) if wanted else []
    order = {a.code: i for i, a in enumerate(base.agencies)}
    chosen = [*story, *(routine[i] for i in kept)]
    return dataclasses.replace(
        base,
        name=f"scaled-{entries}",
        summary=f"The Farrowby family's record with everyday contacts to {entries} entries.",
        entries=tuple(sorted(chosen, key=lambda e: (order[e.agency], _earliest(e.date)))),
    )


def _routine_of_size(wanted: int, seed: int) -> tuple[Entry, ...]:
    """At least ``wanted`` routine entries: each agency's contacts made more frequent."""
    base = len(routine_entries(ROUTINES, seed=_LONG_TERM_SEED)) or 1
    factor = base / max(wanted, 1)
    for _ in range(12):
        routines = tuple(
            dataclasses.replace(r, every_days=max(2, round(r.every_days * factor)))
            for r in ROUTINES
        )
        found = routine_entries(routines, seed=seed)
        if len(found) >= wanted:
            return found
        factor *= 0.8 * len(found) / max(wanted, 1) if found else 0.5
    return found


def _earliest(date: dt.date | str) -> dt.date:
    if isinstance(date, dt.date):
        return date
    digits = [int(p) for p in date.replace("?", " ").split() if p.isdigit() and len(p) == 4]
    return dt.date(digits[0], 1, 1) if digits else dt.date.min


def write_scaled(out_dir: Path, entries: int = 1000, seed: int = 0) -> Path:
    """Write :func:`scaled_family` as a workbook into ``out_dir``; returns its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_family(scaled_family(entries, seed), out_dir)


# --- many small families --------------------------------------------------------------------

_SURNAMES = (
    "Ashcombe", "Brindley", "Calloway", "Dunford", "Elmsworth", "Fairbairn", "Gosling",
    "Hartwell", "Inglefield", "Jessop", "Kilbride", "Langstaff", "Merriweather", "Norcott",
)  # fmt: skip
_GIRLS = ("Amelia", "Bella", "Daisy", "Evie", "Grace", "Lily", "Maisie", "Nell", "Orla", "Rosie")
_BOYS = ("Archie", "Billy", "Charlie", "Ethan", "Harry", "Jack", "Louis", "Ollie", "Reggie", "Theo")
_MOTHERS = ("Amy", "Becky", "Claire", "Donna", "Emma", "Hayley", "Kelly", "Lisa", "Sarah")
_MEN = ("Craig", "Darren", "Gary", "Jamie", "Lee", "Nathan", "Ricky", "Scott", "Wayne")
_FORMATS = (Format.CSV, Format.CSV, Format.ZIP, Format.ZIP, Format.XLSX)
_AGENCIES = {
    a.code: a
    for a in (GP, CSC, PRIMARY_SCHOOL, HEALTH_VISITING, POLICE, ADULT_MENTAL_HEALTH, HOSPITAL)
}

_CHILD_GP = Template(
    "health_contact",
    (
        ("{name} seen with mother: cough for a week.", "Viral illness; advice given."),
        ("{name}: eczema review.", "Emollients continued."),
        ("{name} seen: ear pain, afebrile.", "Analgesia; review if not settling."),
    ),
)
_SCHOOL = Template(
    "note",
    (
        ("{name}'s attendance this half term 95%.", "No action."),
        ("{name} settled and happy in class.", ""),
        ("Parents' evening: {name} making expected progress.", ""),
    ),
    author="Class teacher",
)
_HV = Template(
    "health_contact",
    (("{name} weighed at clinic: growth on the 50th centile.", "Universal pathway."),),
    cells=(("child_seen", "yes"),),
    mobility=True,
)


@dataclasses.dataclass(frozen=True)
class _Small:
    """One small family being drawn: its people's references and its period."""

    n: int
    surname: str
    start: dt.date
    end: dt.date
    children: tuple[tuple[str, dt.date], ...]  # (given name, date of birth)
    agencies: tuple[str, ...]

    def child(self, i: int, agency: str) -> str:
        return f"{agency}{self.n:03d}C{i}"

    def mother(self, agency: str) -> str:
        return f"{agency}{self.n:03d}M"

    def man(self, agency: str) -> str:
        return f"{agency}{self.n:03d}P"

    def day(self, rng: random.Random) -> dt.date:
        span = (self.end - self.start).days - 60
        when = self.start + dt.timedelta(days=rng.randint(30, max(31, span)))
        while when.weekday() >= 5:  # a weekday, so working-day deadlines read plainly
            when += dt.timedelta(days=1)
        return when


def many_families(n: int = 200, seed: int = 0) -> tuple[Family, ...]:
    """``n`` small families (two to six agencies, one to three children, a few dozen entries),
    about half with one lapse a check must raise; ``expected`` names those checks (other checks
    may find more: these are for audit throughput, not for the EXPECTED test)."""
    return tuple(_small_family(i, random.Random(f"many-{seed}-{i}")) for i in range(n))


def write_many(out_dir: Path, n: int = 200, seed: int = 0) -> list[Path]:
    """Write :func:`many_families` into ``out_dir`` (one bundle each); returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_family(family, out_dir) for family in many_families(n, seed)]


def _small_family(n: int, rng: random.Random) -> Family:
    start = dt.date(rng.randint(2012, 2020), rng.randint(1, 12), 1)
    end = start + dt.timedelta(days=rng.randint(240, 720))
    scenarios = rng.sample(list(_LAPSES), 2)
    lapse = rng.choice(scenarios) if rng.random() < 0.5 else None
    kids = []
    for i in range(rng.randint(2 if _sibling_left_out in scenarios else 1, 3)):
        # The first child is a teenager when she self-harms; the last a baby when bruised.
        oldest = 16 if i or _self_harm not in scenarios else 13
        born = start - dt.timedelta(days=rng.randint(365, (oldest + 1) * 365 - 30))
        kids.append((rng.choice(_GIRLS + _BOYS), born))
    if _baby_bruised in scenarios:
        kids.append((rng.choice(_GIRLS + _BOYS), start + dt.timedelta(days=rng.randint(10, 60))))
    codes = ["GP", "CSC", "OAK", *rng.sample(["HV", "POL", "AMH", "NGH"], rng.randint(0, 3))]
    if _parent_needs in scenarios and "AMH" not in codes:
        codes.append("AMH")  # the GP refers to it: a bundle names the agencies it refers to
    small = _Small(n, rng.choice(_SURNAMES), start, end, tuple(kids), tuple(codes))
    entries = [*_routine(small, rng)]
    for scenario in scenarios:
        entries += scenario(small, rng, scenario is lapse)
    return Family(
        name=f"family-{n:03d}",
        format=rng.choice(_FORMATS),
        summary=f"The {small.surname} family (generated for benchmarks).",
        as_of=end,
        expected=frozenset({_LAPSES[lapse]} if lapse else ()),
        agencies=tuple(_AGENCIES[c] for c in codes),
        people=_people(small, rng, unidentified=lapse is _boyfriend),
        relationships=_relationships(small),
        entries=tuple(entries),
    )


def _people(small: _Small, rng: random.Random, unidentified: bool) -> tuple[PersonSpec, ...]:
    home = {"address": f"{small.n + 1} {small.surname} Road, Northmoor", "postcode": "NM1 1AA"}
    people: list[PersonSpec] = []
    for i, (given, born) in enumerate(small.children):
        ids = {a: small.child(i, a) for a in small.agencies if a not in ("AMH", "POL")}
        people += known_to(
            ids,
            given_names=given,
            family_name=small.surname,
            date_of_birth=born,
            nhs_number=nhs_number(3000 + small.n * 4 + i),
            subject=True,
            **home,
        )
    adults = {a: small.mother(a) for a in small.agencies if a != "OAK"}
    people += known_to(
        adults,
        given_names=rng.choice(_MOTHERS),
        family_name=small.surname,
        date_of_birth=small.children[0][1] - dt.timedelta(days=rng.randint(18, 30) * 365),
        nhs_number=nhs_number(3000 + small.n * 4 + 3),
        role="mother",
        **home,
    )
    man = rng.choice(_MEN)
    # Unidentified: a first name and a role only; else family name and date of birth too.
    family = "" if unidentified else "Brook"
    man_born = None if unidentified else MAN_BORN
    for agency in ("CSC", "POL"):
        if agency in small.agencies:
            people.append(
                PersonSpec(
                    agency, small.man(agency), man, family, man_born, role="mother's boyfriend"
                )
            )
    return tuple(people)


def _relationships(small: _Small) -> tuple[RelSpec, ...]:
    kids = tuple(small.child(i, "CSC") for i in range(len(small.children)))
    mother = small.mother("CSC")
    return (*parents_of("CSC", (mother,), kids), *living_with("CSC", mother, kids))


def _routine(small: _Small, rng: random.Random) -> tuple[Entry, ...]:
    def seen(agency: str) -> tuple[Seen, ...]:
        return tuple(
            Seen(given, small.child(i, agency), born, small.start)
            for i, (given, born) in enumerate(small.children)
        )

    routines = [
        Routine("GP", small.start, small.end, rng.randint(30, 60), (_CHILD_GP,), seen("GP")),
        Routine("OAK", small.start, small.end, rng.randint(25, 45), (_SCHOOL,), seen("OAK")),
    ]
    if "HV" in small.agencies:
        routines.append(Routine("HV", small.start, small.end, 60, (_HV,), seen("HV")))
    return routine_entries(tuple(routines), seed=rng.randint(0, 10**6))


# --- lapses: each scenario written with the practice right, or with the lapse ---------------


def _baby_bruised(small: _Small, rng: random.Random, lapse: bool) -> list[Entry]:
    baby = len(small.children) - 1
    when = small.children[baby][1] + dt.timedelta(days=rng.randint(60, 150))
    medic = "NGH" if "NGH" in small.agencies else "GP"
    entries = [
        Entry(
            "GP",
            when,
            "health_contact;injury",
            "Small bruise (1cm) on the baby's cheek; mother unsure how it happened. Not yet "
            "rolling.",
            "Advice given." if lapse else "Referred to MASH; same-day paediatric opinion.",
            subjects=small.child(baby, "GP"),
            mobility="not_mobile",
        )
    ]
    if not lapse:
        entries += [
            Entry(
                "GP",
                when,
                "referral",
                "Referral: bruise on a baby who is not mobile.",
                "Sent by phone and in writing.",
                subjects=small.child(baby, "GP"),
                to_agency="CSC",
            ),
            Entry(
                medic,
                when,
                "paediatric_assessment",
                "Paediatric assessment: single bruise; skeletal survey normal.",
                "Report to CSC.",
                subjects=small.child(baby, medic),
            ),
        ]
    return entries


def _self_harm(small: _Small, rng: random.Random, lapse: bool) -> list[Entry]:
    when = small.day(rng)
    child = small.child(0, "GP")
    entries = [
        Entry(
            "GP",
            when,
            "self_harm",
            "Superficial cuts to her forearm after an argument with friends.",
            "Wounds dressed.",
            subjects=child,
        )
    ]
    if not lapse:
        entries.append(
            Entry(
                "GP",
                when,
                "self_harm_risk_assessment",
                "Risk assessment with the young person: no intent to end her life.",
                "Low risk; safety plan agreed.",
                subjects=child,
                risk_level="low",
            )
        )
    return entries


def _parent_needs(small: _Small, rng: random.Random, lapse: bool) -> list[Entry]:
    when = small.day(rng)
    mother = small.mother("GP")
    entries = [
        Entry(
            "GP",
            when,
            "parental_factor",
            "Mother: low mood for months, PHQ-9 16.",
            "Sertraline started.",
            people=mother,
            factors="4B",
        )
    ]
    if not lapse:
        entries.append(
            Entry(
                "GP",
                when,
                "referral_to_adult_services",
                "Referral to the adult mental health team.",
                "Sent.",
                people=mother,
                to_agency="AMH",
            )
        )
    return entries


def _sibling_left_out(small: _Small, rng: random.Random, lapse: bool) -> list[Entry]:
    kids = [small.child(i, "CSC") for i in range(len(small.children))]
    considered = kids[:1] if lapse else kids
    return [
        Entry(
            "CSC",
            small.day(rng),
            "assessment",
            "Child and family assessment after a school referral.",
            "Universal services; case to close.",
            subjects=kids[0],
            participants=";".join([*considered, small.mother("CSC")]),
            child_seen="alone",
            child_views="yes",
            agencies_involved="CSC;OAK;GP",
        )
    ]


def _boyfriend(small: _Small, rng: random.Random, lapse: bool) -> list[Entry]:
    return [
        Entry(
            "CSC",
            small.day(rng),
            "phone_contact",
            "Mother says her boyfriend stays most nights.",
            "Advice given.",
            people=f"{small.mother('CSC')};{small.man('CSC')}",
        )
    ]


Scenario = Callable[[_Small, random.Random, bool], list[Entry]]
_LAPSES: dict[Scenario, str] = {
    _baby_bruised: "FS-NAT2",
    _self_harm: "FS-SCR6",
    _parent_needs: "FS-PR5",
    _sibling_left_out: "FS-SCR4",
    _boyfriend: "FS-PR1",
}
