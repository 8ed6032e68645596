"""A list of counted people one per line, followed by a sentence that refers back to them ("These
people were ..."): the words referring back take every line of the list, not only its last."""

from tests.unit.test_news_extraction import facts, run

_LIST = """Twelve Kenyans came home on Monday after months in a compound.
Officials said people from many countries were held there:
- 3,000 Chinese citizens
- 250 Thais
- 120 Nepali citizens
"""


def test_a_sentence_after_a_list_of_lines_refers_to_every_line() -> None:
    found = facts(run(_LIST + "These individuals were rescued from camps along the Lao border and repatriated.\n"))
    for code, value in (("CN", 3000), ("TH", 250), ("NP", 120)):
        assert any(f[0] == "REPATRIATED" and f[2:] == (code, value) for f in found), code


def test_a_sentence_after_one_line_of_figures_keeps_that_lines_people_only() -> None:
    text = ("Police in Laos freed 40 Thais on Monday.\nThe group included:\n- 30 Nepali citizens\n"
            "They were later repatriated.\n")
    found = facts(run(text))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 30) for f in found)
    assert not any(f[0] == "REPATRIATED" and f[2:] == ("TH", 40) for f in found)


def test_a_sentence_of_prose_between_the_lines_ends_the_list() -> None:
    text = ("Officials said people from many countries were held there:\n- 3,000 Chinese citizens\n"
            "Some had been held for a year in the camps.\n- 120 Nepali citizens\n"
            "These individuals were later repatriated.\n")
    found = facts(run(text))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 120) for f in found)
    assert not any(f[0] == "REPATRIATED" and f[2:] == ("CN", 3000) for f in found)
