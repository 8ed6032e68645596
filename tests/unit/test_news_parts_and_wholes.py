"""In "N of the M <people> <participle> ... <verb>", the participle tells what was done to the whole
(the M) and the clause's own verb what was done to the part (the N): "Four of the six Filipinos
freed from the rings landed home" is six freed and four brought home, not the other way round."""

from tests.unit.test_news_extraction import counts_of


def test_the_part_takes_the_clauses_verb_and_the_whole_its_participle() -> None:
    found = counts_of("Three of the nine Filipinos freed from the fraud rings landed in Manila early on Wednesday.")
    assert ("RESCUED", "PH", 9) in found and ("REPATRIATED", "PH", 3) in found
    assert ("RESCUED", "PH", 3) not in found and ("REPATRIATED", "PH", 9) not in found


def test_a_part_sent_away_is_not_the_whole() -> None:
    found = counts_of("Twenty of the 115 Chinese arrested in the raid were deported on Friday.")
    assert ("ARRESTED", "CN", 115) in found and ("DEPORTED", "CN", 20) in found
    assert ("DEPORTED", "CN", 115) not in found


def test_the_same_people_told_with_two_acts_keep_both() -> None:
    found = counts_of("Forty-five Chinese arrested on Monday were deported on Friday.")
    assert {("ARRESTED", "CN", 45), ("DEPORTED", "CN", 45)} <= found
