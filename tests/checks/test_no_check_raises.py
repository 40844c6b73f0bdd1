"""No check crashes on any valid Case: Hypothesis-generated families, every event type and
optional column, uncertain and missing dates, reviewed as of any day."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, Phase, given, settings

from foresight.checks import REGISTRY, CheckContext, run_checks
from foresight.model.case import Case
from foresight.model.outcomes import CheckError, Finding
from strategies import describe, reviews

# Shrinking a family takes minutes; the failure message names the check and the finding.
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], phases=NO_SHRINK
)
@given(reviews())
def test_no_check_raises_on_a_valid_case(review: tuple[Case, dt.date]) -> None:
    case, as_of = review
    outcomes = run_checks(case, CheckContext(as_of))
    errors = [o for o in outcomes if isinstance(o, CheckError)]
    assert errors == [], "\n".join(
        [*(f"{e.check}: {e.message}" for e in errors), f"as of {as_of}:", describe(case)]
    )
    checked = {o.check for o in outcomes}
    assert checked <= set(REGISTRY.codes())
    for finding in (o for o in outcomes if isinstance(o, Finding)):
        # A finding raised as of a day was first raisable on or before it, with evidence.
        assert finding.first_date <= as_of, f"{finding}\nas of {as_of}:\n{describe(case)}"
        assert finding.message
