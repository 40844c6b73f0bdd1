"""AUD4: a GP practice declines to share a mother's health information with the social worker
of a child on a child in need plan, because the mother has not consented. The near miss
shares within the week, citing the lawful basis.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, nhs_number

_ADDRESS = {"address": "40 Mill Street, Northmoor", "postcode": "NM3 8PD"}
_PEOPLE = (
    *known_to(
        {"CSC": "CSC7301", "GP": "G7301"},
        given_names="Ryan",
        family_name="Colquhoun",
        date_of_birth=day("2014-04-27"),
        sex="M",
        nhs_number=nhs_number(7301),
        subject=True,
        **_ADDRESS,
    ),
    *known_to(
        {"CSC": "CSC7302", "GP": "G7302"},
        given_names="Shona",
        family_name="Colquhoun",
        date_of_birth=day("1992-08-30"),
        sex="F",
        nhs_number=nhs_number(7302),
        role="mother",
        **_ADDRESS,
    ),
)

_COMMON = (
    Entry(
        "CSC",
        day("2021-01-11"),
        "child_in_need_plan",
        "Child in need plan agreed for Ryan: neglect of his health needs, missed dental and "
        "eye appointments.",
        "Plan: health appointments kept; monthly visits; review in three months.",
        subjects="CSC7301",
        people="CSC7302",
        participants="CSC7301;CSC7302",
    ),
    Entry(
        "CSC",
        day("2021-03-01"),
        "information_request",
        "Request to the GP practice for mother's recent health contacts and Ryan's missed "
        "appointments, for the plan review.",
        "Awaiting reply.",
        subjects="CSC7301",
        to_agency="GP",
        event_id="CSC-Q1",
    ),
    Entry(
        "GP",
        day("2021-03-02"),
        "information_sharing_refused",
        "Request from CSC discussed with the practice manager.",
        "Declined: mother's records are confidential.",
        subjects="G7301",
        people="G7302",
        to_agency="CSC",
        relates_to="CSC:CSC-Q1",
        reason="Mother has not given consent to share her records.",
    ),
)

_LATE = Entry(
    "GP",
    day("2021-03-24"),
    "information_shared",
    "After a call from the social worker's manager, Ryan's missed appointments shared.",
    "Sent to CSC.",
    subjects="G7301",
    to_agency="CSC",
)
_ON_TIME = Entry(
    "GP",
    day("2021-03-04"),
    "information_shared",
    "Safeguarding lead GP reviewed the refusal: Ryan is on a plan, so his and mother's relevant "
    "health information is shared without consent.",
    "Sent to CSC; mother told of the sharing.",
    subjects="G7301",
    people="G7302",
    to_agency="CSC",
    author="Safeguarding lead GP",
    lawful_basis="UK GDPR Art 6(1)(e) public task; DPA 2018 Sch 1 para 18",
)

AUD4_CONSENT_REFUSED = Family(
    name="aud4-consent-refused",
    format=Format.XLSX,
    summary="A GP practice declines a social worker's request for a child on a plan because the "
    "mother has not consented; it shares three weeks later.",
    as_of=day("2021-05-28"),
    expected=frozenset({"FS-AUD4"}),
    agencies=(CSC, GP),
    people=_PEOPLE,
    entries=(*_COMMON, _LATE),
)

AUD4_NEAR_MISS = Family(
    name="aud4-near-miss",
    format=Format.CSV,
    summary="The practice's safeguarding lead overturns the refusal and shares within two "
    "days, citing the lawful basis.",
    as_of=day("2021-05-28"),
    expected=frozenset(),
    agencies=(CSC, GP),
    people=_PEOPLE,
    entries=(*_COMMON, _ON_TIME),
)
