"""Audit 51, fixer conductors: who carried an act out, where the sentence puts the doer behind
"managed to", in a ruling army's "military government", as the shared agent of two passive
participles, or names it as the home of the helpers ("aided by its counterparts from X").
Made-up towns, bodies and numbers."""

from tests.unit.test_news_extraction import facts, run


def _conducted(text: str) -> set[tuple[str, str]]:
    return {(source, target) for rel, source, target, _ in facts(run(text)) if rel == "CONDUCTED"}


def _helped(text: str) -> set[tuple[str, str]]:
    return {(source, target) for rel, source, target, _ in facts(run(text)) if rel == "PARTICIPATED_IN"}


def test_a_body_that_managed_to_do_the_act_did_it() -> None:
    text = "The Department of Home Affairs has managed to repatriate nine of 40 Kenyans who were trafficked to Laos."
    assert ("Department of Home Affairs", "repatriation@") in _conducted(text)
    assert not _conducted("The Department of Home Affairs was unable to repatriate nine Kenyans stuck in Laos.")


def test_a_ruling_armys_military_government_is_the_army() -> None:
    text = "Zorvania's military government has detained over 5,000 foreign nationals for illegal entry."
    assert ("Zorvania military", "detention@") in _conducted(text)


def test_one_by_serves_two_joined_participles() -> None:
    text = "Five recruiters were arrested and detained by the Malian police in Kayes."
    assert ("Malian police", "arrest@") in _conducted(text)
    found = _conducted("The workers were rescued by the Zorvanian army and questioned by the Kayes police on Monday.")
    assert ("Kayes police", "rescue@2026-10-12") not in found


def test_counterparts_from_a_body_lend_it_a_hand() -> None:
    text = ("After weeks of surveillance, the town police, with the aid of officers from the Ministry of "
            "Public Security, raided three houses in Pelbar on Monday.")
    assert not any(source == "Ministry of Public Security" for source, _ in _conducted(text))
    assert ("Ministry of Public Security", "raid@2026-10-12") in _helped(text)


def test_a_body_whose_acronym_follows_it_says_it_did_the_act() -> None:
    text = ("The Bureau of Customs (BOC) on Wednesday said it detained 40 foreign nationals in an operation "
            "against suspected scammers in Pelbar City.")
    assert ("Bureau of Customs", "raid@") in _conducted(text)
    assert not any(rel == "ANNOUNCED" and source == "Bureau of Customs" for rel, source, _, _ in facts(run(text)))
