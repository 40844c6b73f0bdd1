"""Run every registered check on a Case as it was known on ``as_of``, each in isolation.

>>> # outcomes = run_checks(build_case(bundle), CheckContext(dt.date(2012, 3, 10)))
"""

from __future__ import annotations

from foresight.checks.context import CheckContext
from foresight.checks.registry import REGISTRY, CheckSpec, Registry
from foresight.model.case import Case
from foresight.model.outcomes import CheckError, Finding, NotEvaluated, Outcome, Passed

_OUTCOME_TYPES = (Finding, Passed, NotEvaluated, CheckError)


def run_checks(case: Case, ctx: CheckContext, registry: Registry = REGISTRY) -> tuple[Outcome, ...]:
    """Every check of ``registry`` on ``case.known_on(ctx.as_of)``, in registry order.

    A check that raises (or yields something that is not an outcome) contributes one
    :class:`CheckError` with the exception's message, and none of its other outcomes: a
    crashed check is never mistaken for a pass, and the other checks still run.
    """
    known = case.known_on(ctx.as_of)
    outcomes: list[Outcome] = []
    for spec in registry:
        outcomes.extend(run_check(spec, known, ctx))
    return tuple(outcomes)


def run_check(spec: CheckSpec, case: Case, ctx: CheckContext) -> tuple[Outcome, ...]:
    """One check on a Case already replayed to ``ctx.as_of``, with any crash contained."""
    try:
        produced = tuple(spec.func(case, ctx.for_check(spec)))
        for outcome in produced:
            if not isinstance(outcome, _OUTCOME_TYPES):
                raise TypeError(f"the check produced {type(outcome).__name__}, not an outcome")
    except Exception as error:  # containment is the point: one crash must not stop the rest
        message = str(error) or type(error).__name__
        return (CheckError(spec.code, "", f"{type(error).__name__}: {message}"),)
    return produced
