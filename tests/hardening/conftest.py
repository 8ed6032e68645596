"""Hypothesis profiles for the hardening tests: ``bounded`` (the default, for every run) and
``long`` (``HYPOTHESIS_PROFILE=long``, for a search that takes its time)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW = [HealthCheck.too_slow, HealthCheck.large_base_example, HealthCheck.data_too_large]
settings.register_profile("bounded", max_examples=40, deadline=5000, suppress_health_check=_SLOW)
settings.register_profile("long", max_examples=3000, deadline=20000, suppress_health_check=_SLOW)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bounded"))
