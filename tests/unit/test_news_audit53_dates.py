"""Event dates found by the session-53 look at every dated event of the open real articles, each
shown here on made-up words: a day told after a relative clause set off by commas on the subject
is the main verb's, never that of an act told inside the clause."""

from tests.unit.test_news_extraction import events, run


def test_a_rescue_inside_a_set_off_who_clause_takes_no_day_of_the_main_verb() -> None:
    batch = run("The nine Zorvanians, who were flown to Lotland after being freed from a fraud compound in "
                "Myawaddy, reached their home province on Friday.")
    rescues = [k for k in events(batch) if k.startswith("rescue@")]
    assert rescues == ["rescue@"]


def test_a_rescue_inside_a_set_off_who_clause_before_a_day_list_is_undated() -> None:
    batch = run("The Zorvanian workers, who were driven to the border after being rescued from a casino in "
                "Pelham, landed in two groups on Monday and Tuesday.")
    assert [k for k in events(batch) if k.startswith("rescue@")] == ["rescue@"]
