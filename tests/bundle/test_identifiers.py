"""NHS numbers (modulus 11) and unique pupil numbers (DfE check letter)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foresight.bundle.identifiers import (
    UPN_ALPHABET,
    parse_nhs_number,
    parse_upn,
    upn_check_letter,
)

# --- NHS numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["9434765919", "943 476 5919", "943-476-5919", " 9434765919 ", "943 4765 919"]
)
def test_valid_nhs_numbers_read_as_ten_digits(text: str) -> None:
    assert parse_nhs_number(text) == "9434765919"


def test_nhs_number_with_a_wrong_check_digit() -> None:
    with pytest.raises(ValueError, match="NHS number 943 476 5918 fails its check digit"):
        parse_nhs_number("9434765918")


@pytest.mark.parametrize(
    "text", ["", "943476591", "94347659190", "943476591X", "９４３４７６５９１９"]
)
def test_nhs_numbers_that_are_not_ten_digits(text: str) -> None:
    with pytest.raises(ValueError, match="is not 10 digits"):
        parse_nhs_number(text)


def test_a_number_whose_check_would_be_ten_is_never_valid() -> None:
    # 1000000010: weights 10..2 give 10 + 2 = 12; 11 - 12 % 11 = 10, which no digit can be.
    for last in "0123456789":
        with pytest.raises(ValueError, match="check digit"):
            parse_nhs_number("100000001" + last)


def nhs_check_digit(nine: str) -> int:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    return (11 - total % 11) % 11


@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.integers(0, 9))
def test_exactly_one_check_digit_is_accepted(nine: str, last: int) -> None:
    expected = nhs_check_digit(nine)
    number = f"{nine}{last}"
    if last == expected:
        assert parse_nhs_number(number) == number
    else:
        with pytest.raises(ValueError, match="fails its check digit"):
            parse_nhs_number(number)


# --- unique pupil numbers -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["B801200005001", "b801200005001", "B801 2000 05001"])
def test_a_published_valid_upn(text: str) -> None:
    assert parse_upn(text) == "B801200005001"


def test_upn_with_a_wrong_check_letter() -> None:
    with pytest.raises(ValueError, match="UPN A801200005001 fails its check letter"):
        parse_upn("A801200005001")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "B80120000500",  # 12 characters
        "B8012000050011",  # 14 characters
        "X80120000A001",  # a letter in the middle
        "880120000500B",  # no check letter
        "I801200005001",  # I is never a check letter
        "B80120000500S",  # S is never a temporary UPN's last letter
    ],
)
def test_upns_of_the_wrong_shape(text: str) -> None:
    with pytest.raises(ValueError, match="is not a unique pupil number"):
        parse_upn(text)


def test_check_letter_worked_by_hand() -> None:
    # 2x8 + 3x0 + 4x1 + 5x2 + 6x0 + 7x0 + 8x0 + 9x0 + 10x5 + 11x0 + 12x0 + 13x1 = 93;
    # 93 mod 23 = 1, which is B.
    assert upn_check_letter("801200005001") == "B"
    # A temporary UPN's last letter counts as its place in the alphabet: C = 2, so the sum is
    # 80 + 13x2 = 106, and 106 mod 23 = 14, which is Q (I and O are skipped).
    assert upn_check_letter("80120000500C") == "Q"
    assert parse_upn("Q80120000500C") == "Q80120000500C"


upn_bodies = st.builds(
    lambda digits, last: digits + last,
    st.text(alphabet="0123456789", min_size=11, max_size=11),
    st.sampled_from("0123456789" + UPN_ALPHABET),
)


@given(upn_bodies)
def test_every_upn_with_its_check_letter_is_valid(body: str) -> None:
    upn = upn_check_letter(body) + body
    assert parse_upn(upn.lower()) == upn


@given(upn_bodies, st.sampled_from(UPN_ALPHABET))
def test_every_other_check_letter_is_refused(body: str, letter: str) -> None:
    if letter == upn_check_letter(body):
        return
    with pytest.raises(ValueError, match="fails its check letter"):
        parse_upn(letter + body)


@given(upn_bodies, st.integers(1, 11), st.integers(1, 9))
def test_a_single_mistyped_digit_is_caught(body: str, position: int, change: int) -> None:
    # Weights 2..12 on the digits are all non-zero modulo 23, a prime, so any one changed
    # digit changes the check letter.
    upn = upn_check_letter(body) + body
    digit = (int(upn[position]) + change) % 10
    mistyped = upn[:position] + str(digit) + upn[position + 1 :]
    with pytest.raises(ValueError, match="fails its check letter"):
        parse_upn(mistyped)
