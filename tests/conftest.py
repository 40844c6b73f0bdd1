"""Settings shared by the whole test suite; fixtures live beside the tests that use them."""

import os

from hypothesis import HealthCheck, settings

# Tests make no timed assertions (speed is for benchmarks/), so Hypothesis must not fail an
# example for being slow on a busy two-core CI machine.
settings.register_profile("foresight", deadline=None, suppress_health_check=[HealthCheck.too_slow])
# In CI the examples are fixed (derandomized), so a submission passes or fails the same way
# every time; on a developer's machine each run explores new examples, so what a property test
# finds is found by a person who can fix it, not by a red CI on unrelated work.
settings.register_profile("ci", parent=settings.get_profile("foresight"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "foresight")
