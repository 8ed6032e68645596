"""A part of the people an act was told of, named by its noun and the act's participle (a finding
of session 26's probes of Philippine outlets; made-up names): "Twelve of the suspects arrested
were Filipinos", "Twelve of the arrested suspects were Filipinos" are part of the arrest told
before, as "Twelve of those arrested were Filipinos" already was."""

import pytest

from tests.unit.test_news_extraction import facts, run


@pytest.mark.parametrize("part", ["Twelve of the suspects arrested were Filipinos.",
                                  "Twelve of the arrested suspects were Filipinos.",
                                  "Twelve of those arrested were Filipinos."])
def test_a_part_named_by_noun_and_participle_is_part_of_the_act(part: str) -> None:
    found = facts(run("Police arrested 40 people in Lotus City on Monday. " + part))
    assert any(r == "ARRESTED" and t == "PH" and c == 12 for r, s, t, c in found), found
