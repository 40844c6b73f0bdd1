"""A small family two agencies record alike: the police's domestic abuse incident and the
school's note of it the next day, plus entries that must stay apart."""

from __future__ import annotations

from tests.factories import a_case, a_child, an_adult, an_event

from foresight.model.case import Case
from foresight.synth.spec import nhs_number

CHILD_NHS = nhs_number(11)
MOTHER_NHS = nhs_number(12)


def duplicates_case() -> Case:
    people = [
        a_child(
            "C1",
            agency="POL",
            name="Ruby Quillfeather",
            nhs_number=CHILD_NHS,
            address="14 Larkspur Close, Emberton",
            postcode="EM4 7QT",
        ),
        a_child(
            "K7", agency="SCH", name="Ruby Quillfeather", nhs_number=CHILD_NHS, upn="A123456789012"
        ),
        a_child(
            "C2",
            agency="POL",
            name="Otis Quillfeather",
            born="2014-06-03",
            nhs_number=nhs_number(13),
        ),
        an_adult(
            "M1",
            agency="POL",
            name="Saffron Quillfeather",
            sex="female",
            nhs_number=MOTHER_NHS,
            born="1990-02-17",
        ),
        an_adult(
            "M9",
            agency="SCH",
            name="Saffron Quillfeather",
            sex="female",
            nhs_number=MOTHER_NHS,
            born="1990-02-17",
        ),
        an_adult(
            "X1",
            agency="POL",
            role="mother's partner",
            name="Brannock Vell",
            sex="male",
            born="1988-10-09",
        ),
    ]
    events = [
        an_event(
            "domestic_abuse_incident",
            on="2013-03-03",
            agency="POL",
            eid="INC1",
            subjects="C1;C2",
            people="M1;X1",
            details="Police called to 14 Larkspur Close: Brannock Vell shouting and pushed "
            "Saffron; Ruby and Otis present, Ruby upset and crying.",
            outcome="Vell arrested. Notification to school (EM4 7QT).",
        ),
        an_event(
            "domestic_abuse_incident",
            "concern",
            on="2013-03-04",
            agency="SCH",
            eid="N1",
            subjects="K7",
            people="M9",
            details="Operation Encompass call: police attended home last night; Brannock "
            "Vell pushed mum, Ruby present and upset. DOB 12/01/2011 checked.",
            outcome="Ruby seen by DSL; calm in class. NHS 999 000 1101 noted.",
        ),
        an_event(
            "education_concern",
            on="2013-03-04",
            agency="SCH",
            eid="N2",
            subjects="K7",
            details="Ruby without reading book.",
            outcome="Reminder sent home.",
        ),
        an_event(
            "home_visit",
            on="2013-03-20",
            agency="POL",
            eid="V1",
            subjects="C1",
            details="Welfare visit; Ruby well.",
            outcome="No action.",
        ),
        an_event(
            "home_visit",
            on="2013-03-25",
            agency="SCH",
            eid="V2",
            subjects="K7",
            details="Welfare visit; Ruby well.",
            outcome="No action.",
        ),
        an_event(
            "note",
            on="Apr 2013",
            agency="SCH",
            eid="U1",
            subjects="K7",
            details="Attendance letter (date not recorded).",
            outcome="",
        ),
        an_event(
            "referral",
            on="2013-03-05",
            agency="POL",
            eid="R1",
            subjects="C1",
            relates_to="SCH:N1",
            details="Referral to MASH.",
            outcome="Sent.",
        ),
    ]
    return a_case(people, events, name="Quillfeather family")
