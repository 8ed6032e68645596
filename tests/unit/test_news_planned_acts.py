"""An act told as still to come is no event (convention 8 of tests/corpus/README.md): a plan, a
schedule, preparations, a reported "would". Investigators read events as things that happened;
the story makes the event when it tells the act done. Every independent judge of the reader on
unused stories (sessions 44-48) counted planned acts as wrong, the largest single kind there.
Made-up sentences of the forms met on real pages."""

from scamgraph.model import GraphBatch
from tests.unit.test_news_extraction import events, facts, run


def _kinds(batch: GraphBatch) -> set[str]:
    return {key.split("@")[0] for key in events(batch)}


def test_an_act_told_with_will_or_a_reported_would_is_no_event() -> None:
    for text in ("The 40 Zorvanian workers will be deported to their country next week, officials said.",
                 "A spokesman said the rescued women would be sent home once their papers were checked.",
                 "All 88 detainees will be repatriated after screening, the ministry said.",
                 "The bureau will deport the rescued foreigners after case processing."):
        batch = run(text)
        assert not _kinds(batch) & {"deportation", "repatriation"}, text
        assert not [f for f in facts(batch) if f[0] in {"DEPORTED", "REPATRIATED"}], text


def test_a_plan_a_schedule_or_preparations_toward_an_act_are_no_event() -> None:
    for text in ("The agency plans to deport the men next week.",
                 "The 30 workers are set to be repatriated on Friday.",
                 "The suspects are to be deported to Velmora.",
                 "Preparations are under way to repatriate the 60 women.",
                 "Arrangements are being made to bring the 40 men home.",
                 "The embassy said it was preparing to repatriate the 200 workers."):
        assert not _kinds(run(text)) & {"deportation", "repatriation"}, text


def test_a_noun_of_an_act_with_its_future_after_it_is_no_event() -> None:
    for text in ("A warrant will soon be issued for the compound's boss.",
                 "Their repatriation is scheduled for Friday.",
                 "The repatriation flight is expected to land in the capital on Friday."):
        assert not _kinds(run(text)) & {"warrant", "repatriation"}, text


def test_the_same_acts_told_done_stay_events() -> None:
    assert "deportation" in _kinds(run("The 40 Zorvanian workers were deported to their country on Tuesday."))
    assert "repatriation" in _kinds(run("The repatriation flight landed in the capital on Friday with 60 women."))
    assert "warrant" in _kinds(run("A court issued a warrant for the compound's boss on Monday."))
    told = _kinds(run("The 40 men were deported on Tuesday, and a further 20 will follow next week."))
    assert "deportation" in told


def test_a_thing_a_told_act_will_do_leaves_the_act_standing() -> None:
    """"The sanctions will freeze ...": what the sanctions do next is to come; the sanctions were
    imposed, and whoever announced them still did."""
    batch = run("The Treasury imposed sanctions on the Amber Wren group on Monday. The sanctions will freeze "
                "its assets, the Treasury said.")
    assert "sanction" in _kinds(batch)


def test_a_day_followed_by_a_future_is_no_day_of_the_act() -> None:
    """"the hearing on Monday would ask ...": a day still to come (the stories of these tests are
    published on Thursday 2026-10-15), so the inquiry told around it takes no day from it."""
    told = events(run("Senator Dara Quell, who leads the inquiry, said the hearing on Monday would ask who "
                      "licensed the compound."))
    assert "investigation@2026-10-12" not in told
    assert "investigation@" in told


def test_a_promise_or_a_request_to_act_is_no_event() -> None:
    for text in ("Speaking in the capital, the premier promised to arrest the fugitives behind the compound.",
                 "The minister vowed to deport every foreign scammer.",
                 "The ambassador urged Velmora to assist in repatriating the stranded Zorvanians."):
        assert not _kinds(run(text)) & {"arrest", "deportation", "repatriation"}, text


def test_people_on_a_plane_still_to_come_are_not_brought_home() -> None:
    for text in ("Officials said a military transport carrying 45 Thai nationals is set to fly out at dawn on Sunday.",
                 "A plane carrying 45 Thai nationals is expected to land in the capital tomorrow.",
                 "A ship bringing 30 Thai workers will dock on Friday."):
        batch = run(text)
        assert "repatriation" not in _kinds(batch), text
        assert not [f for f in facts(batch) if f[0] == "REPATRIATED"], text
    landed = facts(run("A plane carrying 45 Thai nationals landed in the capital on Sunday."))
    assert any(f[0] == "REPATRIATED" and f[2] == "TH" and f[3] == 45 for f in landed)


def test_a_day_a_participle_tells_before_a_future_stays_its_acts() -> None:
    """"Those arrested on Monday will face charges": Monday is the arrest's; the charges are to come."""
    told = events(run("Those arrested on Monday will face charges of fraud."))
    assert "arrest@2026-10-12" in told
    assert not any(key.startswith("charge") for key in told)


def test_an_act_named_inside_a_phrase_keeps_its_telling_before_a_future() -> None:
    """"The 30 arrested in the raid will be deported": the raid was told; the future is the people's."""
    told = events(run("The 30 Chinese nationals arrested in the raid on Monday will be deported."))
    assert any(key.startswith("raid") for key in told)
