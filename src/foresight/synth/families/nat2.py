"""NAT2: a bruise on a 3-month-old; no referral or paediatric opinion within a day.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP, HEALTH_VISITING, HOSPITAL
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, nhs_number

_TREGARTH_ADDRESS = {"address": "14 Linnet Walk, Northmoor", "postcode": "NM4 7QD"}
_NAT2_PEOPLE = (
    *known_to(
        {"HV": "HV-B1", "GP": "G7731", "CSC": "CSC5501", "NGH": "N102938"},
        given_names="Isla",
        family_name="Tregarth",
        date_of_birth=day("2019-06-10"),
        sex="F",
        nhs_number=nhs_number(101),
        subject=True,
        **_TREGARTH_ADDRESS,
    ),
    *known_to(
        {"HV": "HV-M1", "GP": "G7730", "CSC": "CSC5502"},
        given_names="Jodie",
        family_name="Tregarth",
        date_of_birth=day("1996-02-21"),
        sex="F",
        nhs_number=nhs_number(102),
        role="mother",
        **_TREGARTH_ADDRESS,
    ),
    *known_to(
        {"HV": "HV-F1", "CSC": "CSC5503"},
        given_names="Callum",
        family_name="Penrose",
        date_of_birth=day("1994-09-03"),
        sex="M",
        role="father",
        **_TREGARTH_ADDRESS,
    ),
)

_NAT2_ENTRIES = (
    Entry(
        "HV",
        day("2019-06-24"),
        "home_visit",
        "New birth visit. Isla breastfeeding well, weight 3.61kg. Mother and father both "
        "present; home warm and clean; safe sleep advice given. Mother's EPDS score 6.",
        "Universal pathway. 6-8 week review booked at clinic.",
        subjects="HV-B1",
        people="HV-M1;HV-F1",
        child_seen="yes",
        mobility="not_mobile",
    ),
    Entry(
        "GP",
        day("2019-08-05"),
        "health_contact",
        "8-week baby check with mother. Hips, eyes, heart NAD. Weight on 50th centile.",
        "First immunisations given.",
        subjects="G7731",
        people="G7730",
    ),
    Entry(
        "HV",
        day("2019-08-07"),
        "health_contact",
        "6-8 week review at Linnet Walk clinic. Isla alert, good head control for age.",
        "Continue universal pathway.",
        subjects="HV-B1",
        people="HV-M1",
        child_seen="yes",
        mobility="not_mobile",
    ),
    Entry(
        "HV",
        day("2019-09-12"),
        "home_visit;injury",
        "3-4 month review at home. Small bluish bruise, about 1cm, on Isla's left cheek. "
        "Mother said Isla 'must have caught herself' on father's watch strap while he was "
        "winding her. Isla not yet rolling. Weight 6.1kg, thriving.",
        "Advised mother to keep an eye on the mark and to see the GP if it does not fade. "
        "No other action.",
        subjects="HV-B1",
        people="HV-M1",
        time="10:30",
        child_seen="yes",
        mobility="not_mobile",
    ),
    Entry(
        "GP",
        day("2019-09-16"),
        "health_contact",
        "Attended for 16-week immunisations with mother. Practice nurse noted a fading "
        "yellow bruise on the left cheek; mother gave the same account (watch strap). "
        "Discussed with GP: bruise on a non-mobile baby.",
        "Safeguarding referral to CSC made today; paediatric opinion requested.",
        subjects="G7731",
        people="G7730",
    ),
    Entry(
        "GP",
        day("2019-09-16"),
        "referral",
        "Referral to MASH: bruise to face of 3-month-old non-mobile infant, first seen by "
        "health visitor on 12/09/2019.",
        "Referral form sent by secure email.",
        subjects="G7731",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2019-09-16"),
        "referral_decision;strategy_discussion",
        "GP referral received in MASH. Strategy discussion with police child abuse "
        "investigation team, GP and health visitor.",
        "Section 47 enquiry; child protection medical to be arranged for tomorrow.",
        subjects="CSC5501",
        agencies_involved="CSC;GP;HV",
    ),
    Entry(
        "NGH",
        day("2019-09-17"),
        "paediatric_assessment",
        "Child protection medical. Healing bruise 8mm left cheek, no other marks. Skeletal "
        "survey and bloods normal.",
        "Bruise could be consistent with the account; non-accidental injury cannot be "
        "excluded. Report to CSC.",
        subjects="N102938",
        author="Consultant paediatrician",
    ),
    Entry(
        "CSC",
        day("2019-09-17"),
        "section_47_enquiry",
        "Section 47 enquiry. Isla seen at home with both parents, who gave a consistent "
        "account. Home conditions good.",
        "Single bruise, consistent account, normal skeletal survey: no further action "
        "under section 47. Health visiting to offer enhanced support.",
        subjects="CSC5501",
        participants="CSC5501;CSC5502;CSC5503",
        end_date=day("2019-10-08"),
        child_seen="yes",
        agencies_involved="CSC;HV;NGH",
    ),
    Entry(
        "CSC",
        day("2019-10-10"),
        "case_closed",
        "Case closed to children's social care.",
        "Closed: no further action.",
        subjects="CSC5501",
    ),
    Entry(
        "HV",
        day("2019-10-22"),
        "home_visit",
        "Enhanced support visit. Isla now rolling front to back. No marks seen.",
        "Continue enhanced support for 3 months.",
        subjects="HV-B1",
        people="HV-M1",
        child_seen="yes",
        mobility="rolling",
    ),
)

NAT2_BRUISED_BABY = Family(
    name="nat2-bruised-baby",
    format=Format.XLSX,
    summary="A bruise on a 3-month-old seen by the health visitor: no same-day referral or "
    "paediatric opinion; the GP acts 4 days later.",
    as_of=day("2019-12-31"),
    expected=frozenset({"FS-NAT2"}),
    agencies=(HEALTH_VISITING, GP, CSC, HOSPITAL),
    people=_NAT2_PEOPLE,
    entries=_NAT2_ENTRIES,
)
