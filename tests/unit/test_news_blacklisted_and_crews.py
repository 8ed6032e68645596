"""A participle of listing before a noun ("confirmed as blacklisted foreign nationals") describes
people by a listing made before: no sanction of its own. Counted people with a long aside that an
adverb and a participle open ("Five Bolivians, reportedly blacklisted workers of a gaming firm in
the capital (GF), were freed") keep the verb after it. A boat or plane carrying its crew brings no
one home."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_listing_participle_before_a_noun_is_no_sanction() -> None:
    assert events(run("They were later confirmed by the immigration bureau as blacklisted foreign nationals.\n")) == {}
    assert "sanction@2026-10-12" in events(run("The bureau blacklisted the five men on Monday.\n"))


def test_a_long_aside_opened_by_an_adverb_leaves_the_people_their_verb() -> None:
    text = ("Five Bolivian nationals, reportedly blacklisted workers of a gaming firm in the port "
            "(GF), were freed on Friday.\n")
    assert ("RESCUED", "rescue@2026-10-09", "BO", 5) in facts(run(text))


def test_a_crew_carried_is_no_return() -> None:
    assert events(run("The boat was carrying three Bolivian crew members, who are now under investigation.\n")) \
        .get("repatriation@") is None
    assert ("REPATRIATED", "repatriation@2026-10-12", "BO", 30) in facts(run(
        "A flight carrying 30 Bolivian workers landed in La Paz on Monday.\n"))
