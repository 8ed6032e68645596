"""The edge from an act to the people it counts takes its type from the verb told beside the count.
Round 31 measured, over the development golds, which type the annotators give each count verb:
"detained" is a detention even when a raid is told (DETAINED in nine articles, any other type in at
most two), "apprehended" an arrest, "intercepted" a detention, "freed" a rescue, and "transferred"
or "handed over" to the counted people's own country a return home; "protective custody" keeps
people safe (a rescue). These tests pin those readings so a later rule cannot swap them. Made-up
sentences, names and numbers."""

from tests.unit.test_news_extraction import facts, run


def _types(text: str, nationality: str, count: int) -> set[str]:
    return {fact[0] for fact in facts(run(text)) if fact[2:] == (nationality, count)}


def test_detained_in_a_raid_stays_a_detention() -> None:
    text = "Police raided a casino in Bavet on Tuesday and detained 47 Laotian nationals."
    assert _types(text, "LA", 47) == {"DETAINED"}


def test_apprehended_people_are_arrested() -> None:
    text = "Immigration officers apprehended 38 Mongolian nationals at a villa in Kampot on Friday."
    assert _types(text, "MN", 38) == {"ARRESTED"}


def test_people_stopped_at_an_airport_are_detained() -> None:
    text = "Border officers intercepted 9 Kenyan nationals at the airport in Nairobi on Sunday."
    assert _types(text, "KE", 9) == {"DETAINED"}


def test_freed_people_are_rescued() -> None:
    text = "Soldiers freed 64 Ghanaian nationals from a compound in Myawaddy on Saturday."
    assert _types(text, "GH", 64) == {"RESCUED"}


def test_protective_custody_is_a_rescue() -> None:
    text = "Twenty-three Nepali nationals were placed in protective custody by police in Mae Sot on Monday."
    assert _types(text, "NP", 23) == {"RESCUED"}


def test_transferred_to_their_own_country_is_a_return_home() -> None:
    text = "On Thursday 418 Chinese nationals were transferred to China from Tachileik."
    assert _types(text, "CN", 418) == {"REPATRIATED"}
