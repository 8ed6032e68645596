"""A speaker announces the news of its own clause, not an act it names only as a concession:
"the company said its casino stays open despite its owner's arrest" tells that the casino is open;
the arrest is background the speaker does not announce. "despite" joins the closed class of
words ("after", "following", "amid") that open a verbless phrase of what came before the news."""

from tests.unit.test_news_extraction import facts, run


def _announced(text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2].split("@")[0]) for f in facts(run(text)) if f[0] == "ANNOUNCED"}


def test_an_arrest_named_after_despite_is_not_announced_by_the_speaker() -> None:
    text = ("The Harbor Security Bureau said the Lotus Bay resort is still operating despite its owner's "
            "arrest last month.")
    assert not any(event == "arrest" for _, event in _announced(text))


def test_an_arrest_the_speaker_tells_is_still_announced() -> None:
    text = "The Harbor Security Bureau said it arrested the owner of the Lotus Bay resort on Monday."
    batch = run(text)
    assert [f for f in facts(batch) if f[2].startswith("arrest")]
