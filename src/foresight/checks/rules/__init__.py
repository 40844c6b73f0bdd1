"""The rules, imported by name (no folder scanning): importing one registers it.

Order here is the order checks run and are reported in.
"""

from foresight.checks.rules import (
    nat2_injury_pre_mobile,
    pr1_unidentified_adult,
    pr5_parental_needs,
    scr4_siblings,
    scr6_self_harm,
)

__all__ = [
    "nat2_injury_pre_mobile",
    "pr1_unidentified_adult",
    "pr5_parental_needs",
    "scr4_siblings",
    "scr6_self_harm",
]
