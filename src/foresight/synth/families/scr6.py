"""SCR6: self-harm at 14; the risk assessment comes three working days later.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CAMHS, CSC, GP, HOSPITAL
from foresight.synth.agencies import SECONDARY_SCHOOL as BVA
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, nhs_number

_SHARDLOW_ADDRESS = {"address": "3 Copse Row, Northmoor", "postcode": "NM2 5HX"}
_SCR6_PEOPLE = (
    *known_to(
        {"NGH": "N448120", "CAMHS": "CM-2291", "BVA": "BV10442", "CSC": "CSC6120", "GP": "G5120"},
        given_names="Ellie-Mae",
        family_name="Shardlow",
        date_of_birth=day("2005-03-08"),
        sex="F",
        nhs_number=nhs_number(201),
        subject=True,
        **_SHARDLOW_ADDRESS,
    ),
    *known_to(
        {"NGH": "N448121", "CSC": "CSC6121", "GP": "G5121"},
        given_names="Gemma",
        family_name="Shardlow",
        date_of_birth=day("1981-07-14"),
        sex="F",
        nhs_number=nhs_number(202),
        role="mother",
        **_SHARDLOW_ADDRESS,
    ),
    *known_to(
        {"CSC": "CSC6122", "GP": "G5122"},
        given_names="Alfie",
        family_name="Shardlow",
        date_of_birth=day("2009-12-01"),
        sex="M",
        nhs_number=nhs_number(203),
        role="brother",
        **_SHARDLOW_ADDRESS,
    ),
)

_SCR6_ENTRIES = (
    Entry(
        "BVA",
        day("2019-10-14"),
        "education_concern",
        "Form tutor noticed Ellie-Mae keeping long sleeves on in PE and withdrawn in "
        "lessons. She said she is 'fine'.",
        "DSL spoke with Ellie-Mae, who denied any worries. Mother informed. Monitor.",
        subjects="BV10442",
    ),
    Entry(
        "BVA",
        day("2019-11-04"),
        "phone_contact",
        "Mother phoned: Ellie-Mae has fallen out with friends online and did not want to come in.",
        "Pastoral lead to check in daily.",
        subjects="BV10442",
    ),
    Entry(
        "NGH",
        day("2019-11-08"),
        "ed_attendance;self_harm",
        "Presented with mother. Six superficial cuts to left forearm, self-inflicted with a "
        "pencil sharpener blade after an argument online. No overdose. Wounds cleaned and "
        "closed with steri-strips.",
        "Discharged home with mother at 02:10. Referred to CAMHS for a self-harm risk "
        "assessment. ED safeguarding notification to CSC.",
        subjects="N448120",
        people="N448121",
        time="23:40",
    ),
    Entry(
        "NGH",
        day("2019-11-09"),
        "information_shared",
        "ED safeguarding notification sent: 14-year-old attended after self-harm.",
        "Sent to MASH and CAMHS.",
        subjects="N448120",
        to_agency="CSC;CAMHS",
        author="ED safeguarding nurse",
    ),
    Entry(
        "CSC",
        day("2019-11-11"),
        "referral_decision;no_further_action",
        "ED notification reviewed in MASH. Mother protective; CAMHS referral made by ED.",
        "No further action for CSC: CAMHS to assess.",
        subjects="CSC6120",
    ),
    Entry(
        "CAMHS",
        day("2019-11-11"),
        "note",
        "Referral from ED received and triaged as routine-urgent.",
        "First available appointment offered for 13 November.",
        subjects="CM-2291",
        author="CAMHS duty clinician",
    ),
    Entry(
        "GP",
        day("2019-11-12"),
        "health_contact",
        "Wound check with practice nurse: healing well, no infection.",
        "",
        subjects="G5120",
        people="G5121",
        author="Practice nurse",
    ),
    Entry(
        "CAMHS",
        day("2019-11-13"),
        "self_harm_risk_assessment",
        "Seen with mother, then alone. Impulsive self-harm after online bullying; no "
        "suicidal intent; no previous self-harm; protective factors: mother, school, "
        "friends outside school.",
        "Low risk. Safety plan agreed; follow-up in two weeks; school informed with "
        "Ellie-Mae's consent.",
        subjects="CM-2291",
        risk_level="low",
    ),
    Entry(
        "BVA",
        day("2019-11-14"),
        "note",
        "CAMHS safety plan received. Pastoral support and a 'time out' card agreed.",
        "Form tutor and DSL aware.",
        subjects="BV10442",
    ),
    Entry(
        "CAMHS",
        day("2019-11-27"),
        "health_contact",
        "Follow-up appointment. No further self-harm; online bullying reported to school.",
        "Discharge planned after one more session.",
        subjects="CM-2291",
        risk_level="low",
    ),
)

SCR6_SELF_HARM = Family(
    name="scr6-self-harm",
    format=Format.CSV,
    summary="A 14-year-old attends ED after self-harm on a Friday night; the self-harm risk "
    "assessment is on the Wednesday, three working days later.",
    as_of=day("2020-01-31"),
    expected=frozenset({"FS-SCR6"}),
    agencies=(HOSPITAL, CAMHS, BVA, CSC, GP),
    people=_SCR6_PEOPLE,
    entries=_SCR6_ENTRIES,
)
