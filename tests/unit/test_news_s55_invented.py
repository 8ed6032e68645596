"""Events no story told: act words that invent a happening the gold has no event for (session 55;
made-up names, places and numbers):
- "received nine cases of residents lured abroad": cases received are files opened, no one brought
  home (``acts_not_done``);
- "charged sky-high interest": a lender's price, no charge laid (``charge_senses``);
- "Section 7 of the Act permits the minister to authorise searches and seizures": a power a law
  gives, no seizure or inquiry carried out (``averted_acts.a_law_allows``);
- ">> Lotland to deport 26 Zorvanians for fraud": a page's link to another of its stories, set on a
  line of its own between the paragraphs (``story_lists``);
- "the sanctions they will face will be imposed by Zorvania": the noun's own future stands past
  a relative clause with no "that" (``planned_acts``; settled convention 8)."""

from tests.unit.test_news_extraction import event_types, events, facts, run


def test_cases_received_bring_no_one_home() -> None:
    batch = run("The Harbour Police confirmed that in 2023 it received nine cases of local residents lured by "
                "criminal gangs into fake jobs abroad.")
    assert "repatriation" not in event_types(batch), events(batch)
    assert not any(r == "REPATRIATED" for r, *_ in facts(batch)), facts(batch)
    # (people received are still brought home)
    told = events(run("Zorvanian officials received 45 citizens at the Delta border gate on Tuesday."))
    assert any(key.startswith("repatriation") for key in told), told


def test_interest_charged_is_no_charge() -> None:
    batch = run("Police said the lenders behind the app charged “outrageous” interest and threatened borrowers "
                "who fell behind.")
    assert "charge" not in event_types(batch), events(batch)
    # (a charge laid stays one)
    assert "charge" in event_types(run("Prosecutors charged the four lenders with extortion on Monday."))


def test_a_law_that_permits_searches_and_inquiries_tells_none() -> None:
    batch = run("The minister told parliament that the Mutual Help Act 2001 allowed for cooperation between "
                "states in criminal investigations. Section 7 of the Act permits the Attorney-General to authorise "
                "search and seizure operations at the request of a foreign state.")
    assert not {"seizure", "investigation", "raid"} & event_types(batch), events(batch)
    # (a seizure done is still one)
    assert "seizure" in event_types(run("Police seized 40 laptops from the villa in Marlow on Monday."))


def test_a_double_arrow_line_is_another_storys_link() -> None:
    batch = run("Police in Harwick arrested 12 Zorvanian nationals at a rented villa on Monday.\n\n"
                ">> Lotland to deport 26 Zorvanians for fraud\n\n"
                ">> Lotland charges two Marlovians over fake bank cards\n\n"
                "The suspects are being held at the city police station.")
    assert not {"deportation", "charge"} & event_types(batch), events(batch)
    assert any(key.startswith("arrest") for key in events(batch)), events(batch)


def test_a_future_past_a_contact_clause_is_still_to_come() -> None:
    batch = run("Although the men hid in Lotland, the sanctions they will face will be imposed directly by "
                "the Zorvanian side.")
    assert "sanction" not in event_types(batch), events(batch)
    # (a past act with the same clause is told done)
    assert "deportation" in event_types(run("The deportation they ordered took place at Harwick airport."))
