"""A byline with the writer's post after a slash ("By Jane Roe / Staff reporter") is page
furniture like a plain "By Jane Roe": the writer is no person of the story (audit 11: l05)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_byline_with_a_staff_post_names_no_person() -> None:
    batch = run("By Lin Mei-hua / Staff reporter\n\nPolice in Taoyuan arrested nine recruiters on Monday, "
                "said spokesman Chen Wei-ting.")
    assert "Lin Mei-hua" not in names(batch, Label.PERSON)
    assert "Chen Wei-ting" in names(batch, Label.PERSON)


def test_a_name_followed_by_other_words_after_a_slash_is_kept() -> None:
    batch = run("Police said Kao Yu-ting / the recruiter had fled to Cambodia before the arrests on Monday.")
    assert "Kao Yu-ting" in names(batch, Label.PERSON)


def test_a_long_byline_with_outlet_and_update_time_names_no_person() -> None:
    batch = run("By Wang Lihua | Harbour Daily | Updated: 2019-05-06 10:15\n\nPolice in Taoyuan arrested nine "
                "recruiters on Monday, said spokesman Chen Wei-ting.")
    assert "Wang Lihua" not in names(batch, Label.PERSON)
    assert "Chen Wei-ting" in names(batch, Label.PERSON)
