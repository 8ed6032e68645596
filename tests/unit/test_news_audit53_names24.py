"""Audit 53, fixer names24: the names of people and bodies around titles (a rank's words before a
title, a title's rank opening a sentence, a one-name officer, a police attache of an embassy, a
town's police named in a title, a country's envoy) (made-up towns, bodies and people)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _ties(batch, rel: str = "WORKS_FOR") -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(batch) if f[0] == rel}


def test_a_ranks_words_before_a_title_are_no_name() -> None:
    batch = run("Wrenmouth police crime chief Adjunct Senior Commissioner Dewi Hartono said on Friday that "
                "the suspects were still being questioned.")
    assert "Dewi Hartono" in names(batch, Label.PERSON)
    assert not {"Adjunct Senior", "Adjunct Senior Commissioner Dewi Hartono"} & names(batch, Label.PERSON)
    assert ("Dewi Hartono", "Wrenmouth police") in _ties(batch)


def test_one_name_after_a_rank_in_a_titled_run_is_a_person() -> None:
    batch = run("Wrenmouth police crime chief Adjunct Senior Commissioner Sutarno said on Friday that "
                "the suspects were still being questioned.")
    assert ("Sutarno", "Wrenmouth police") in _ties(batch)
    alone = run("Commissioner Halvorsen urged the public to be careful with job offers.")
    assert "Halvorsen" not in names(alone, Label.PERSON)  # (a family name alone, perhaps told in full elsewhere)


def test_a_titles_rank_opening_a_sentence_names_no_body() -> None:
    batch = run("Deputy police chief Pol Maj Gen Anurak Thongdee met the families of the workers on Monday.")
    assert not {"Deputy police", "Assistant police"} & names(batch, Label.AGENCY)
    assert not _ties(batch)
    acting = run("Acting immigration chief Pol Col Anurak Thongdee met the families on Monday.")
    assert "Acting immigration" not in names(acting, Label.AGENCY)


def test_a_police_attache_of_an_embassy_works_for_the_embassy() -> None:
    batch = run("Most workers answered online advertisements, said Pol Col Anurak Thongdee, Police Attache of "
                "the Royal Thai Embassy in Laos.")
    assert "Royal Thai Embassy" in names(batch, Label.AGENCY)
    assert not [n for n in names(batch, Label.AGENCY) if n.startswith("Police Attache")]
    assert ("Anurak Thongdee", "Royal Thai Embassy") in _ties(batch)


def test_a_towns_police_named_in_a_title_and_told_later() -> None:
    batch = run("Guntur Police Commissioner K. Venu Gopal met the returning youths at the airport. "
                "The Guntur police had rescued them from a compound abroad.")
    assert ("K. Venu Gopal", "Guntur Police") in _ties(batch)
    untold = run("Guntur Police Commissioner K. Venu Gopal met the returning youths at the airport.")
    assert not _ties(untold)  # (a body named only inside a title makes no node)


def test_a_countrys_envoy_works_for_its_embassy_named_after() -> None:
    batch = run("Kenya’s ambassador to Thailand, Otieno Wafula, confirmed the case on Monday. "
                "The Kenyan embassy is working with Thai police to find the men.")
    assert ("Otieno Wafula", "Kenyan embassy") in _ties(batch)
    assert ("Otieno Wafula", "KE") not in _ties(batch, "HAS_NATIONALITY")  # (whose office, not his nationality)
