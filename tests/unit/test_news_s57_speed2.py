"""Guards for the speed round of session 57 (made-up names and places). Each passes on the code
before the round too: the round changed how often things are read, not what is read.
- ``_said_on`` keeps its answers for the text it was asked about last: the same offsets in another
  text get that text's answer, and asking again gives the first answer;
- the page's widgets are screened by how a line opens (a picture credit, a bulleted headline) or by
  "is"/"are" and a web address (an outlet's plug) before their words are listed: each widget is
  still found, and a line of the story is not."""

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.nlp import pipeline
from scamgraph.loaders.nlp.boilerplate import _OTHERS_KEY


def _monday(text: str) -> DateMention:
    at = text.index("Monday")
    return DateMention(at, at + len("Monday"), "Monday", "2026-03-02")


def test_said_on_answers_per_text() -> None:
    said = "The Velmar Police said on Monday that 40 workers were freed."
    done = "The Velmar Police held on Monday some 40 Dorvalish workers."
    assert said.index("Monday") == done.index("Monday")  # (the same offsets in both texts)
    for _ in range(2):  # (asked again, alternately: each text keeps its own answer)
        assert _said_on(_monday(said), said)
        assert not _said_on(_monday(done), done)
    copy = "".join(list(done))  # (an equal text that is another object)
    assert not _said_on(_monday(copy), copy)


def _widget_lines(text: str) -> set[str]:
    """The lines the name finder set apart as the page's, other stories' or widgets' (for the reader)."""
    doc = pipeline()(text)
    return {doc[start:end].text.strip() for start, end in doc.user_data[_OTHERS_KEY]}


def test_widgets_found_and_story_lines_kept() -> None:
    story = "Officers of the Velmar Police rescued 31 Dorvalish workers from a compound in Orlen on Monday."
    after = "The rescued workers were taken to a shelter in Orlen, where the Orlen Courier is based."
    credit, plug = "Cover image via Velmar Police/Facebook", "The Orlen Courier is now on WhatsApp."
    bullets = ["- Tarvish Ministry opens a new hall in Belmarsk for its Quarnish guests",
               "- Quenlan Harbour Board names a chief for the port of Ostrava Bay"]
    found = _widget_lines("\n\n".join([story, credit, plug, after, "Read more:", *bullets, "", after]))
    assert {credit, plug} <= found, found
    assert story not in found and after not in found, found
    found = _widget_lines("\n\n".join([story, after, *bullets, "", after]))
    assert set(bullets) <= found, found  # (no line ending with a colon before them: other stories' headlines)
