"""A given name before a known family name after a title's portfolio stays in the name (audit 16:
q06, q07, q08): "Secretary for <Portfolio> <Given> <Family> <Given-name>" had been cut to the
family name, since the reader starts a holder's name at the first known family name after a
title's "of"/"for" phrase. The word before it is kept when it is no portfolio word and a
portfolio word stays before it. Examples are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_english_given_name_before_a_chinese_name_is_kept() -> None:
    batch = run("Secretary for Transport Daniel Chan Wai-ming said on Friday that four residents were rescued.")
    assert "Daniel Chan Wai-ming" in names(batch, Label.PERSON)


def test_a_given_name_before_a_family_name_is_kept_after_of() -> None:
    batch = run("Commissioner of Customs Peter Wong Kit-ling said on Friday that four men were arrested.")
    assert "Peter Wong Kit-ling" in names(batch, Label.PERSON)


def test_the_last_portfolio_word_stays_in_the_title() -> None:
    batch = run("Minister of Public Security Wang Xiaohong said on Friday that four men were arrested.")
    people = names(batch, Label.PERSON)
    assert "Wang Xiaohong" in people and not any(name.startswith("Security") for name in people)
