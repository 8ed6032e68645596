"""Verbs next to counted people that tell no act done to them, found on unseen court and
repatriation reports: a penalty received ("received death sentences"), a finding ("were found to
have"), a negated return ("had not been returned"), a death that is a penalty ("sentenced to
death"), and a relative clause of the people's past that must not take the sentence's date.
Every test states the kind in made-up words."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import events, facts, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_receiving_a_penalty_is_no_reception_of_people() -> None:
    assert _kinds("Six other defendants received prison terms of up to twelve years.") == set()
    assert "repatriation" not in _kinds("Three ringleaders received death sentences, and four were fined.")
    assert _kinds("Seven accomplices were handed jail terms on Tuesday.") <= {"charge"}


def test_border_guards_receiving_people_is_still_a_return() -> None:
    found = events(run("Border guards in Kien Giang received 52 Vietnamese citizens on Tuesday."))
    assert any(key.startswith("repatriation") for key in found)


def test_people_found_to_have_a_record_were_not_found_in_a_raid() -> None:
    assert _kinds("Another eight returnees were found to have prior drug convictions.") == set()
    assert "raid" in _kinds("Police found 31 Thai workers inside the compound on Sunday.")


def test_people_who_were_not_returned_make_no_return() -> None:
    batch = run("Some 140 of the workers had not been returned to Uganda because they lacked passports.")
    assert not any(rel == RelType.REPATRIATED.value for rel, *_ in facts(batch))
    assert _kinds("About 90 Nepalis have not yet been repatriated.") == set()


def test_a_death_sentence_is_no_death() -> None:
    assert "death" not in _kinds("A provincial court sentenced nine gang members to death on Friday.")
    assert "death" not in _kinds("Two bosses received suspended death sentences.")
    assert "death" not in _kinds("Prosecutors asked for the death penalty for the ringleader.")


def test_a_killing_told_as_such_is_still_a_death() -> None:
    assert "death" in _kinds("Guards beat a Kenyan worker to death inside the compound last month.")


def test_a_clause_of_the_peoples_past_does_not_take_the_sentence_date() -> None:
    text = ("Nepal brings back 26 citizens rescued from a scam compound. The ministry said on Tuesday (March 4) "
            "that 26 of its nationals, who were rescued from traffickers in Myawaddy, have been brought back home.")
    found = events(run(text))
    assert [key for key in found if key.startswith("rescue")] == ["rescue@"]
    # (the bracket restates the day of the telling, as "said on Tuesday" alone: the return has no day of its own)
    assert [key for key in found if key.startswith("repatriation")] == ["repatriation@"]


def test_a_headline_verb_in_the_present_brings_people_home() -> None:
    batch = run("Ghana brings back 18 citizens freed from scam camps")
    assert any(rel == RelType.REPATRIATED.value and count == 18 for rel, _s, _t, count in facts(batch))


def test_a_country_reached_is_not_the_nationality_of_the_people_counted() -> None:
    batch = run("Hundreds fled, with some 300 crossing into Laos, 120 arrested by soldiers.")
    assert not any(target == "LA" for _rel, _s, target, _c in facts(batch))
    batch = run("About 300 entered Thailand and 120 were detained by soldiers.")
    assert not any(target == "TH" for _rel, _s, target, _c in facts(batch))


def test_a_country_before_a_people_noun_still_names_the_nationality() -> None:
    batch = run("Police rescued 45 trafficked Myanmar nationals on Friday.")
    assert any(rel == RelType.RESCUED.value and target == "MM" for rel, _s, target, _c in facts(batch))


def test_about_to_act_is_a_prospect() -> None:
    assert _kinds("The workers fled when they heard the army was about to raid the park.") == set()


def test_charging_in_words_is_an_accusation_not_a_charge() -> None:
    assert _kinds("The junta spokesman charged in a statement that rebel leaders ran the scam hubs.") == set()
    assert _kinds("The minister charged that the casino owners bribed officials.") == set()
    assert "charge" in _kinds("Prosecutors charged nine Thai recruiters with trafficking on Monday.")


def test_footage_capturing_a_scene_is_no_arrest() -> None:
    assert _kinds("Video from the riverbank captured a large blaze inside the compound.") == set()
    assert "arrest" in _kinds("Soldiers captured 14 Chinese managers inside the compound.")


def test_a_tally_from_a_start_until_now_is_no_event() -> None:
    text = "From the start of 2023 until now, the border post has received more than 900 Lao citizens coming home."
    assert _kinds(text) == set()


def test_until_now_in_another_clause_leaves_the_act_told_after_it() -> None:
    batch = run("Until now, police had not found the boss, but on Monday they arrested 12 Chinese nationals.")
    assert any(rel == RelType.ARRESTED.value and count == 12 for rel, _s, _t, count in facts(batch))


def test_deportation_among_a_courts_penalties_is_not_carried_out() -> None:
    assert "deportation" not in _kinds("The court's sentences came with fines, confiscated assets and deportations.")
    assert "deportation" not in _kinds("Four convicted accomplices were fined and ordered deported.")


def test_immigration_fining_and_deporting_people_is_a_deportation() -> None:
    assert "deportation" in _kinds("Immigration officers fined and deported 30 Chinese overstayers on Friday.")


def test_the_verb_before_people_described_by_sent_back_is_theirs() -> None:
    batch = run("Osaka police have arrested 11 people sent back from Laos over phone fraud.")
    assert {key.split("@")[0] for key in events(batch)} == {"arrest"}
    assert "repatriation" in _kinds("Police said 40 suspects were sent back from Laos on Friday.")


def test_a_headquarters_named_after_an_inquiry_is_no_inquiry() -> None:
    assert _kinds("The joint investigation headquarters of two prefectures declined to comment.") == set()


def test_a_campaign_an_act_is_part_of_is_background_with_its_own_time() -> None:
    found = events(run("Soldiers stormed the Shwe park as part of operations begun in early March to curb fraud."))
    assert list(found) == ["raid@"]
    assert _kinds("Detectives took up the case in May as part of a nationwide operation against fraud rings.") == set()


def test_a_raid_told_with_its_own_day_beside_a_campaign_keeps_it() -> None:
    found = events(run("As part of a crackdown launched in May, police raided a casino in Poipet on Friday."))
    assert list(found) == ["raid@2026-10-09"]


def test_a_pledged_act_is_still_to_come() -> None:
    assert _kinds("Workers left the compounds after the government pledged a fresh crackdown on fraud.") == set()
    assert _kinds("The minister vowed the swift repatriation of every victim.") == set()
    assert "raid" in _kinds("Police raided a new compound in Bavet on Friday.")


def test_captors_taking_papers_told_with_a_modifier_is_no_seizure() -> None:
    assert "seizure" not in _kinds("On arrival their mobile phones and travel documents were confiscated.")
    assert "seizure" not in _kinds("There, their passports and phones were confiscated by the bosses.")


def test_a_return_a_step_serves_is_still_to_come() -> None:
    batch = run("Talks with Thai officials continue to facilitate the return of these 26 Nepalis.")
    assert not any(rel == RelType.REPATRIATED.value for rel, *_ in facts(batch))


def test_a_return_told_as_done_keeps_its_people() -> None:
    batch = run("The embassy said the return of 26 Nepalis took place on Wednesday.")
    assert any(rel == RelType.REPATRIATED.value and count == 26 for rel, _s, _t, count in facts(batch))


def test_a_span_of_several_years_gives_no_date() -> None:
    found = events(run("The embassy has rescued hundreds of its nationals in the past several years."))
    assert found and all(key.endswith("@") for key in found)


def test_people_described_by_a_participle_before_another_verb_keep_it_undated() -> None:
    found = events(run("Nine Thai nationals extradited from Laos were questioned by prosecutors on Tuesday."))
    assert [key for key in found if key.startswith("extradition")] == ["extradition@"]


def test_a_demonym_joined_with_foreign_or_other_names_no_one_nationality() -> None:
    batch = run("Police arrested 60 Korean and foreign members of a fraud ring on Monday.")
    assert not any(count == 60 and target == "KR" for _rel, _s, target, count in facts(batch))
    batch = run("Police arrested 30 Chinese and 12 Thai nationals on Monday.")
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 30) in facts(batch)


def test_a_country_joined_to_based_is_where_a_ring_is_not_its_members_nationality() -> None:
    batch = run("Police arrest 70 members of Laos-based fraud ring")
    assert not any(target == "LA" and rel == RelType.ARRESTED.value for rel, _s, target, _c in facts(batch))


def test_them_after_people_counted_in_the_same_sentence_are_those_people() -> None:
    text = ("Nine Thai nationals were extradited from Laos on Monday. "
            "Police had held 14 suspects after arresting them in Vientiane.")
    assert not any(rel == RelType.ARRESTED.value and target == "TH" for rel, _s, target, _c in facts(run(text)))


def test_them_pointing_back_to_the_only_people_counted_before_still_counts() -> None:
    text = "Twenty-nine Japanese were arrested in Tokyo on Monday. In May, Cambodian police had arrested them in Poipet."
    assert ("ARRESTED", "arrest@2026-05", "JP", 29) in facts(run(text))
