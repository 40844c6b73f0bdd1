"""More near misses, for the partnership-review and sibling learning points: practice right,
if not by much.

- PR1: a school hears of the mother's new boyfriend, "Callum", and has his full name and date
  of birth on the record eight working days later;
- SCR4: a child and family assessment of a 9-year-old; her 4-year-old brother is seen and
  spoken about on a home visit fifteen working days after it starts;
- PR5: a mother's depression is recorded by her GP, who suggests self-referral; the adult
  mental health service first sees her on the 19th working day (Easter falls in between).

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import ADULT_MENTAL_HEALTH, CSC, GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, nhs_number

# --- PR1: the boyfriend identified in time ------------------------------------------------

_MARSH_HOME = {"address": "14 Linnet Walk, Northmoor", "postcode": "NM4 7QS"}
_MARSH_PEOPLE = (
    *known_to(
        {"OAK": "OK6120", "GP": "G7301"},
        given_names="Ellie",
        family_name="Marsh",
        date_of_birth=day("2012-02-09"),
        sex="F",
        nhs_number=nhs_number(1101),
        subject=True,
        **_MARSH_HOME,
    ),
    *known_to(
        {"OAK": "OK6121", "GP": "G7302"},
        given_names="Gemma",
        family_name="Marsh",
        date_of_birth=day("1991-07-23"),
        sex="F",
        nhs_number=nhs_number(1102),
        role="mother",
        **_MARSH_HOME,
    ),
    # Known first by his first name; the school took his family name and date of birth
    # for Ellie's collection list eight working days later.
    *known_to(
        {"OAK": "OK6122"},
        given_names="Callum",
        family_name="Reeve",
        date_of_birth=day("1990-02-14"),
        sex="M",
        role="mother's boyfriend",
        **_MARSH_HOME,
    ),
)
_MARSH_RELATIONSHIPS = (
    *parents_of("OAK", ("OK6121",), ("OK6120",)),
    *living_with("OAK", "OK6121", ("OK6120",)),
)
_MARSH_ENTRIES = (
    Entry(
        "GP",
        day("2018-06-12"),
        "health_contact",
        "Ellie seen with mother: ear pain for two days, afebrile.",
        "Analgesia; review if not settling.",
        subjects="G7301",
        people="G7302",
    ),
    Entry(
        "OAK",
        day("2018-09-17"),
        "note",
        "Ellie told her teacher that mum's boyfriend 'Callum' has moved in and will pick her "
        "up on Fridays. No concerns about Ellie; happy and settled.",
        "DSL to ask mother for his full name and date of birth for the collection list.",
        subjects="OK6120",
        people="OK6122",
        author="Class teacher",
    ),
    Entry(
        "OAK",
        day("2018-09-27"),
        "note",
        "Mother came in to update the collection list: her partner is Callum Reeve, born "
        "14/02/1990, living with them since August. Photo ID seen.",
        "Added to Ellie's record and collection list.",
        subjects="OK6120",
        people="OK6121;OK6122",
        author="School office",
    ),
    Entry(
        "OAK",
        day("2018-10-22"),
        "note",
        "Parents' evening: mother and Callum attended; Ellie making expected progress.",
        "",
        subjects="OK6120",
        people="OK6121;OK6122",
        author="Class teacher",
    ),
    Entry(
        "GP",
        day("2018-11-06"),
        "health_contact",
        "Ellie: flu vaccine (nasal).",
        "Given.",
        subjects="G7301",
        author="Practice nurse",
    ),
)

PR1_NEAR_MISS = Family(
    name="pr1-near-miss",
    format=Format.CSV,
    summary="The mother's new boyfriend, first known as 'Callum', is identified by full name "
    "and date of birth eight working days after the school first hears of him.",
    as_of=day("2018-12-14"),
    expected=frozenset(),
    agencies=(OAK, GP),
    people=_MARSH_PEOPLE,
    relationships=_MARSH_RELATIONSHIPS,
    entries=_MARSH_ENTRIES,
)

# --- SCR4: the brother considered in time ---------------------------------------------------

_FENWICK_HOME = {"address": "3 Sorrel Gardens, Northmoor", "postcode": "NM2 5HT"}
_FENWICK_PEOPLE = (
    *known_to(
        {"CSC": "CSC6601", "OAK": "OK7710", "GP": "G5501"},
        given_names="Poppy",
        family_name="Fenwick",
        date_of_birth=day("2009-05-03"),
        sex="F",
        nhs_number=nhs_number(1201),
        subject=True,
        **_FENWICK_HOME,
    ),
    *known_to(
        {"CSC": "CSC6602", "GP": "G5502"},
        given_names="Alfie",
        family_name="Fenwick",
        date_of_birth=day("2014-08-21"),
        sex="M",
        nhs_number=nhs_number(1202),
        subject=True,
        **_FENWICK_HOME,
    ),
    *known_to(
        {"CSC": "CSC6603", "GP": "G5503"},
        given_names="Laura",
        family_name="Fenwick",
        date_of_birth=day("1986-12-01"),
        sex="F",
        nhs_number=nhs_number(1203),
        role="mother",
        **_FENWICK_HOME,
    ),
    *known_to(
        {"CSC": "CSC6604", "GP": "G5504"},
        given_names="Mark",
        family_name="Fenwick",
        date_of_birth=day("1984-03-30"),
        sex="M",
        nhs_number=nhs_number(1204),
        role="father",
        **_FENWICK_HOME,
    ),
)
_FENWICK_RELATIONSHIPS = (
    *parents_of("CSC", ("CSC6603", "CSC6604"), ("CSC6601", "CSC6602")),
    *living_with("CSC", "CSC6603", ("CSC6601", "CSC6602")),
)
_FENWICK_ENTRIES = (
    Entry(
        "GP",
        day("2018-10-02"),
        "health_contact",
        "Alfie seen with father: cough and cold for five days.",
        "Viral illness; advice given.",
        subjects="G5502",
        people="G5504",
    ),
    Entry(
        "OAK",
        day("2018-12-10"),
        "concern",
        "Poppy tearful in class; said her parents 'shout all the time' since her dad lost "
        "his job, and she worries about money at home.",
        "DSL spoke with Poppy and both parents; parents asked for help. Referral to MASH "
        "with their agreement.",
        subjects="OK7710",
        author="Designated safeguarding lead",
    ),
    Entry(
        "OAK",
        day("2018-12-10"),
        "referral",
        "Referral to MASH with parents' agreement: Poppy anxious about arguments at home.",
        "Referral form sent.",
        subjects="OK7710",
        to_agency="CSC",
        relates_to="OAK0001",
    ),
    Entry(
        "CSC",
        day("2019-01-14"),
        "assessment",
        "Child and family assessment of Poppy started. Both parents seen together at home. "
        "Information sought from school and GP.",
        "Completed 22/02/2019: family stress after redundancy; no safeguarding concerns. "
        "Parents accepted debt advice and a parenting course. Case to close.",
        subjects="CSC6601",
        participants="CSC6601;CSC6603;CSC6604",
        end_date=day("2019-02-22"),
        child_seen="alone",
        child_views="yes",
        agencies_involved="CSC;OAK;GP",
    ),
    Entry(
        "GP",
        day("2019-01-22"),
        "information_shared",
        "GP information for the CSC assessment: both children up to date with immunisations; "
        "no concerns.",
        "",
        subjects="G5501;G5502",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2019-02-04"),
        "home_visit",
        "Home visit after school. Poppy seen alone in her room and spoke about worries at "
        "home. Alfie (4) seen playing with his father; chatty and well cared for; mother "
        "says he sleeps well and is settled at nursery.",
        "Both children's needs considered in the assessment.",
        subjects="CSC6601;CSC6602",
        participants="CSC6601;CSC6602;CSC6603;CSC6604",
        child_seen="yes",
        child_views="yes",
    ),
    Entry(
        "CSC",
        day("2019-02-25"),
        "case_closed",
        "Assessment completed and shared with the family and school.",
        "Closed: needs met by universal services and debt advice.",
        subjects="CSC6601",
        reason="Needs met by universal services.",
    ),
    Entry(
        "OAK",
        day("2019-03-18"),
        "note",
        "Poppy happier in class; parents attending the parenting course.",
        "",
        subjects="OK7710",
        author="Class teacher",
    ),
)

SCR4_NEAR_MISS = Family(
    name="scr4-near-miss",
    format=Format.XLSX,
    summary="An assessment of Poppy, 9; her brother Alfie, 4, is seen on a home visit fifteen "
    "working days after it starts and considered in it.",
    as_of=day("2019-04-30"),
    expected=frozenset(),
    agencies=(GP, OAK, CSC),
    people=_FENWICK_PEOPLE,
    relationships=_FENWICK_RELATIONSHIPS,
    entries=_FENWICK_ENTRIES,
)

# --- PR5: adult mental health in time -------------------------------------------------------

_OKAFOR_HOME = {"address": "9 Wren Street, Northmoor", "postcode": "NM1 8BX"}
_OKAFOR_PEOPLE = (
    *known_to(
        {"GP": "G6201", "OAK": "OK8101"},
        given_names="Jack",
        family_name="Okafor",
        date_of_birth=day("2011-10-14"),
        sex="M",
        nhs_number=nhs_number(1301),
        subject=True,
        **_OKAFOR_HOME,
    ),
    *known_to(
        {"GP": "G6202", "OAK": "OK8102", "AMH": "AM-70231"},
        given_names="Chloe",
        family_name="Okafor",
        date_of_birth=day("1988-05-06"),
        sex="F",
        nhs_number=nhs_number(1302),
        role="mother",
        **_OKAFOR_HOME,
    ),
)
_OKAFOR_RELATIONSHIPS = (
    *parents_of("GP", ("G6202",), ("G6201",)),
    *living_with("GP", "G6202", ("G6201",)),
)
_OKAFOR_ENTRIES = (
    Entry(
        "OAK",
        day("2018-02-26"),
        "note",
        "Jack's attendance this half term 96%. Settled and making good progress.",
        "",
        subjects="OK8101",
        author="Class teacher",
    ),
    Entry(
        "GP",
        day("2018-03-06"),
        "parental_factor",
        "Chloe: low mood for three months since a bereavement in the family; PHQ-9 15. No "
        "thoughts of harming herself or Jack; supportive sister nearby.",
        "Self-referral details for the adult mental health service given; she will call "
        "them this week. Review in 4 weeks.",
        people="G6202",
        factors="4B",
    ),
    Entry(
        "AMH",
        day("2018-04-04"),
        "adult_services_contact",
        "Self-referral: initial assessment by telephone. Moderate depression after "
        "her father's death; no risk to herself or others.",
        "Eight sessions of guided self-help offered, starting next week.",
        people="AM-70231",
        author="Psychological wellbeing practitioner",
    ),
    Entry(
        "GP",
        day("2018-04-10"),
        "health_contact",
        "Chloe: mood review. Started with the adult mental health service last week.",
        "Review in 6 weeks.",
        people="G6202",
    ),
    Entry(
        "OAK",
        day("2018-04-23"),
        "note",
        "Mother told the class teacher she is getting support and that Jack knows his "
        "grandad has died; Jack talking about it and coping well.",
        "Class teacher to keep an eye; ELSA sessions offered.",
        subjects="OK8101",
        author="Class teacher",
    ),
    Entry(
        "AMH",
        day("2018-06-05"),
        "adult_services_contact",
        "Guided self-help session 8. PHQ-9 7.",
        "Discharged to GP.",
        people="AM-70231",
        author="Psychological wellbeing practitioner",
    ),
)

PR5_NEAR_MISS = Family(
    name="pr5-near-miss",
    format=Format.ZIP,
    summary="A mother's depression recorded by her GP on 6 March 2018; the adult mental "
    "health service sees her on 4 April, the 19th working day (Easter in between).",
    as_of=day("2018-07-31"),
    expected=frozenset(),
    agencies=(OAK, GP, ADULT_MENTAL_HEALTH),
    people=_OKAFOR_PEOPLE,
    relationships=_OKAFOR_RELATIONSHIPS,
    entries=_OKAFOR_ENTRIES,
)
