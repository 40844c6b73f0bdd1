"""Settings shared by the whole test suite; fixtures live beside the tests that use them."""

from hypothesis import HealthCheck, settings

# Tests make no timed assertions (speed is for benchmarks/), so Hypothesis must not fail an
# example for being slow on a busy two-core CI machine.
settings.register_profile("foresight", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("foresight")
