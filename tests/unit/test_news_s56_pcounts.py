"""(nationality, count) facts in phrasings probed with made-up reporting (session 56; invented places and numbers):
- "arrested 14 people at a depot in Varnholt where 260 Laotians had laboured", "in Varnholt, home to 4,100
  Vietnamese residents", "a depot that housed 260 Laotians": the second number is the clause's or the place's
  people, never an item of a list the arrest counts;
- "arrested six people ... 150 of the victims were Koreans", "Koreans made up 40 of the victims": a part that
  outnumbers the people an act took, or parts victims where the act took suspects, is no part of them;
- "Seventeen of the rescued were Kenyan": the participle names the people, as "of those rescued" does;
- "Chinese – 38, Lao – 9, Thai – 4": a table of peoples, each number set off by a dash or a colon;
- "Chinese nationals accounted for 21 of them", "Thais numbered 21", "made up 21 of those arrested": a verb of
  share tells the part of the people counted before;
- "Two Malaysians were among them.": a part of the people counted before;
- "Lorvia nabs 15 Chinese", "Lorvia arrests 15 Chinese", "Lorvia frees 15 Kenyans": a headline's present;
- "three 27-year-old Vietnamese men", "a 23 year old Thai woman": the age between the number and the people."""

from tests.unit.test_news_extraction import counts_of, events, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    """(relation, nationality, count) of the facts that carry a count."""
    return {fact for fact in counts_of(text) if fact[2] is not None and fact[1] != "HAS_NATIONALITY"}


def test_a_clause_on_the_place_holds_no_item_of_the_acts_list() -> None:
    for text in ("Police arrested 14 people on Friday at a depot in Varnholt where 260 Laotians had laboured.",
                 "Police arrested 14 people on Friday at a depot in Varnholt that housed 260 Laotians.",
                 "Police arrested 14 people in Varnholt, home to 4,100 Vietnamese residents, on Friday."):
        assert _counted(text) == set(), (text, _counted(text))
    # (guard, passes before too: a list joined by "and", and a clause that parts the people counted)
    assert _counted("Police arrested 14 Laotians and 26 Thais in Varnholt on Friday.") == \
        {("ARRESTED", "LA", 14), ("ARRESTED", "TH", 26)}
    assert _counted("Police arrested 30 people in Varnholt on Friday, which included 11 Thais.") == {("ARRESTED", "TH", 11)}


def test_a_part_never_outnumbers_nor_mistakes_the_people_taken() -> None:
    assert _counted("Police arrested six people in Varnholt on Friday. 150 of the victims were Koreans.") == set()
    assert _counted("Police arrested 60 people in Varnholt on Friday. Koreans made up 40 of the victims.") == set()
    # (the freed are the victims: their part stands)
    assert _counted("Police rescued 60 people in Varnholt on Friday. Of the victims, 40 were Koreans.") == \
        {("RESCUED", "KR", 40)}


def test_a_part_of_the_people_named_by_their_participle() -> None:
    assert _counted("Police rescued 52 people in Varnholt on Friday. Seventeen of the rescued were Kenyan.") == \
        {("RESCUED", "KE", 17)}
    assert _counted("Police arrested 44 people in Varnholt on Friday. Twenty of the arrested were Chinese nationals.") == \
        {("ARRESTED", "CN", 20)}


def test_a_table_of_peoples_set_off_by_dashes_or_colons() -> None:
    for mark in ("\u2013", "-", ":"):
        text = (f"Police raided a warehouse in Varnholt on Friday and arrested 51 people. "
                f"Those arrested: Chinese {mark} 38, Lao {mark} 9, Thai {mark} 4.")
        assert _counted(text) == {("ARRESTED", "CN", 38), ("ARRESTED", "LA", 9), ("ARRESTED", "TH", 4)}, (mark, _counted(text))
        raid = events(run(text))["raid@2026-10-09"]
        assert raid["count_arrested"] == 51, raid
    # (a lone demonym and number set off by a dash is no table)
    assert _counted("Police raided a warehouse in Varnholt on Friday. The Thai - 4 tally was unrelated.") == set()


def test_a_verb_of_share_parts_the_people_counted_before() -> None:
    before = "Police arrested 33 people in Varnholt on Friday. "
    for tail in ("Chinese nationals accounted for 21 of them.", "Chinese nationals numbered 21.",
                 "Chinese nationals made up 21 of those arrested."):
        assert _counted(before + tail) == {("ARRESTED", "CN", 21)}, (tail, _counted(before + tail))
    assert _counted("Police deported 33 foreigners on Friday, with Chinese nationals accounting for 21 of them.") == \
        {("DEPORTED", "CN", 21)}
    # (a share told as a rate counts no one)
    assert _counted("Police deported 33 foreigners on Friday. Chinese accounted for 60 percent of them.") == set()


def test_people_told_as_among_those_counted_before() -> None:
    assert _counted("Police arrested 19 people in Varnholt on Friday. Two Malaysians were among them.") == \
        {("ARRESTED", "MY", 2)}
    # (more than were counted: other people)
    assert _counted("Police arrested 19 people in Varnholt on Friday. Forty Malaysians were among them.") == set()


def test_a_headlines_present_tense_acts() -> None:
    assert _counted("Lorvia nabs 15 Chinese in Varnholt call centre raid") == {("ARRESTED", "CN", 15)}
    assert _counted("Lorvia arrests 15 Chinese in Varnholt call centre raid") == {("ARRESTED", "CN", 15)}
    assert _counted("Lorvia frees 15 Kenyans from Varnholt scam compound") == {("RESCUED", "KE", 15)}
    # (guard, passes before too: "arrests" after a number is the acts counted)
    assert _counted("Police made 15 arrests in Varnholt on Friday, including 9 Chinese.") == {("ARRESTED", "CN", 9)}


def test_an_age_between_the_number_and_the_people() -> None:
    assert _counted("Police arrested three 27-year-old Vietnamese men in Varnholt on Friday.") == {("ARRESTED", "VN", 3)}
    assert _counted("Police arrested two 31 year old Chinese men in Varnholt on Friday.") == {("ARRESTED", "CN", 2)}
    assert _counted("Police arrested a 23 year old Thai woman in Varnholt on Friday.") == {("ARRESTED", "TH", 1)}
