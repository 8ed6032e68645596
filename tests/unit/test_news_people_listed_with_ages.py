"""People named in a list with their ages ("Kevin Lau, 36, and Mark Chan, 31, were charged") all
take the act the list shares, the first as the last; people apposed to a counted group ("two
Chinese men, Lee Kim and Park Joon") all take the group's nationality; a name inside a quote is
no staff of the paper credited after it ("'... tycoon X,' the Lotown Times reported")."""

from tests.unit.test_news_extraction import facts, run


def _of(text: str, rel: str) -> set[str]:
    return {f[2] for f in facts(run(text)) if f[0] == rel}


def test_two_people_with_ages_share_the_charge() -> None:
    assert _of("Kevin Lau, 36, and Mark Chan, 31, were charged in court on Monday.\n", "CHARGED") == {"Kevin Lau", "Mark Chan"}


def test_three_people_with_ages_share_the_charge() -> None:
    text = "Kevin Lau, 36, Tom Ho, 40, and Mark Chan, 31, were charged in court on Monday.\n"
    assert _of(text, "CHARGED") == {"Kevin Lau", "Tom Ho", "Mark Chan"}


def test_people_apposed_to_a_group_take_its_nationality() -> None:
    found = facts(run("Police arrested two Chinese men, Lee Kim and Park Joon, on Monday.\n"))
    assert {(f[1], f[2]) for f in found if f[0] == "HAS_NATIONALITY"} == {("Lee Kim", "CN"), ("Park Joon", "CN")}


def test_people_apposed_with_ages_are_all_arrested() -> None:
    text = "Police arrested two Chinese nationals, Lee Kim, 30, and Park Joon, 41, on Monday.\n"
    assert {"Lee Kim", "Park Joon"} <= _of(text, "ARRESTED")


def test_a_name_in_a_quote_works_for_no_paper_credited_after_it() -> None:
    text = "'The accounts were held by the tycoon Sok Dara,' the Lotown Times reported on Friday.\n"
    assert not _of(text, "WORKS_FOR") and not _of(text, "DIRECTS")


def test_a_participle_phrase_after_a_name_leaves_the_person_its_verb() -> None:
    assert "Li Wei" in _of("Chinese national Li Wei, wanted for fraud in Lotland, was arrested on Monday.\n", "ARRESTED")
    assert "Li Wei" in _of("Police said Li Wei, facing fraud charges in three cases, was arrested on Monday.\n", "ARRESTED")
