"""(nationality, count) facts in phrasings probed with made-up reporting, fourth round (session 57;
invented places, people and numbers):
- "Forty of the 52 deported suspects were Quarnish nationals": the copula names the part, never the
  whole after "of the" (the whole kept the part's nationality with its own number before);
- "Forty of the 52 people held in Orvane on Sunday were Quarnish", "Forty of the 52 freed were ...":
  the copula after the whole's participle and its place or day names the part;
- "rescued 52 victims, all of them Kenyan", "52 suspects, all Chinese nationals", "..., all from
  Kenya": an aside opened by "all" gives every one of the counted people one nationality;
- "Quarnia – 120; Velmara – 45", "Quarnia: 120, Velmara: 45": a table of people by country, as by demonym."""

from tests.unit.test_news_extraction import counts_of


def _counted(text: str) -> set[tuple[str, str, object]]:
    """(relation, nationality, count) of the facts that carry a nationality (with or without a count)."""
    return {fact for fact in counts_of(text) if fact[1] != "HAS_NATIONALITY" and len(fact[1]) == 2}


def test_the_copula_after_a_numbered_whole_names_the_part_not_the_whole() -> None:
    assert _counted("Forty of the 52 deported suspects were Chinese nationals.") == {("DEPORTED", "CN", 40)}
    assert _counted("Officers deported 52 suspects from Orvane on Sunday. Forty of the 52 deported suspects "
                    "were Chinese nationals.") == {("DEPORTED", "CN", 40)}


def test_the_copula_past_the_wholes_participle_and_its_place_names_the_part() -> None:
    assert _counted("Forty of the 52 people arrested in Orvane on Sunday were Chinese nationals.") == {("ARRESTED", "CN", 40)}
    assert _counted("Officers said 40 of the 52 people arrested in Orvane on Sunday were Chinese.") == {("ARRESTED", "CN", 40)}
    assert _counted("Forty-one of the 52 people rescued at Orvane were Indonesians.") == {("RESCUED", "ID", 41)}
    assert _counted("Forty of the 52 arrested at Orvane were Chinese nationals.") == {("ARRESTED", "CN", 40)}
    # (guards: no people named, or two peoples named: no one's number)
    assert _counted("Forty of the 52 people arrested in Orvane on Sunday were men.") == set()
    assert _counted("Forty of the 52 people arrested in Orvane on Sunday were Chinese and Thai.") == \
        {("ARRESTED", "CN", None), ("ARRESTED", "TH", None)}


def test_an_aside_opened_by_all_gives_everyone_one_nationality() -> None:
    for tail in ("all Indonesians.", "all of whom were Indonesian.", "all of them from Indonesia.", "all of them Indonesian."):
        text = f"Officers in Orvane rescued 52 victims on Sunday, {tail}"
        assert _counted(text) == {("RESCUED", "ID", 52)}, (text, _counted(text))
    assert _counted("Officers in Orvane arrested 52 suspects on Sunday, all of them Chinese citizens.") == {("ARRESTED", "CN", 52)}
    # (guards: no people, several peoples, or a hyphened word that names none)
    assert _counted("Officers in Orvane arrested 52 suspects on Sunday, all of them adults.") == set()
    assert _counted("Officers in Orvane arrested 52 suspects on Sunday, all of them Chinese-speaking.") == set()
    assert _counted("Officers freed 52 people from Orvane compounds, all run by Chinese gangs.") == set()
    # (guard, passes before too: most of them, no number)
    assert _counted("Officers in Orvane arrested 52 suspects on Sunday, most of them Chinese citizens.") == {("ARRESTED", "CN", None)}


def test_a_table_of_people_by_country() -> None:
    for text in ("Officers detained 165 foreigners in Orvane on Sunday. China: 120, Vietnam: 45.",
                 "Officers detained 165 foreigners in Orvane on Sunday. China - 120; Vietnam - 45.",
                 "Officers detained 165 foreigners in Orvane on Sunday (China - 120, Vietnam - 45)."):
        assert _counted(text) == {("DETAINED", "CN", 120), ("DETAINED", "VN", 45)}, (text, _counted(text))
    # (guards: years are no rows, and a lone row is no table)
    assert _counted("Officers detained 165 foreigners in Orvane on Sunday. China - 2023; Vietnam - 2024.") == set()
    assert _counted("Officers detained 165 foreigners in Orvane on Sunday. China - 120.") == set()
