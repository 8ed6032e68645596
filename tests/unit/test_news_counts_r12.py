"""Which act (and which nationality) counted people get, for kinds of sentence read wrong before:
the month "May" taken for a modal verb, rough numbers between a verb and its people, count verbs
after a relative clause (set off by commas or not), "escorted back", "intercepted", "transferred"
to a city, a verb before "that", "among those arrested", and a phrase that ends at "from"."""

from tests.unit.test_news_extraction import facts, run


def test_the_month_may_is_no_modal_verb() -> None:
    found = facts(run("Philippine police raided the gang's compound in May and arrested 34 Taiwanese."))
    assert ("ARRESTED", "raid@2026-05", "TW", 34) in found


def test_the_modal_may_still_makes_an_act_a_prospect() -> None:
    found = facts(run("Officials said 21 Taiwanese may be arrested next week."))
    assert not any(f[3] == 21 for f in found)


def test_a_rough_number_between_sent_and_its_people_keeps_the_return() -> None:
    found = facts(run("On Tuesday, Laos sent over 250 Vietnamese nationals back to their own country."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("VN", 250) for f in found)


def test_a_count_verb_after_and_in_the_main_clause_is_theirs() -> None:
    found = facts(run("Police said 12 Thai nationals who had illegally crossed the border were identified "
                      "and apprehended on Monday."))
    assert ("ARRESTED", "arrest@2026-10-12", "TH", 12) in found


def test_a_verb_after_and_inside_the_relative_clause_is_still_the_clause_s() -> None:
    found = facts(run("Thirty-two Indonesians who were lured to Laos and forced to run online frauds "
                      "have returned home today."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("ID", 32) for f in found)
    assert not any(f[0] == "TRAFFICKED" for f in found)


def test_brought_home_after_a_relative_clause_is_a_return() -> None:
    found = facts(run("The 45 Indonesians who had been stranded in Cambodia were brought home on Friday."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("ID", 45) for f in found)


def test_to_be_sent_back_after_a_relative_clause_is_not_yet_done() -> None:
    found = facts(run("Around 600 Indonesian nationals who slipped into Malaysia in that batch will be sent back."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_people_escorted_back_to_their_country_are_brought_home() -> None:
    found = facts(run("31 cyber fraud suspects escorted back to China by air"))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("CN", 31) for f in found)


def test_people_who_will_be_escorted_back_are_not_yet_home() -> None:
    found = facts(run("The ministry says that over 60 fraud suspects will be escorted back to Vietnam."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_the_country_after_from_is_where_counted_things_were_not_their_nationality() -> None:
    found = facts(run("Police rescued 47 “cyber slaves” from Myanmar on Monday."))
    assert not any(f[2] == "MM" for f in found)


def test_people_from_a_country_still_take_its_nationality() -> None:
    found = facts(run("Police arrested 13 people from Taiwan on Monday."))
    assert ("ARRESTED", "arrest@2026-10-12", "TW", 13) in found


def test_a_relative_clause_set_off_by_commas_leaves_the_main_verb_to_the_people() -> None:
    found = facts(run("A group of 26 Indonesian nationals, who were abducted by a gang on their way "
                      "to Cambodia, have safely come back to Indonesia."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("ID", 26) for f in found)


def test_people_intercepted_at_the_border_are_detained() -> None:
    found = facts(run("The BI said it intercepted three Filipinos at NAIA on Saturday as they tried to fly to Cambodia."))
    assert ("DETAINED", "detention@2026-10-10", "PH", 3) in found


def test_people_transferred_to_a_city_are_moved_not_deported() -> None:
    found = facts(run("The 23 Filipinos were rescued and transferred to Yangon before returning home."))
    assert not any(f[0] == "DEPORTED" for f in found)


def test_people_transferred_to_a_country_are_deported() -> None:
    found = facts(run("Police said 45 Chinese were arrested and transferred to China on Monday."))
    assert any(f[0] == "DEPORTED" and f[2:] == ("CN", 45) for f in found)


def test_both_verbs_of_the_main_clause_after_a_captive_participle_are_the_people_s() -> None:
    found = facts(run("Thirty-five Nepalis held in scam centres in Myawaddy have been rescued and flown home to "
                      "Kathmandu, the embassy said."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 35) for f in found)
    assert any(f[0] == "RESCUED" and f[2:] == ("NP", 35) for f in found)


def test_a_verb_before_that_does_not_govern_the_number_of_the_clause_after_it() -> None:
    found = facts(run("People she rescued reported that more than 2,000 Thais were still locked up in Shwe Kokko."))
    assert not any(f[0] == "RESCUED" and f[3] == 2000 for f in found)


def test_a_rough_number_after_brought_home_keeps_the_return_and_the_state_s_citizens() -> None:
    found = facts(run("The Indonesian government has already flown home over 300 citizens on three charter planes on March 10."))
    assert ("REPATRIATED", "repatriation@2026-03-10", "ID", 300) in found


def test_people_counted_among_those_a_participle_acted_on_take_its_act() -> None:
    found = facts(run("Among those arrested, there were 230 Vietnamese, 95 Indonesians and two Koreans."))
    assert {("ARRESTED", "arrest@", "VN", 230), ("ARRESTED", "arrest@", "ID", 95)} <= found
    found = facts(run("All those arrested are now in jail, including 64 Indians and 12 Thais."))
    assert ("ARRESTED", "arrest@", "IN", 64) in found


def test_those_told_in_another_clause_lend_no_act() -> None:
    found = facts(run("Those arrested will be charged, officials said; 40 Thais attended the briefing."))
    assert not any(f[3] == 40 for f in found)
