"""An act put off or called off ("the deportation of 17 Bolivians has been delayed") or told as
imminent ("announced the imminent deporting of nine Bolivians") counts no one as done. A name whose
first word is also a town stays a person when a title follows it after a comma ("Liang Wen-bo,
director-general of the office, said"), past a parenthesis with the name in its own script."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_an_act_put_off_or_imminent_counts_no_one() -> None:
    for text in ("The ministry said the deportation of 17 Bolivians from Laos has been delayed.\n",
                 "The ministry said the deportation of 17 Bolivians from Laos was postponed.\n",
                 "The ministry on Friday announced the imminent deporting of nine Bolivian suspects to Peru.\n"):
        assert not any(f[0] == "DEPORTED" and f[3] for f in facts(run(text))), text
    assert ("DEPORTED", "deportation@2026-10-12", "BO", 17) in facts(run("Laos deported 17 Bolivians on Monday.\n"))
    assert "count_deported" not in events(run(
        "The ministry said the deportation of 17 Bolivians from Laos has been delayed.\n")).get("deportation@", {})


def test_a_title_after_a_comma_makes_a_towns_name_a_person() -> None:
    text = "Liang Wen-bo (梁文博), director-general of the trade office, said the plans were dropped.\n"
    assert names(run(text), Label.PERSON) == {"Liang Wen-bo"}
    assert "Liang" not in names(run(text), Label.LOCATION)
    assert names(run("Officials said Liang Wen-bo was told.\n"), Label.PERSON) == {"Liang Wen-bo"}
