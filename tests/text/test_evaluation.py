"""The labelled evaluation set is well formed, and tagging keeps its accuracy on it."""

from __future__ import annotations

import pytest

from foresight.model.vocab import EventType
from foresight.text.evaluation import PARTS, Score, entries, score

# Floors for the tuned parts: a change to the patterns that drops below one is a regression.
TUNING_F1_FLOOR = 0.98
SYNTHETIC_F1_FLOOR = 0.91  # 0.923 on 2026-11-26 (round 5; 0.677 before it)


def test_the_set_has_its_parts() -> None:
    items = entries()
    assert len(items) >= 1400
    assert {e.part for e in items} == set(PARTS)
    assert {"tuning", "tuning3", "synthetic", *(f"heldout{n}" for n in range(3, 13))} <= set(PARTS)
    assert len(entries("heldout")) >= 100
    assert len(entries("fresh")) >= 150


@pytest.mark.parametrize(
    ("part", "size"),
    [
        ("heldout3", 260),
        ("heldout4", 200),
        ("heldout5", 240),
        ("heldout6", 240),
        ("heldout7", 240),
        ("heldout8", 240),
        ("heldout9", 240),
        ("heldout10", 240),
        ("heldout11", 240),
        ("heldout12", 240),
        ("heldout13", 240),
        ("heldout14", 240),
        ("heldout15", 240),
        ("heldout16", 240),
        ("heldout17", 239),
        ("heldout18", 240),
        ("heldout19", 240),
        ("heldout20", 240),
        ("heldout21", 240),
        ("heldout22", 240),
    ],
)
def test_a_held_out_part_is_its_own_file_and_covers_the_vocabulary(part: str, size: int) -> None:
    items = entries(part)
    assert len(items) >= size
    assert {e.source for e in items} == {f"evaluation_{part.replace('heldout', 'holdout')}.tsv"}
    labelled = {k for e in items for k in e.types}
    # Most event types, each where it occurs in practice. heldout20's writers were given two
    # narrow fields (hospital paediatrics; school and education), and 54 of the 69 types occur.
    assert len(labelled) >= (50 if part == "heldout20" else 60)


def test_the_synthetic_part_is_the_long_entries_of_the_synthetic_families() -> None:
    items = entries("synthetic")
    assert len(items) >= 400
    assert {e.source for e in items} == {"evaluation_synthetic.tsv"}
    # Long, multi-sentence entries, most with an outcome after " // ".
    assert sum(len(e.text) for e in items) / len(items) > 100
    assert sum(" // " in e.text for e in items) > len(items) / 2


def test_labels_are_vocabulary_codes_and_texts_unique() -> None:
    items = entries()
    assert all(isinstance(k, EventType) for e in items for k in e.types)
    assert all(EventType.NOTE not in e.types for e in items)
    assert len({e.text for e in items}) == len(items)
    assert all(e.text.strip() == e.text and e.text for e in items)


def test_the_split_is_the_fixed_hash_rule() -> None:
    import hashlib

    split = [e for e in entries() if e.source == "evaluation.tsv"]
    assert len(split) >= 400
    for e in split:
        first = int(hashlib.sha256(e.text.encode()).hexdigest()[0], 16)
        assert e.part == ("heldout" if first < 5 else "tuning")


def test_tuning_part_f1_stays_above_its_floor() -> None:
    assert score(entries("tuning")).overall.f1 >= TUNING_F1_FLOOR


def test_synthetic_part_f1_stays_above_its_floor() -> None:
    assert score(entries("synthetic")).overall.f1 >= SYNTHETIC_F1_FLOOR


def test_scores_count_true_and_false_positives() -> None:
    items = entries("tuning")[:2]
    wrong = [frozenset({EventType.MARAC}) for _ in items]
    result = score(items, wrong)
    assert result.overall.tp == 0
    assert result.overall.fp == 2
    assert result.overall.fn == sum(len(e.types) for e in items)
    assert Score(3, 1, 0).precision == 0.75 and Score(3, 0, 1).recall == 0.75
