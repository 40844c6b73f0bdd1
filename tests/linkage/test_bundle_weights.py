"""Shipped match weights: the file, scoring, links made on them and the rules they never break."""

import datetime as dt
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from factories import a_case, a_child
from foresight.errors import ForesightError
from foresight.linkage.bundle_weights import LEVELS, levels, read_weights, score
from foresight.linkage.names import canonical_given, jaro_winkler, same_by_nickname
from foresight.model.case import Case
from foresight.model.people import Person
from foresight.model.vocab import Sex

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "estimate_bundle_weights.py"
SHIPPED = ROOT / "src" / "foresight" / "linkage" / "data" / "bundle_weights.json"
NHS_A = "9434765919"
NHS_B = "4010232137"


def person(case: Case, agency: str, pid: str) -> Person:
    found = case.person_for(agency, pid)
    assert found is not None
    return found


def test_shipped_weights_are_well_formed() -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert 0 < data["prior"] < 1
    assert 0 < data["thresholds"]["uncertain"] < data["thresholds"]["link"] < 1
    assert "ground truth" in data["method"]
    for name, order in LEVELS.items():
        table = data["comparisons"][name]
        assert set(table) == set(order)
        assert math.isclose(sum(level["m"] for level in table.values()), 1, abs_tol=1e-4)
        assert math.isclose(sum(level["u"] for level in table.values()), 1, abs_tol=1e-4)
        for level in table.values():
            assert 0 < level["m"] < 1 and 0 < level["u"] < 1
            assert math.isclose(level["weight"], math.log2(level["m"] / level["u"]), abs_tol=1e-3)
    weights = read_weights()
    assert weights.link_at == data["thresholds"]["link"]
    # Agreement is evidence for a match and disagreement against, on every comparison.
    for name, agree, disagree in [
        ("given_name", "exact", "else"),
        ("date_of_birth", "exact", "else"),
        ("sex", "same", "different"),
    ]:
        assert weights.weights[name][agree] > 0 > weights.weights[name][disagree]


def test_a_file_that_is_not_weights_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "weights.json"
    bad.write_text('{"prior": 0.2}', encoding="utf-8")
    with pytest.raises(ForesightError, match="not a bundle weights file"):
        read_weights(bad)


def test_levels_of_names_dates_and_postcodes() -> None:
    a = a_child(name="Jessica Sample", postcode="LS1 4AB", sex=Sex.FEMALE)
    assert levels(a, a_child("P1", "2011-12-01", "GP", "Jess Sample", postcode="LS1 4AD")) == {
        "given_name": "nickname",
        "family_name": "exact",
        "date_of_birth": "swapped_day_month",
        "postcode": "sector",
        "sex": "null",
    }
    other = a_child("P2", "2011-01-13", "GP", "Jesica Sampel", postcode="LS1 7XY", sex=Sex.MALE)
    assert levels(a, other) == {
        "given_name": "jaro_winkler_0.92",
        "family_name": "jaro_winkler_0.92",
        "date_of_birth": "one_digit",
        "postcode": "district",
        "sex": "different",
    }
    assert levels(a, a_child("P3", "Jan 2011", "GP", "J Sample"))["date_of_birth"] == (
        "overlapping"
    )
    assert levels(a, a_child("P3", "Jan 2011", "GP", "J Sample"))["given_name"] == "initial"


def test_name_helpers() -> None:
    assert canonical_given("bill") == canonical_given("william")
    assert same_by_nickname("jess", "jessica") and not same_by_nickname("jess", "jess")
    assert jaro_winkler("dwayne", "duane") == pytest.approx(0.84, abs=0.001)
    assert jaro_winkler("sample", "sample") == 1.0 and jaro_winkler("", "x") == 0.0


def test_nickname_pair_links_with_its_probability_and_reason() -> None:
    case = a_case(
        people=[a_child(name="William Sample"), a_child("P1", agency="GP", name="Bill Sample")]
    )
    assert len(case.people) == 1
    (link,) = case.people[0].links
    assert link.probability is not None and link.probability >= read_weights().link_at
    assert link.reason.startswith("probable match (0.99")
    assert "given names William and Bill (a short form)" in link.reason
    assert "same date of birth" in link.reason
    assert case.uncertain_links == ()


def test_typo_pair_links() -> None:
    case = a_case(
        people=[a_child(name="Jessica Farrow"), a_child("H1", agency="HV", name="Jesica Farow")]
    )
    (link,) = person(case, "HV", "H1").links
    assert "given names Jessica and Jesica (nearly the same)" in link.reason
    assert "family names Farrow and Farow" in link.reason


def test_missing_birth_date_leaves_a_likely_pair_uncertain() -> None:
    case = a_case(
        people=[
            a_child(name="William Sample"),
            a_child("P1", agency="GP", name="Bill Sample", born=None),
        ]
    )
    assert len(case.people) == 2
    (uncertain,) = case.uncertain_links
    assert uncertain.probability is not None
    assert 0.5 <= uncertain.probability < 0.99
    assert uncertain.reason.startswith(f"possible match ({uncertain.probability:.3f})")
    assert uncertain.reason.endswith("not joined without the same date of birth")


def test_weak_evidence_is_uncertain_even_with_the_same_birth_date() -> None:
    pair = [a_child(name="A Jones"), a_child("P1", agency="GP", name="Ava Sample")]
    weights = read_weights()
    probability = score(*pair, weights).probability
    assert weights.uncertain_from <= probability < weights.link_at
    case = a_case(people=pair)
    assert len(case.people) == 2
    (uncertain,) = case.uncertain_links
    assert uncertain.probability == pytest.approx(probability)
    assert "different family names (Jones, Sample)" in uncertain.reason
    assert "not joined" not in uncertain.reason


def test_unlike_people_are_neither_linked_nor_listed() -> None:
    case = a_case(
        people=[
            a_child(name="Ava Sample"),
            a_child("P1", agency="GP", name="Ben Sample", born="2013-06-02"),
        ]
    )
    assert len(case.people) == 2
    assert case.uncertain_links == ()


def test_conflicting_identifiers_never_join_however_high_the_score() -> None:
    pair = [
        a_child(name="William Sample", nhs_number=NHS_A, postcode="LS1 4AB", sex=Sex.MALE),
        a_child(
            "P1",
            agency="GP",
            name="Bill Sample",
            nhs_number=NHS_B,
            postcode="LS1 4AB",
            sex=Sex.MALE,
        ),
    ]
    assert score(*pair, read_weights()).probability > 0.99
    case = a_case(people=pair)
    assert len(case.people) == 2
    (uncertain,) = case.uncertain_links
    assert "different NHS numbers (943 476 5919, 401 023 2137)" in uncertain.reason
    assert uncertain.probability is not None and uncertain.probability > 0.99


def test_a_probable_match_never_merges_different_identifiers_through_a_third_record() -> None:
    case = a_case(
        people=[
            a_child(name="William Sample", upn="A801200001001"),
            a_child("P1", agency="GP", name="Bill Sample"),
            a_child("H1", agency="HV", name="Will Sample", upn="B801200001002"),
        ]
    )
    for p in case.people:
        assert len({r.upn for r in p.records if r.upn}) <= 1
    assert person(case, "CSC", "C1") is not person(case, "HV", "H1")


def test_one_agency_records_never_join_on_weights() -> None:
    case = a_case(people=[a_child(name="William Sample"), a_child("C2", name="Bill Sample")])
    assert len(case.people) == 2
    assert case.uncertain_links == ()


def test_same_name_different_birth_stays_uncertain_with_a_probability() -> None:
    case = a_case(
        people=[a_child("C1", born="2011-01-12"), a_child("P1", agency="GP", born="2012-01-12")]
    )
    (uncertain,) = case.uncertain_links
    assert uncertain.reason.startswith("same name but different dates of birth")
    assert uncertain.probability is not None and uncertain.probability > 0.5


def _run(out: Path, seed: int = 7) -> bytes:
    subprocess.run(
        [sys.executable, str(SCRIPT), "--bundles", "25", "--seed", str(seed), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out.read_bytes()


def test_estimation_script_is_deterministic(tmp_path: Path) -> None:
    first, second = _run(tmp_path / "a.json"), _run(tmp_path / "b.json")
    assert first == second
    assert _run(tmp_path / "c.json", seed=8) != first
    weights = read_weights(tmp_path / "a.json")
    assert set(weights.weights) == set(LEVELS)
    assert json.loads(first)["bundles"] == 25


def test_json_report_carries_each_uncertain_links_probability() -> None:
    from foresight.checks.review import review_case
    from foresight.reports.json import report_json

    case = a_case(
        people=[
            a_child(name="William Sample"),
            a_child("P1", agency="GP", name="Bill Sample", born=None),
        ]
    )
    data = report_json(review_case(case, as_of=dt.date(2014, 1, 1)))
    found = {(u["a"]["person_id"], u["b"]["person_id"]): u for u in data["uncertain_links"]}
    (link,) = [u for (a, b), u in found.items() if {a, b} == {"C1", "P1"}]
    assert set(link) == {"a", "b", "reason", "probability"}
    assert 0.5 <= link["probability"] < 0.99
    assert link["reason"].startswith(f"possible match ({link['probability']:.3f}")
    assert all("probability" in u for u in data["uncertain_links"])
