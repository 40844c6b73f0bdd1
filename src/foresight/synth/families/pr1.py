"""PR1: the mother's boyfriend, known only as 'Dean', in the household.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, POLICE
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format

_ASHDOWN_ADDRESS = {"address": "27 Fennel Court, Northmoor", "postcode": "NM6 2LB"}
_PR1_PEOPLE = (
    *known_to(
        {"POL": "P-300871", "CSC": "CSC7340", "OAK": "OK2201"},
        given_names="Riley",
        family_name="Ashdown",
        date_of_birth=day("2015-07-19"),
        sex="M",
        subject=True,
        **_ASHDOWN_ADDRESS,
    ),
    *known_to(
        {"POL": "P-300872", "CSC": "CSC7341"},
        given_names="Stacey",
        family_name="Ashdown",
        date_of_birth=day("1993-12-02"),
        sex="F",
        role="mother",
        **_ASHDOWN_ADDRESS,
    ),
    *known_to({"POL": "P-300873"}, given_names="Dean", sex="M", role="mother's boyfriend"),
    *known_to({"CSC": "CSC7342"}, given_names="Dean", sex="M", role="mother's partner"),
    *known_to({"OAK": "OK2202"}, given_names="Dean", role="mum's boyfriend"),
)

_PR1_ENTRIES = (
    Entry(
        "OAK",
        day("2019-09-04"),
        "note",
        "Riley started in Reception. Settling well; mother does drop-off and pick-up.",
        "",
        subjects="OK2201",
        author="Class teacher",
    ),
    Entry(
        "POL",
        day("2020-02-15"),
        "domestic_abuse_incident",
        "Neighbour reported shouting and banging. On arrival Stacey Ashdown had a red mark "
        "to her left cheek; she said she had argued with her boyfriend 'Dean', who had left "
        "before officers arrived. She would not give his surname or date of birth. Riley "
        "asleep upstairs; checked by officers and unharmed.",
        "DASH risk assessment: standard. Words of advice. Child notification to CSC.",
        subjects="P-300871",
        people="P-300872;P-300873",
        time="22:10",
    ),
    Entry(
        "POL",
        day("2020-02-16"),
        "referral",
        "Child notification submitted for domestic incident on 15/02/2020: child in the "
        "household; partner 'Dean' not identified.",
        "Sent to MASH.",
        subjects="P-300871",
        to_agency="CSC",
        author="Public protection unit",
    ),
    Entry(
        "CSC",
        day("2020-02-18"),
        "referral_decision;no_further_action",
        "Police notification reviewed in MASH. Mother spoken to by phone: says Dean does "
        "not live with them and the relationship is over.",
        "No further action; information shared with school.",
        subjects="CSC7340",
        people="CSC7341;CSC7342",
    ),
    Entry(
        "CSC",
        day("2020-02-18"),
        "information_shared",
        "Notification of domestic incident shared with Riley's school.",
        "",
        subjects="CSC7340",
        to_agency="OAK",
    ),
    Entry(
        "OAK",
        day("2020-02-24"),
        "concern",
        "Riley told his teacher 'Dean shouted at mummy and made her cry' and that Dean "
        "'sleeps at our house'.",
        "DSL logged the account and phoned MASH.",
        subjects="OK2201",
        people="OK2202",
    ),
    Entry(
        "OAK",
        day("2020-02-24"),
        "information_shared",
        "DSL phoned MASH with Riley's account.",
        "",
        subjects="OK2201",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2020-02-25"),
        "phone_contact",
        "Phoned mother: she says Dean stays 'now and then'. She would not give his surname.",
        "Advice given; mother agreed to an early help referral.",
        subjects="CSC7340",
        people="CSC7341;CSC7342",
    ),
    Entry(
        "POL",
        day("2020-03-21"),
        "domestic_abuse_incident",
        "Second call from neighbour. 'Dean' (surname not given; white male about 30) had "
        "left. Mother reluctant to engage; Riley awake and upset.",
        "DASH risk assessment: medium. Child notification to CSC.",
        subjects="P-300871",
        people="P-300872;P-300873",
        time="01:15",
    ),
)

PR1_UNKNOWN_MAN = Family(
    name="pr1-unknown-man",
    format=Format.ZIP,
    summary="Police attend domestic incidents; the mother's boyfriend is known only as "
    "'Dean' and no agency records his surname or date of birth.",
    as_of=day("2020-06-30"),
    expected=frozenset({"FS-PR1", "FS-SCR2"}),
    agencies=(POLICE, CSC, OAK),
    people=_PR1_PEOPLE,
    entries=_PR1_ENTRIES,
)
