"""A kidnapping told in the active voice ("Armed men abducted four Thai nationals from a karaoke bar")
counts its victims, as the passive one did ("Four Thais were abducted"); and the people police
arrest for it are counted by the word for them ("arrested five kidnappers", "three traffickers")."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_abducted_by_someone_are_the_kidnappings_victims() -> None:
    batch = run("Armed men abducted four Thai nationals from a karaoke bar in Poipet on Saturday, relatives said.")
    assert ("AFFECTED", "kidnapping@2026-10-10", "TH", 4) in facts(batch)
    assert events(batch)["kidnapping@2026-10-10"]["count_victims"] == 4


def test_people_kidnapped_and_moved_are_not_detained_by_anyone() -> None:
    batch = run("Five Ugandans were abducted and taken to a call centre in Myanmar, their embassy said.")
    found = facts(batch)
    assert ("AFFECTED", "kidnapping@", "UG", 5) in found
    assert not any(f[0] == "DETAINED" for f in found)


def test_kidnappers_and_traffickers_arrested_are_counted() -> None:
    batch = run("Police arrested five kidnappers in Kampot on Sunday. On Monday they arrested three traffickers in Takeo.")
    assert events(batch)["arrest@2026-10-11"]["count_arrested"] == 5
    assert events(batch)["arrest@2026-10-12"]["count_arrested"] == 3
