"""Event types of one act told with two words (session 55; made-up names and numbers):
- "164 foreign nationals ... sent on to their respective countries": a host state
  sending out people of many countries is their deportation (as the golds read a state's hand-overs
  of foreigners), not one state taking its own citizens home;
- "The service has deported 27 foreign nationals ... The service said they were screened and later
  repatriated to their home countries": the people told before, the passive subject of a reported
  clause, sent home again is that deportation told twice, not a repatriation of its own."""

from tests.unit.test_news_extraction import events, facts, run


def test_foreigners_transferred_to_their_countries_are_deported() -> None:
    told = events(run("In Dornia Township, 164 foreign nationals who worked for online fraud rings were "
                      "transferred on April 2 to their respective countries."))
    assert [key.split("@")[0] for key in told] == ["deportation"], told
    assert next(iter(told.values())).get("count_deported") == 164, told
    # (a people's own citizens taken home stay a repatriation, and a move inside a state is no act)
    told = events(run("Dornian officials said 52 Dornian nationals had been transferred back to their home country "
                      "from Veloria."))
    assert not any(key.startswith("deportation") for key in told), told


def test_the_deported_said_to_be_repatriated_are_the_deportation() -> None:
    batch = run("The Zorvan Immigration Service has deported 27 foreign nationals suspected of online fraud. "
                "The service said they were screened as trafficking victims and then repatriated to their "
                "home countries.")
    told = events(batch)
    assert [key for key in told if key.split("@")[0] in {"deportation", "repatriation"}] == ["deportation@"], told
    # (the doers as "they", in the active: an act of their own)
    told = events(run("The Zorvan Immigration Service has deported 27 Nigerians suspected of online fraud. "
                      "Ghanaian police said they repatriated 40 Ghanaians from Togo."))
    assert any(key.startswith("repatriation") for key in told), told
