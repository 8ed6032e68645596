"""Carriers a body sent, told before the infinitive of their purpose: "The army deployed two special
transport flights to repatriate 143 Nepalis on Monday", "sent three buses to bring back 60 workers".
An infinitive after a verb most often tells an aim ("plans to repatriate"), but aircraft or buses a
body sent flew or drove: the act they were sent for was done, on the day told with it."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["carriers_sent"]

#: Past verbs of sending carriers, and the carriers
_SENDING = frozenset({"deployed", "sent", "dispatched", "chartered", "mobilised", "mobilized", "flew"})
_CARRIERS = frozenset({"flight", "flights", "plane", "planes", "aircraft", "jet", "jets", "bus", "buses",
                       "airliner", "airliners", "aeroplanes", "airplanes"})


def carriers_sent(before: Sequence[str]) -> bool:
    """The words before an infinitive's "to" tell carriers sent: a past verb of sending and a carrier."""
    return not _SENDING.isdisjoint(before) and not _CARRIERS.isdisjoint(before)
