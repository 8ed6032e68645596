"""An act of sending people abroad named by its noun counts the people after "of" in any of the
noun's forms ("the extraditions of", "the deportations of", "the expulsion of"), as "the deportation
of" always did; an act noun that a writ, a call, a request or a plan governs ("warrants for the
arrest of", "called for the expulsion of", "preparing the deportations of") is asked for, not done,
and counts no one. Sentences are made up."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text)) if f[3] is not None}


def test_plural_and_other_forms_of_sending_nouns_count_their_people() -> None:
    for text, rel in (("The joint operation in Pakse on Friday ended with the extraditions of nine Peruvian nationals.",
                       "EXTRADITED"),
                      ("The inquiry in Pakse last month led to the deportations of nine Peruvian nationals.",
                       "DEPORTED"),
                      ("The sweep in Pakse on Friday was followed by the expulsion of nine Peruvian nationals.",
                       "DEPORTED"),
                      ("Officials in Lima on Friday confirmed the repatriations of nine Peruvian nationals.",
                       "REPATRIATED")):
        assert (rel, "PE", 9) in _counted(text), text


def test_an_act_noun_asked_for_counts_no_one() -> None:
    for text in ("The court in Pakse issued warrants for the arrest of nine Peruvian nationals.",
                 "The court in Pakse issued warrants for the arrests of nine Peruvian nationals.",
                 "Police in Pakse sought the arrest of nine Peruvian nationals on Friday.",
                 "Rights groups in Lima called for the expulsion of nine Peruvian nationals.",
                 "Officials in Lima are preparing the deportations of nine Peruvian nationals.",
                 "Lima on Friday requested the extraditions of nine Peruvian nationals."):
        assert not {c for c in _counted(text) if c[1] == "PE"}, text


def test_the_singular_nouns_still_count_their_people() -> None:
    assert ("DEPORTED", "PE", 9) in _counted("The sweep in Pakse on Friday led to the deportation of nine Peruvian nationals.")
    assert ("ARRESTED", "PE", 9) in _counted("The raid in Pakse on Friday led to the arrest of nine Peruvian nationals.")
