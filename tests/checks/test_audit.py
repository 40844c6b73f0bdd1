"""The partnership audit: every bundle reviewed, none stops it, counts as documented."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from audit_support import free_text_audit
from factories import a_case, a_child, an_event
from foresight.checks import REGISTRY, Review, load_settings, review_bundle
from foresight.checks import audit as audit_module
from foresight.checks.audit import (
    Audit,
    Count,
    audit_bundles,
    discover_bundles,
    evidence_agencies,
)
from foresight.errors import BundleError
from foresight.learning import LIBRARY
from foresight.model.outcomes import CheckError, Finding, NotEvaluated, Outcome, Passed
from foresight.synth import AS_OF, write_bundles

# One day for every bundle: the latest of the synthetic families' own days.
DAY = max(AS_OF.values())
CORRUPT = "aaa-corrupt.xlsx"  # sorts first: the audit must carry on past it


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("audit")
    write_bundles(out)
    (out / CORRUPT).write_bytes(b"this is not a workbook")
    (out / "notes.txt").write_text("not a bundle", encoding="utf-8")
    (out / "~$lock.xlsx").write_bytes(b"an Office lock file")
    (out / ".hidden.zip").write_bytes(b"")
    (out / "empty-folder").mkdir()
    (out / "photos").mkdir()
    (out / "photos" / "readme.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def written(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name in AS_OF)


@pytest.fixture(scope="module")
def calls() -> list[tuple[int, int, str]]:
    return []


@pytest.fixture(scope="module")
def audit(folder: Path, calls: list[tuple[int, int, str]]) -> Audit:
    def progress(done: int, total: int, name: str) -> None:
        calls.append((done, total, name))

    return audit_bundles(discover_bundles(folder), as_of=DAY, progress=progress)


@pytest.fixture(scope="module")
def reviews(folder: Path, written: list[str]) -> dict[str, Review]:
    settings = load_settings()
    return {name: review_bundle(folder / name, as_of=DAY, settings=settings) for name in written}


# --- discovering bundles ---------------------------------------------------------------------


def test_discover_finds_every_bundle_and_nothing_else(folder: Path, written: list[str]) -> None:
    found = [p.name for p in discover_bundles(folder)]
    assert sorted(found, key=str.casefold) == found
    assert set(found) == {*written, CORRUPT}
    assert len(written) == len(AS_OF) >= 9


def test_discover_an_empty_folder(tmp_path: Path) -> None:
    assert discover_bundles(tmp_path) == []


def test_discover_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="no such folder"):
        discover_bundles(tmp_path / "missing")


def test_discover_counts_a_folder_with_only_an_events_csv(tmp_path: Path) -> None:
    (tmp_path / "family").mkdir()
    (tmp_path / "family" / "Events.CSV").write_text("agency\n", encoding="utf-8")
    (tmp_path / "b.ZIP").write_bytes(b"")
    assert [p.name for p in discover_bundles(tmp_path)] == ["b.ZIP", "family"]


# --- the audit on the synthetic bundles -----------------------------------------------------


def test_a_corrupt_bundle_is_listed_and_does_not_stop_the_audit(
    audit: Audit, written: list[str], calls: list[tuple[int, int, str]]
) -> None:
    assert [f.bundle for f in audit.failures] == [CORRUPT]
    message = audit.failures[0].message
    assert CORRUPT in message and "\n" not in message
    assert audit.totals.failed == 1
    assert audit.totals.bundles == len(written) + 1
    assert audit.totals.families == len(written) == len(audit.bundles)
    total = len(written) + 1
    assert [c[:2] for c in calls] == [(i, total) for i in range(1, total + 1)]
    assert calls[0][2] == CORRUPT


def test_every_learning_point_is_listed_in_library_order(audit: Audit) -> None:
    assert [p.id for p in audit.learning_points] == [p.id for p in LIBRARY]
    assert [p.title for p in audit.learning_points] == [p.title for p in LIBRARY]


def _independent(reviews: dict[str, Review]) -> dict[str, Any]:
    """The per-learning-point counts, worked out here from the per-bundle reviews."""
    families: defaultdict[str, set[str]] = defaultdict(set)
    children: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    findings: Counter[str] = Counter()
    agency: defaultdict[str, defaultdict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    year: defaultdict[str, defaultdict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, review in reviews.items():
        for f in review.findings:
            for lp in set(f.learning_points):
                families[lp].add(name)
                children[lp].add((name, f.subject))
                findings[lp] += 1
                year[lp][f.first_date.year].add(name)
                for ref in f.evidence:
                    agency[lp][ref.split(":")[0]].add(name)
    return {
        "families": families,
        "children": children,
        "findings": findings,
        "agency": agency,
        "year": year,
    }


def test_counts_per_learning_point_match_the_reviews(
    audit: Audit, reviews: dict[str, Review]
) -> None:
    expected = _independent(reviews)
    assert expected["findings"], "the synthetic families should raise findings"
    for point in audit.learning_points:
        lp = point.id
        assert point.families == len(expected["families"][lp]), lp
        assert point.children == len(expected["children"][lp]), lp
        assert point.findings == expected["findings"][lp], lp
        by_agency = {code: c.families for code, c in point.by_agency.items()}
        assert by_agency == {a: len(s) for a, s in expected["agency"][lp].items()}, lp
        by_year = {y: c.families for y, c in point.by_year.items()}
        assert by_year == {y: len(s) for y, s in expected["year"][lp].items()}, lp
        assert list(point.by_year) == sorted(point.by_year)


def test_totals_and_findings_match_the_reviews(audit: Audit, reviews: dict[str, Review]) -> None:
    t = audit.totals
    assert t.children == sum(len(r.case.subject_children) for r in reviews.values())
    assert t.entries == sum(len(r.case.events_all) for r in reviews.values())
    assert t.findings == sum(len(r.findings) for r in reviews.values()) == len(audit.findings)
    assert t.not_evaluated == sum(len(r.not_evaluated) for r in reviews.values())
    assert t.errors == sum(len(r.errors) for r in reviews.values()) == len(audit.errors)
    rows = Counter((f.bundle, f.check, f.child, f.first_date) for f in audit.findings)
    direct = Counter(
        (name, f.check, f.subject, f.first_date) for name, r in reviews.items() for f in r.findings
    )
    assert rows == direct


def test_check_tallies_match_the_reviews(audit: Audit, reviews: dict[str, Review]) -> None:
    assert [c.code for c in audit.checks] == [spec.code for spec in REGISTRY]
    outcomes = [o for r in reviews.values() for o in r.outcomes]
    for check in audit.checks:
        mine = [o for o in outcomes if o.check == check.code]
        assert check.findings == sum(isinstance(o, Finding) for o in mine)
        assert check.passed == sum(isinstance(o, Passed) for o in mine)
        assert check.not_evaluated == sum(isinstance(o, NotEvaluated) for o in mine)
        assert check.errors == sum(isinstance(o, CheckError) for o in mine)
        assert check.title == REGISTRY[check.code].title
        assert sum(n for _, n in check.top_reasons) <= check.not_evaluated


def test_settings_are_used_and_named(folder: Path, tmp_path: Path) -> None:
    file = tmp_path / "partnership.toml"
    file.write_text("injury_response_days = 1\n", encoding="utf-8")
    settings = load_settings(file)
    result = audit_bundles([folder / CORRUPT], as_of=DAY, settings=settings)
    assert result.settings_source == str(file)
    assert result.as_of == DAY


def test_an_empty_list_gives_zero_counts() -> None:
    result = audit_bundles([], as_of=DAY)
    assert result.totals.bundles == result.totals.families == 0
    assert all(p.families == 0 and not p.by_agency for p in result.learning_points)
    assert len(result.learning_points) == len(LIBRARY)


# --- counting rules, on hand-built reviews ----------------------------------------------------


def _finding(lp: tuple[str, ...], child: str, on: str, *evidence: str) -> Finding:
    return Finding("FS-NAT2", lp, child, "A message.", evidence, dt.date.fromisoformat(on))


def _fake_reviews(monkeypatch: pytest.MonkeyPatch, outcomes: dict[str, list[Outcome]]) -> None:
    case = a_case(
        [a_child("C1"), a_child("C2", name="Ben Sample")],
        [an_event(agency="HV"), an_event(agency="GP")],
    )

    def fake(path: Path, *, as_of: dt.date, settings: Any) -> Review:
        if path.name == "crash.xlsx":
            raise RuntimeError("the reader fell over")
        return Review(case, as_of, tuple(outcomes[path.name]))

    monkeypatch.setattr(audit_module, "review_bundle", fake)


def test_evidence_from_two_agencies_counts_for_both(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_reviews(
        monkeypatch,
        {
            "a.xlsx": [
                _finding(("NAT2",), "CSC:C1", "2014-03-01", "HV:e1", "GP:g1", "HV:e3"),
                _finding(("NAT2",), "CSC:C1", "2015-05-01", "HV:e2"),
                _finding(("NAT2",), "CSC:C2", "2015-06-01", "HV:e4"),
            ],
            "b.zip": [_finding(("SCR4", "PR1"), "CSC:C1", "2015-01-01")],
        },
    )
    result = audit_bundles([Path("a.xlsx"), Path("crash.xlsx"), Path("b.zip")], as_of=DAY)
    nat2 = result.learning_point("NAT2")
    assert nat2.count == Count(families=1, children=2, findings=3)
    assert nat2.by_agency == {"GP": Count(1, 1, 1), "HV": Count(1, 2, 3)}
    assert nat2.by_year == {2014: Count(1, 1, 1), 2015: Count(1, 2, 2)}
    for lp in ("SCR4", "PR1"):
        point = result.learning_point(lp)
        assert point.count == Count(1, 1, 1) and point.by_agency == {}
        assert point.by_year == {2015: Count(1, 1, 1)}
    assert result.findings[0].agencies == ("HV", "GP")
    assert result.findings[0].child_name == "Ava Sample"
    assert [f.bundle for f in result.failures] == ["crash.xlsx"]
    assert "RuntimeError: the reader fell over" in result.failures[0].message
    assert result.totals.families == 2 and result.totals.children == 4


def test_not_evaluated_reasons_and_errors_are_tallied(monkeypatch: pytest.MonkeyPatch) -> None:
    code = REGISTRY.codes()[0]
    _fake_reviews(
        monkeypatch,
        {
            "a.xlsx": [
                NotEvaluated(code, "CSC:C1", "no date of birth"),
                NotEvaluated(code, "CSC:C2", "no date of birth"),
                NotEvaluated(code, "CSC:C2", "no mobility recorded"),
                CheckError(code, "CSC:C1", "KeyError: 'x'"),
                Passed(code, "CSC:C1"),
            ]
        },
    )
    result = audit_bundles([Path("a.xlsx")], as_of=DAY)
    check = next(c for c in result.checks if c.code == code)
    assert (check.not_evaluated, check.errors, check.passed, check.findings) == (3, 1, 1, 0)
    assert check.top_reasons == (("no date of birth", 2), ("no mobility recorded", 1))
    assert [(e.bundle, e.check, e.message) for e in result.errors] == [
        ("a.xlsx", code, "KeyError: 'x'")
    ]


def test_evidence_agencies() -> None:
    assert evidence_agencies(("HV:e1", "GP:7", "HV:e2", "odd")) == ("HV", "GP")
    assert evidence_agencies(()) == ()


def test_findings_resting_on_types_read_from_text_are_counted(tmp_path: Path) -> None:
    audit, paths = free_text_audit(tmp_path)

    coded, free = ([f for f in audit.findings if f.bundle == p.name] for p in paths)
    assert coded and free
    assert all(not f.inferred_evidence for f in coded)
    assert all(f.inferred_evidence == f.evidence for f in free)
    free_bundle = next(b for b in audit.bundles if b.bundle == paths[1].name)
    assert audit.totals.inferred_entries == free_bundle.inferred_entries == free_bundle.entries
    assert audit.totals.findings_on_inferred == len(free)
