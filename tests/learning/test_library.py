"""The learning library: 26 points, stable identifiers, the seed document's exact words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from foresight.learning import LIBRARY, LearningGroup, LearningPoint, learning_point

# A copy of the seed document (the board's 2014 key learning points), kept beside the tests.
SEED = Path(__file__).with_name("key-learning-points-2014.txt")
EXPECTED_IDS = (
    [f"SCR{n}" for n in range(1, 11)]
    + [f"NAT{n}" for n in range(1, 7)]
    + [f"PR{n}" for n in range(1, 6)]
    + [f"AUD{n}" for n in range(1, 6)]
)
GROUP_OF_PREFIX = {
    "SCR": LearningGroup.SERIOUS_CASE_REVIEWS,
    "NAT": LearningGroup.NATIONAL_REVIEWS,
    "PR": LearningGroup.PARTNERSHIP_REVIEWS,
    "AUD": LearningGroup.AUDITS,
}


def squash(text: str) -> str:
    return " ".join(text.split())


def test_exactly_26_points_in_order() -> None:
    assert len(LIBRARY) == 26
    assert [point.id for point in LIBRARY] == EXPECTED_IDS


def test_each_point_is_in_its_group() -> None:
    for point in LIBRARY:
        prefix = re.sub(r"\d+$", "", point.id)
        assert point.group is GROUP_OF_PREFIX[prefix]
    assert str(LearningGroup.AUDITS) == "BSCB audits"


def test_every_field_is_filled_in() -> None:
    for point in LIBRARY:
        for text in (point.title, point.seed_text, point.trigger, point.expectation):
            assert text.strip() == text and len(text) > 10, point.id


def test_seed_text_is_the_seed_documents_own_words_in_order() -> None:
    seed = squash(SEED.read_text(encoding="utf-8"))
    position = 0
    for point in LIBRARY:
        found = seed.find(squash(point.seed_text), position)
        assert found >= 0, f"{point.id}: seed_text not found (in order) in the seed document"
        position = found + len(point.seed_text)


def test_seed_texts_are_distinct_and_known_words_are_where_they_belong() -> None:
    assert len({point.seed_text for point in LIBRARY}) == 26
    assert learning_point("SCR4").seed_text == "The safety of all siblings must be assessed"
    assert "self-harm" in learning_point("SCR6").seed_text
    assert "pre-mobile infants" in learning_point("NAT2").seed_text
    assert "'mother's partner'" in learning_point("PR1").seed_text
    assert "Early identification of vulnerability" in learning_point("AUD5").seed_text


def test_lookup_by_id() -> None:
    point = learning_point("NAT2")
    assert isinstance(point, LearningPoint)
    assert point.title == "Full consideration of even minor injuries to pre-mobile infants"
    assert str(point).startswith("NAT2: ")


def test_unknown_id_is_a_key_error_naming_the_library() -> None:
    with pytest.raises(KeyError, match="SCR11"):
        learning_point("SCR11")


def test_points_are_frozen() -> None:
    point = learning_point("SCR1")
    with pytest.raises(AttributeError):
        point.title = "changed"  # type: ignore[misc]
