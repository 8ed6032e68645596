"""A store write pauses Python's cycle collector and always leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from scamgraph.graph.store import collector_paused


def test_the_collector_runs_again_after_a_write_even_one_that_failed() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("the store went away")
    assert gc.isenabled()


def test_a_collector_the_caller_stopped_stays_stopped() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
