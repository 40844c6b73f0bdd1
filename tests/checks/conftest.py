"""Fixtures for the check tests: run one registered check on a Case as known on a day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from foresight.checks import REGISTRY, CheckContext, run_check
from foresight.model.case import Case
from foresight.model.outcomes import Outcome

RunCheck = Callable[[str, Case, str], list[Outcome]]


@pytest.fixture
def run() -> RunCheck:
    """``run("FS-NAT2", case, "2012-03-10")``: that check's outcomes on the replayed Case."""

    def run_one(code: str, case: Case, as_of: str) -> list[Outcome]:
        day = dt.date.fromisoformat(as_of)
        return list(run_check(REGISTRY[code], case.known_on(day), CheckContext(day)))

    return run_one
