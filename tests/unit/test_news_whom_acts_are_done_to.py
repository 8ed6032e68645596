"""Whom an act is done to, where the words around a name or a count could mislead: a person named
with a phrase set off by commas (", a Chinese national,", ", chairman of Lotus Group,", ", 35, of
Tay Ninh province,") or an office before a passive verb is its subject; a person named only to
say whose kin someone is, a verb inside a company's name, a count opening the clause after a
speaker's name, a clause going on past a name and an age, and citizens a host body hands over
give nobody an act or a nationality that the text does not tell. Made-up names (probes of forms
seen in real reporting, session 25)."""

from tests.unit.test_news_extraction import run


def _edges(text: str, rel: str) -> set[str]:
    batch = run(text)
    names = {k: n.name for k, n in batch.nodes.items()}
    return {names[e.target] for e in batch.edges if e.type.value == rel}


def test_the_verb_after_a_described_person_is_theirs() -> None:
    assert _edges("Li Wei, a 35-year-old Chinese national, was arrested in Pasay on Monday.", "ARRESTED") == {"Li Wei"}
    assert _edges("Li Wei, the syndicate's accountant, was charged in Pasay on Monday.", "CHARGED") == {"Li Wei"}



def test_a_clause_going_on_past_a_name_and_age_gives_the_person_no_nationality() -> None:
    text = "A Seoul court on Friday sentenced Kim Min-jun, 41, to 12 years in prison for luring 30 Thais to Laos."
    assert _edges(text, "HAS_NATIONALITY") == set()
    assert _edges("Police arrested Li Wei, a Chinese national, on Monday.", "HAS_NATIONALITY") == {"China"}


def test_a_verb_inside_a_companys_name_tells_nothing_of_the_person_after_it() -> None:
    text = "Britain also imposed sanctions on Lotus Holding Group, Wu Wenjun, and key associates."
    assert _edges(text, "DETAINED") == set()
    assert _edges(text, "TARGETED") == {"Lotus Holding Group", "Wu Wenjun"}


def test_a_count_after_a_speakers_name_opens_a_clause_and_gives_no_nationality() -> None:
    assert _edges("According to Pol Col Somsak Jaidee, 14 Chinese were arrested in Mae Sot.", "HAS_NATIONALITY") == set()
    assert _edges("Police arrested Li Wei, 35, a Chinese national, on Monday.", "HAS_NATIONALITY") == {"China"}


def test_citizens_a_states_body_hands_over_are_not_that_states_own() -> None:
    text = "Cambodian authorities handed over 45 citizens to the Moc Bai border guard station on Wednesday."
    assert _edges(text, "REPATRIATED") == set()
    assert _edges("The Indonesian embassy repatriated 40 citizens on Monday.", "REPATRIATED") == {"Indonesia"}


def test_a_person_with_an_office_or_a_role_before_a_passive_verb_had_it_done_to_them() -> None:
    assert _edges("Former Bamban mayor Alice Lim was arrested in Tangerang, Indonesia, on Monday.", "ARRESTED") \
        == {"Alice Lim"}
    assert _edges("Wu Wenjun, chairman of Lotus Group, was arrested in Phnom Penh on Tuesday.", "ARRESTED") == {"Wu Wenjun"}
    assert _edges("Immigration chief Joel Viado arrested 12 Chinese on Monday.", "ARRESTED") == {"China"}


def test_a_person_named_only_to_say_whose_kin_someone_is_has_nothing_done_to_them() -> None:
    assert _edges("Police arrested Chen Hao's wife, Liu Mei, in Bangkok on Friday.", "ARRESTED") == {"Liu Mei"}
    assert _edges("The Treasury sanctioned the brother of Saw Kyaw Lin last year.", "TARGETED") == set()
    assert _edges("The Treasury sanctioned Saw Kyaw Lin and his brother last year.", "TARGETED") == {"Saw Kyaw Lin"}


def test_a_person_named_with_age_and_home_before_a_passive_verb_had_it_done_to_them() -> None:
    assert _edges("Nguyen Van Hung, 35, of Tay Ninh province, was arrested at the Moc Bai border gate on Monday.",
                  "ARRESTED") == {"Nguyen Van Hung"}
