"""What the reader takes from an entry's text when its ``event_type`` is blank: types that rest
on an uncertain mention (and findings that say so), and structured values the text states."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from bundle.builders import events, family, write_folder
from factories import a_child, an_adult
from foresight.bundle import read_bundle
from foresight.bundle.events import FamilyFacts
from foresight.checks.review import review_bundle
from foresight.checks.settings import load_settings
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Finding
from foresight.model.records import Bundle, Event
from foresight.model.vocab import ChildSeen, EventType, Mobility
from foresight.synth.families import FAMILIES
from foresight.synth.spec import Entry, Family
from foresight.synth.writers import write_family
from foresight.text.patterns import load

UNCERTAIN_BRUISE = "HV visit. ?bruise to L cheek. Baby 3 months old, thriving."
NOTE = "(the entry's injury was inferred from an uncertain mention: '?bruise')"


def _nat2() -> Family:
    return next(f for f in FAMILIES if f.name == "nat2-bruised-baby")


def _hv_injury(entry: Entry) -> bool:
    return entry.agency == "HV" and "injury" in entry.types


def _family(change: dict[str, str], blank_all: bool = True) -> Family:
    """The NAT2 family with its HV injury entry changed (and every type blank)."""
    family = _nat2()
    entries = tuple(
        dataclasses.replace(e, **({"types": ""} if blank_all else {}))
        if not _hv_injury(e)
        else dataclasses.replace(e, **change)
        for e in family.entries
    )
    return dataclasses.replace(family, entries=entries)


def _read(family: Family, tmp_path: Path) -> Bundle:
    return read_bundle(write_family(family, tmp_path))


def _hv_injury_event(bundle: Bundle) -> Event:
    return next(e for e in bundle.events if e.agency == "HV" and e.has(EventType.INJURY))


def test_an_uncertain_mention_marks_the_inferred_type_uncertain(tmp_path: Path) -> None:
    bundle = _read(_family({"types": "", "details": UNCERTAIN_BRUISE, "outcome": ""}), tmp_path)
    event = _hv_injury_event(bundle)
    assert event.types_inferred
    assert event.uncertain_types == (EventType.INJURY,)
    certain = [e for e in bundle.events if e.types_inferred and e is not event]
    assert all(EventType.INJURY not in e.uncertain_types for e in certain)


def test_a_finding_resting_on_an_uncertain_mention_says_so(tmp_path: Path) -> None:
    family = _family({"types": "", "details": UNCERTAIN_BRUISE, "outcome": ""})
    path = write_family(family, tmp_path)
    review = review_bundle(path, as_of=family.as_of)
    event = _hv_injury_event(read_bundle(path))
    findings = [o for o in review.outcomes if isinstance(o, Finding) and o.check == "FS-NAT2"]
    on_it = [f for f in findings if event.ref in f.evidence]
    assert on_it, [f.message for f in findings]
    assert all(NOTE in f.message for f in on_it)
    assert all(NOTE not in f.message for f in findings if f not in on_it)


def test_a_coded_or_certain_entry_carries_no_uncertainty_note(tmp_path: Path) -> None:
    coded = _family({"details": UNCERTAIN_BRUISE, "outcome": ""}, blank_all=False)
    review = review_bundle(write_family(coded, tmp_path), as_of=coded.as_of)
    messages = [o.message for o in review.outcomes if isinstance(o, Finding)]
    assert messages and not any("uncertain mention" in m for m in messages)
    certain = _family({"types": ""})
    (tmp_path / "certain").mkdir()
    review = review_bundle(write_family(certain, tmp_path / "certain"), as_of=certain.as_of)
    assert not any(
        "uncertain mention" in o.message for o in review.outcomes if isinstance(o, Finding)
    )


def test_a_blank_carried_column_is_filled_from_the_text(tmp_path: Path) -> None:
    text = "HV visit. Small bruise on L cheek, baby not yet rolling. Child seen alone."
    family = _family({"types": "", "details": text, "mobility": "", "child_seen": ""})
    bundle = _read(family, tmp_path)
    event = _hv_injury_event(bundle)
    assert bundle.carries("HV", "mobility") and bundle.carries("HV", "child_seen")
    assert event.mobility == Mobility.NOT_MOBILE
    assert event.child_seen == ChildSeen.ALONE


def test_a_written_value_is_never_replaced_by_the_text(tmp_path: Path) -> None:
    text = "HV visit. Small bruise on L cheek, baby now crawling."
    family = _family({"types": "", "details": text, "mobility": "not_mobile"})
    assert _hv_injury_event(_read(family, tmp_path)).mobility == Mobility.NOT_MOBILE


def test_a_column_the_agency_never_fills_stays_not_carried_and_blank(tmp_path: Path) -> None:
    family = _nat2()
    text = "Seen with mother. Bruise on cheek, not yet rolling. Risk level high. Seen alone."
    gp = Entry("GP", family.entries[-1].date, "", text, subjects="G7731", people="G7730")
    changed = dataclasses.replace(family, entries=(*family.entries, gp))
    bundle = _read(changed, tmp_path)
    event = next(e for e in bundle.events if e.agency == "GP" and e.details == text)
    assert event.types_inferred and event.has(EventType.INJURY)
    assert not bundle.carries("GP", "mobility") and not bundle.carries("GP", "risk_level")
    assert event.mobility is None and event.risk_level is None and event.child_seen is None


def test_coded_entries_take_nothing_from_the_text(tmp_path: Path) -> None:
    text = "HV visit. Bruise on L cheek, baby not yet rolling. Child seen alone."
    family = _family({"details": text, "child_seen": ""}, blank_all=False)
    event = _hv_injury_event(_read(family, tmp_path))
    assert not event.types_inferred and event.uncertain_types == ()
    assert event.child_seen is None


def test_a_dna_is_read_at_the_age_of_whom_the_entry_is_about(tmp_path: Path) -> None:
    """A bare "DNA" about the baby (subjects) is was_not_brought: the reader knows her date of
    birth though the text gives no age; about the mother alone (people) it is did_not_attend."""
    family = _nat2()
    day = family.entries[-1].date
    baby = Entry("GP", day, "", "Appointment DNA. Letter sent.", subjects="G7731")
    mum = Entry("GP", day, "", "Appointment DNA, letter sent.", subjects="", people="G7730")
    bundle = _read(dataclasses.replace(family, entries=(*family.entries, baby, mum)), tmp_path)
    read = {e.details: e.types for e in bundle.events if e.agency == "GP" and e.types_inferred}
    assert read[baby.details] == (EventType.WAS_NOT_BROUGHT,)
    assert read[mum.details] == (EventType.DID_NOT_ATTEND,)


def test_the_youngest_of_whom_an_entry_is_about_gives_its_age() -> None:
    people = [
        a_child("C1", born="2010-05-01"),
        a_child("C2", born="2004-05-01"),
        a_child("C3", born="2012-05-01", agency="GP"),
        an_adult("M1", born="1980-01-01"),
        a_child("C4", born=None),
    ]
    ages = FamilyFacts.of(people)
    day = UncertainDate.exact(dt.date(2020, 5, 1))
    assert ages.youngest("CSC", ("C2",), day) == 16
    assert ages.youngest("CSC", (), day) == 10  # the agency's subject children
    assert ages.youngest("SCHOOL", (), day) == 8  # an agency flagging none: every child
    assert ages.youngest("CSC", ("C4",), day) is None  # no date of birth recorded
    assert ages.youngest("CSC", ("M1",), day) is None  # not a subject child


def test_the_reader_knows_the_familys_first_names() -> None:
    people = [
        a_child("C1", name="Tia Sample", born="2015-01-01"),
        an_adult("M1", "mother", name="Kerry Sample", born="1990-01-01"),
        an_adult("P1", "mum's boyfriend", name="Dean Other", born="1988-01-01"),
        an_adult("X1", None, name="Lee Unknown", born="1980-01-01"),  # a role that says nothing
        an_adult("M2", "sister", name="Kerry Sample", born="2012-01-01"),  # shares M1's name
        an_adult("G1", "maternal grandmother", name="Pat Sample", born="1960-01-01"),
    ]
    names = FamilyFacts.of(people).names
    assert names == {"tia": "child", "dean": "other_adult", "pat": "other_adult"}


def test_an_entry_naming_a_parent_by_first_name_is_read_as_hers(tmp_path: Path) -> None:
    tables = family()
    tables["events"] = events(
        ["CSC", "E1", "03/02/2012", "", "C1", "Beth was admitted last night after an overdose."]
    )
    bundle = read_bundle(write_folder(tmp_path / "family", tables))
    (event,) = bundle.events
    assert EventType.PARENTAL_FACTOR in event.types
    assert EventType.SELF_HARM not in event.types


@pytest.mark.parametrize(
    ("limit", "expected"), [(None, EventType.WAS_NOT_BROUGHT), (10, EventType.DID_NOT_ATTEND)]
)
def test_the_dna_age_is_the_partnerships_setting(
    tmp_path: Path, limit: int | None, expected: EventType
) -> None:
    tables = family()  # Amy, born 12/01/2011: 12 on the day of the entry
    tables["events"] = events(["CSC", "E1", "03/02/2023", "", "C1", "CAMHS appointment: DNA."])
    settings = (
        load_settings() if limit is None else load_settings().replace(dna_child_age_years=limit)
    )
    review = review_bundle(write_folder(tmp_path / "family", tables), settings=settings)
    (event,) = review.case.events()
    assert expected in event.types


def test_the_dna_age_setting_defaults_to_the_taggers_own() -> None:
    assert load_settings().number("dna_child_age_years") == load().child_age_limit
