"""People "handed" a charge, a sentence, a fine or a jail term receive a penalty: the verb tells no
handover of them, so no repatriation is made and no count of them is laid on one (audit 20, page
u07). People handed over to a country's officers still are. Sentences are made up."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_handed_charges_are_no_repatriation() -> None:
    batch = run("Police arrested nine men in Johor on Monday.\n\n"
                "The nine Malaysians were handed fresh charges under the Penal Code on Wednesday.")
    assert not [key for key in events(batch) if key.startswith(("repatriation", "deportation"))]


def test_a_man_handed_a_jail_term_is_no_handover() -> None:
    batch = run("The 30 Thais were each handed a six-year jail term by the court on Monday.")
    assert not [key for key in events(batch) if key.startswith(("repatriation", "deportation"))]


def test_people_handed_over_to_officers_are_still_sent_home() -> None:
    batch = run("The 40 Vietnamese were handed over to Vietnamese authorities on Monday.")
    assert ("REPATRIATED", "repatriation@2026-10-12", "VN", 40) in facts(batch)
