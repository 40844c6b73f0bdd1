"""Free-text roles read into kinds, sides and sibling kinds."""

import pytest

from foresight.model.roles import (
    HOUSEHOLD_ROLE_KINDS,
    ParentSide,
    RoleKind,
    SiblingKind,
    parent_side,
    role_kind,
    sibling_kind,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mother", RoleKind.PARENT),
        ("Mum", RoleKind.PARENT),
        ("father", RoleKind.PARENT),
        ("birth father", RoleKind.PARENT),
        ("Dad", RoleKind.PARENT),
        ("mother's partner", RoleKind.PARTNER_OF_PARENT),
        ("mum\u2019s boyfriend", RoleKind.PARTNER_OF_PARENT),
        ("partner", RoleKind.PARTNER_OF_PARENT),
        ("boyfriend", RoleKind.PARTNER_OF_PARENT),
        ("girlfriend", RoleKind.PARTNER_OF_PARENT),
        ("stepfather", RoleKind.STEP_PARENT),
        ("step-mum", RoleKind.STEP_PARENT),
        ("half-brother", RoleKind.SIBLING),
        ("brother", RoleKind.SIBLING),
        ("sister", RoleKind.SIBLING),
        ("maternal grandmother", RoleKind.GRANDPARENT),
        ("Grandad", RoleKind.GRANDPARENT),
        ("lodger", RoleKind.LODGER),
        ("family friend", RoleKind.FRIEND),
        ("visitor", RoleKind.VISITOR),
        ("unknown male", RoleKind.UNKNOWN_ADULT),
        ("Unknown female", RoleKind.UNKNOWN_ADULT),
        ("carer", RoleKind.CARER),
        ("foster mother", RoleKind.CARER),
        ("uncle", RoleKind.OTHER_RELATIVE),
        ("friend of mother", RoleKind.FRIEND),
        ("mother's lodger", RoleKind.LODGER),
        ("mother-in-law", RoleKind.OTHER_RELATIVE),
        ("Parents", RoleKind.PARENT),
        ("neighbour", RoleKind.OTHER),
        ("", RoleKind.OTHER),
        (None, RoleKind.OTHER),
    ],
)
def test_role_kind_reads_common_roles(text: str | None, kind: RoleKind) -> None:
    assert role_kind(text) is kind


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("mother's partner", ParentSide.MOTHER),
        ("mum's boyfriend", ParentSide.MOTHER),
        ("Mum", ParentSide.MOTHER),
        ("dad's girlfriend", ParentSide.FATHER),
        ("birth father", ParentSide.FATHER),
        ("partner", None),
        (None, None),
    ],
)
def test_parent_side(text: str | None, side: ParentSide | None) -> None:
    assert parent_side(text) == side


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("half-brother", SiblingKind.HALF),
        ("half sister", SiblingKind.HALF),
        ("stepsister", SiblingKind.STEP),
        ("step-brother", SiblingKind.STEP),
        ("twin brother", SiblingKind.FULL),
        ("brother", SiblingKind.DECLARED),
    ],
)
def test_sibling_kind(text: str, kind: SiblingKind) -> None:
    assert sibling_kind(text) is kind


def test_household_roles_exclude_relatives_living_elsewhere() -> None:
    assert RoleKind.GRANDPARENT not in HOUSEHOLD_ROLE_KINDS
    assert RoleKind.OTHER_RELATIVE not in HOUSEHOLD_ROLE_KINDS
    assert RoleKind.UNKNOWN_ADULT in HOUSEHOLD_ROLE_KINDS
    assert RoleKind.PARTNER_OF_PARENT in HOUSEHOLD_ROLE_KINDS
