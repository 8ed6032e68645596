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


def test_a_make_up_set_off_by_commas_parts_the_people_told_before() -> None:
    """"The group, made up of 120 Chinese, 96 Indonesians and 84 Kenyans, crossed the river" (session
    27, a Thai outlet's style): the make-up between commas parts the people of the act told before."""
    for opening in ("The group, made up of", "The group, comprising", "The workers, consisting of"):
        found = facts(run(f"Police rescued 300 foreign nationals in Lotus City on Friday. {opening} 120 Chinese, "
                          "96 Indonesians and 84 Kenyans, crossed the river."))
        assert {(t, c) for r, s, t, c in found if r == "RESCUED"} == {("CN", 120), ("ID", 96), ("KE", 84)}, opening
