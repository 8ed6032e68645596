"""People counted before, told again as the passive subject of a later act after a phrase fronted
before a comma, or with an adverb of manner before the participle; a charge is such an act."""

from scamgraph.loaders.news.fronted import fronted_end
from tests.unit.test_news_extraction import facts, run

_RAID = "Police arrested 12 Chilean nationals at a rented villa in Lima on Monday.\n"


def test_a_fronted_phrase_does_not_hide_the_subject_that_refers_back() -> None:
    found = facts(run(_RAID + "After two days of questioning, the suspects were charged with overstaying their visas.\n"))
    assert any(f[0] == "CHARGED" and f[2:] == ("CL", 12) for f in found)


def test_an_adverb_of_manner_before_the_participle_is_no_obstacle() -> None:
    found = facts(run(_RAID + "The suspects were officially charged with running a phone scam.\n"))
    assert any(f[0] == "CHARGED" and f[2:] == ("CL", 12) for f in found)


def test_other_people_after_the_fronted_phrase_are_not_those_counted() -> None:
    found = facts(run(_RAID + "After two days, the Peruvians were charged with overstaying their visas.\n"))
    assert not any(f[0] == "CHARGED" and f[2] == "CL" for f in found)


def test_where_the_fronted_phrase_ends() -> None:
    words = ["after", "two", "days", ",", "the", "suspects", "were", "charged"]
    assert fronted_end(words, 0, len(words)) == 4
    assert fronted_end(["the", "suspects", "were", "charged"], 0, 4) == 0
    assert fronted_end(["police", "in", "lima", ",", "the", "suspects"], 0, 6) == 0  # (no opener word)


def test_an_aside_describing_the_people_between_them_and_their_verb() -> None:
    found = facts(run(_RAID + "The suspects, wanted in 40 fraud cases at home, were detained in a joint sweep last month.\n"))
    assert any(f[0] == "DETAINED" and f[2:] == ("CL", 12) for f in found)


def test_an_aside_naming_people_tells_of_others() -> None:
    text = ("Police rescued 12 Chilean nationals at a rented villa in Lima on Monday.\n"
            "The suspects, identified as Juan Perez and Pedro Soto, were arrested in a sweep last month.\n")
    assert not any(f[0] == "ARRESTED" and f[2] == "CL" for f in facts(run(text)))
