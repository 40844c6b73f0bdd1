"""SCR5: a 17-year-old goes missing; children's social care passes her to adult services
because she is "nearly 18" (and a near miss: a homeless 16-year-old assessed on the tenth
working day).

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, HOUSING, POLICE
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, nhs_number

_PRYCE_HOME = {"address": "77 Bellfield Road, Northmoor", "postcode": "NM8 3EW"}
_PRYCE_PEOPLE = (
    *known_to(
        {"POL": "P-613400", "CSC": "CSC4470"},
        given_names="Kayla",
        family_name="Pryce",
        date_of_birth=day("2004-07-19"),
        sex="F",
        nhs_number=nhs_number(8501),
        subject=True,
        **_PRYCE_HOME,
    ),
    *known_to(
        {"POL": "P-613401", "CSC": "CSC4471"},
        given_names="Donna",
        family_name="Pryce",
        date_of_birth=day("1979-05-02"),
        sex="F",
        nhs_number=nhs_number(8502),
        role="mother",
        **_PRYCE_HOME,
    ),
)
_PRYCE_ENTRIES = (
    Entry(
        "POL",
        day("2022-05-06"),
        "missing_episode",
        "Kayla (17) reported missing by her mother after not coming home from college. "
        "Found the next afternoon at an older man's flat in Hallow Street; would not say "
        "how she got there.",
        "Returned home. Return home interview requested.",
        subjects="P-613400",
        time="21:30",
    ),
    Entry(
        "POL",
        day("2022-05-09"),
        "information_shared",
        "Missing person report and concerns about the address where Kayla was found shared "
        "with MASH.",
        "Shared by secure email.",
        subjects="P-613400",
        to_agency="CSC",
        author="Missing persons coordinator",
    ),
    Entry(
        "CSC",
        day("2022-05-10"),
        "referral_to_adult_services",
        "Kayla signposted to adult social care and the young adults' housing team.",
        "Referral sent to adult social care.",
        subjects="CSC4470",
        to_agency="Adult Social Care",
        author="MASH social worker",
    ),
    Entry(
        "CSC",
        day("2022-05-10"),
        "no_further_action",
        "Police information reviewed.",
        "No further action for children's services.",
        subjects="CSC4470",
        reason="Kayla is nearly 18; adult services better placed to support her.",
        author="MASH team manager",
    ),
)

SCR5_NEARLY_18 = Family(
    name="scr5-nearly-18",
    format=Format.ZIP,
    summary="Kayla, 17, is found at an older man's flat after going missing; children's "
    "social care refers her to adult services and closes because she is 'nearly 18'.",
    as_of=day("2022-07-29"),
    expected=frozenset({"FS-PR1", "FS-SCR5"}),
    agencies=(POLICE, CSC),
    people=_PRYCE_PEOPLE,
    entries=_PRYCE_ENTRIES,
)

_FENN_PEOPLE = (
    *known_to(
        {"HSG": "T-20931", "CSC": "CSC4480"},
        given_names="Jordan",
        family_name="Fenn",
        date_of_birth=day("2006-03-11"),
        sex="M",
        nhs_number=nhs_number(8511),
        subject=True,
        address="no fixed abode",
    ),
    *known_to(
        {"HSG": "T-20932", "CSC": "CSC4481"},
        given_names="Tracey",
        family_name="Fenn",
        date_of_birth=day("1983-10-27"),
        sex="F",
        nhs_number=nhs_number(8512),
        role="mother",
        address="12 Ash Grove, Northmoor",
        postcode="NM5 7LU",
    ),
)
_FENN_ENTRIES = (
    Entry(
        "HSG",
        day("2022-10-03"),
        "homelessness",
        "Jordan (16) presented at the housing office: asked to leave home by his mother "
        "after arguments; sofa-surfing with friends since Friday.",
        "Emergency bed arranged at the youth hostel; MASH told the same day.",
        subjects="T-20931",
        author="Housing options officer",
    ),
    Entry(
        "HSG",
        day("2022-10-03"),
        "information_shared",
        "Jordan's homelessness shared with MASH for a Southwark assessment.",
        "Shared by phone and email.",
        subjects="T-20931",
        to_agency="CSC",
        author="Housing options officer",
    ),
    Entry(
        "CSC",
        day("2022-10-17"),
        "assessment",
        "Child and family assessment of Jordan as a homeless 16-year-old. Jordan seen alone "
        "at the hostel; mother seen at home.",
        "Completed 11/11/2022: Jordan to return home with family support; mother agrees.",
        subjects="CSC4480",
        participants="CSC4480;CSC4481",
        end_date=day("2022-11-11"),
        child_seen="alone",
        child_views="yes",
        agencies_involved="CSC;HSG",
    ),
)

SCR5_NEAR_MISS = Family(
    name="scr5-near-miss",
    format=Format.CSV,
    summary="Jordan, 16, presents as homeless on a Monday; children's social care starts an "
    "assessment on the tenth working day.",
    as_of=day("2023-01-31"),
    expected=frozenset(),
    agencies=(HOUSING, CSC),
    people=_FENN_PEOPLE,
    entries=_FENN_ENTRIES,
)
