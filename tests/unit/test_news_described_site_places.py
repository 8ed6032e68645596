"""Where a described site lies when the writer names its place through a description of it
("a villa in the <demonym> capital of X", "a hotel in the Lakeside area of X": the site is in X);
two site words sharing one article ("a hotel and resort in X") are one place of business, named
by the first; and a building placed only by a country ("a scam hub in Cambodia") is no site a
reader could find: the annotators make no Site of it."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_site_in_a_described_capital_lies_in_the_named_city() -> None:
    batch = run("Four callers worked for months from a villa in the Thai capital of Bangkok.")
    assert names(batch, Label.SITE) == {"villa in Bangkok"}
    assert ("LOCATED_IN", "villa in Bangkok", "Bangkok", None) in facts(batch)


def test_a_site_in_a_named_area_of_a_town_lies_in_the_town() -> None:
    batch = run("Officers arrested 14 men at a hotel in the Lakeside area of Kampot on Sunday.")
    assert names(batch, Label.SITE) == {"hotel in Kampot"}


def test_two_site_words_sharing_an_article_are_one_site_named_by_the_first() -> None:
    batch = run("Its owners also run a hotel and resort in the quiet river hub of Kampot.")
    assert names(batch, Label.SITE) == {"hotel in Kampot"}


def test_a_hub_placed_only_by_its_country_is_no_site() -> None:
    batch = run("Police said 40 people were arrested at a scam hub in Cambodia last week.")
    assert names(batch, Label.SITE) == set()


def test_a_hub_placed_by_its_town_stays_a_site() -> None:
    batch = run("Police arrested the 40 at a scam hub in Kampot.")
    assert names(batch, Label.SITE) == {"hub in Kampot"}


def test_a_site_where_a_gang_is_based_is_not_where_its_members_were_arrested() -> None:
    batch = run("Police arrested two brothers on Monday, members of a gang based in a villa in Kampot.")
    assert names(batch, Label.SITE) == {"villa in Kampot"}
    assert not [f for f in facts(batch) if f[0] == "OCCURRED_AT" and f[2] == "villa in Kampot"]


def test_a_province_named_before_its_kind_word_is_the_sites_place() -> None:
    batch = run("Police raided a compound in the Kampot province of Cambodia on Friday.")
    assert names(batch, Label.SITE) == {"compound in Kampot"}
