""""Prior to" is a preposition of time ("held prior to their deportation"): the act after it is the one
told before, named as a point in time. Before, the adjective "prior" ("a prior raid") marked it as
another act, so the story's own event was set apart and the next mention ("this deportation") made a
second one (pages m02, a8 and article 78: one event told twice)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def kinds(text: str) -> list[str]:
    """Every event node's type, one per node (two events of a type and date are two entries)."""
    return [n.properties["type"] for n in run(text).nodes.values() if n.label is Label.EVENT]


def test_prior_to_their_deportation_is_the_deportation_told() -> None:
    text = ("Laos deported 60 Chinese nationals, a ministry said. The men were held in Vientiane prior to their "
            "deportation. This deportation is the largest this year.")
    assert kinds(text).count("deportation") == 1


def test_a_prior_raid_is_still_another_raid() -> None:
    assert kinds("Police raided a casino in Poipet on Monday. A prior raid on the casino in May found no one.").count("raid") == 2
