"""A picture's credit under a caption ("Photo by X") names whoever made the picture, not a person
or an outlet of the story (audit 10: k05, k12)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run

_CAPTION = "Colonel Tran Van Minh directs the operation on Monday. "


def test_a_person_credited_for_a_photo_is_no_person_of_the_story() -> None:
    batch = run(_CAPTION + "Photo by Le Thi Hoa.\nPolice arrested six suspects on Monday.")
    assert "Le Thi Hoa" not in names(batch, Label.PERSON)
    assert "Tran Van Minh" in names(batch, Label.PERSON)


def test_an_outlet_credited_for_a_photo_is_no_organization_of_the_story() -> None:
    batch = run(_CAPTION + "Photo by Yonhap News Agency\nPolice arrested six suspects on Monday.")
    assert "Yonhap News Agency" not in names(batch, Label.ORGANIZATION)


def test_a_person_who_speaks_is_still_a_person() -> None:
    batch = run("Police arrested six suspects on Monday, said Le Thi Hoa, a police spokeswoman.")
    assert "Le Thi Hoa" in names(batch, Label.PERSON)
