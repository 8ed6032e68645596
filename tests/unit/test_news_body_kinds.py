"""What kind of body a name is: a central, national or reserve bank "of" a country is the state's
money regulator (an agency), not a company; an ethnic movement's "National Union" or "Liberation
Front" is an armed group, not a charity."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _bodies(text: str) -> dict[str, tuple[str, str | None]]:
    return {n.name: (n.label.value, n.properties.get("kind")) for n in run(text).nodes.values()
            if n.label in {Label.AGENCY, Label.ORGANIZATION}}


def test_a_central_bank_is_the_states_regulator() -> None:
    bodies = _bodies("The Central Bank of Laos said it had placed Silver Reed Bank under liquidation, and the "
                     "National Bank of Cambodia froze its accounts.")
    assert bodies["Central Bank of Laos"] == ("Agency", "regulator")
    assert bodies["National Bank of Cambodia"] == ("Agency", "regulator")
    assert bodies["Silver Reed Bank"] == ("Organization", "company")


def test_an_ethnic_national_union_is_an_armed_group() -> None:
    bodies = _bodies("Leaders of the Mon Hills National Union, a rebel force, were behind the compound, an army "
                     "officer said.")
    assert bodies["Mon Hills National Union"] == ("Organization", "armed group")
