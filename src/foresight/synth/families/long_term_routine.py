"""The Farrowby family's everyday contacts with each agency, 2010 to 2016, as templates.

None of these entries is of a kind that the checks are triggered by or look for (no injury,
self-harm, parental factor, assessment or meeting, and children's social care home visits
only while a plan is open), so the findings come only from the story; the routine is there
to make the record as long and as ordinary as real ones are.
"""

from __future__ import annotations

from foresight.synth.build import day
from foresight.synth.families.long_term_people import (
    CHANTELLE,
    CHILDREN_DOB,
    DALE,
    JAYDEN,
    KERRY,
    MASON,
)
from foresight.synth.routine import Routine, Seen, Template

_C, _J, _M = CHILDREN_DOB["Chantelle"], CHILDREN_DOB["Jayden"], CHILDREN_DOB["Mason"]
_FROM, _TO = day("2010-01-11"), day("2016-12-16")


def _all(agency: str, chantelle: str = "Chantelle") -> tuple[Seen, ...]:
    return (
        Seen(chantelle, CHANTELLE[agency], _C, _FROM),
        Seen("Jayden", JAYDEN[agency], _J, _FROM),
        Seen("Mason", MASON[agency], _M, _FROM),
    )


_GP = Routine(
    "GP",
    _FROM,
    _TO,
    45,
    (
        Template(
            "health_contact",
            (
                (
                    "{name} seen with mother: sore throat for three days, tonsils inflamed.",
                    "Penicillin V for 10 days; safety-netting advice given.",
                ),
                (
                    "{name} seen with mother: eczema flare on both arms.",
                    "Emollients and a mild steroid cream prescribed.",
                ),
                (
                    "{name}: asthma review; inhaler technique checked.",
                    "Inhalers continued; review in 6 months.",
                ),
                (
                    "{name} seen with mother: ear pain for a day, afebrile.",
                    "Analgesia; review if not settling in 3 days.",
                ),
                ("{name}: verruca on left foot.", "Advice on over-the-counter treatment."),
                (
                    "{name} seen with mother: cough and runny nose for a week.",
                    "Viral illness; advice given.",
                ),
            ),
            weight=4,
        ),
        Template(
            "health_contact",
            (
                (
                    "Kerry-Ann: back pain after lifting at work.",
                    "Analgesia; physiotherapy self-referral.",
                ),
                ("Kerry-Ann: contraception review.", "Pill continued."),
                ("Kerry-Ann: productive cough, chest crackles.", "Amoxicillin prescribed."),
                ("Kerry-Ann: sprained wrist at work.", "Support bandage; review in two weeks."),
            ),
            adult=True,
            weight=2,
        ),
        Template(
            "was_not_brought",
            (
                ("{name} not brought to the asthma clinic.", "Letter sent to mother to rebook."),
                ("{name} not brought to an immunisation appointment.", "Rebooked by phone."),
            ),
            author="Practice nurse",
        ),
    ),
    children=_all("GP", chantelle="Chantel"),
    adult=KERRY["GP"],
)

_PRIMARY = Routine(
    "OAK",
    _FROM,
    _TO,
    35,
    (
        Template(
            "note",
            (
                ("{name}'s attendance this half term 94%.", "No action."),
                ("{name}'s attendance this half term 97%.", "No action."),
                ("{name} settled and happy in class this week.", ""),
                ("Parents' evening: mother attended; {name} making expected progress.", ""),
            ),
            weight=3,
            author="Class teacher",
        ),
        Template(
            "education_concern",
            (
                (
                    "{name} without PE kit again; third time this half term.",
                    "Class teacher to mention to mother at pick-up.",
                ),
                ("{name} tired in lessons; says bedtime is late.", "Spoke to mother at pick-up."),
                (
                    "{name}'s reading book not returned and homework not done for two weeks.",
                    "Letter home.",
                ),
            ),
            author="Class teacher",
        ),
        Template(
            "phone_contact",
            (
                (
                    "Mother phoned: {name} has a dental appointment tomorrow morning.",
                    "Absence authorised.",
                ),
                ("Mother phoned to say {name} is unwell today.", "Absence authorised."),
            ),
            author="School office",
        ),
        Template(
            "school_absence",
            (
                (
                    "{name} absent with no reason given.",
                    "First-day call made; mother said {name} was unwell.",
                ),
            ),
            author="Attendance officer",
        ),
    ),
    children=(
        Seen("Chantelle", CHANTELLE["OAK"], _C, _FROM, day("2014-07-18")),
        Seen("Jayden", JAYDEN["OAK"], _J, day("2011-09-05")),
    ),
    term_time=True,
)

_SECONDARY = Routine(
    "BVA",
    day("2014-09-08"),
    _TO,
    30,
    (
        Template(
            "note",
            (
                ("{name}'s attendance this half term 91%.", "Tutor to monitor."),
                ("Tutor review: {name} settled in her form group.", ""),
                ("Report home: {name} making expected progress in most subjects.", ""),
            ),
            weight=3,
            author="Form tutor",
        ),
        Template(
            "education_concern",
            (
                ("{name} missing homework in three subjects.", "Tutor to speak to mother."),
                ("{name} late to school four times this half term.", "Detention set; letter home."),
            ),
            author="Head of year",
        ),
        Template(
            "phone_contact",
            (("Mother phoned to say {name} is unwell today.", "Absence authorised."),),
            author="Attendance office",
        ),
    ),
    children=(Seen("Chantelle", CHANTELLE["BVA"], _C, day("2014-09-03")),),
    term_time=True,
    blank_id_every=3,
)

_HV = Routine(
    "HV",
    day("2012-08-20"),
    _TO,
    60,
    (
        Template(
            "health_contact",
            (
                ("{name} weighed at clinic: growth along the 25th centile.", "Universal pathway."),
                ("Developmental review: {name} meeting his milestones.", "Next review booked."),
                (
                    "{name} seen at clinic with mother; immunisations up to date.",
                    "Universal pathway.",
                ),
            ),
            weight=3,
            cells=(("child_seen", "yes"),),
            mobility=True,
        ),
        Template(
            "phone_contact",
            (
                (
                    "Mother phoned for advice about {name}'s sleep.",
                    "Sleep advice given; leaflet posted.",
                ),
                ("Mother phoned for advice about weaning {name}.", "Advice given."),
            ),
        ),
    ),
    children=(Seen("Mason", MASON["HV"], _M, _M),),
)

_HOUSING = Routine(
    "HSG",
    day("2010-02-01"),
    _TO,
    90,
    (
        Template(
            "note",
            (
                ("Rent account about four weeks in arrears.", "Payment plan agreed."),
                ("Repair reported: damp and mould in the back bedroom.", "Repair order raised."),
                ("Annual gas safety check completed.", "No action."),
                (
                    "Neighbour complaint about noise late at night.",
                    "Tenant spoken to; letter sent.",
                ),
            ),
            adult=True,
        ),
        Template(
            "phone_contact",
            (
                ("Tenant phoned about a change in her housing benefit.", "Advice given."),
                ("Tenant phoned asking for a move to a bigger property.", "Transfer form sent."),
            ),
            adult=True,
        ),
    ),
    adult=KERRY["HSG"],
)

_POLICE = Routine(
    "POL",
    day("2010-06-01"),
    _TO,
    200,
    (
        Template(
            "note",
            (
                (
                    "Call from Kerry-Ann about youths outside the address.",
                    "Attended; no offences disclosed.",
                ),
                ("Neighbour reported loud music at the address.", "Words of advice."),
            ),
            adult=True,
        ),
    ),
    adult=KERRY["POL"],
)

_CSC_OFFICE = (
    Template(
        "phone_contact",
        (
            ("Phoned mother to arrange the next visit.", "Visit arranged."),
            ("Phoned school for an update on attendance and presentation.", "Update recorded."),
            ("Phoned the health visitor for an update.", "Update recorded."),
        ),
        weight=2,
    ),
    Template(
        "supervision",
        (
            ("Management oversight: plan progressing; visits on time.", "Continue plan."),
            ("Supervision: case discussed; actions reviewed.", "Actions updated."),
        ),
        author="Team manager",
    ),
    Template(
        "information_request",
        (("Request to GP for a health update.", "Awaiting reply."),),
        cells=(("to_agency", "GP"),),
    ),
)
_CSC_PERIODS = (
    (day("2012-10-29"), day("2013-06-24"), _all("CSC")),
    (day("2014-10-08"), day("2014-11-20"), (Seen("Jayden", JAYDEN["CSC"], _J, _FROM),)),
    (day("2016-09-20"), day("2016-12-20"), _all("CSC")),
)
_CSC = tuple(
    Routine("CSC", start, end, 10, _CSC_OFFICE, children=kids) for start, end, kids in _CSC_PERIODS
)
_CSC_VISITS = tuple(
    Routine(
        "CSC",
        start,
        end,
        21,
        (
            Template(
                "home_visit",
                (
                    (
                        "Home visit under the plan. {name} seen; home conditions adequate.",
                        "Plan reviewed with mother.",
                    ),
                    (
                        "Home visit. {name} seen and spoken to; mother engaging.",
                        "Plan reviewed with mother.",
                    ),
                ),
                cells=(("child_seen", "yes"),),
            ),
        ),
        children=_all("CSC"),
    )
    for start, end in (
        (day("2012-11-26"), day("2013-06-20")),
        (day("2016-10-31"), day("2016-12-20")),
    )
)

_ADULTS = (
    Routine(
        "AMH",
        day("2015-12-01"),
        _TO,
        21,
        (
            Template(
                "adult_services_contact",
                (
                    (
                        "Care coordinator visit: mood low but stable.",
                        "Medication reviewed; next visit in two weeks.",
                    ),
                    (
                        "Care coordinator visit: sleeping better; has cut down on drinking.",
                        "Next visit in two weeks.",
                    ),
                ),
                adult=True,
                weight=3,
            ),
            Template(
                "did_not_attend",
                (("Did not attend psychiatry outpatient appointment.", "Rebooked; letter sent."),),
                adult=True,
                author="Outpatient administrator",
            ),
        ),
        adult=KERRY["AMH"],
    ),
    Routine(
        "DAS",
        day("2013-05-28"),
        day("2013-10-15"),
        21,
        (
            Template(
                "adult_services_contact",
                (("Key work session: drinking reduced to weekends.", "Next session booked."),),
                adult=True,
                weight=2,
            ),
            Template(
                "did_not_attend",
                (("Did not attend key work session.", "Text reminder sent."),),
                adult=True,
            ),
        ),
        adult=DALE["DAS"],
    ),
    Routine(
        "CAMHS",
        day("2016-03-24"),
        _TO,
        21,
        (
            Template(
                "health_contact",
                (
                    ("Therapy session with {name}: safety plan reviewed.", "Next session booked."),
                    (
                        "Therapy session with {name}: working on coping strategies.",
                        "Next session booked.",
                    ),
                ),
                weight=3,
            ),
            Template(
                "was_not_brought",
                (("{name} not brought to her therapy session.", "Mother phoned; rebooked."),),
            ),
        ),
        children=(Seen("Chantelle", CHANTELLE["CAMHS"], _C, _FROM),),
    ),
)

ROUTINES: tuple[Routine, ...] = (
    _GP,
    _PRIMARY,
    _SECONDARY,
    _HV,
    _HOUSING,
    _POLICE,
    *_CSC,
    *_CSC_VISITS,
    *_ADULTS,
)
