"""People counted with no nationality, then said to be all of one ("All the suspects were
Valdanians", "They were all Valdanian nationals"): the act that counted them gets that nationality
with their whole number. Items of one act with no nationality add up ("31 suspects in one house and
12 more in the next": 43), a share of them does not ("71 people, including 29 women"). Suspects
"caught" were arrested; workers "caught in the crossfire" were not. Made-up names (probes of forms
seen in real reporting, session 26)."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, object]]:
    return {(f[0], f[3]) for f in facts(run(text)) if f[0] in {"ARRESTED", "RESCUED", "DETAINED"}}


def _event_counts(text: str) -> list[dict[str, object]]:
    batch = run(text)
    return [{k: v for k, v in n.properties.items() if k.startswith("count_")}
            for n in batch.nodes.values() if n.label.value == "Event"]


def test_all_of_the_people_counted_before_are_of_one_nationality() -> None:
    opening = "Police arrested 40 suspects in Lumora on Monday. The gang used rented flats. "
    for said in ["All the suspects were Kenyans who had overstayed their visas.", "All of them were Kenyans.",
                 "The suspects were all Kenyan nationals.", "Police said they were all Kenyans."]:
        found = facts(run(opening + said))
        assert any(f[0] == "ARRESTED" and f[2:] == ("KE", 40) for f in found), said


def test_two_nationalities_or_a_thing_name_no_one_nationality_of_all() -> None:
    opening = "Police arrested 40 suspects in Lumora on Monday. "
    assert not any(f[2] in {"KE", "UG"} for f in facts(run(opening + "All were Kenyans and Ugandans.")))
    assert not any(f[2] == "KE" and f[3] == 40 for f in facts(run(opening + "All the flats were Kenyan-owned.")))


def test_a_nationality_told_already_is_not_told_again_for_all() -> None:
    found = facts(run("Police arrested 40 suspects, 30 of them Kenyans, in Lumora. All of them were Ugandans."))
    assert not any(f[2] == "UG" for f in found)


def test_items_of_one_act_with_no_nationality_add_up() -> None:
    assert _event_counts("Police arrested 31 suspects in one house and 12 others in the next.") == [{"count_arrested": 43}]
    assert _event_counts("Police detained 23 men and 17 women in Lumora.") == [{"count_detained": 40}]
    assert _event_counts("Police detained 71 people, including 29 women, in a raid.") == [{"count_detained": 71}]
    assert _event_counts("Police arrested ten people, six men and four women, in Lumora.") == [{"count_arrested": 10}]
    assert _event_counts("Police arrested 300 suspects (45 of them women) in Lumora.") == [{"count_arrested": 300}]
    assert _event_counts("Police arrested 23 men, 17 women and four minors in Lumora.") == [{"count_arrested": 44}]


def test_suspects_caught_were_arrested() -> None:
    assert _event_counts("In a raid on a flat in Lumora, 12 suspects were caught as they phoned their targets.") \
        == [{"count_arrested": 12}]
    assert _event_counts("Forty workers were caught in the crossfire in Lumora.") == []
    assert _event_counts("Five suspects were caught on camera in Lumora.") == []
