"""Event words that tell no act done, found on unseen Philippine, Cambodian and Thai reports
(event-side audit, session 8): charges denied by the determiner "no", charges that an infinitive
means to lay, and an event noun that only names a role ("operation commander"). Every test states
the kind in made-up words."""

from tests.unit.test_news_extraction import events, facts, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_no_before_an_event_noun_denies_it() -> None:
    assert "charge" not in _kinds("A registrar told reporters on Tuesday that no charges had been decided so far for the three women.")
    assert "arrest" not in _kinds("Officers searched the villa, but no arrests were made.")


def test_charges_laid_are_still_a_charge() -> None:
    assert "charge" in _kinds("Prosecutors filed charges against the nine recruiters on Friday.")
    assert "charge" in _kinds("The court charged six suspects with fraud on Tuesday.")


def test_charges_an_infinitive_means_to_lay_are_an_aim() -> None:
    assert "charge" not in _kinds("Police are tracing the recruiter to arrest him and file charges.")
    assert "charge" not in _kinds("The agency will not hesitate to press charges against any officer involved.")
    assert "charge" not in _kinds("A probe is under way to identify and file appropriate charges against the brokers.")


def test_an_event_noun_naming_a_role_is_no_event() -> None:
    assert "raid" not in _kinds("Major Lin, the regional operation commander, welcomed the returnees at the bridge.")
    assert "rescue" not in _kinds("The province's rescue director met the families on Monday.")
    assert "raid" in _kinds("Police conducted an operation at the compound on Sunday.")


def test_people_doing_an_ing_verb_are_its_subject_not_its_object() -> None:
    assert "repatriation" not in _kinds("The three women were carrying forged job contracts when officers stopped them.")
    assert "detention" not in _kinds("The five recruits were holding tourist visas for Bangkok.")


def test_people_after_an_ing_verb_are_still_its_object() -> None:
    assert "repatriation" in _kinds("A chartered plane carrying 140 Nepalis landed in Kathmandu on Friday.")
    assert "detention" in _kinds("Immigration police were holding 31 Vietnamese nationals at the centre on Monday.")


def test_people_held_somewhere_after_being_lured_are_held_by_gangs() -> None:
    assert "detention" not in _kinds("Reports said 40 Kenyans were being held in Shwe Kokko after being lured by job adverts.")
    assert "detention" not in _kinds("About 15 Nepalis trafficked across the border are still held in Myanmar.")


def test_people_held_by_the_state_are_still_detained() -> None:
    assert "detention" in _kinds("The 40 suspects are being held in Sihanoukville for questioning, police said on Monday.")
    assert "detention" in _kinds("Forty men duped by recruiters are being held in Kampot for questioning.")


def test_an_act_asked_about_with_whether_is_not_told_as_done() -> None:
    assert "deportation" not in _kinds("It remained unclear whether the two brokers would be deported soon.")
    assert "arrest" not in _kinds("Officials would not say whether anyone had been arrested.")


def test_an_act_asked_about_with_if_is_not_told_as_done() -> None:
    # an indirect question opened by "if" after a verb of saying or knowing (article 75)
    assert "extradition" not in _kinds("The ministry did not say if Laos planned to extradite the four brokers to Vietnam.")
    assert "deportation" not in _kinds("It is unclear if the workers will be deported to Myanmar.")
    # a condition is still no act, and an act told before the question stays
    assert "arrest" in _kinds("Police arrested six men on Monday; officers did not say if they would be charged.")


def test_a_fact_found_about_people_is_no_people_found() -> None:
    assert "raid" not in _kinds("Three Thai women were turned back at the airport after officers discovered they carried forged visas.")
    assert "raid" not in _kinds("After a review by the ministry, it was found that more than 20 Laotians were trapped there.")
    assert "raid" not in _kinds("Five men found guilty of running the call centre were jailed on Monday.")


def test_people_found_in_a_place_are_still_found() -> None:
    assert "raid" in _kinds("Officers searched the building and discovered 40 Vietnamese nationals on Friday.")


def test_charges_a_referral_is_for_are_an_aim() -> None:
    assert "charge" not in _kinds("The bureau referred the recruiter to the council for investigation and filing of charges.")
    assert "charge" in _kinds("The council completed the filing of charges against the recruiter on Monday.")


def test_no_charges_laid_against_counted_people_is_no_charge() -> None:
    for text in ("An official said on Tuesday that no charges had been laid yet against the five Lao men.",
                 "No charges have been filed against the six Thai workers."):
        assert not [f for f in facts(run(text)) if f[0] == "CHARGED"], text
    assert ("CHARGED", "TH", 6) in {(f[0], f[2], f[3]) for f in facts(run(
        "Prosecutors filed charges against the six Thai workers on Tuesday."))}
