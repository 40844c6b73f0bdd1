"""When two agencies' entries record the same happening.

Two entries are one happening when they come from different agencies, their dates are the
same or adjacent days (uncertain dates: read exactly alike), they involve someone in common,
and either one is a referral that relates to the other, or their types are compatible (a
shared type, or the same family: assessments, plans, concerns, meetings, hospital care) and
either one relates to the other or their texts are similar enough. Text similarity is the
share of content words (details, else outcome; the people's names left out) the shorter text
has in common with the other, and nothing for a single word in common (stdlib only); a shared
exact type on the same day needs less of it than a merely compatible type or the next day,
and everyday contacts (phone calls, clinic visits) need much more. An entry with no text is
judged on the rest.

    >>> text_similarity("Mother attended ED with Jay, bruise to cheek", "Jay seen in ED: bruise")
    1.0
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.people import Person
from foresight.model.records import Event, PersonRecord
from foresight.model.vocab import EventType as T

# Families of types two agencies may use for one happening (a superset of the counting
# classes of checks.predicates.core, which the chronology may not import).
COMPATIBLE: tuple[frozenset[T], ...] = (
    frozenset(
        {T.ASSESSMENT, T.PRE_BIRTH_ASSESSMENT, T.EARLY_HELP_ASSESSMENT, T.SECTION_47_ENQUIRY}
    ),
    frozenset({T.CHILD_PROTECTION_PLAN, T.CHILD_IN_NEED_PLAN, T.LOOKED_AFTER, T.PLACEMENT}),
    frozenset(
        {
            T.CONCERN,
            T.NEGLECT_CONCERN,
            T.BEHAVIOUR_CONCERN,
            T.EDUCATION_CONCERN,
            T.DISCLOSURE,
            T.INJURY,
            T.DOMESTIC_ABUSE_INCIDENT,
            T.MISSING_EPISODE,
            T.REFERRAL,
            T.POLICE_WELFARE_CHECK,
        }
    ),
    frozenset(
        {
            T.STRATEGY_DISCUSSION,
            T.CHILD_PROTECTION_CONFERENCE,
            T.MULTI_AGENCY_MEETING,
            T.MARAC,
            T.CARE_PLAN_REVIEW,
        }
    ),
    frozenset({T.ED_ATTENDANCE, T.HOSPITAL_ADMISSION, T.PAEDIATRIC_ASSESSMENT}),
    frozenset({T.INFORMATION_REQUEST, T.INFORMATION_SHARED, T.INFORMATION_SHARING_REFUSED}),
    frozenset({T.PROFESSIONAL_DISAGREEMENT, T.ESCALATION, T.DISAGREEMENT_RESOLVED}),
)

# Everyday contacts: two agencies' phone calls or clinic visits on one day are seldom one
# happening, so they need texts far more alike.
ROUTINE: frozenset[T] = frozenset(
    {
        T.PHONE_CONTACT,
        T.OFFICE_CONTACT,
        T.HOME_VISIT,
        T.NO_ACCESS_VISIT,
        T.HEALTH_CONTACT,
        T.NOTE,
        T.ADULT_SERVICES_CONTACT,
        T.ANTENATAL_CONTACT,
        T.SEXUAL_HEALTH_CONTACT,
        T.SUPERVISION,
    }
)

# Similarity needed: the same type on the same day, else a compatible type or the next day,
# and for a pair where either entry records only everyday contact types.
CLOSE_SIMILARITY = 0.15
LOOSE_SIMILARITY = 0.3
ROUTINE_SIMILARITY = 0.5

_WORD = re.compile(r"[a-z0-9]+")
# Words too common to say two texts tell the same story.
_STOP = frozenset(
    _WORD.findall(
        """a an and are as at be been but by for from had has have he her him his i in into is it
        its no not of on or our she so that the their them then there they this to up us was we
        were which who will with would you your also after before about over any all only than
        very mum dad said told today yesterday mother father parent child children baby seen
        visit visited phoned called call contact advice given"""
    )
)


@lru_cache(maxsize=8192)
def words(text: str) -> frozenset[str]:
    """The content words of a text, lower case, without common words."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def text_similarity(a: str, b: str, ignore: frozenset[str] = frozenset()) -> float:
    """Share of the shorter text's content words found in the other (0 when either is empty),
    words in ``ignore`` (the people's names) left out.

    >>> text_similarity("bruise to cheek", "a bruise on the cheek")
    1.0
    """
    left, right = words(a) - ignore, words(b) - ignore
    if not left or not right:
        return 0.0
    shared = len(left & right)
    if shared < min(2, len(left), len(right)):
        return 0.0  # one word in common ("sent", "home") is chance, not the same story
    return shared / min(len(left), len(right))


def _days_apart(a: UncertainDate, b: UncertainDate) -> int | None:
    """Days between two exact dates; 0 for uncertain dates read alike; None otherwise."""
    if a.is_exact and b.is_exact:
        return abs((a.earliest - b.earliest).days)
    return 0 if (a.earliest, a.latest) == (b.earliest, b.latest) else None


def compatible_types(a: Event, b: Event) -> bool:
    """A type in common, or both in one family of :data:`COMPATIBLE`."""
    if set(a.types) & set(b.types):
        return True
    return any(f.intersection(a.types) and f.intersection(b.types) for f in COMPATIBLE)


def entry_text(event: Event) -> str:
    """The words an entry is compared on: its details, else its outcome (outcomes are often
    boilerplate: "No action", "Advice given")."""
    return event.details if words(event.details) else event.outcome


def name_words(people: Iterable[Person]) -> frozenset[str]:
    """The words of every name recorded for these people (a shared name says nothing more
    than the shared person already does)."""
    return frozenset(w for p in people for r in p.records for w in _record_words(r))


@lru_cache(maxsize=4096)
def _record_words(record: PersonRecord) -> frozenset[str]:
    names = (record.given_names, record.family_name, *record.other_names)
    return frozenset(w for n in names if n for w in _WORD.findall(n.lower()))


def _refers(a: Event, b: Event) -> bool:
    """``a`` is a referral about ``b`` (counting's rule: it adds nothing to the happening)."""
    return a.has(T.REFERRAL) and a.relates_to == b.ref


def _related(a: Event, b: Event) -> bool:
    return a.relates_to == b.ref or b.relates_to == a.ref


def same_happening(a: Event, b: Event, case: Case) -> bool:
    """Whether two entries of different agencies record one happening (see module doc).

    >>> # same_happening(police_incident_3_march, school_note_4_march, case)  # -> True
    """
    if a.agency == b.agency:
        return False
    apart = _days_apart(a.date, b.date)
    if apart is None or apart > 1:
        return False
    people_a, people_b = set(case.mentioned_in(a)), set(case.mentioned_in(b))
    if not people_a & people_b:
        return False
    if _refers(a, b) or _refers(b, a):
        return True
    if not compatible_types(a, b):
        return False
    if _related(a, b) or not words(entry_text(a)) or not words(entry_text(b)):
        return True
    if not set(a.types) - ROUTINE or not set(b.types) - ROUTINE:
        needed = ROUTINE_SIMILARITY
    elif apart == 0 and set(a.types) & set(b.types):
        needed = CLOSE_SIMILARITY
    else:
        needed = LOOSE_SIMILARITY
    ignore = name_words(people_a | people_b)
    return text_similarity(entry_text(a), entry_text(b), ignore) >= needed
