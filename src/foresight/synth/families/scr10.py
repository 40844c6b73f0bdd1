"""SCR10: a girl whose grandmother and kinship carer dies, and an early help assessment
seven months later that never mentions it (trigger); and a near miss whose assessment puts
the loss at its centre.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import EARLY_HELP, GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, RelSpec, nhs_number

_TARRANT_HOME = {"address": "14 Pipit Lane, Northmoor", "postcode": "NM2 6WD"}
_TARRANT_PEOPLE = (
    *known_to(
        {"OAK": "OK7101", "GP": "G9201", "EH": "EH-7101"},
        given_names="Maisie",
        family_name="Tarrant",
        date_of_birth=day("2011-05-09"),
        sex="F",
        nhs_number=nhs_number(4401),
        subject=True,
        **_TARRANT_HOME,
    ),
    *known_to(
        {"OAK": "OK7102", "GP": "G9202"},
        given_names="Margaret",
        family_name="Tarrant",
        date_of_birth=day("1953-01-17"),
        sex="F",
        nhs_number=nhs_number(4402),
        role="kinship carer",
        **_TARRANT_HOME,
    ),
    *known_to(
        {"OAK": "OK7103", "EH": "EH-7103"},
        given_names="Joanne",
        family_name="Tarrant",
        date_of_birth=day("1979-06-30"),
        sex="F",
        role="kinship carer (aunt)",
        **_TARRANT_HOME,
    ),
)
_TARRANT_RELATIONSHIPS = (RelSpec("OAK", "OK7102", "carer", "OK7101"),)
_TARRANT_ENTRIES = (
    Entry(
        "OAK",
        day("2019-03-04"),
        "bereavement",
        "Maisie's nan, her kinship carer since she was two, died suddenly at the weekend. "
        "Maisie is staying with her aunt Joanne.",
        "Class teacher and DSL informed; Maisie can use the quiet room.",
        subjects="OK7101",
        people="OK7102",
    ),
    Entry(
        "OAK",
        day("2019-03-05"),
        "joined_household",
        "Aunt Joanne Tarrant now caring for Maisie at the family home.",
        "Contact details updated.",
        subjects="OK7101",
        people="OK7103",
    ),
    Entry(
        "OAK",
        day("2019-09-24"),
        "note",
        "Maisie falling behind in reading and often tired; aunt asks for help with "
        "bedtimes and homework.",
        "Signposted to early help.",
        subjects="OK7101",
    ),
    Entry(
        "EH",
        day("2019-10-08"),
        "early_help_assessment",
        "Early help assessment with Maisie and her aunt: sleep, tiredness and reading. Maisie "
        "said she likes drawing and wants to read better.",
        "Completed 05/11/2019. Family plan: bedtime routine, reading volunteer at school.",
        subjects="EH-7101",
        participants="EH-7101;EH-7103",
        end_date=day("2019-11-05"),
        child_seen="yes",
        child_views="yes",
        agencies_involved="EH;OAK",
    ),
)

SCR10_LOSS_NOT_MENTIONED = Family(
    name="scr10-loss-not-mentioned",
    format=Format.ZIP,
    summary="Seven months after her grandmother and carer died, an early help assessment "
    "of Maisie's tiredness and reading never mentions the death.",
    as_of=day("2019-12-31"),
    expected=frozenset({"FS-SCR10"}),
    agencies=(OAK, GP, EARLY_HELP),
    people=_TARRANT_PEOPLE,
    relationships=_TARRANT_RELATIONSHIPS,
    entries=_TARRANT_ENTRIES,
)

_PRYCE_HOME = {"address": "31 Linden Avenue, Northmoor", "postcode": "NM5 9EP"}
_PRYCE_PEOPLE = (
    *known_to(
        {"OAK": "OK7201", "EH": "EH-7201"},
        given_names="Noah",
        family_name="Pryce",
        date_of_birth=day("2012-01-23"),
        sex="M",
        nhs_number=nhs_number(4411),
        subject=True,
        **_PRYCE_HOME,
    ),
    *known_to(
        {"OAK": "OK7202", "EH": "EH-7202"},
        given_names="Alys",
        family_name="Pryce",
        date_of_birth=day("1983-04-02"),
        sex="F",
        role="kinship carer (aunt)",
        **_PRYCE_HOME,
    ),
    *known_to(
        {"OAK": "OK7203"},
        given_names="Rhiannon",
        family_name="Pryce",
        date_of_birth=day("1958-11-11"),
        sex="F",
        role="carer",
        **_PRYCE_HOME,
    ),
)
_PRYCE_ENTRIES = (
    Entry(
        "OAK",
        day("2019-01-14"),
        "bereavement",
        "Noah's grandmother Rhiannon, who cared for him with his aunt Alys, died in hospital "
        "yesterday.",
        "Noah offered time with the school's bereavement-trained teaching assistant.",
        subjects="OK7201",
        people="OK7203",
    ),
    Entry(
        "EH",
        day("2019-06-11"),
        "early_help_assessment",
        "Early help assessment with Noah and his aunt: angry outbursts at school since his "
        "grandmother's death in January. Noah talked about missing her.",
        "Completed 09/07/2019. Plan: referral to a children's bereavement service; school "
        "to keep the quiet space; review in 3 months.",
        subjects="EH-7201",
        participants="EH-7201;EH-7202",
        end_date=day("2019-07-09"),
        child_seen="yes",
        child_views="yes",
        agencies_involved="EH;OAK",
    ),
)

SCR10_NEAR_MISS = Family(
    name="scr10-near-miss",
    format=Format.CSV,
    summary="A boy's grandmother and carer dies; five months later his early help "
    "assessment starts from the loss.",
    as_of=day("2019-12-31"),
    expected=frozenset(),
    agencies=(OAK, EARLY_HELP),
    people=_PRYCE_PEOPLE,
    entries=_PRYCE_ENTRIES,
)
