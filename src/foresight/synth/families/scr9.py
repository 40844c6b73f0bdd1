"""SCR9 and AUD3: a boy referred and closed, and referred again, four times in three years;
nobody asks whether a different approach is needed. The near miss holds a multi-agency
meeting that does.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP, POLICE
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, nhs_number

_ADDRESS = {"address": "2 Kiln Lane, Northmoor", "postcode": "NM6 1TA"}
_IDS = {"OAK": "OAK7201", "CSC": "CSC7201", "GP": "G7201", "POL": "NM-7201"}
_PEOPLE = (
    *known_to(
        _IDS,
        given_names="Tyler",
        family_name="Ashdown",
        date_of_birth=day("2009-09-02"),
        sex="M",
        nhs_number=nhs_number(7201),
        subject=True,
        **_ADDRESS,
    ),
    *known_to(
        {"CSC": "CSC7202", "GP": "G7202", "POL": "NM-7202"},
        given_names="Leanne",
        family_name="Ashdown",
        date_of_birth=day("1990-12-11"),
        sex="F",
        nhs_number=nhs_number(7202),
        role="mother",
        **_ADDRESS,
    ),
)

# (referring agency, day, what they saw, CSC's decision two days later)
_ROUNDS = (
    ("POL", "2016-01-11", "Police called to shouting at the home; Tyler found alone at 23:00."),
    (
        "OAK",
        "2017-02-01",
        "Tyler arrived at school with a swollen eye; said he walked into a door.",
    ),
    ("GP", "2018-03-05", "Tyler brought to surgery with an untreated burn three days old."),
)
_STOPS = ("2016-01-13", "2017-02-03", "2018-03-07")


def _round(agency: str, on: str, seen: str, stop: str) -> tuple[Entry, Entry]:
    return (
        Entry(
            agency,
            day(on),
            "referral",
            seen,
            "Referred to CSC.",
            subjects=_IDS[agency],
            to_agency="CSC",
        ),
        Entry(
            "CSC",
            day(stop),
            "referral_decision;no_further_action",
            "Referral reviewed in MASH; mother gave an account and accepts advice.",
            "No further action.",
            subjects="CSC7201",
            people="CSC7202",
        ),
    )


def _entries(response: Entry) -> tuple[Entry, ...]:
    rounds = tuple(e for r, stop in zip(_ROUNDS, _STOPS, strict=True) for e in _round(*r, stop))
    fourth = Entry(
        "OAK",
        day("2018-12-10"),
        "referral",
        "Tyler has missed 14 days this term and came in hungry; he said mum is 'always asleep'.",
        "Referred to CSC again.",
        subjects="OAK7201",
        to_agency="CSC",
    )
    chronology = Entry(
        "CSC",
        day("2018-12-14"),
        "merged_chronology",
        "Merged chronology of police, school, GP and CSC records since 2016 compiled.",
        "Four referrals in three years, each closed after advice.",
        subjects="CSC7201",
    )
    return (*rounds, fourth, chronology, response)


_ROUTINE = Entry(
    "CSC",
    day("2018-12-18"),
    "supervision",
    "Team manager oversight of the new referral: to be screened as before.",
    "Screen in MASH; advice to mother.",
    subjects="CSC7201",
    author="Team manager",
)
_RETHINK = Entry(
    "CSC",
    day("2018-12-18"),
    "multi_agency_meeting",
    "Fourth referral in three years. Each closed after advice; agencies agreed a different "
    "approach: a family group conference and a lead professional in school.",
    "Family group conference to be arranged; school DSL to be lead professional.",
    subjects="CSC7201",
    agencies_involved="CSC;OAK;GP;POL",
)

SCR9_ROUND_AND_ROUND = Family(
    name="scr9-round-and-round",
    format=Format.CSV,
    summary="Referred, closed and referred again four times in three years by police, school "
    "and GP; the fourth referral is screened as before.",
    as_of=day("2019-03-29"),
    expected=frozenset({"FS-SCR9"}),
    agencies=(POLICE, OAK, GP, CSC),
    people=_PEOPLE,
    entries=_entries(_ROUTINE),
)

SCR9_NEAR_MISS = Family(
    name="scr9-near-miss",
    format=Format.ZIP,
    summary="The same fourth referral prompts a multi-agency meeting that agrees a different "
    "approach.",
    as_of=day("2019-03-29"),
    expected=frozenset(),
    agencies=(POLICE, OAK, GP, CSC),
    people=_PEOPLE,
    entries=_entries(_RETHINK),
)
