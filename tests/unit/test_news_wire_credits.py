"""A picture's credit names who took the picture, not anyone in the story: a wire's credit in
brackets, the photographer after a slash ("(Xinhua/Wei Gang)", whose given name read as a gang
made a criminal group, audit 37 page n01), and a credit label set after the caption on its line
("Image Credit: <outlet>", audit 37 page n07)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run

_CAPTION = "Suspects escorted by police officers board a charter flight to Kenya, Oct. 3, 2026."


def test_a_wire_credit_in_brackets_names_no_group_or_person() -> None:
    graph = run(_CAPTION + " Police in Suva arrested 12 fraud suspects on Monday. (Xinhua/Wei Gang)\n")
    assert "Wei Gang" not in names(graph, Label.ORGANIZATION) | names(graph, Label.PERSON)


def test_a_wire_credit_with_the_photographer_first_names_no_person() -> None:
    graph = run(_CAPTION + " (Zhou Minghai/Xinhua)\nPolice in Suva arrested 12 fraud suspects on Monday.\n")
    assert "Zhou Minghai" not in names(graph, Label.PERSON) | names(graph, Label.ORGANIZATION)


def test_a_wire_photo_credit_with_the_word_photo() -> None:
    graph = run(_CAPTION + " (AP Photo/Rosa Delgado)\nPolice in Suva arrested 12 fraud suspects on Monday.\n")
    assert "Rosa Delgado" not in names(graph, Label.PERSON)


def test_an_image_credit_after_a_caption_names_no_organization() -> None:
    text = "Phone fraud\nScam warning Image Credit: Harbour News\n\n" \
        "Suva: Police in Suva arrested 12 men over phone fraud, the Fiji Police said on Monday.\n"
    assert "Harbour News" not in names(run(text), Label.ORGANIZATION)


def test_a_person_in_brackets_in_reporting_stays() -> None:
    text = "Police arrested the group's leader (Wei Gang, 41) in Suva on Monday, the ministry said.\n"
    assert "Wei Gang" in names(run(text), Label.PERSON) | names(run(text), Label.ORGANIZATION)
