"""Events as warnings, requests and follow-up reports word them (session 57; made-up names, places
and numbers, found by probing the reader with invented reports from many outlets):
- a risk is no act: "workers who overstay risk being arrested", "at risk of detention";
- acts joined by "and", "or" or a comma to one under a modal, a "face" or a "risk" share it:
  "could be arrested and deported", "those caught face arrest and deportation";
- a writ asked of a court is none issued: "asked the court to issue an arrest warrant for" X (as
  "applied for an arrest warrant" already read; warrants applied for with a count of people stay
  the count's, as ``test_news_audit50_i1`` keeps them);
- "requested that Lotland extradite the three": a that-clause a demand governs (the subjunctive);
- "convicted the 12 and ordered them deported": an order, the deporting still to come;
- "Twelve Kenyans arrested in a raid on a call centre were deported on Monday": the raid is told
  inside the phrase that describes the subject, and Monday is the main verb's day, not the raid's."""

from tests.unit.test_news_extraction import events, facts, run

# (run() publishes on Thursday 2026-10-15)
_ARREST = "Police arrested 20 Kenyans at a villa in Lotville on Monday."


def test_acts_only_risked_are_none() -> None:
    assert not events(run("Ugandans lured abroad risk being arrested, detained and deported, the advisory said.")), \
        "risk being"
    assert not events(run("Workers who take such jobs are at risk of detention in Lotland.")), "at risk of"
    # (guard, passes before and after: a risk taken, then an act done)
    batch = run("The reporter took a risk on Monday and was arrested at the border.")
    assert "arrest@2026-10-12" in events(batch), events(batch)


def test_acts_joined_to_one_not_done_are_not_done() -> None:
    assert not events(run("Workers who overstay could be arrested and deported, the ministry warned.")), "could"
    assert not events(run("Those caught in Lotland face arrest and deportation.")), "face"
    # (guard, passes before and after: two acts done, each with its own people)
    batch = run("Police arrested 12 Kenyans and deported eight Ugandans on Monday.")
    assert {"arrest@2026-10-12", "deportation@2026-10-12"} <= set(events(batch)), events(batch)


def test_writs_asked_of_a_court_are_none_issued() -> None:
    assert not events(run("Prosecutors have asked the Varnok court to issue an arrest warrant for Ivo Marek.")), \
        "asked to issue"
    # (guard, passes before and after: warrants issued)
    assert "warrant@2026-10-12" in events(run("The court issued arrest warrants for five people on Monday."))


def test_an_act_a_demand_asks_in_a_that_clause_is_none() -> None:
    assert not events(run("Zorvania has formally requested that Lotland extradite the three suspects.")), "requested"
    assert not events(run("The families demanded that police rescue the 40 workers.")), "demanded"
    # (guard, passes before and after: a that-clause of saying tells the act done)
    assert "arrest@2026-10-12" in events(run("Police said that they arrested 40 people on Monday."))


def test_people_ordered_deported_are_not_yet_deported() -> None:
    batch = run("A court on Monday convicted the 12 Kenyans and ordered them deported.")
    assert set(events(batch)) == {"charge@2026-10-12"}, events(batch)


def test_a_raid_inside_the_subjects_description_keeps_no_later_day() -> None:
    batch = run("Twelve Kenyans arrested in a raid on a call centre in Lotville were deported on Monday.")
    assert set(events(batch)) == {"raid@", "deportation@2026-10-12"}, events(batch)
    assert ("DEPORTED", "deportation@2026-10-12", "KE", 12) in facts(batch)
    batch = run("Twelve Kenyans caught in the raid were deported on Monday.")
    assert set(events(batch)) == {"raid@", "deportation@2026-10-12"}, events(batch)
    # (guards, pass before and after: a day inside the phrase is the raid's; a raid told before keeps its day)
    batch = run("Nine men arrested in a police raid last month were charged on Monday.")
    assert set(events(batch)) == {"raid@2026-09", "charge@2026-10-12"}, events(batch)
    batch = run("Police raided a villa in Lotville on Saturday. Twelve Kenyans caught in the raid were deported on Monday.")
    assert set(events(batch)) == {"raid@2026-10-10", "deportation@2026-10-12"}, events(batch)


def test_an_arrest_told_again_stays_one() -> None:
    # (guard, passes before and after: the lead's arrest told again later)
    batch = run(f"{_ARREST} The arrest of the 20 came after months of surveillance, police said.")
    assert set(events(batch)) == {"arrest@2026-10-12"}, events(batch)
