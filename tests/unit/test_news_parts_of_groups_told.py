"""Parts of people told before: "25 of them" after a whole of several peoples ("40 people,
including 30 Chinese and four Indians") are of no one nationality (they were the last item's, 25
"Indians" out of four); "Ten of the 111 were arrested" arrested ten, not the 111; an arrest still
to be made ("efforts are underway to arrest another agent, X") took no one."""

from tests.unit.test_news_extraction import events, facts, run


def test_them_after_a_whole_of_several_peoples() -> None:
    text = "Police detained 40 people, including 30 Chinese and four Indians. A total of 25 of them have been charged.\n"
    assert not any(f[0] == "CHARGED" and f[2] in {"IN", "CN"} for f in facts(run(text)))


def test_them_after_one_people_is_theirs() -> None:
    assert ("CHARGED", "CN", 4) in {(f[0], f[2], f[3]) for f in facts(run("Police arrested 13 Chinese. Four of them were charged.\n"))}


def test_ten_of_the_whole() -> None:
    found = events(run("Some 111 Thai nationals returned on Friday. Ten of the 111 were arrested in Lotown.\n"))
    assert [props.get("count_arrested") for key, props in found.items() if key.startswith("arrest")] == [10]


def test_an_arrest_still_to_be_made_takes_no_one() -> None:
    text = "Police arrested Ramesh Kumar on Monday. Efforts are underway to arrest another agent, Suresh Yadav.\n"
    arrested = {f[2] for f in facts(run(text)) if f[0] == "ARRESTED"}
    assert arrested == {"Ramesh Kumar"}


def test_a_nickname_after_alias_is_no_place_or_people() -> None:
    text = 'The suspects were Zhao, Shao Qi alias "Lao Fan;" and Ke, Rong Mou alias "Jordan." They were charged on Monday.\n'
    found = run(text)
    assert not any(n.label.value in {"Location", "Nationality"} for n in found.nodes.values())


def test_a_malaysian_town_prefix_is_no_indonesian_town() -> None:
    found = run("Police raided a compound in Bandar Seri Petaling and detained 20 people.\n")
    assert not any(n.label.value == "Location" and n.name == "Bandar" for n in found.nodes.values())
