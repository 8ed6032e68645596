""""charged" in its everyday sense: "she had charged her phone before setting off", "charging their
batteries". A device charged with power is no one charged with a crime: a closed class of things
that take a charge, right after the verb and a determiner."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["a_device_charged"]

#: Things charged with power
_DEVICES = frozenset({"phone", "phones", "battery", "batteries", "device", "devices", "laptop", "laptops", "car",
                      "cars", "vehicle", "vehicles", "tablet", "tablets", "powerbank", "power"})
#: Words between the verb and the thing: "charged (her | the | his) phone", "charged up the battery"
_BETWEEN = frozenset({"her", "his", "their", "its", "my", "our", "your", "the", "a", "an", "up", "mobile", "cell"})


def a_device_charged(lower: Sequence[str], i: int, end: int) -> bool:
    """Whether the "charged" at ``i`` (sentence ending at ``end``) charges a device with power."""
    if not lower[i].startswith("charg"):
        return False
    k = i + 1
    while k < end and lower[k] in _BETWEEN:
        k += 1
    return k < end and lower[k] in _DEVICES
