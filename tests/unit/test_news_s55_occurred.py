"""Places of other acts told beside the day's act (session 55; made-up names, places and numbers):
- "detained 64 in Kampot, after earlier raids in Battambang and Kep", "the first raid in Pursat,
  with raids carried out previously in Battambang": the places of acts a sentence sets apart as
  earlier are theirs, not the day's act's;
- "freed 52 workers from a compound in Pursat following raids on scam hubs in Kep and Kampot": the
  act has a place of its own before "following"; the raids it followed happened elsewhere (not
  "freed 52 following raids in Kep and Kampot", where the raids told are where the freeing was)."""

from tests.unit.test_news_extraction import facts, run


def _occurred(text: str) -> set[str]:
    return {t for r, _, t, _ in facts(run(text)) if r == "OCCURRED_AT"}


def test_the_places_of_earlier_raids_are_not_the_days_act() -> None:
    found = _occurred("Police detained 64 Chinese nationals in Kampot province on Friday, after earlier "
                      "raids in Battambang and Kep.")
    assert found == {"Kampot"}, found
    found = _occurred("Soldiers raided a hotel in Pursat on Monday and held 38 workers. The raid was "
                      "the first in the province, with raids carried out previously in Battambang.")
    assert "Battambang" not in found and "hotel in Pursat" in found, found
    # (an act told inside "a similar operation" happened where that operation did)
    found = _occurred("Officers held 12 people in Kampot on Monday. In March 2023, 17 people were "
                      "arrested in a similar operation in Kep.")
    assert {"Kampot", "Kep"} <= found, found


def test_raids_an_act_followed_happened_where_they_did() -> None:
    found = _occurred("Officers freed 52 foreign workers in Pursat province on Sunday following raids "
                      "on scam hubs in Kep and Kampot.")
    assert found == {"Pursat"}, found
    found = _occurred("Officers freed 52 foreign workers following raids on scam hubs in Kep and Kampot.")
    assert found == {"Kep", "Kampot"}, found
