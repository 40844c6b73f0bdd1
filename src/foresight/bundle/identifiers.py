"""Checking the national identifiers agencies record: NHS numbers and unique pupil numbers.

A mistyped identifier would link two different children, or fail to link one child, so both
are verified by their check character before linkage trusts them.
"""

from __future__ import annotations

import re

from nhs_number.validate import calculate_checksum

_SEPARATORS = re.compile(r"[\s\-]+")


def parse_nhs_number(text: str) -> str:
    """The 10 digits of an NHS number, after checking its modulus 11 check digit.

    Spaces and hyphens are ignored (``943 476 5919``, ``943-476-5919``).
    Raises :class:`ValueError` with a message for the practitioner when it is not valid.

    >>> parse_nhs_number("943 476 5919")
    '9434765919'
    """
    digits = _SEPARATORS.sub("", text)
    if not (len(digits) == 10 and digits.isascii() and digits.isdigit()):
        raise ValueError(f"NHS number {text.strip()!r} is not 10 digits")
    # The NHS Data Dictionary's modulus 11 rule (weights 10..2 on the first nine digits):
    # a remainder giving 10 means no number can be valid, which never equals a digit.
    if calculate_checksum(digits[:9]) != int(digits[9]):
        raise ValueError(
            f"NHS number {_grouped(digits)} fails its check digit: check it against the "
            "health record"
        )
    return digits


def _grouped(digits: str) -> str:
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


# The DfE's unique pupil number (UPN), as published in "Unique pupil numbers (UPN): a guide
# for schools and local authorities" and the Government Data Standards Catalogue entry
# "Unique Pupil Number" v2.0: 13 characters, "Annnnnnnnnnnn" (permanent) or "AnnnnnnnnnnnA"
# (temporary). Characters 2-4 are the local authority number, 5-8 the establishment number,
# 9-10 the year of allocation and 11-13 a serial (two digits and a letter when temporary).
# The check letter (character 1) is the sum of characters 2-13, each multiplied by its
# position (weights 2..13), modulo 23, read in this alphabet (no I, O or S); a temporary
# UPN's final letter counts as its value in the same alphabet (A = 0, B = 1, ...).
# The local authority number is not checked against a list: authorities are created and
# renumbered (new unitary councils since 2019), and a stale list would reject real pupils.
UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"
_UPN_SHAPE = re.compile(rf"[{UPN_ALPHABET}][0-9]{{11}}[0-9{UPN_ALPHABET}]", re.ASCII)


def upn_check_letter(body: str) -> str:
    """The check letter for the 12 characters after it (digits, the last may be a letter).

    >>> upn_check_letter("801200005001")
    'B'
    """
    values = [int(c) if c.isdigit() else UPN_ALPHABET.index(c) for c in body.upper()]
    total = sum(weight * value for weight, value in enumerate(values, start=2))
    return UPN_ALPHABET[total % 23]


def parse_upn(text: str) -> str:
    """A unique pupil number in upper case, after checking its check letter.

    Spaces and hyphens are ignored; a temporary UPN (final character a letter) is accepted.
    Raises :class:`ValueError` with a message for the practitioner when it is not valid.

    >>> parse_upn("b801 2000 05001")
    'B801200005001'
    """
    upn = _SEPARATORS.sub("", text).upper()
    if not _UPN_SHAPE.fullmatch(upn):
        raise ValueError(
            f"UPN {text.strip()!r} is not a unique pupil number: it should be a check letter, "
            "11 digits, and a final digit (or a letter for a temporary UPN), 13 characters "
            "in all"
        )
    # The expected letter is not shown: the slip is as likely in a digit, and "correcting"
    # the letter to fit would make a wrong number look valid.
    if upn[0] != upn_check_letter(upn[1:]):
        raise ValueError(f"UPN {upn} fails its check letter: check it against the school record")
    return upn
