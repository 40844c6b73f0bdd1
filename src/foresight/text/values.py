"""Structured values an entry states in words: gestation, mobility, risk level, the receiving
agency of a referral, whether the child was seen (alone), and the child's own words in quotes.
"""

from __future__ import annotations

from dataclasses import dataclass

from foresight.model.vocab import AgencyKind, ChildSeen, Mobility, RiskLevel
from foresight.text.patterns import Values, normalise

CharSpan = tuple[int, int]


@dataclass(frozen=True)
class Found:
    """One structured value: what it is, its normalised value and where the words are."""

    field: str
    value: str
    span: CharSpan


def gestation(text: str, values: Values) -> tuple[float, Found] | None:
    """Weeks of pregnancy: "26/40" and "26 weeks pregnant" are 26, "26+3" is 26 + 3/7."""
    for pattern in values.gestation:
        match = pattern.search(text)
        if match and 4 <= int(match["w"]) <= 44:
            days = int(match["d"]) if "d" in pattern.groupindex and match["d"] else 0
            weeks = int(match["w"]) + days / 7
            written = f"{match['w']}+{days}" if days else match["w"]
            return weeks, Found("gestation_weeks", written, match.span())
    return None


def risk(text: str, values: Values) -> tuple[RiskLevel, Found] | None:
    """The risk level an entry states ("high risk", "risk level medium" = raised)."""
    for pattern in values.risk:
        match = pattern.search(text)
        if match:
            level = values.risk_values[match["v"].lower()]
            return level, Found("risk_level", str(level), match.span())
    return None


def _agency(words: str, values: Values) -> AgencyKind | None:
    """The agency kind whose longest alias begins ``words``, or begins them after a
    provider's name of one or two capitalised words ("Aspire alcohol service")."""
    split = words.split()
    for skip in range(_PROVIDER_WORDS + 1):
        if skip and not all(w[:1].isupper() for w in split[:skip]):
            break
        kind = _alias_at_start(" ".join(split[skip:]), values)
        if kind:
            return kind
    return None


_PROVIDER_WORDS = 2


def _alias_at_start(words: str, values: Values) -> AgencyKind | None:
    lowered = " " + normalise(words).lower().replace("\u2019", "'") + " "
    best: tuple[int, AgencyKind] | None = None
    for kind, aliases in values.agencies.items():
        for alias in aliases:
            if lowered.startswith(f" {normalise(alias)} ") and (not best or len(alias) > best[0]):
                best = (len(alias), kind)
    return best[1] if best else None


def referral_to(text: str, values: Values) -> list[tuple[AgencyKind, Found]]:
    """Receiving agencies of referrals: "referred to CAMHS", "referral made to MASH"."""
    found: list[tuple[AgencyKind, Found]] = []
    for match in values.referral_to.finditer(text):
        kind = _agency(match["to"], values)
        if kind and all(kind != k for k, _ in found):
            found.append((kind, Found("to_agency", str(kind), match.span("to"))))
    return found


def quotes(text: str, values: Values) -> list[Found]:
    """Words in quotation marks: in practice records, the child's own words."""
    found = []
    for pattern in values.quotes:
        for match in pattern.finditer(text):
            found.append(Found("child_words", match["q"].strip(), match.span("q")))
    return sorted(found, key=lambda f: f.span)


def mobility(spans: list[tuple[str, CharSpan]]) -> tuple[Mobility, Found] | None:
    """The first mobility phrase (the matcher already prefers the longest)."""
    if not spans:
        return None
    label, span = min(spans, key=lambda item: item[1])
    value = Mobility(label)
    return value, Found("mobility", str(value), span)


_SEEN_ORDER = (ChildSeen.ALONE, ChildSeen.NO, ChildSeen.YES)


def child_seen(spans: list[tuple[str, CharSpan]]) -> tuple[ChildSeen, Found] | None:
    """Seen alone beats not seen beats seen: the most specific statement wins."""
    for seen in _SEEN_ORDER:
        for label, span in spans:
            if label == seen:
                return seen, Found("child_seen", str(seen), span)
    return None
