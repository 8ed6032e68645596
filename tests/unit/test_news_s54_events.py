"""Events as the reader scores them, type@date (session 54): a raid named only by pointing back
("during the morning raid") after a taking told on its day is that taking's operation, on its day;
a participle describing people "from <place>" tells their past, not the day of the sentence's own
verb; a headline's "attempt an escape" tells no escape; a day opening a sentence whose speaker
"announced the rescue of" people is the telling's, as it is when set after the speaker.
All sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _events(text: str) -> list[str]:
    batch = run(text)
    return sorted(f"{n.properties['type']}@{n.properties.get('date', '')}" for n in batch.nodes.values()
                  if n.label is Label.EVENT)


def test_a_raid_pointed_back_at_takes_the_dated_arrest() -> None:
    text = ("VIENTIANE, Oct 15 — A total of 90 foreigners believed to belong to a fraud ring were arrested by the "
            "Immigration Bureau at two guesthouses in Vang Vieng today. A total of 40 Chinese nationals and 50 "
            "Laotians were arrested during the morning raid.")
    assert _events(text) == ["raid@2026-10-15"]


def test_the_raids_told_after_an_arrest_yesterday_are_its_operation() -> None:
    text = ("Police in Laos yesterday arrested 25 suspects from Laos and Vietnam, officials said. The raids were "
            "carried out together with Vietnamese police.")
    assert _events(text) == ["raid@2026-10-14"]
    # (a raid told afresh, "raided a casino", is another act)
    events = _events("Police in Laos yesterday arrested 25 suspects from Laos and Vietnam. Officers raided a casino "
                     "in a separate case.")
    assert events == ["arrest@2026-10-14", "raid@"]


def test_people_from_a_place_described_by_their_rescue_keep_it_undated() -> None:
    events = _events("Forty workers from Andhra Pradesh rescued by police in Laos returned home on March 2.")
    assert "rescue@" in events and "rescue@2026-03-02" not in events
    assert "rescue@2026-02-20" in _events("Forty workers from Kerala rescued on February 20 in Laos were flown home "
                                          "on March 2.")


def test_a_headline_attempt_at_escape_is_no_escape() -> None:
    text = ("Workers held in Laos after release from fraud compounds attempt an escape\n\n"
            "A group of 150 men, freed from fraud compounds a month ago, remain in custody in Laos.")
    assert not any(e.startswith("escape") for e in _events(text))


def test_a_day_opening_the_announcement_of_a_rescue_is_the_tellings() -> None:
    assert _events("On Monday, the Foreign Ministry announced the rescue of over 200 Nepalis from Laos.") == ["rescue@"]
    assert _events("On Monday, police raided a hotel in Vientiane and detained 30 people.") == ["raid@2026-10-12"]
