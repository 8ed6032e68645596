"""An act told as the second verb of an infinitive of purpose, past the first verb's object
("officials are working with the Lao side to find the recruiters and bring the men home"), is an
aim of an effort still going on, as "to repatriate them" right after the effort is: no repatriation
has happened (round 30). So is the second of two bare nouns after a "for" of purpose ("kept at a
camp for screening and deportation"), as a lone "for deportation" is. A verb in the past after
"and", or an act named with its article ("for the arrest and the deportation of"), is an act of its
own. Made-up sentences, places and numbers."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_the_second_verb_of_an_effort_s_infinitive_tells_no_repatriation() -> None:
    text = ("The labour office is working with two embassies to locate the agents of the recruiters and repatriate "
            "every Nepali worker who asks for help.")
    assert "repatriation" not in kinds(text)


def test_bring_home_as_the_second_verb_is_an_aim_too() -> None:
    text = "Officials are working with the Lao police to locate the missing men and bring them home."
    assert "repatriation" not in kinds(text)


def test_a_past_verb_after_and_is_an_act_of_its_own() -> None:
    text = "Officers raided a casino in Pursat on Friday to find the ring's leaders and arrested 17 Thais."
    assert "raid" in kinds(text)
    assert any(k.startswith("raid@") for k in events(run(text)))


def test_a_plain_act_beside_the_effort_stays_an_event() -> None:
    text = ("The embassy repatriated 40 Nepali workers on Friday and is working with the police to trace "
            "the recruiters and rescue the rest.")
    assert "repatriation" in kinds(text)
    assert "rescue" not in kinds(text)


def test_the_second_bare_noun_after_for_is_a_purpose() -> None:
    text = "Police arrested 830 foreigners in Pursat on Monday; they are kept at a camp for screening and deportation."
    assert "deportation" not in kinds(text)


def test_a_lone_noun_after_for_was_a_purpose_already() -> None:
    assert "deportation" not in kinds("The 40 Lao nationals are held in Kampot for deportation.")


def test_an_act_named_with_its_article_after_and_is_no_bare_purpose() -> None:
    text = "Officials praised the immigration bureau for the arrest and the deportation of 31 Nepali workers on Friday."
    assert "deportation" in kinds(text)
