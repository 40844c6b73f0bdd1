"""The synthetic families, each a bundle with the check codes a review must raise."""

from __future__ import annotations

from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY
from foresight.synth.families.nat2 import NAT2_BRUISED_BABY
from foresight.synth.families.near_miss import NAT2_NEAR_MISS, SCR6_NEAR_MISS
from foresight.synth.families.no_concerns import NO_CONCERNS
from foresight.synth.families.pr1 import PR1_UNKNOWN_MAN
from foresight.synth.families.pr5 import PR5_PARENTAL_NEEDS
from foresight.synth.families.scr4 import SCR4_SIBLING_NOT_ASSESSED
from foresight.synth.families.scr6 import SCR6_SELF_HARM
from foresight.synth.spec import Family

FAMILIES: tuple[Family, ...] = (
    NAT2_BRUISED_BABY,
    SCR6_SELF_HARM,
    PR1_UNKNOWN_MAN,
    SCR4_SIBLING_NOT_ASSESSED,
    PR5_PARENTAL_NEEDS,
    NO_CONCERNS,
    LONG_TERM_MULTI_AGENCY,
    NAT2_NEAR_MISS,
    SCR6_NEAR_MISS,
)

__all__ = ["FAMILIES"]
