"""What an agency's free-text ``role`` says about a person's relation to the subject child.

Agencies write roles as they speak ("Mum", "mum's boyfriend", "birth father", "unknown male");
a small ordered keyword table reads them into a :class:`RoleKind`.

>>> role_kind("mum's boyfriend")
<RoleKind.PARTNER_OF_PARENT: 'partner_of_parent'>
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class RoleKind(StrEnum):
    PARENT = "parent"
    STEP_PARENT = "step_parent"
    PARTNER_OF_PARENT = "partner_of_parent"
    CARER = "carer"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    LODGER = "lodger"
    FRIEND = "friend"
    VISITOR = "visitor"
    UNKNOWN_ADULT = "unknown_adult"
    OTHER_RELATIVE = "other_relative"
    OTHER = "other"


class SiblingKind(StrEnum):
    """How two children are siblings (bundle-format.md, relationships)."""

    FULL = "full"
    HALF = "half"
    STEP = "step"
    DECLARED = "declared"  # a ``sibling`` row or a sibling role that says no more


class ParentSide(StrEnum):
    MOTHER = "mother"
    FATHER = "father"


# Order matters: "mother's partner" is a partner before it is a mother, "friend of mother"
# a friend, "maternal grandmother" a grandparent, "foster mother" a carer, "boyfriend" not
# a friend: the relation named last in English ("mother's X") is read before a parent word.
_TABLE: tuple[tuple[RoleKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (RoleKind.UNKNOWN_ADULT, r"\b(unknown|unidentified|unnamed)\b"),
        (
            RoleKind.PARTNER_OF_PARENT,
            r"partner|boyfriend|girlfriend|\bfianc|\bhusband\b|\bwife\b|\bspouse\b|\bcohabitee\b",
        ),
        (RoleKind.STEP_PARENT, r"\bstep ?(father|mother|parent|dad|mum|mom)"),
        (RoleKind.LODGER, r"lodger|tenant|lodging"),
        (RoleKind.FRIEND, r"friend"),
        (RoleKind.VISITOR, r"visitor"),
        (RoleKind.SIBLING, r"brother|sister|sibling|\btwin\b"),
        (RoleKind.GRANDPARENT, r"grand|\bnan\b|\bnana\b|\bnanna\b|\bgran\b|\bgranny\b"),
        (RoleKind.CARER, r"carer|guardian|foster|kinship"),
        (RoleKind.OTHER_RELATIVE, r"uncle|aunt|cousin|niece|nephew|relative|in law"),
        (
            RoleKind.PARENT,
            r"mother|father|\bmum\b|\bmummy\b|\bmom\b|\bmam\b|\bdad\b|\bdaddy\b|\bparents?\b",
        ),
    )
)

# The roles that place a person in the child's home under the role rule of the household
# (bundle-format.md "The household on a day D", rule 3).
HOUSEHOLD_ROLE_KINDS = frozenset(
    {
        RoleKind.PARENT,
        RoleKind.STEP_PARENT,
        RoleKind.CARER,
        RoleKind.PARTNER_OF_PARENT,
        RoleKind.SIBLING,
        RoleKind.LODGER,
        RoleKind.FRIEND,
        RoleKind.VISITOR,
        RoleKind.UNKNOWN_ADULT,
    }
)


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = folded.lower().replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^a-z]+", " ", folded).split())


def role_kind(text: str | None) -> RoleKind:
    """The kind of relation a written role describes; ``OTHER`` when none is recognised.

    >>> role_kind("maternal grandmother"), role_kind("Mum")
    (<RoleKind.GRANDPARENT: 'grandparent'>, <RoleKind.PARENT: 'parent'>)
    """
    if not text:
        return RoleKind.OTHER
    norm = _normalise(text)
    for kind, pattern in _TABLE:
        if pattern.search(norm):
            return kind
    return RoleKind.OTHER


def parent_side(text: str | None) -> ParentSide | None:
    """Which parent a role names: "mother", "mum's boyfriend" -> MOTHER; "dad" -> FATHER.

    >>> parent_side("mother's partner")
    <ParentSide.MOTHER: 'mother'>
    """
    if not text:
        return None
    norm = _normalise(text)
    if re.search(r"mother|\bmums?\b|\bmummy\b|\bmoms?\b|\bmams?\b|maternal", norm):
        return ParentSide.MOTHER
    if re.search(r"father|\bdads?\b|\bdaddy\b|paternal", norm):
        return ParentSide.FATHER
    return None


def sibling_kind(text: str | None) -> SiblingKind:
    """How a sibling role says they are related: "half-brother" -> HALF, "stepsister" -> STEP.

    >>> sibling_kind("half-brother")
    <SiblingKind.HALF: 'half'>
    """
    norm = _normalise(text or "")
    if re.search(r"\bhalf", norm):
        return SiblingKind.HALF
    if re.search(r"\bstep", norm):
        return SiblingKind.STEP
    if re.search(r"\bfull\b|\btwin\b", norm):
        return SiblingKind.FULL
    return SiblingKind.DECLARED
