"""Synthetic person tables with realistic duplication, for linkage tests and benchmarks.

Every person is invented. Each has one or more records, as agencies would hold them: typos,
nicknames, day and month swapped, partial or missing dates, moves of house, missing values,
emails built from names, married names, names written the wrong way round, and twins (two
people who share a surname, birthday and address). The ``cluster`` column is the truth.

>>> rows = list(generate_people(50, seed=3))
>>> len(rows), sorted(rows[0])[:3]
(50, ['address', 'city', 'cluster'])
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from foresight.bundle.identifiers import upn_check_letter

COLUMNS = (
    "person_id",
    "given_names",
    "family_name",
    "date_of_birth",
    "sex",
    "postcode",
    "city",
    "address",
    "email",
    "nhs_number",
    "upn",
    "cluster",
)


def _words(text: str) -> list[str]:
    return text.split()


_FEMALE = _words(
    "olivia amelia isla ava mia ivy lily isabella rosie sophia grace freya willow florence "
    "emily ella poppy evie elsie charlotte evelyn sienna daisy phoebe sophie alice harper "
    "matilda ruby emilia maya millie margaret elizabeth catherine sarah rebecca victoria "
    "jennifer jessica samantha patricia susan deborah abigail harriet louise nicola "
    "alexandra barbara christina kimberley hannah laura megan chloe lucy holly zara leah "
    "amber jasmine bethany georgia eleanor esme imogen niamh aisha fatima zainab maryam "
    "priya anika chidinma ngozi agnieszka zofia oksana"
)
_MALE = _words(
    "oliver george noah arthur muhammad leo harry oscar archie henry theodore freddie jack "
    "charlie theo alfie jacob thomas william james joshua daniel samuel joseph edward "
    "alexander benjamin matthew michael christopher nicholas robert richard stephen peter "
    "philip anthony andrew david john jonathan patrick timothy lawrence ronald gregory "
    "frederick nathan zachary dominic bradley ethan mason lucas logan isaac max ryan adam "
    "kyle connor reece callum ibrahim yusuf omar ali arjun rohan kwame emeka tomasz piotr"
)
_FAMILY = _words(
    "smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson "
    "thompson wright walker white edwards hughes green hall lewis harris clarke patel "
    "jackson wood turner martin cooper hill ward morris moore clark lee king baker harrison "
    "morgan allen james scott phillips watson davis parker price bennett young griffiths "
    "mitchell kelly cook carter richardson bailey collins bell shaw murphy miller cox "
    "richards khan marshall anderson simpson ellis adams singh begum wilkinson foster "
    "chapman powell webb rogers gray mason ali hunt hussain campbell matthews owen palmer "
    "holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins murray "
    "dixon harvey graham pearson ahmed fletcher walsh kaur gibson howard andrews stewart"
)
_PREFIXES = _words(
    "ash bar black brad brook bur cal car chad cross dun east fair farn green hal hart "
    "hather high kings lang lock marl mel nor oak pen red ring ross sand shel stan sut "
    "thorn wal west whit win wood yar"
)
_SUFFIXES = _words(
    "bury by combe croft dale den field ford gate ham hurst ington ley low man more "
    "ridge shaw stead stone thorpe ton wick well worth wood"
)
_AREAS = {
    "LS": "leeds",
    "M": "manchester",
    "B": "birmingham",
    "S": "sheffield",
    "L": "liverpool",
    "BS": "bristol",
    "NE": "newcastle",
    "NG": "nottingham",
    "LE": "leicester",
    "CV": "coventry",
    "E": "london",
    "N": "london",
    "SE": "london",
    "SW": "london",
    "BD": "bradford",
    "HU": "hull",
    "PL": "plymouth",
    "SO": "southampton",
    "DE": "derby",
    "ST": "stoke",
}
_STREETS = _words(
    "church station victoria park green mill manor school queen king high grange new "
    "north south west east chapel orchard meadow elm oak beech willow cedar vicarage"
)
_STREET_KINDS = ("street", "road", "lane", "avenue", "close", "drive", "way", "crescent")
_DOMAINS = ("mail.example", "inbox.example", "post.example", "web.example")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


@dataclass(frozen=True)
class _Person:
    given: str
    family: str
    dob: dt.date
    sex: str
    postcode: str
    city: str
    address: str
    email: str
    nhs: str
    upn: str


def _zipf(rng: random.Random, names: list[str]) -> str:
    # Rank-frequency close to real name lists: the commonest name is a few per cent of
    # people, the rarest a fraction of one per cent.
    weights = _WEIGHTS.get(len(names))
    if weights is None:
        weights = _WEIGHTS[len(names)] = [1 / (rank + 10) for rank in range(len(names))]
    return rng.choices(names, cum_weights=None, weights=weights)[0]


_WEIGHTS: dict[int, list[float]] = {}


def _family(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return _zipf(rng, _FAMILY)
    return rng.choice(_PREFIXES) + rng.choice(_SUFFIXES)


def _home(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice(list(_AREAS))
    inward = f"{rng.randint(0, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
    postcode = f"{area}{rng.randint(1, 29)} {inward}"
    street = f"{rng.randint(1, 240)} {rng.choice(_STREETS)} {rng.choice(_STREET_KINDS)}"
    return postcode, _AREAS[area], street


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check != 10:
            return "".join(map(str, body)) + str(check % 11)


def _upn(rng: random.Random) -> str:
    body = f"{rng.randint(201, 938)}{rng.randint(1000, 9999)}{rng.randint(5, 24):02d}"
    body += f"{rng.randint(0, 999):03d}"
    return upn_check_letter(body) + body


def _person(rng: random.Random, taken: set[str]) -> _Person:
    sex = rng.choice("FM")
    given = _zipf(rng, _FEMALE if sex == "F" else _MALE)
    family = _family(rng)
    dob = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 30_500))
    postcode, city, address = _home(rng)
    style = rng.randrange(3)
    user = (given + "." + family, given[0] + family, family + given[:3])[style]
    domain = rng.choice(_DOMAINS)
    email = f"{user}@{domain}"
    while email in taken:
        # An address belongs to one person: a taken one gets a number, as providers insist.
        email = f"{user}{rng.randint(1, 999)}@{domain}"
    taken.add(email)
    nhs = _nhs_number(rng) if rng.random() < 0.5 else ""
    upn = _upn(rng) if dob.year >= 2005 and rng.random() < 0.6 else ""
    return _Person(given, family, dob, sex, postcode, city, address, email, nhs, upn)


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 3:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice("aeiourstnl") + text[i + 1 :]


def _written_dob(rng: random.Random, dob: dt.date) -> str:
    roll = rng.random()
    if roll < 0.04:
        return ""
    if roll < 0.09 and dob.day <= 12 and dob.day != dob.month:
        return f"{dob.year}-{dob.day:02d}-{dob.month:02d}"
    if roll < 0.13:
        return f"{dob.year}-{dob.month:02d}" if rng.random() < 0.7 else str(dob.year)
    if roll < 0.17:
        return _typo_digit(rng, dob)
    # Agencies write dates both ways round: a quarter of records are British DD/MM/YYYY.
    return dob.strftime("%d/%m/%Y") if roll < 0.4 else dob.isoformat()


def _typo_digit(rng: random.Random, dob: dt.date) -> str:
    for _ in range(10):
        days = rng.choice((1, -1, 10, -10, 365, -365))
        try:
            return (dob + dt.timedelta(days=days)).isoformat()
        except OverflowError:
            continue
    return dob.isoformat()


def _nickname(rng: random.Random, given: str) -> str:
    from foresight.linkage.splink_settings import nicknames

    short = [nick for nick, formal in nicknames().items() if formal == given and nick != given]
    return rng.choice(short) if short else given


def _record(rng: random.Random, person: _Person) -> _Person:
    """One agency's record of the person: the mistakes and gaps records really have."""
    p = person
    if rng.random() < 0.12:
        p = replace(p, given=_nickname(rng, p.given))
    if rng.random() < 0.08:
        p = replace(p, given=_typo(rng, p.given))
    if rng.random() < 0.08:
        p = replace(p, family=_typo(rng, p.family))
    if p.sex == "F" and rng.random() < 0.04:
        p = replace(p, family=_family(rng))
    if rng.random() < 0.15:
        postcode, city, address = _home(rng)
        p = replace(p, postcode=postcode, city=city, address=address)
    if rng.random() < 0.05:
        p = replace(p, postcode=_typo(rng, p.postcode))
    if rng.random() < 0.08:
        p = replace(p, email=_typo(rng, p.email))
    if p.nhs and rng.random() < 0.02:
        # One digit mistyped: the check digit then fails, so linkage must not trust it.
        i = rng.randrange(10)
        p = replace(p, nhs=p.nhs[:i] + str((int(p.nhs[i]) + 1) % 10) + p.nhs[i + 1 :])
    return p


def _row(rng: random.Random, p: _Person, record_id: int, cluster: int) -> dict[str, str]:
    def maybe(value: str, missing: float) -> str:
        return "" if rng.random() < missing else value

    given, family = p.given.title(), p.family.title()
    if rng.random() < 0.02:
        given, family = family, given
    return {
        "person_id": f"R{record_id:07d}",
        "given_names": maybe(given, 0.03),
        "family_name": maybe(family, 0.02),
        "date_of_birth": _written_dob(rng, p.dob),
        "sex": maybe(p.sex, 0.08),
        "postcode": maybe(p.postcode, 0.12),
        "city": maybe(p.city.title(), 0.2),
        "address": maybe(p.address.title(), 0.3),
        "email": maybe(p.email, 0.5),
        "nhs_number": maybe(p.nhs, 0.4),
        "upn": maybe(p.upn, 0.3),
        "cluster": f"C{cluster:07d}",
    }


def _copies(rng: random.Random) -> int:
    return rng.choices((1, 2, 3, 4, 5, 6), weights=(45, 25, 14, 8, 5, 3))[0]


def generate_people(count: int, *, seed: int = 0) -> Iterator[dict[str, str]]:
    """``count`` records of invented people (columns :data:`COLUMNS`), in shuffled order."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    cluster = 0
    taken: set[str] = set()
    while len(rows) < count:
        person = _person(rng, taken)
        people = [person]
        if rng.random() < 0.01:
            twin_given = _zipf(rng, _FEMALE if person.sex == "F" else _MALE)
            if twin_given != person.given:
                people.append(replace(person, given=twin_given, nhs="", upn="", email=""))
        for who in people:
            for _ in range(_copies(rng)):
                rows.append(_row(rng, _record(rng, who), len(rows), cluster))
            cluster += 1
    del rows[count:]
    rng.shuffle(rows)
    yield from rows


def write_people_csv(path: Path, count: int, *, seed: int = 0) -> None:
    """Write :func:`generate_people` to a CSV file with a header row."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(generate_people(count, seed=seed))
