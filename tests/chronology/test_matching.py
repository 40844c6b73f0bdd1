"""Text similarity, the stdlib measure behind "similar text" in the same-happening rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from foresight.chronology.matching import text_similarity, words

TEXT = st.text(alphabet=st.sampled_from("abcde fgh.,'"), max_size=40)


@given(TEXT, TEXT)
def test_similarity_is_symmetric_and_between_0_and_1(a: str, b: str) -> None:
    score = text_similarity(a, b)
    assert score == text_similarity(b, a)
    assert 0.0 <= score <= 1.0


@given(TEXT)
def test_a_text_is_wholly_like_itself_when_it_has_content(a: str) -> None:
    assert text_similarity(a, a) == (1.0 if words(a) else 0.0)


def test_common_words_and_a_single_shared_word_do_not_count() -> None:
    assert words("The bruise, on THE cheek") == {"bruise", "cheek"}
    assert text_similarity("Reminder sent home", "Referral sent") == 0.0
    assert text_similarity("bruise to cheek", "a bruise on the cheek") == 1.0
    assert text_similarity("", "bruise") == 0.0
