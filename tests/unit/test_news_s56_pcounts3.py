"""(nationality, count) facts in phrasings probed with made-up reporting, third round (session 56;
invented places, people and numbers):
- "freed 36 Quarnish at Orlet on Sunday; 9 Kestrian guards slipped away": a count opening a clause
  of its own after a semicolon or "but", with a verb of its own, is no item of the act's list;
- "detained a Velmaran and 4 Zorvanians", "17 Zorvanian nationals and a Velmaran": one person
  named by a bare demonym in a list of counted people;
- "...; all were Zorvanians": a clause after a semicolon telling everyone's nationality;
- "Zorvanians numbered 27 and Kestrians 11": a share told again with its verb left out;
- "The Zorvanian consulate said 18 of them were its citizens": the speaking body's people;
- "400-plus Quarnish", "60-odd Kestrians": a rough number joined to its suffix;
- "The consulate said 14 of the freed were Quarnish": a part opening a reported clause;
- "Eleven Zorvanians among them were moved to a cell": a part of the people counted before."""

from tests.unit.test_news_extraction import counts_of


def _counted(text: str) -> set[tuple[str, str, object]]:
    """(relation, nationality, count) of the facts that carry a nationality (with or without a count)."""
    return {fact for fact in counts_of(text) if fact[1] != "HAS_NATIONALITY" and len(fact[1]) == 2}


def test_a_count_with_a_clause_of_its_own_after_a_semicolon_is_no_list_item() -> None:
    assert _counted("Officers freed 36 Indonesians at Orlet on Sunday; 9 Chinese guards slipped away.") == \
        {("RESCUED", "ID", 36)}
    assert _counted("Officers freed 36 Indonesians at Orlet on Sunday but 9 Chinese guards got out through a back door.") == \
        {("RESCUED", "ID", 36)}
    assert _counted("Officers held 36 Indonesians at Orlet on Sunday; 9 Chinese guards are still at large.") == \
        {("DETAINED", "ID", 36)}
    # (guards, pass before too: a list run on past a semicolon, and a verb of an act of its own)
    assert _counted("Officers held 36 people at Orlet on Sunday: 27 Chinese; 9 Thais.") == \
        {("DETAINED", "CN", 27), ("DETAINED", "TH", 9)}
    assert _counted("Officers freed 36 Indonesians at Orlet on Sunday; 9 Chinese guards were detained.") == \
        {("RESCUED", "ID", 36), ("DETAINED", "CN", 9)}


def test_one_person_named_by_a_bare_demonym_in_a_list() -> None:
    assert _counted("Officers detained a Malaysian and 4 Chinese at Orlet on Sunday.") == \
        {("DETAINED", "MY", 1), ("DETAINED", "CN", 4)}
    assert _counted("Officers detained 17 Chinese nationals and a Taiwanese at Orlet on Sunday.") == \
        {("DETAINED", "CN", 17), ("DETAINED", "TW", 1)}
    # (no person where the demonyms describe a noun after them)
    assert _counted("Officers detained a Malaysian and Thai crew at Orlet on Sunday.") == set()


def test_all_of_one_nationality_after_a_semicolon() -> None:
    assert _counted("Officers detained 33 people at Orlet on Sunday; all were Vietnamese.") == {("DETAINED", "VN", 33)}
    # (guard: a clause that names no people)
    assert _counted("Officers detained 33 people at Orlet on Sunday; all were freed on bail.") == set()


def test_a_share_told_again_with_its_verb_left_out() -> None:
    text = "Officers detained 47 foreigners at Orlet on Sunday. Chinese nationals numbered 27 and Vietnamese 11."
    assert _counted(text) == {("DETAINED", "CN", 27), ("DETAINED", "VN", 11)}
    text = "Officers detained 47 foreigners at Orlet on Sunday. Chinese nationals numbered 27, Vietnamese 11 and Thais 9."
    assert _counted(text) == {("DETAINED", "CN", 27), ("DETAINED", "VN", 11), ("DETAINED", "TH", 9)}
    # (a rate is no people)
    text = "Officers detained 47 foreigners at Orlet on Sunday. Chinese nationals numbered 27 and Vietnamese 11 percent."
    assert _counted(text) == {("DETAINED", "CN", 27)}


def test_the_speaking_bodys_own_citizens() -> None:
    assert _counted("Officers detained 44 people at Orlet on Sunday. The Chinese embassy said 18 of them "
                    "were its citizens.") == {("DETAINED", "CN", 18)}
    assert _counted("Officers detained 44 people at Orlet on Sunday. Vietnam's Foreign Ministry said 18 of them "
                    "were its citizens.") == {("DETAINED", "VN", 18)}
    # (no body of one country speaks: whose is not said)
    assert _counted("Officers detained 44 people at Orlet on Sunday. The Foreign Ministry said 18 of them "
                    "were its citizens.") == set()


def test_a_rough_number_joined_to_its_suffix() -> None:
    assert _counted("Officers freed 400-plus Indonesians at Orlet on Sunday.") == {("RESCUED", "ID", 400)}
    assert _counted("Officers detained 60-odd Thai nationals at Orlet on Sunday.") == {("DETAINED", "TH", 60)}


def test_a_part_opening_a_reported_clause() -> None:
    assert _counted("Officers freed 52 people at Orlet on Sunday. The consulate said 14 of the freed were Filipinos.") == \
        {("RESCUED", "PH", 14)}
    # (guard, passes before too: the part opening the sentence)
    assert _counted("Officers freed 52 people at Orlet on Sunday. 14 of the freed were Filipinos.") == \
        {("RESCUED", "PH", 14)}


def test_a_part_of_the_people_counted_before_named_among_them() -> None:
    assert _counted("Officers detained 41 people at Orlet on Sunday. Eleven Chinese among them were moved to a cell.") == \
        {("DETAINED", "CN", 11)}
    assert _counted("Officers detained 41 people at Orlet on Sunday. Eleven Chinese among them were let go later.") == \
        {("DETAINED", "CN", 11)}
