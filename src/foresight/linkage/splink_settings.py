"""The Splink model of a person: comparisons, blocking rules and training blocks.

One place defines how two person records are compared, so that ``foresight link`` (trained
on the table it is given) and bundles (which use match weights shipped with the package)
score pairs the same way. Splink is imported inside the functions that need it.

The model reads a table with ``unique_id`` and any of :data:`LINK_COLUMNS`, already
normalised (see :mod:`foresight.linkage.probabilistic`): names lower case letters only,
``given_name_canon`` the name through :func:`canonical_given_name`, ``dob`` written
``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY`` when only part is known), ``postcode`` upper case
without spaces, ``sex`` one letter. A column that is absent is simply not compared.

>>> canonical_given_name("Bill")
'william'
>>> settings(frozenset({"given_name", "given_name_canon", "family_name", "dob"})).link_type
'dedupe_only'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from splink import SettingsCreator
    from splink.internals.blocking_rule_creator import BlockingRuleCreator
    from splink.internals.comparison_creator import ComparisonCreator
    from splink.internals.comparison_level_creator import ComparisonLevelCreator

    Levels = list[ComparisonLevelCreator | dict[str, Any]]

# The columns the model compares, in the order comparisons are listed.
LINK_COLUMNS = (
    "given_name",
    "given_name_canon",
    "family_name",
    "dob",
    "postcode",
    "address",
    "city",
    "email",
    "sex",
)

# Jaro-Winkler levels for names: 0.92 catches one slip in a typical name ("Jonh"), 0.8 a
# worse spelling or a shortened form the nickname table does not know.
NAME_SIMILARITY = (0.92, 0.8)


@cache
def nicknames() -> Mapping[str, str]:
    """Each known given name or nickname mapped to its formal form (package data).

    >>> nicknames()["liz"]
    'elizabeth'
    """
    text = resources.files("foresight.linkage").joinpath("nicknames.txt").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        names = line.split()
        if not names or names[0].startswith("#"):
            continue
        for name in names:
            table.setdefault(name, names[0])
    return table


def canonical_given_name(name: str) -> str:
    """A given name's formal form, so "Bill" and "William" compare equal ('' stays '')."""
    folded = "".join(c for c in name.lower() if c.isalpha())
    return nicknames().get(folded, folded)


def _name(column: str, canon: str | None, present: frozenset[str]) -> ComparisonCreator:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    levels: Levels = [
        cll.NullLevel(column),
        cll.ExactMatchLevel(column, term_frequency_adjustments=True),
    ]
    if canon is not None and canon in present:
        levels.append(
            cll.CustomLevel(f"{canon}_l = {canon}_r", label_for_charts="Same name or nickname")
        )
    if column == "given_name" and "family_name" in present:
        # Given and family names written the wrong way round: agree both ways crossed.
        levels.append(
            cll.CustomLevel(
                "given_name_l = family_name_r AND family_name_l = given_name_r",
                label_for_charts="Given and family names swapped",
            )
        )
    levels += [cll.JaroWinklerLevel(column, t) for t in NAME_SIMILARITY]
    levels.append(cll.ElseLevel())
    return cl.CustomComparison(levels, output_column_name=column)


def _dob() -> ComparisonCreator:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    full = "length(dob_l) = 10 AND length(dob_r) = 10"
    swapped = (
        f"{full} AND substr(dob_l, 1, 4) = substr(dob_r, 1, 4)"
        " AND substr(dob_l, 6, 2) = substr(dob_r, 9, 2)"
        " AND substr(dob_l, 9, 2) = substr(dob_r, 6, 2)"
    )
    # A partial date ("2015-10", "2015") agrees with any full date it is the start of.
    partial = (
        "(length(dob_l) < length(dob_r) AND substr(dob_r, 1, length(dob_l)) = dob_l)"
        " OR (length(dob_r) < length(dob_l) AND substr(dob_l, 1, length(dob_r)) = dob_r)"
    )
    levels: Levels = [
        cll.NullLevel("dob"),
        cll.ExactMatchLevel("dob"),
        cll.CustomLevel(swapped, label_for_charts="Day and month swapped"),
        cll.CustomLevel(partial, label_for_charts="Partial date agrees"),
        cll.DamerauLevenshteinLevel("dob", 1),
        cll.AbsoluteDateDifferenceLevel("dob", input_is_string=True, threshold=3, metric="month"),
        cll.CustomLevel("substr(dob_l, 1, 4) = substr(dob_r, 1, 4)", label_for_charts="Same year"),
        cll.ElseLevel(),
    ]
    return cl.CustomComparison(levels, output_column_name="dob")


def _postcode() -> ComparisonCreator:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    # Postcodes are stored without the space: the inward code is always the last three
    # characters, so the sector drops two and the district three.
    levels: Levels = [
        cll.NullLevel("postcode"),
        cll.ExactMatchLevel("postcode"),
        cll.CustomLevel(
            "substr(postcode_l, 1, length(postcode_l) - 2)"
            " = substr(postcode_r, 1, length(postcode_r) - 2)",
            label_for_charts="Same postcode sector",
        ),
        cll.CustomLevel(
            "substr(postcode_l, 1, length(postcode_l) - 3)"
            " = substr(postcode_r, 1, length(postcode_r) - 3)",
            label_for_charts="Same postcode district",
        ),
        cll.ElseLevel(),
    ]
    return cl.CustomComparison(levels, output_column_name="postcode")


def _email() -> ComparisonCreator:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    levels: Levels = [
        cll.NullLevel("email"),
        cll.ExactMatchLevel("email"),
        # No "same user name" level: user names are built from names, so agreeing on one
        # says again what the names said, and counting it twice merges namesakes.
        cll.DamerauLevenshteinLevel("email", 2),
        cll.ElseLevel(),
    ]
    return cl.CustomComparison(levels, output_column_name="email")


def comparisons(present: Iterable[str]) -> list[ComparisonCreator]:
    """The comparisons for the columns present (``given_name_canon`` only refines names)."""
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    cols = frozenset(present)
    out: list[ComparisonCreator] = []
    if "given_name" in cols:
        out.append(_name("given_name", "given_name_canon", cols))
    if "family_name" in cols:
        out.append(_name("family_name", None, cols))
    if "dob" in cols:
        out.append(_dob())
    if "postcode" in cols:
        out.append(_postcode())
    if "address" in cols:
        out.append(
            cl.CustomComparison(
                [
                    cll.NullLevel("address"),
                    cll.ExactMatchLevel("address"),
                    cll.JaroWinklerLevel("address", 0.9),
                    cll.ElseLevel(),
                ],
                output_column_name="address",
            )
        )
    if "city" in cols:
        out.append(cl.ExactMatch("city").configure(term_frequency_adjustments=True))
    if "email" in cols:
        out.append(_email())
    if "sex" in cols:
        out.append(cl.ExactMatch("sex"))
    return out


def _rules(present: frozenset[str], candidates: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    def column(expression: str) -> str:
        return expression.removeprefix("substr(").split(",")[0]

    return [rule for rule in candidates if all(column(c) in present for c in rule)]


# Blocking for prediction: every pair that shares one of these is scored. Each rule is narrow
# enough that a million records give well under a million pairs; together they still meet a
# duplicate whose name, date of birth or address has changed, so long as something is left.
PREDICTION_BLOCKS: tuple[tuple[str, ...], ...] = (
    ("family_name", "dob"),
    ("given_name_canon", "dob"),
    ("given_name_canon", "family_name", "substr(dob, 1, 4)"),
    ("email",),
    ("postcode", "dob"),
    ("postcode", "given_name_canon"),
    ("address", "given_name_canon"),
    ("city", "dob"),
)

# Wider blocks, used only on tables of up to SMALL_TABLE rows: in a million records each
# would add ten to twenty million pairs (common names), in a few thousand only a few more.
# They find a duplicate whose date of birth is wrong and who has no email or address in common.
SMALL_TABLE = 100_000
SMALL_TABLE_BLOCKS: tuple[tuple[str, ...], ...] = (
    ("given_name_canon", "family_name"),
    ("given_name_canon", "substr(dob, 1, 7)"),
    ("family_name", "substr(dob, 1, 4)"),
)

# Training blocks for expectation maximisation. Never names: emails and user names are
# built from names, so pairs blocked on a name agree on email far more often than matches
# do at large, and EM would learn that email says little. Date of birth and postcode are
# independent of the rest; email is the fallback when there is no postcode.
TRAINING_BLOCKS: tuple[tuple[str, ...], ...] = (("dob",), ("postcode",), ("email",))


def prediction_blocking_rules(
    present: Iterable[str], rows: int | None = None
) -> list[BlockingRuleCreator]:
    """The blocking rules for prediction that the columns present (and table size) allow."""
    from splink import block_on

    candidates = PREDICTION_BLOCKS
    if rows is not None and rows <= SMALL_TABLE:
        candidates += SMALL_TABLE_BLOCKS
    return [block_on(*rule) for rule in _rules(frozenset(present), candidates)]


def training_blocking_rules(present: Iterable[str]) -> list[BlockingRuleCreator]:
    """Two blocking rules for EM training (date of birth, then postcode or email)."""
    from splink import block_on

    return [block_on(*rule) for rule in _rules(frozenset(present), TRAINING_BLOCKS)[:2]]


def deterministic_rules(present: Iterable[str]) -> list[str]:
    """Near-certain match rules, used to estimate how often two random records match."""
    cols = frozenset(present)
    rules = []
    if {"given_name", "family_name", "dob"} <= cols:
        rules.append(
            "l.given_name = r.given_name AND l.family_name = r.family_name AND l.dob = r.dob"
        )
    if "email" in cols:
        rules.append("l.email = r.email")
    return rules


def settings(present: Iterable[str], rows: int | None = None) -> SettingsCreator:
    """The Splink settings (untrained) for a table with these columns, deduplicated.

    ``rows`` is the table's size when known: small tables are also blocked more widely.
    """
    from splink import SettingsCreator

    cols = frozenset(present)
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=list(comparisons(cols)),
        blocking_rules_to_generate_predictions=list(prediction_blocking_rules(cols, rows)),
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
        max_iterations=20,
    )
