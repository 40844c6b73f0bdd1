"""SCR1: a school disagrees with a decision to close; the disagreement sits at stage 1 for a
week before it is escalated. The near miss escalates it the next day.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, nhs_number

_ADDRESS = {"address": "11 Tanner's Yard, Northmoor", "postcode": "NM4 2QE"}
_PEOPLE = (
    *known_to(
        {"OAK": "OAK5120", "CSC": "CSC7101"},
        given_names="Rosie",
        family_name="Penhallow",
        date_of_birth=day("2011-06-19"),
        sex="F",
        nhs_number=nhs_number(7101),
        subject=True,
        **_ADDRESS,
    ),
    *known_to(
        {"OAK": "OAK5121", "CSC": "CSC7102"},
        given_names="Donna",
        family_name="Penhallow",
        date_of_birth=day("1987-02-03"),
        sex="F",
        nhs_number=nhs_number(7102),
        role="mother",
        **_ADDRESS,
    ),
)


def _entries(escalated: str, resolved: str) -> tuple[Entry, ...]:
    return (
        Entry(
            "OAK",
            day("2020-02-24"),
            "referral",
            "Rosie came to school hungry for the third day running and took food from other "
            "children's lunch boxes. Mother not answering calls.",
            "Referred to CSC by the DSL.",
            subjects="OAK5120",
            to_agency="CSC",
            event_id="OAK-R1",
        ),
        Entry(
            "CSC",
            day("2020-02-26"),
            "referral_decision;no_further_action",
            "Referral from Oakfield reviewed. Mother seen at the office: money short until her "
            "benefits are paid; food bank voucher given.",
            "No further action for CSC; signposted to early help.",
            subjects="CSC7101",
            people="CSC7102",
        ),
        Entry(
            "OAK",
            day("2020-03-02"),
            "professional_disagreement",
            "DSL disagrees with the decision: hunger is long-standing and mother has not "
            "taken up early help before.",
            "Stage 1: DSL asked the duty social worker to reconsider.",
            subjects="OAK5120",
            to_agency="CSC",
            event_id="OAK-D1",
            stage="1",
        ),
        Entry(
            "OAK",
            day(escalated),
            "escalation",
            "No reply from the duty social worker; raised with the team manager.",
            "Stage 2 under the escalation protocol.",
            subjects="OAK5120",
            to_agency="CSC",
            relates_to="OAK-D1",
            event_id="OAK-D2",
            stage="2",
        ),
        Entry(
            "CSC",
            day(resolved),
            "disagreement_resolved;assessment",
            "Team manager agreed with the school: a child and family assessment to start.",
            "Disagreement resolved; assessment allocated.",
            subjects="CSC7101",
            relates_to="OAK:OAK-D1",
            to_agency="OAK",
            end_date=day("2020-04-09"),
        ),
    )


SCR1_DISAGREEMENT_DRIFT = Family(
    name="scr1-disagreement-drift",
    format=Format.CSV,
    summary="A school challenges a decision to close; the challenge sits at stage 1 for a week "
    "before it reaches a manager, then is resolved.",
    as_of=day("2020-05-29"),
    expected=frozenset({"FS-SCR1"}),
    agencies=(OAK, CSC),
    people=_PEOPLE,
    entries=_entries(escalated="2020-03-10", resolved="2020-03-13"),
)

SCR1_NEAR_MISS = Family(
    name="scr1-near-miss",
    format=Format.XLSX,
    summary="The same challenge escalated to the team manager the next working day and "
    "resolved within the week.",
    as_of=day("2020-05-29"),
    expected=frozenset(),
    agencies=(OAK, CSC),
    people=_PEOPLE,
    entries=_entries(escalated="2020-03-03", resolved="2020-03-06"),
)
