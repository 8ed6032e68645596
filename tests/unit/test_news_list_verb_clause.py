"""A list of nationalities takes its verb from its own clause: a verb told after "but" (or ";",
"while", "although") belongs to a new clause with a subject and an object of its own."""

from tests.unit.test_news_extraction import facts, run


def test_a_verb_after_but_is_not_the_verb_of_a_list_before_it() -> None:
    batch = run("Police raided a compound on Monday. The gangs target foreigners, including Australians and "
                "Koreans, but police arrested several.")
    assert not {code for rel, _ev, code, _count in facts(batch) if rel == "ARRESTED"} & {"AU", "KR"}


def test_a_verb_after_a_list_in_the_same_clause_is_still_its_verb() -> None:
    batch = run("On Monday police said foreigners, including Australians and Koreans, were arrested in Pattaya.")
    assert {"AU", "KR"} <= {code for rel, _ev, code, _count in facts(batch) if rel == "ARRESTED"}
