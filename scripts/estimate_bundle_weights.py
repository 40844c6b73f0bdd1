"""Estimate the match weights bundles ship with, from synthetic bundles with known truth.

    .venv/bin/python scripts/estimate_bundle_weights.py            # writes the shipped file
    .venv/bin/python scripts/estimate_bundle_weights.py --bundles 50 --out /tmp/w.json

A bundle's handful of people is too few to train on, so the weights are estimated once here
and committed as ``src/foresight/linkage/data/bundle_weights.json``. Method: counting on the
generator's ground truth (a supervised Fellegi-Sunter estimate, the same as Splink's
``estimate_m_from_label_column`` with u counted over labelled non-matches): for every pair of
records of different agencies within one synthetic bundle, m is the share of one person's
pairs at each comparison level and u the share of two people's pairs. u comes from pairs
within a family, not from random strangers, because the people a bundle must tell apart are
siblings, twins, parents and grandparents who share a family name, an address and often a
birth year. The prior is the share of matching pairs among those pairs. The same seed writes
the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

from foresight.linkage.bundle_weights import LEVELS, NULL, levels
from foresight.linkage.names import other_forms
from foresight.model.dates import UncertainDate
from foresight.model.records import PersonRecord
from foresight.model.vocab import Sex

SEED = 20140601
BUNDLES = 4000
OUT = Path(__file__).resolve().parents[1] / "src/foresight/linkage/data/bundle_weights.json"
THRESHOLDS = {"link": 0.99, "uncertain": 0.5}
AGENCIES = ("CSC", "GP", "HV", "SCHOOL", "POLICE", "HOSPITAL", "AMH", "HOUSING")

GIRLS = [
    "Amelia",
    "Ava",
    "Charlotte",
    "Chloe",
    "Ellie",
    "Emily",
    "Grace",
    "Isabella",
    "Jessica",
    "Kayleigh",
    "Lily",
    "Mia",
    "Olivia",
    "Poppy",
    "Ruby",
    "Sophie",
    "Abigail",
    "Alexandra",
    "Catherine",
    "Elizabeth",
    "Eleanor",
    "Margaret",
    "Rebecca",
    "Samantha",
    "Victoria",
    "Deborah",
    "Jennifer",
    "Nicola",
    "Patricia",
    "Sarah",
    "Susan",
    "Leanne",
    "Jade",
    "Courtney",
    "Shannon",
]
BOYS = [
    "Alfie",
    "Charlie",
    "Harry",
    "Jack",
    "Jacob",
    "Leo",
    "Noah",
    "Oscar",
    "Oliver",
    "Thomas",
    "George",
    "Alexander",
    "Andrew",
    "Anthony",
    "Benjamin",
    "Christopher",
    "Daniel",
    "David",
    "Edward",
    "Frederick",
    "James",
    "Jonathan",
    "Joseph",
    "Joshua",
    "Matthew",
    "Michael",
    "Nicholas",
    "Richard",
    "Robert",
    "Samuel",
    "Stephen",
    "William",
    "Liam",
    "Connor",
    "Kyle",
    "Dean",
]
FAMILY = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Hughes",
    "Edwards",
    "Turner",
    "Harris",
    "Lewis",
    "Martin",
    "Cooper",
    "Hill",
    "Ward",
    "Morris",
    "Moore",
    "Clark",
    "Lee",
    "King",
    "Baker",
    "Harrison",
    "Morgan",
    "Allen",
    "Scott",
    "Kowalski",
    "Nowak",
    "Begum",
    "Khan",
    "Ali",
    "Hussain",
    "Okafor",
    "Mensah",
    "Osei",
    "Farrow",
    "Pennington",
    "Ashworth",
]
AREAS = ("LS", "BD", "HX", "WF", "HD", "M", "OL", "BL", "S", "DN")


@dataclass(frozen=True)
class Truth:
    """One synthetic human being as they really are."""

    given: str
    family: str
    born: dt.date
    sex: Sex
    postcode: str


def _postcode(rng: random.Random, near: str | None = None) -> str:
    if near and rng.random() < 0.5:  # a move within the district keeps the outward code
        return f"{near.split()[0]} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" + (
            rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        )
    out = f"{rng.choice(AREAS)}{rng.randint(1, 29)}"
    inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return f"{out} {inward}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def _name(rng: random.Random, sex: Sex, taken: set[str]) -> str:
    pool = [n for n in (GIRLS if sex is Sex.FEMALE else BOYS) if n not in taken]
    name = rng.choice(pool)
    taken.add(name)
    return name


def family(rng: random.Random) -> list[Truth]:
    """A household: a mother, often a partner, one to five children, sometimes a grandparent
    or an older relative; siblings share a family name and address, sometimes a birthday."""
    surname, home, taken = rng.choice(FAMILY), _postcode(rng), set[str]()
    mum_born = _day(rng, dt.date(1975, 1, 1), dt.date(2000, 12, 31))
    people = [Truth(_name(rng, Sex.FEMALE, taken), surname, mum_born, Sex.FEMALE, home)]
    if rng.random() < 0.7:
        partner_name = surname if rng.random() < 0.4 else rng.choice(FAMILY)
        born = mum_born + dt.timedelta(days=rng.randint(-3000, 3000))
        people.append(Truth(_name(rng, Sex.MALE, taken), partner_name, born, Sex.MALE, home))
    first_child = max(mum_born + dt.timedelta(days=6000), dt.date(2000, 1, 1))
    born = _day(rng, first_child, first_child + dt.timedelta(days=3000))
    for _ in range(rng.choice((1, 1, 2, 2, 3, 3, 4, 5))):
        sex = rng.choice((Sex.FEMALE, Sex.MALE))
        people.append(Truth(_name(rng, sex, taken), surname, born, sex, home))
        if rng.random() > 0.06:  # twins share the day
            born = born + dt.timedelta(days=rng.randint(300, 1500))
    if rng.random() < 0.3:
        gran = dt.date(mum_born.year - rng.randint(18, 30), rng.randint(1, 12), rng.randint(1, 28))
        people.append(Truth(_name(rng, Sex.FEMALE, taken), surname, gran, Sex.FEMALE, home))
    return [_named_after(rng, person, people) for person in people]


def _named_after(rng: random.Random, person: Truth, family: list[Truth]) -> Truth:
    """Now and then a child carries a parent's or grandparent's name, or its short form."""
    elders = [p for p in family if p.sex is person.sex and p.born.year < person.born.year - 14]
    if not elders or rng.random() > 0.12:
        return person
    given = rng.choice(elders).given
    if rng.random() < 0.4:
        given = _nickname(rng, given)
    return replace(person, given=given)


def _typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(len(text))
    kind = rng.random()
    if kind < 0.35 and len(text) > 3:
        return text[:i] + text[i + 1 :]
    if kind < 0.7 and i + 1 < len(text):
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice("aeiouylnrst") + text[i + 1 :]


def _nickname(rng: random.Random, given: str) -> str:
    forms = other_forms(given.lower())
    return rng.choice(forms).title() if forms else given


def _birth(rng: random.Random, born: dt.date) -> UncertainDate | None:
    roll = rng.random()
    if roll < 0.06:
        return None
    if roll < 0.09 and born.day <= 12 and born.day != born.month:
        return UncertainDate.exact(dt.date(born.year, born.day, born.month))
    if roll < 0.13:
        text = born.strftime("%Y%m%d")
        i = rng.choice((3, 5, 7))
        wrong = text[:i] + str((int(text[i]) + rng.choice((1, 9))) % 10) + text[i + 1 :]
        try:
            return UncertainDate.exact(dt.datetime.strptime(wrong, "%Y%m%d").date())
        except ValueError:
            return UncertainDate.exact(born)
    if roll < 0.16:
        first = born.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return UncertainDate(first, last, born.strftime("%b %Y"))
    if roll < 0.18:  # a registration or arrival date written for the birth date
        return UncertainDate.exact(born + dt.timedelta(days=rng.randint(2, 80)))
    return UncertainDate.exact(born)


def record(rng: random.Random, truth: Truth, agency: str, pid: str) -> PersonRecord:
    """One agency's record of a person, written with the slips agencies make."""
    given: str | None = truth.given
    roll = rng.random()
    if roll < 0.12:
        given = _nickname(rng, truth.given)
    elif roll < 0.18:
        given = _typo(rng, truth.given)
    elif roll < 0.20:
        given = truth.given[0]
    elif roll < 0.22:
        given = None
    family_name: str | None = truth.family
    roll = rng.random()
    if roll < 0.06:
        family_name = _typo(rng, truth.family)
    elif roll < 0.10:
        family_name = rng.choice(FAMILY)  # married, or known by a partner's name
    elif roll < 0.13:
        family_name = None
    postcode: str | None = truth.postcode
    roll = rng.random()
    if roll < 0.12:
        postcode = _postcode(rng, truth.postcode)  # moved since
    elif roll < 0.30:
        postcode = None
    sex = truth.sex if rng.random() < 0.8 else None
    if sex is not None and rng.random() < 0.01:
        sex = Sex.MALE if sex is Sex.FEMALE else Sex.FEMALE
    born = _birth(rng, truth.born)
    return PersonRecord(
        agency, pid, given, family_name, date_of_birth=born, sex=sex, postcode=postcode
    )


def bundle(rng: random.Random) -> Iterator[tuple[int, PersonRecord]]:
    """Each family member's records: one to four agencies each, one record per agency."""
    for who, truth in enumerate(family(rng)):
        for agency in rng.sample(AGENCIES, rng.choice((1, 2, 2, 3, 3, 4))):
            yield who, record(rng, truth, agency, f"{agency[0]}{who}")


def estimate(bundles: int, seed: int) -> dict[str, object]:
    """Count every comparison level over matching and non-matching pairs of the bundles."""
    rng = random.Random(seed)
    m: dict[str, Counter[str]] = {name: Counter() for name in LEVELS}
    u: dict[str, Counter[str]] = {name: Counter() for name in LEVELS}
    matches = pairs = 0
    for _ in range(bundles):
        for (wa, ra), (wb, rb) in combinations(list(bundle(rng)), 2):
            if ra.agency == rb.agency:
                continue
            pairs += 1
            matches += wa == wb
            counts = m if wa == wb else u
            for name, level in levels(ra, rb).items():
                if level != NULL:
                    counts[name][level] += 1
    comparisons = {name: _table(order, m[name], u[name]) for name, order in LEVELS.items()}
    return {
        "about": "Match weights for bundles; written by scripts/estimate_bundle_weights.py.",
        "method": "counted on the synthetic generator's ground truth (Splink not used)",
        "seed": seed,
        "bundles": bundles,
        "pairs": pairs,
        "matching_pairs": matches,
        "prior": round(matches / pairs, 6),
        "thresholds": THRESHOLDS,
        "comparisons": comparisons,
    }


def _table(order: tuple[str, ...], m: Counter[str], u: Counter[str]) -> dict[str, object]:
    """Each level's m, u and log2(m/u); half a pair added to every count so none is zero."""
    m_total, u_total = sum(m.values()) + len(order) / 2, sum(u.values()) + len(order) / 2
    out: dict[str, object] = {}
    for level in order:
        pm, pu = round((m[level] + 0.5) / m_total, 8), round((u[level] + 0.5) / u_total, 8)
        out[level] = {"m": pm, "u": pu, "weight": round(math.log2(pm / pu), 4)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--bundles", type=int, default=BUNDLES, help="synthetic bundles to use")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = estimate(args.bundles, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.out}: {data['pairs']} pairs, {data['matching_pairs']} matching", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
