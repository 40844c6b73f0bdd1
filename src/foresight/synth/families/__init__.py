"""The synthetic families, each a bundle with the check codes a review must raise."""

from __future__ import annotations

from foresight.synth.families.aud1 import AUD1_CSE_SIGNS, AUD1_NEAR_MISS
from foresight.synth.families.aud2 import AUD2_NEAR_MISS, AUD2_NOT_ENGAGING
from foresight.synth.families.aud4 import AUD4_CONSENT_REFUSED, AUD4_NEAR_MISS
from foresight.synth.families.aud5 import AUD5_NEAR_MISS, AUD5_YOUNG_MOTHER
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY
from foresight.synth.families.nat1 import NAT1_CONCEALED_PREGNANCY, NAT1_NEAR_MISS
from foresight.synth.families.nat2 import NAT2_BRUISED_BABY
from foresight.synth.families.nat3 import NAT3_NEAR_MISS, NAT3_NOT_BROUGHT
from foresight.synth.families.nat4 import NAT4_NEAR_MISS, NAT4_SINGLE_AGENCY
from foresight.synth.families.nat5 import NAT5_NEAR_MISS, NAT5_NOT_SEEN_ALONE
from foresight.synth.families.nat6 import NAT6_NEAR_MISS, NAT6_SINGLED_OUT
from foresight.synth.families.near_miss import NAT2_NEAR_MISS, SCR6_NEAR_MISS
from foresight.synth.families.near_miss_more import PR1_NEAR_MISS, PR5_NEAR_MISS, SCR4_NEAR_MISS
from foresight.synth.families.no_concerns import NO_CONCERNS
from foresight.synth.families.pr1 import PR1_UNKNOWN_MAN
from foresight.synth.families.pr1_text import PR1_TEXT_BOYFRIEND, PR1_TEXT_NEAR_MISS
from foresight.synth.families.pr2 import PR2_BEHAVIOUR_UNHEARD, PR2_NEAR_MISS
from foresight.synth.families.pr3 import PR3_NEAR_MISS, PR3_NO_MERGED_CHRONOLOGY
from foresight.synth.families.pr4 import PR4_NEAR_MISS, PR4_NEGLECT_MASKS_HARM
from foresight.synth.families.pr5 import PR5_PARENTAL_NEEDS
from foresight.synth.families.scr1 import SCR1_DISAGREEMENT_DRIFT, SCR1_NEAR_MISS
from foresight.synth.families.scr2 import SCR2_NEAR_MISS, SCR2_NOT_SHARED
from foresight.synth.families.scr3 import SCR3_FATHER_LEFT_OUT, SCR3_NEAR_MISS
from foresight.synth.families.scr4 import SCR4_SIBLING_NOT_ASSESSED
from foresight.synth.families.scr5 import SCR5_NEAR_MISS, SCR5_NEARLY_18
from foresight.synth.families.scr6 import SCR6_SELF_HARM
from foresight.synth.families.scr7 import SCR7_NEAR_MISS, SCR7_PLACED_AWAY
from foresight.synth.families.scr8 import SCR8_CLOSED_AGAIN, SCR8_NEAR_MISS
from foresight.synth.families.scr9 import SCR9_NEAR_MISS, SCR9_ROUND_AND_ROUND
from foresight.synth.families.scr10 import SCR10_LOSS_NOT_MENTIONED, SCR10_NEAR_MISS
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
    PR1_NEAR_MISS,
    SCR4_NEAR_MISS,
    PR5_NEAR_MISS,
    AUD1_CSE_SIGNS,
    AUD1_NEAR_MISS,
    AUD2_NOT_ENGAGING,
    AUD2_NEAR_MISS,
    PR3_NO_MERGED_CHRONOLOGY,
    PR3_NEAR_MISS,
    SCR1_DISAGREEMENT_DRIFT,
    SCR1_NEAR_MISS,
    SCR9_ROUND_AND_ROUND,
    SCR9_NEAR_MISS,
    AUD4_CONSENT_REFUSED,
    AUD4_NEAR_MISS,
    SCR7_PLACED_AWAY,
    SCR7_NEAR_MISS,
    NAT1_CONCEALED_PREGNANCY,
    NAT1_NEAR_MISS,
    AUD5_YOUNG_MOTHER,
    AUD5_NEAR_MISS,
    PR4_NEGLECT_MASKS_HARM,
    PR4_NEAR_MISS,
    SCR10_LOSS_NOT_MENTIONED,
    SCR10_NEAR_MISS,
    SCR2_NOT_SHARED,
    SCR2_NEAR_MISS,
    SCR3_FATHER_LEFT_OUT,
    SCR3_NEAR_MISS,
    SCR5_NEARLY_18,
    SCR5_NEAR_MISS,
    NAT4_SINGLE_AGENCY,
    NAT4_NEAR_MISS,
    NAT5_NOT_SEEN_ALONE,
    NAT5_NEAR_MISS,
    SCR8_CLOSED_AGAIN,
    SCR8_NEAR_MISS,
    NAT3_NOT_BROUGHT,
    NAT3_NEAR_MISS,
    NAT6_SINGLED_OUT,
    NAT6_NEAR_MISS,
    PR2_BEHAVIOUR_UNHEARD,
    PR2_NEAR_MISS,
    PR1_TEXT_BOYFRIEND,
    PR1_TEXT_NEAR_MISS,
)

__all__ = ["FAMILIES"]
