"""SCR3: an assessment of a boy built around his mother while his father, known to the GP
and to children's social care, is never asked (and a near miss: both parents take part).

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, RelSpec, nhs_number

_MOTHER_HOME = {"address": "6 Heron Close, Northmoor", "postcode": "NM1 4RA"}
_FATHER_HOME = {"address": "Flat 3, 112 Mill Street, Northmoor", "postcode": "NM1 9DD"}


_SCR3_PEOPLE = (
    *known_to(
        {"CSC": "CSC5810", "GP": "G5810", "OAK": "OK5810"},
        given_names="Leo",
        family_name="Marsh",
        date_of_birth=day("2016-06-14"),
        sex="M",
        nhs_number=nhs_number(8301),
        subject=True,
        **_MOTHER_HOME,
    ),
    *known_to(
        {"CSC": "CSC5811", "GP": "G5811", "OAK": "OK5811"},
        given_names="Nicola",
        family_name="Marsh",
        date_of_birth=day("1989-03-03"),
        sex="F",
        nhs_number=nhs_number(8302),
        role="mother",
        **_MOTHER_HOME,
    ),
    *known_to(
        {"CSC": "CSC5812", "GP": "G5812"},
        given_names="Darren",
        family_name="Cole",
        date_of_birth=day("1987-11-21"),
        sex="M",
        nhs_number=nhs_number(8303),
        role="father",
        **_FATHER_HOME,
    ),
)
_SCR3_RELATIONSHIPS = (
    RelSpec("CSC", "CSC5811", "parent", "CSC5810"),
    RelSpec("CSC", "CSC5812", "parent", "CSC5810"),
    RelSpec("CSC", "CSC5810", "lives_with", "CSC5811"),
    RelSpec("CSC", "CSC5812", "lives_with", "CSC5810", end=day("2021-08-31")),
)
_SCR3_ENTRIES = (
    Entry(
        "GP",
        day("2022-09-05"),
        "health_contact",
        "Darren Cole seen for back pain; says he has Leo every other weekend since the "
        "separation and worries about him.",
        "Analgesia.",
        subjects="G5810",
        people="G5812",
    ),
    Entry(
        "OAK",
        day("2022-11-14"),
        "education_concern;referral",
        "Leo often hungry and in the same uniform all week; mother struggling since she "
        "lost her job.",
        "Referral to MASH.",
        subjects="OK5810",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2022-11-16"),
        "assessment",
        "Child and family assessment of Leo. Leo seen alone at school; mother seen at home. "
        "Leo talks about weekends at his dad's.",
        "Completed 20/12/2022: needs met with school support and a food bank referral; "
        "case to close.",
        subjects="CSC5810",
        participants="CSC5810;CSC5811",
        end_date=day("2022-12-20"),
        child_seen="alone",
        child_views="yes",
        agencies_involved="CSC;OAK;GP",
    ),
    Entry(
        "CSC",
        day("2022-12-21"),
        "case_closed",
        "Assessment completed.",
        "Closed; school support continues.",
        subjects="CSC5810",
    ),
)

SCR3_FATHER_LEFT_OUT = Family(
    name="scr3-father-left-out",
    format=Format.XLSX,
    summary="Leo, 6, is assessed with his mother; his father, who has him every other "
    "weekend and is known to the GP and children's social care, is never asked.",
    as_of=day("2023-03-31"),
    expected=frozenset({"FS-SCR3"}),
    agencies=(CSC, GP, OAK),
    people=_SCR3_PEOPLE,
    relationships=_SCR3_RELATIONSHIPS,
    entries=_SCR3_ENTRIES,
)

_AZIZ_HOME = {"address": "18 Wagtail Road, Northmoor", "postcode": "NM7 2QS"}
_NEAR_PEOPLE = (
    *known_to(
        {"CSC": "CSC5820", "GP": "G5820", "OAK": "OK5820"},
        given_names="Maryam",
        family_name="Aziz",
        date_of_birth=day("2014-02-02"),
        sex="F",
        nhs_number=nhs_number(8311),
        subject=True,
        **_AZIZ_HOME,
    ),
    *known_to(
        {"CSC": "CSC5821", "GP": "G5821", "OAK": "OK5821"},
        given_names="Sana",
        family_name="Aziz",
        date_of_birth=day("1986-08-08"),
        sex="F",
        nhs_number=nhs_number(8312),
        role="mother",
        **_AZIZ_HOME,
    ),
    *known_to(
        {"CSC": "CSC5822", "GP": "G5822"},
        given_names="Imran",
        family_name="Aziz",
        date_of_birth=day("1984-04-19"),
        sex="M",
        nhs_number=nhs_number(8313),
        role="father",
        **_AZIZ_HOME,
    ),
    *known_to(
        {"CSC": "CSC5823"},
        given_names="Paul",
        family_name="Greaves",
        date_of_birth=day("1980-12-01"),
        sex="M",
        role="mother's partner",
        address="2 Kiln Lane, Northmoor",
        postcode="NM4 1AB",
    ),
)
_NEAR_RELATIONSHIPS = (
    RelSpec("CSC", "CSC5821", "parent", "CSC5820"),
    RelSpec("CSC", "CSC5822", "parent", "CSC5820"),
    RelSpec("CSC", "CSC5820", "lives_with", "CSC5822"),
    RelSpec("CSC", "CSC5823", "partner", "CSC5821", start=day("2021-01-01")),
)
_NEAR_ENTRIES = (
    Entry(
        "OAK",
        day("2023-01-23"),
        "education_concern;referral",
        "Maryam's attendance down to 82%; she says she is worried about her mum, who has "
        "moved out to live with her new partner.",
        "Referral to MASH.",
        subjects="OK5820",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2023-01-25"),
        "assessment",
        "Child and family assessment of Maryam, who lives with her father. Maryam seen alone "
        "at school. Father seen at home; mother and her partner Paul Greaves seen together "
        "at their flat.",
        "Completed 24/02/2023: child in need plan to support Maryam's attendance and contact "
        "with her mother.",
        subjects="CSC5820",
        participants="CSC5820;CSC5821;CSC5822;CSC5823",
        end_date=day("2023-02-24"),
        child_seen="alone",
        child_views="yes",
        agencies_involved="CSC;OAK;GP",
    ),
    Entry(
        "CSC",
        day("2023-03-01"),
        "child_in_need_plan",
        "Child in need plan agreed at a meeting with both parents, the mother's partner and "
        "the school.",
        "Review in three months.",
        subjects="CSC5820",
        participants="CSC5821;CSC5822;CSC5823",
        agencies_involved="CSC;OAK",
    ),
)

SCR3_NEAR_MISS = Family(
    name="scr3-near-miss",
    format=Format.CSV,
    summary="Maryam, 9, lives with her father: both parents, and her mother's partner, take "
    "part in her assessment and her child in need plan.",
    as_of=day("2023-05-31"),
    expected=frozenset(),
    agencies=(CSC, GP, OAK),
    people=_NEAR_PEOPLE,
    relationships=_NEAR_RELATIONSHIPS,
    entries=_NEAR_ENTRIES,
)
