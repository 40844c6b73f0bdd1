"""Agencies: from the ``agencies`` table, plus every agency code the other tables use.

An agency's ``kind`` comes from the table, else it is inferred from its name or code
("Police", "GP", "CSC", "Health Visiting", ...) with a warning; one that cannot be placed is
``other``. Codes match case-insensitively: ``CSC`` and ``csc`` are one agency, spelt as first
written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foresight.bundle.columns import Bound, Schema
from foresight.bundle.values import Cells, enum_reader
from foresight.model.records import Agency, Problem
from foresight.model.vocab import AgencyKind as K
from foresight.model.vocab import Severity

AGENCIES = Schema(
    "agencies",
    ("agency",),
    ("name", "kind", "local_authority"),
    essential=False,
    aliases={"code": "agency", "agency_code": "agency", "agency_name": "name"},
)

read_kind = enum_reader(
    K,
    "kind of agency",
    {
        "csc": "children_social_care",
        "hv": "health_visiting",
        "substance_misuse": "substance_misuse_service",
    },
)

# Keyword -> kind, most specific first: "adult social care" before "social care",
# "school nursing" before "school", "camhs" before "mental health".
KEYWORDS: tuple[tuple[str, K], ...] = (
    ("adult social care", K.ADULT_SOCIAL_CARE),
    ("adult services", K.ADULT_SOCIAL_CARE),
    ("adults social care", K.ADULT_SOCIAL_CARE),
    ("asc", K.ADULT_SOCIAL_CARE),
    ("learning disability", K.LEARNING_DISABILITY_SERVICE),
    ("learning disabilities", K.LEARNING_DISABILITY_SERVICE),
    ("camhs", K.CAMHS),
    ("child and adolescent mental health", K.CAMHS),
    ("adult mental health", K.ADULT_MENTAL_HEALTH),
    ("amhs", K.ADULT_MENTAL_HEALTH),
    ("mental health", K.ADULT_MENTAL_HEALTH),
    ("crisis team", K.ADULT_MENTAL_HEALTH),
    ("substance misuse", K.SUBSTANCE_MISUSE_SERVICE),
    ("drug", K.SUBSTANCE_MISUSE_SERVICE),
    ("drugs", K.SUBSTANCE_MISUSE_SERVICE),
    ("alcohol", K.SUBSTANCE_MISUSE_SERVICE),
    ("recovery service", K.SUBSTANCE_MISUSE_SERVICE),
    ("school nursing", K.SCHOOL_NURSING),
    ("school nurse", K.SCHOOL_NURSING),
    ("health visiting", K.HEALTH_VISITING),
    ("health visitor", K.HEALTH_VISITING),
    ("hv", K.HEALTH_VISITING),
    ("0 19", K.HEALTH_VISITING),
    ("community paediatrics", K.COMMUNITY_PAEDIATRICS),
    ("community paediatric", K.COMMUNITY_PAEDIATRICS),
    ("midwifery", K.MIDWIFERY),
    ("midwife", K.MIDWIFERY),
    ("maternity", K.MIDWIFERY),
    ("early help", K.EARLY_HELP),
    ("family support", K.EARLY_HELP),
    ("early years", K.EARLY_YEARS),
    ("nursery", K.EARLY_YEARS),
    ("childminder", K.EARLY_YEARS),
    ("children s centre", K.EARLY_YEARS),
    ("education welfare", K.EDUCATION_WELFARE),
    ("ews", K.EDUCATION_WELFARE),
    ("attendance service", K.EDUCATION_WELFARE),
    ("youth justice", K.YOUTH_JUSTICE),
    ("yot", K.YOUTH_JUSTICE),
    ("yjs", K.YOUTH_JUSTICE),
    ("youth offending", K.YOUTH_JUSTICE),
    ("children s social care", K.CHILDREN_SOCIAL_CARE),
    ("childrens social care", K.CHILDREN_SOCIAL_CARE),
    ("children s services", K.CHILDREN_SOCIAL_CARE),
    ("childrens services", K.CHILDREN_SOCIAL_CARE),
    ("social care", K.CHILDREN_SOCIAL_CARE),
    ("social services", K.CHILDREN_SOCIAL_CARE),
    ("social work", K.CHILDREN_SOCIAL_CARE),
    ("csc", K.CHILDREN_SOCIAL_CARE),
    ("mash", K.CHILDREN_SOCIAL_CARE),
    ("ambulance", K.AMBULANCE),
    ("police", K.POLICE),
    ("constabulary", K.POLICE),
    ("gp", K.GP),
    ("general practice", K.GP),
    ("general practitioner", K.GP),
    ("surgery", K.GP),
    ("medical centre", K.GP),
    ("medical practice", K.GP),
    ("emergency department", K.HOSPITAL),
    ("ed", K.HOSPITAL),
    ("a e", K.HOSPITAL),
    ("hospital", K.HOSPITAL),
    ("infirmary", K.HOSPITAL),
    ("urgent care", K.HOSPITAL),
    ("primary care", K.GP),
    ("school", K.SCHOOL),
    ("academy", K.SCHOOL),
    ("college", K.SCHOOL),
    ("primary", K.SCHOOL),
    ("secondary", K.SCHOOL),
    ("education", K.SCHOOL),
    ("housing", K.HOUSING),
    ("homeless", K.HOUSING),
    ("landlord", K.HOUSING),
    ("probation", K.PROBATION),
    ("crc", K.PROBATION),
    ("legal", K.LEGAL),
    ("solicitor", K.LEGAL),
    ("cafcass", K.LEGAL),
    ("court", K.LEGAL),
    ("voluntary", K.VOLUNTARY),
    ("charity", K.VOLUNTARY),
    ("nspcc", K.VOLUNTARY),
    ("barnardo s", K.VOLUNTARY),
    ("women s aid", K.VOLUNTARY),
    ("refuge", K.VOLUNTARY),
)


def infer_kind(*names: str) -> K | None:
    """The kind an agency's name or code suggests, if any.

    >>> infer_kind("Northshire Constabulary")
    <AgencyKind.POLICE: 'police'>
    """
    words = " " + " ".join(re.sub(r"[^a-z0-9]+", " ", n.casefold()) for n in names) + " "
    words = re.sub(r" +", " ", words)
    return next((kind for key, kind in KEYWORDS if f" {key} " in words), None)


@dataclass
class _Entry:
    code: str
    name: str
    kind: K | None = None
    local_authority: str | None = None
    file: str | None = None
    row: int | None = None


class Agencies:
    """Every agency of the bundle, by code as first written; look codes up with :meth:`code`."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    @staticmethod
    def _key(code: str) -> str:
        return " ".join(code.casefold().split())

    def code(self, written: str) -> str:
        """The agency code ``written`` stands for, registering it if new."""
        key = self._key(written)
        if key not in self._entries:
            self._entries[key] = _Entry(written.strip(), written.strip())
        return self._entries[key].code

    def kind(self, code: str) -> K | None:
        """The kind of agency ``code``, as given or as its name suggests (None if unknown)."""
        entry = self._entries.get(self._key(code))
        if entry is None:
            return None
        return entry.kind or infer_kind(entry.name, entry.code)

    def known(self, written: str) -> str | None:
        entry = self._entries.get(self._key(written))
        return entry.code if entry else None

    def read_table(self, bound: Bound, problems: list[Problem]) -> None:
        """Register the agencies of the ``agencies`` table; a repeated code is a problem."""
        for row in bound.rows:
            cells = Cells(row, problems)
            code = cells.text("agency")
            if not code:
                cells.problem("agency", "no agency code: this row was not imported")
                continue
            if self.known(code):
                cells.problem("agency", f"agency '{code}' is listed twice: the first was kept")
                continue
            self._entries[self._key(code)] = _Entry(
                self.code(code),
                cells.text("name") or code,
                cells.code("kind", read_kind),
                cells.optional("local_authority"),
                bound.label,
                row.number,
            )

    def build(self, file: str, problems: list[Problem]) -> tuple[Agency, ...]:
        """The agencies, each kind given or inferred (with a warning saying which)."""
        return tuple(self._agency(e, file, problems) for e in self._entries.values())

    @staticmethod
    def _agency(entry: _Entry, file: str, problems: list[Problem]) -> Agency:
        if entry.kind is not None:
            return Agency(entry.code, entry.name, entry.kind, entry.local_authority)
        inferred = infer_kind(entry.name, entry.code)
        if inferred is None:
            message = (
                f"agency '{entry.code}': no kind given and none could be inferred from "
                "its name, so it was read as 'other'; give its kind in the agencies table"
            )
        else:
            message = (
                f"agency '{entry.code}': no kind given; inferred as '{inferred}' from its "
                "name (give its kind in the agencies table if that is wrong)"
            )
        problems.append(
            Problem(
                entry.file or file,
                entry.row,
                "kind" if entry.row else None,
                message,
                Severity.WARNING,
            )
        )
        return Agency(
            entry.code, entry.name, inferred or K.OTHER, entry.local_authority, kind_inferred=True
        )
