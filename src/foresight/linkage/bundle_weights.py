"""Match weights for a bundle's records: Fellegi-Sunter scoring in pure Python.

A bundle's handful of people is too few to train on, so bundles use weights shipped with the
package (``data/bundle_weights.json``), estimated once on synthetic bundles by
``scripts/estimate_bundle_weights.py``. Each comparison (given name, family name, date of
birth, postcode or address, sex) puts a pair of records at one level; a level's weight is
``log2(m / u)``, where m is how often the records of one person sit at that level and u how
often two people of one family do. A missing value on either side is the ``null`` level and
weighs nothing. The match probability adds the prior's log-odds to the weights.

No Splink here: ``foresight review`` scores a few hundred pairs and must stay fast.

>>> from foresight.model.records import PersonRecord
>>> a = PersonRecord("CSC", "C1", "William", "Sample", postcode="LS1 4AB")
>>> b = PersonRecord("GP", "P1", "Bill", "Sample", postcode="LS1 4AB")
>>> levels(a, b)["given_name"], levels(a, b)["postcode"]
('nickname', 'exact')
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from foresight.errors import ForesightError
from foresight.linkage.names import jaro_winkler, normalise_name, same_by_nickname
from foresight.model.dates import UncertainDate
from foresight.model.records import PersonRecord
from foresight.model.vocab import Sex

NULL = "null"
# Levels from strongest to weakest agreement; the first that holds is the pair's level.
# The levels follow the Splink comparisons for tables (``splink_settings``): the same
# Jaro-Winkler thresholds, nicknames from the same ``nicknames.txt``, the same date and
# postcode levels; bundles add "initial" for a given name written as one letter.
LEVELS: dict[str, tuple[str, ...]] = {
    "given_name": (
        "exact",
        "nickname",
        "jaro_winkler_0.92",
        "jaro_winkler_0.80",
        "initial",
        "else",
    ),
    "family_name": ("exact", "jaro_winkler_0.92", "jaro_winkler_0.80", "else"),
    "date_of_birth": (
        "exact",
        "swapped_day_month",
        "overlapping",
        "one_digit",
        "within_3_months",
        "same_year",
        "else",
    ),
    "postcode": ("exact", "sector", "district", "else"),
    "sex": ("same", "different"),
}
# How a level reads in a link's reason.
_SAID = {
    ("given_name", "exact"): "same given name",
    ("given_name", "nickname"): "given names {a} and {b} (a short form)",
    ("given_name", "jaro_winkler_0.92"): "given names {a} and {b} (nearly the same)",
    ("given_name", "jaro_winkler_0.80"): "given names {a} and {b} (similar)",
    ("given_name", "initial"): "given names {a} and {b} (an initial)",
    ("given_name", "else"): "different given names ({a}, {b})",
    ("family_name", "exact"): "same family name",
    ("family_name", "jaro_winkler_0.92"): "family names {a} and {b} (nearly the same)",
    ("family_name", "jaro_winkler_0.80"): "family names {a} and {b} (similar)",
    ("family_name", "else"): "different family names ({a}, {b})",
    ("date_of_birth", "exact"): "same date of birth",
    ("date_of_birth", "swapped_day_month"): "dates of birth {a} and {b} (day and month swapped)",
    ("date_of_birth", "one_digit"): "dates of birth {a} and {b} (one digit apart)",
    ("date_of_birth", "overlapping"): "dates of birth {a} and {b} (could be the same day)",
    ("date_of_birth", "within_3_months"): "dates of birth {a} and {b} (within three months)",
    ("date_of_birth", "same_year"): "dates of birth {a} and {b} (same year)",
    ("date_of_birth", "else"): "different dates of birth ({a}, {b})",
    ("postcode", "exact"): "same address",
    ("postcode", "sector"): "postcodes {a} and {b} (same sector)",
    ("postcode", "district"): "postcodes {a} and {b} (same district)",
    ("postcode", "else"): "different postcodes ({a}, {b})",
    ("sex", "same"): "same sex",
    ("sex", "different"): "different sex recorded",
}


@dataclass(frozen=True)
class Level:
    """Where a pair sits on one comparison, with the two values compared (as shown)."""

    comparison: str
    level: str
    a: str = ""
    b: str = ""

    @property
    def said(self) -> str:
        return _SAID[(self.comparison, self.level)].format(a=self.a, b=self.b)


@dataclass(frozen=True)
class Weights:
    """The shipped model: the prior match probability and each level's log2 Bayes factor."""

    prior: float
    weights: Mapping[str, Mapping[str, float]]
    link_at: float
    uncertain_from: float

    def probability(self, found: Mapping[str, Level]) -> float:
        """The match probability of a pair at these levels (null levels weigh nothing)."""
        total = math.log2(self.prior / (1 - self.prior))
        for name, level in found.items():
            if level.level != NULL:
                total += self.weights[name][level.level]
        return 1 / (1 + 2 ** (-total))


@dataclass(frozen=True)
class Score:
    """A scored pair: its match probability and the levels that gave it."""

    probability: float
    levels: tuple[Level, ...]

    def reason(self, verdict: str) -> str:
        """``verdict`` with the probability and the evidence, strongest comparison first.

        e.g. "probable match (0.998): given names Bill and William (a short form), ..."
        """
        said = ", ".join(level.said for level in self.levels if level.level != NULL)
        return f"{verdict} ({show_probability(self.probability)}): {said or 'no evidence'}"


def show_probability(p: float) -> str:
    """A probability to three places that never rounds up to certainty or down to none."""
    return f"{min(max(p, 0.001), 0.999):.3f}"


def levels_of(a: PersonRecord, b: PersonRecord) -> Iterator[Level]:
    """Every comparison's level for a pair, in the order of :data:`LEVELS`."""
    yield from _names(a, b)
    yield _birth(a.date_of_birth, b.date_of_birth)
    yield _postcode(a, b)
    yield _sex(a.sex, b.sex)


def levels(a: PersonRecord, b: PersonRecord) -> dict[str, str]:
    """Each comparison's level name for a pair (see :data:`LEVELS`)."""
    return {level.comparison: level.level for level in levels_of(a, b)}


def score(a: PersonRecord, b: PersonRecord, weights: Weights) -> Score:
    """The pair's match probability under ``weights`` and the levels behind it."""
    found = {level.comparison: level for level in levels_of(a, b)}
    return Score(weights.probability(found), tuple(found.values()))


def _name_variants(record: PersonRecord) -> list[tuple[str, str]]:
    """(given, family) readings of a record: its name, and each alias as either part."""
    given, family = (
        normalise_name(record.given_names or ""),
        normalise_name(record.family_name or ""),
    )
    out = [(given, family)]
    for alias in record.other_names:
        norm = normalise_name(alias)
        if " " in norm:
            first, _, last = norm.rpartition(" ")
            out.append((first, last))
        elif norm:
            out.extend([(given, norm), (norm, family)])
    return out


def _names(a: PersonRecord, b: PersonRecord) -> tuple[Level, Level]:
    """The best given and family name levels over the records' names and aliases."""
    best: tuple[int, Level, Level] | None = None
    for ga, fa in _name_variants(a):
        for gb, fb in _name_variants(b):
            given, family = _given(ga, gb), _family(fa, fb)
            rank = _rank(given) + _rank(family)
            if best is None or rank < best[0]:
                best = (rank, given, family)
    assert best is not None  # every record has at least its own (perhaps empty) name
    return best[1], best[2]


def _rank(level: Level) -> int:
    """Lower is stronger agreement; a missing name ranks between agreeing and not."""
    order = LEVELS[level.comparison]
    return len(order) if level.level == NULL else order.index(level.level) * 2


def _given(a: str, b: str) -> Level:
    if not a or not b:
        return Level("given_name", NULL)
    first_a, first_b = a.split()[0], b.split()[0]
    shown = (first_a.title(), first_b.title())
    if a == b or first_a == first_b:
        return Level("given_name", "exact")
    if same_by_nickname(first_a, first_b):
        return Level("given_name", "nickname", *shown)
    similarity = jaro_winkler(a, b)
    if similarity >= 0.92:
        return Level("given_name", "jaro_winkler_0.92", *shown)
    if similarity >= 0.80:
        return Level("given_name", "jaro_winkler_0.80", *shown)
    if (len(first_a) == 1 or len(first_b) == 1) and first_a[0] == first_b[0]:
        return Level("given_name", "initial", *shown)
    return Level("given_name", "else", *shown)


def _family(a: str, b: str) -> Level:
    if not a or not b:
        return Level("family_name", NULL)
    if a.replace(" ", "") == b.replace(" ", ""):
        return Level("family_name", "exact")
    shown = (a.title(), b.title())
    similarity = jaro_winkler(a, b)
    if similarity >= 0.92:
        return Level("family_name", "jaro_winkler_0.92", *shown)
    if similarity >= 0.80:
        return Level("family_name", "jaro_winkler_0.80", *shown)
    return Level("family_name", "else", *shown)


def _birth(a: UncertainDate | None, b: UncertainDate | None) -> Level:
    if a is None or b is None:
        return Level("date_of_birth", NULL)
    if (a.earliest, a.latest) == (b.earliest, b.latest):
        return Level("date_of_birth", "exact")
    shown = (a.written, b.written)
    if not (a.is_exact and b.is_exact):
        if a.earliest <= b.latest and b.earliest <= a.latest:
            return Level("date_of_birth", "overlapping", *shown)
    else:
        da, db = a.earliest, b.earliest
        if (da.year, da.month, da.day) == (db.year, db.day, db.month):
            return Level("date_of_birth", "swapped_day_month", *shown)
        digits = zip(da.strftime("%Y%m%d"), db.strftime("%Y%m%d"), strict=True)
        if sum(x != y for x, y in digits) == 1:
            return Level("date_of_birth", "one_digit", *shown)
        if abs((da - db).days) <= 91:
            return Level("date_of_birth", "within_3_months", *shown)
    if a.earliest.year == b.earliest.year and a.latest.year == b.latest.year:
        return Level("date_of_birth", "same_year", *shown)
    return Level("date_of_birth", "else", *shown)


def _postcode(a: PersonRecord, b: PersonRecord) -> Level:
    pa, pb = _squash(a.postcode), _squash(b.postcode)
    if len(pa) >= 5 and len(pb) >= 5:
        if pa == pb:
            return Level("postcode", "exact")
        shown = (a.postcode or "", b.postcode or "")
        if pa[:-2] == pb[:-2]:
            return Level("postcode", "sector", *shown)
        if pa[:-3] == pb[:-3]:
            return Level("postcode", "district", *shown)
        return Level("postcode", "else", *shown)
    # Without postcodes on both sides, the first line of the address is the next best thing.
    la, lb = _first_line(a.address), _first_line(b.address)
    if not la or not lb:
        return Level("postcode", NULL)
    if la == lb:
        return Level("postcode", "exact")
    return Level("postcode", "else", a.address or "", b.address or "")


def _squash(postcode: str | None) -> str:
    return "".join((postcode or "").upper().split())


def _first_line(address: str | None) -> str:
    return normalise_name((address or "").split(",")[0])


def _sex(a: Sex | None, b: Sex | None) -> Level:
    if a is None or b is None or Sex.UNKNOWN in (a, b):
        return Level("sex", NULL)
    return Level("sex", "same" if a == b else "different")


def read_weights(path: Path | None = None) -> Weights:
    """The weights in ``path``, by default those shipped with the package.

    >>> read_weights().link_at
    0.99
    """
    if path is None:
        return _shipped()
    try:
        return _parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ForesightError(f"{path}: not a bundle weights file ({exc})") from exc


@cache
def _shipped() -> Weights:
    text = (resources.files("foresight.linkage") / "data" / "bundle_weights.json").read_text(
        encoding="utf-8"
    )
    return _parse(json.loads(text))


def _parse(data: Any) -> Weights:
    prior = float(data["prior"])
    thresholds = data["thresholds"]
    table = {
        name: {level: float(data["comparisons"][name][level]["weight"]) for level in order}
        for name, order in LEVELS.items()
    }
    link_at, uncertain_from = float(thresholds["link"]), float(thresholds["uncertain"])
    if not (0 < prior < 1 and 0 < uncertain_from <= link_at < 1):
        raise ValueError("prior and thresholds must be probabilities, uncertain <= link")
    return Weights(prior, table, link_at, uncertain_from)
