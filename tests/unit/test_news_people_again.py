"""People told again later in a story without their number: a definite phrase ("the Thai
workers", "the suspects") or a pronoun ("them") points back to the group counted before."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_definite_demonym_subject_gets_the_number_counted_before() -> None:
    batch = run("Myanmar deported 120 Thai nationals on Monday. The Thai nationals were arrested in raids "
                "on a compound in Myawaddy in September.")
    found = facts(batch)
    assert ("DEPORTED", "deportation@2026-10-12", "TH", 120) in found
    arrested = [f for f in found if f[0] == "ARRESTED" and f[2] == "TH"]
    assert arrested and all(count == 120 for (_rel, _ev, _code, count) in arrested)


def test_a_demonym_with_no_article_keeps_no_number() -> None:
    batch = run("Myanmar deported 120 Thai nationals on Monday. Thai nationals were arrested in raids "
                "in Myawaddy in September.")
    arrested = [f for f in facts(batch) if f[0] == "ARRESTED" and f[2] == "TH"]
    assert all(count is None for (_rel, _ev, _code, count) in arrested)


def test_the_suspects_as_an_object_are_the_one_group_counted_before() -> None:
    batch = run("Police in Osaka arrested 31 Japanese nationals on Monday on fraud charges. The suspects are "
                "between 20 and 50 years old. In June, Cambodian authorities arrested the suspects in Poipet.")
    found = facts(batch)
    assert ("ARRESTED", "arrest@2026-10-12", "JP", 31) in found
    assert ("ARRESTED", "arrest@2026-06", "JP", 31) in found


def test_them_as_an_object_is_the_one_group_counted_before() -> None:
    batch = run("Police arrested 14 Vietnamese men on Monday. In August, Lao police captured them at a hotel in Vientiane.")
    assert ("ARRESTED", "arrest@2026-08", "VN", 14) in facts(batch)


def test_them_after_two_nationalities_were_counted_is_nobody_in_particular() -> None:
    batch = run("Police arrested 14 Vietnamese and 9 Chinese men on Monday. In August, Lao police captured "
                "them at a hotel in Vientiane.")
    assert not [f for f in facts(batch) if f[1] == "arrest@2026-08" and f[2] in {"VN", "CN"} and f[3] is not None]


def test_people_a_scam_harmed_are_the_victims_of_the_case_told_just_before() -> None:
    batch = run("Police in Seoul said on Monday that their investigation had found seven fraud centres in Poipet. "
                "The suspects were accused of defrauding 412 South Koreans of 20 billion won.")
    assert ("AFFECTED", "investigation@", "KR", 412) in facts(batch)  # (Monday: the telling's day)
    assert events(batch)["investigation@"]["count_victims"] == 412


def test_people_a_scam_harmed_after_an_arrest_are_no_count_of_it() -> None:
    batch = run("Police in Seoul arrested 12 suspects on Monday. The suspects were accused of defrauding "
                "412 South Koreans of 20 billion won.")
    assert not any(f[2] == "KR" for f in facts(batch))
    assert "count_victims" not in events(batch)["arrest@2026-10-12"]


def test_countries_count_nationalities_only_where_the_people_counted_come_from_them() -> None:
    rescue = events(run("Soldiers rescued more than 250 workers from 20 countries on Monday."))["rescue@2026-10-12"]
    assert rescue["count_nationalities"] == 20
    for text in ("Soldiers rescued 250 people on Monday, police from three countries said.",
                 "Soldiers rescued 250 people on Monday after talks between the two countries."):
        assert "count_nationalities" not in events(run(text))["rescue@2026-10-12"]


def test_a_demonym_after_a_breakdown_by_sex_is_the_whole_groups() -> None:
    found = facts(run("On Monday police arrested 40 suspects, including 30 men and 10 women, all Thai, in Poipet."))
    assert ("ARRESTED", "arrest@2026-10-12", "TH", 40) in found
    assert not any(f[2] == "TH" and f[3] in {10, 30} for f in found)


def test_demonyms_inside_the_parts_keep_their_own_counts() -> None:
    found = facts(run("On Monday police arrested 40 people, including 30 Chinese men and 10 Thai women, in Poipet."))
    assert {("ARRESTED", "arrest@2026-10-12", "CN", 30), ("ARRESTED", "arrest@2026-10-12", "TH", 10)} <= found


def test_their_earlier_act_after_following_is_done_to_the_same_people() -> None:
    found = facts(run("Two Thai men were arrested in Bangkok on Monday following their deportation from Cambodia."))
    assert ("ARRESTED", "arrest@2026-10-12", "TH", 2) in found
    assert ("DEPORTED", "TH", 2) in {(rel, code, n) for (rel, ev, code, n) in found if ev.startswith("deportation@")}


def test_their_capture_in_a_raid_is_an_arrest_in_that_raid() -> None:
    found = facts(run("On Monday, 85 Chinese nationals were sent to China after their capture in the joint raid in Bokeo."))
    assert ("ARRESTED", "CN", 85) in {(rel, code, n) for (rel, ev, code, n) in found if ev.startswith("raid@")}


def test_their_trip_is_no_act_done_to_them() -> None:
    found = facts(run("Two Thai men were arrested in Bangkok on Monday after their trip to Cambodia."))
    assert {rel for (rel, _ev, code, _n) in found if code == "TH"} == {"ARRESTED"}


def test_an_apposition_between_counted_people_and_their_passive_verb_is_read_past() -> None:
    found = facts(run("The bureau said that 10 Vietnamese nationals, also gaming workers, were deported on Monday."))
    assert ("DEPORTED", "deportation@2026-10-12", "VN", 10) in found


def test_a_clause_with_its_own_verb_after_the_comma_is_no_apposition() -> None:
    found = facts(run("Police arrested 20 Chinese nationals on Monday, also detaining five Thai women, who were freed later."))
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 20) in found
    assert not any(rel == "DETAINED" and code == "CN" for (rel, _ev, code, _n) in found)


def test_people_told_again_by_these_give_their_number_to_the_new_event_too() -> None:
    batch = run("On Monday Lao police deported 164 Chinese nationals. These individuals were arrested across "
                "various locations in Laos.")
    assert ("ARRESTED", "arrest@", "CN", 164) in facts(batch)
    assert events(batch)["arrest@"]["count_arrested"] == 164


def test_the_death_of_a_person_counts_one_dead_of_the_demonym_after_it() -> None:
    batch = run("The crackdown on Monday came after the death of a Thai teenager who had been lured to a compound.")
    assert ("AFFECTED", "death@", "TH", 1) in facts(batch)
    assert events(batch)["death@"]["count_dead"] == 1
    fellow = run("The brothers confirmed the suicide of a fellow worker at the compound on Monday.")
    assert next(v for k, v in events(fellow).items() if k.startswith("death@"))["count_dead"] == 1


def test_deaths_with_a_number_keep_the_number() -> None:
    batch = run("The crackdown on Monday came after the deaths of three Thai workers in a compound in Myawaddy.")
    assert ("AFFECTED", "death@", "TH", 3) in facts(batch)


def test_the_victims_are_not_the_suspects_counted_before() -> None:
    found = facts(run("Police arrested 30 Chinese nationals on Monday in Poipet. In June, soldiers rescued the victims "
                      "at a compound in Myawaddy."))
    assert not any(rel == "RESCUED" and code == "CN" for (rel, _ev, code, _n) in found)


def test_a_relative_clause_on_counted_people_tells_their_past_not_the_verb_before() -> None:
    found = facts(run("The bureau on Monday deported 98 Chinese nationals who were arrested in a raid in Pasay in January."))
    assert ("DEPORTED", "deportation@2026-10-12", "CN", 98) in found
    assert not any(rel == "ARRESTED" and ev == "arrest@2026-10-12" for (rel, ev, _code, _n) in found)


def test_their_act_after_another_group_is_that_groups() -> None:
    found = facts(run("On Monday 45 Thais were rescued, while 30 Chinese were deported after their arrest in a raid in Poipet."))
    assert not any(rel == "ARRESTED" and code == "TH" for (rel, _ev, code, _n) in found)
    assert ("ARRESTED", "CN", 30) in {(rel, code, n) for (rel, _ev, code, n) in found}


def test_they_are_the_people_described_with_their_number_in_the_sentence_before() -> None:
    batch = run("Police in Tokyo questioned the group on Monday. The six Vietnamese are in their 20s. "
                "They were detained by Lao police in March.")
    assert ("DETAINED", "detention@2026-03", "VN", 6) in facts(batch)


def test_people_described_before_are_no_victims_of_a_harm_told_after() -> None:
    batch = run("The six Vietnamese are in their 20s. They were lured to Laos by a broker.")
    assert not any(f[2] == "VN" and f[3] == 6 for f in facts(batch))
