"""Numbers that count no act's people or sites: women among people the sentence does not count
("The Malaysians, including six women, were detained"), a tally's part ("412 rescued so far, and
377 of them brought home"), a sum over years ("from 2021 to May 30"), a size ("a 12ha complex")
and the many a place is one of ("one of about 45 compounds"), or a study's figure ("A UN report
said 90,000 had been trafficked") or people who "were free"; and a speaker named after the group
they speak of is none of that group's people."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _counts(text: str) -> dict[str, int]:
    """The events' counts, and the counts on their edges to a nationality (keyed by the edge's type)."""
    batch = run(text)
    found: dict[str, int] = {}
    for node in batch.nodes.values():
        if node.label is Label.EVENT:
            found.update({k.removeprefix("count_"): v for k, v in node.properties.items() if k.startswith("count_")})
    for edge in batch.edges:
        if "count" in edge.properties:
            found[edge.type.value] = edge.properties["count"]
    return found


def test_women_among_people_not_counted_are_no_count_of_the_act() -> None:
    assert _counts("The Malaysians, including six women, were detained on June 4 in Bavet for working for a "
                   "gambling ring.").get("detained") is None
    assert _counts("Police detained 31 people, including six women, in Bavet on June 4.")["detained"] == 31


def test_a_tallys_part_and_a_sum_over_years_are_no_days_act() -> None:
    counts = _counts("Eight more Malaysians cheated by job syndicates in Laos landed at Penang airport last night. "
                     "The ministry said that as of last night, 412 Malaysians had been rescued from Laos and "
                     "Cambodia, and 377 of them have been brought home. Police said 530 Malaysians were rescued "
                     "from 2021 to May 30.")
    assert counts.get("REPATRIATED") == 8 and counts.get("repatriated") in (None, 8)
    assert counts.get("RESCUED") is None and counts.get("rescued") is None


def test_a_size_and_the_many_a_place_is_one_of_count_no_sites() -> None:
    assert "sites" not in _counts("A photo shows officers after a raid in a 12ha complex of buildings in Capas town. "
                                  "Police raided the 12-hectare complex on Wednesday and arrested five suspects.")
    assert "sites" not in _counts("Army leaders vowed to wipe out fraud hubs, starting with a raid on Golden Lotus "
                                  "Park. Yet Golden Lotus Park is only one of about 45 scam compounds along the river.")


def test_a_speaker_named_after_a_group_is_none_of_its_people() -> None:
    batch = run("Chief Inspector Paulo Mabunda said 31 people were detained in Maputo. The Chinese suspects, "
                "Mabunda said on Monday, may apply for bail. The seven Chinese suspects cheated Chinese people, "
                "Police General Somchai Rattanakul, a deputy chief, said.")
    assert not [e for e in batch.edges if e.type is RelType.HAS_NATIONALITY]


def test_a_studys_figure_counts_no_cases_victims() -> None:
    counts = _counts("Six residents were lured to scam jobs in Laos, police said. The police investigation began in "
                     "August after families reported them missing. A UN report said at least 90,000 people had been "
                     "trafficked to Laos.")
    assert counts.get("victims") != 90000


def test_people_who_are_free_were_not_rescued_by_the_sentence() -> None:
    counts = _counts("Officers said 19 residents in their caseload remain captive in Laos. Nine other suspected victims "
                     "were free, with six of them already back home.")
    assert counts.get("rescued") is None and counts.get("RESCUED") is None


def test_a_person_named_by_nationality_keeps_it_when_another_speaks() -> None:
    # "the Treasury said" ends the sentence, but the clause after the name is its own, not an apposition
    batch = run("The two firms named, alongside Thai national Varo Kessim, are also linked to organised crime, "
                "the Treasury said.")
    assert [e for e in batch.edges if e.type is RelType.HAS_NATIONALITY]
