"""Event relations the reader gave to the wrong body (round 15): a body named inside a speaker's
apposition, a raid told only as what came before the news, and a body people asked for help. Each
test pairs the construction with a near sentence whose relation must stay."""

from scamgraph.model import GraphBatch, RelType
from tests.unit.test_news_extraction import run


def _agencies_with(batch: GraphBatch, rel: RelType) -> set[str]:
    return {batch.nodes[e.source].name for e in batch.edges if e.type is rel}


def test_a_body_in_a_speakers_apposition_does_not_announce() -> None:
    batch = run("Mr. Tran Van Binh, Deputy Director of the Immigration Department, Ministry of Public "
                "Security, told reporters that police arrested 40 Thais in a raid in Poipet.")
    assert "Immigration Department" not in _agencies_with(batch, RelType.ANNOUNCED)


def test_a_body_that_speaks_for_itself_still_announces() -> None:
    batch = run("The Immigration Department said on May 3 that police raided a casino in Poipet.")
    assert "Immigration Department" in _agencies_with(batch, RelType.ANNOUNCED)


def test_a_raid_told_only_as_what_came_before_is_not_announced() -> None:
    batch = run("Thai police told reporters on Friday that 55 Laotian workers have gone back to Vientiane "
                "following last month's wide sweep of two compounds near Tachileik.")
    raids = {batch.nodes[e.target].properties.get("type") for e in batch.edges if e.type is RelType.ANNOUNCED}
    assert "raid" not in raids


def test_a_raid_that_is_the_news_is_still_announced() -> None:
    batch = run("The Royal Thai Police on Friday said that officers raided a compound in Tachileik.")
    raids = {batch.nodes[e.target].properties.get("type") for e in batch.edges if e.type is RelType.ANNOUNCED}
    assert "raid" in raids


def test_a_body_people_sought_help_from_took_no_part() -> None:
    batch = run("The 30 workers escaped and sought help from the Indonesian Embassy in Phnom Penh.")
    assert "Indonesian Embassy" not in _agencies_with(batch, RelType.PARTICIPATED_IN)


def test_a_body_whose_help_the_act_had_still_took_part() -> None:
    batch = run("The 30 workers were rescued with help from the Indonesian Embassy in Phnom Penh.")
    assert "Indonesian Embassy" in _agencies_with(batch, RelType.PARTICIPATED_IN)


def test_a_body_that_modifies_another_events_noun_did_not_send_them_home() -> None:
    batch = run("Lao police have returned from Vietnam with nine suspects who were caught there in a joint "
                "Lao and Vietnamese police sweep last year.")
    sent_home_by = {batch.nodes[e.source].name for e in batch.edges if e.type is RelType.CONDUCTED
                    and batch.nodes[e.target].properties.get("type") == "repatriation"}
    assert not any("Vietnam" in name for name in sent_home_by)
