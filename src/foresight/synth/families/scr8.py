"""SCR8: three concerns about a 5-year-old in under a year, then the case is closed after an
assessment of the latest incident alone. The near miss holds a multi-agency meeting that looks
at the whole history before the decision.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, PersonSpec, nhs_number


def _people(
    serial: int, given: str, family_name: str, ids: dict[str, str]
) -> tuple[PersonSpec, ...]:
    home = {"address": f"{serial % 90 + 3} Ferncliffe Road, Northmoor", "postcode": "NM2 8LW"}
    return (
        *known_to(
            {"OAK": f"OAK{ids['child']}", "GP": f"G{ids['child']}", "CSC": f"CSC{ids['child']}"},
            given_names=given,
            family_name=family_name,
            date_of_birth=day("2012-04-03"),
            sex="F",
            nhs_number=nhs_number(serial),
            subject=True,
            **home,
        ),
        *known_to(
            {"GP": f"G{ids['mother']}", "CSC": f"CSC{ids['mother']}"},
            given_names="Danielle",
            family_name=family_name,
            date_of_birth=day("1991-07-19"),
            sex="F",
            nhs_number=nhs_number(serial + 1),
            role="mother",
            **home,
        ),
    )


def _entries(child: str, mother: str, meeting: tuple[Entry, ...]) -> tuple[Entry, ...]:
    return (
        Entry(
            "OAK",
            day("2016-11-14"),
            "concern",
            "Reception class: child arrived hungry and unwashed for the third day running.",
            "Logged with the designated safeguarding lead; mother spoken to at pick-up.",
            subjects=f"OAK{child}",
        ),
        Entry(
            "OAK",
            day("2017-03-13"),
            "neglect_concern",
            "Child again in soiled clothes; no coat in freezing weather.",
            "Early help offered to mother, who declined.",
            subjects=f"OAK{child}",
        ),
        Entry(
            "GP",
            day("2017-09-18"),
            "injury",
            "Brought by mother with a scald to the left forearm, two days old, untreated.",
            "Dressed. Safeguarding referral to CSC.",
            subjects=f"G{child}",
            people=f"G{mother}",
            event_id="GP-S1",
        ),
        Entry(
            "GP",
            day("2017-09-18"),
            "referral",
            "Referral to MASH: delayed presentation of a scald.",
            "Referral form sent by secure email.",
            subjects=f"G{child}",
            to_agency="CSC",
            relates_to="GP:GP-S1",
        ),
        Entry(
            "CSC",
            day("2017-09-20"),
            "assessment",
            "Assessment of the scald: mother says a cup of tea was knocked over; the account "
            "fits the injury.",
            "Completed 12/10/2017: accidental injury; advice on first aid given.",
            subjects=f"CSC{child}",
            participants=f"CSC{child};CSC{mother}",
            end_date=day("2017-10-12"),
            child_seen="alone",
            child_views="yes",
            agencies_involved="CSC;OAK;GP",
        ),
        *meeting,
        Entry(
            "CSC",
            day("2017-10-13"),
            "no_further_action",
            "Assessment outcome reviewed by the team manager.",
            "No further action; case closed to children's social care.",
            subjects=f"CSC{child}",
        ),
    )


SCR8_CLOSED_AGAIN = Family(
    name="scr8-closed-again",
    format=Format.CSV,
    summary="Hunger, neglect and a late-presented scald in eleven months; the assessment looks "
    "only at the scald and the case is closed.",
    as_of=day("2017-12-29"),
    expected=frozenset({"FS-SCR8"}),
    agencies=(OAK, GP, CSC),
    people=_people(8601, "Lily", "Hartwell", {"child": "8601", "mother": "8602"}),
    entries=_entries("8601", "8602", ()),
)

SCR8_NEAR_MISS = Family(
    name="scr8-near-miss",
    format=Format.ZIP,
    summary="The same three concerns; a multi-agency meeting reviews the chronology before "
    "the case is closed with early help in place. Nothing to raise.",
    as_of=day("2017-12-29"),
    expected=frozenset(),
    agencies=(OAK, GP, CSC),
    people=_people(8611, "Maisie", "Ockley", {"child": "8611", "mother": "8612"}),
    entries=_entries(
        "8611",
        "8612",
        (
            Entry(
                "CSC",
                day("2017-10-10"),
                "multi_agency_meeting",
                "Meeting with school and GP. Chronology reviewed: hunger in November, neglect "
                "in March, the scald in September - a pattern of neglect, not one incident.",
                "Early help plan agreed with mother; school to monitor daily.",
                subjects="CSC8611",
                participants="CSC8611;CSC8612",
                agencies_involved="CSC;OAK;GP",
            ),
        ),
    ),
)
