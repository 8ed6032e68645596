"""A sentence that opens with a participle of citing or speaking ("Citing police records, the
court ...", "Quoting immigration officers, the paper ...") names no body "Citing police": the
capital is the sentence's, and the body's head words are common nouns. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_citing_police_opens_a_sentence_and_names_no_body() -> None:
    batch = run("The court in Pasay issued warrants. Citing police surveillance, the court said 40 workers were held.")
    assert not any(name.lower().startswith("citing") for name in names(batch, Label.AGENCY))


def test_quoting_immigration_officers_names_no_body() -> None:
    batch = run("Forty Kenyans were freed in Myawaddy. Quoting immigration officers, the daily said they flew home.")
    assert not any(name.lower().startswith("quoting") for name in names(batch, Label.AGENCY))


def test_a_body_after_the_participle_is_still_read() -> None:
    batch = run("Speaking to reporters, the Royal Thai Police said 40 Kenyans were freed in Myawaddy.")
    assert "Royal Thai Police" in names(batch, Label.AGENCY)
