"""The people a sending home moves are told by the event's own kind, as the guidelines give each kind
its edge: a repatriation REPATRIATED them, a deportation DEPORTED them, an extradition EXTRADITED
them. A verb of another kind that counted them (a homecoming's "the plane carrying him landed", a
deportation's "were transferred") does not give the event a second kind of sending."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_person_flown_home_in_an_extradition_was_extradited() -> None:
    batch = run("A plane carrying fugitive Arno Velt, a Norland national, landed in Norland on Monday, "
                "marking his extradition from Ostavia.")
    kinds = {f[0] for f in facts(batch) if f[2] == "Arno Velt"}
    assert "EXTRADITED" in kinds
    assert "REPATRIATED" not in kinds


def test_a_handover_counted_again_by_another_verb_keeps_one_kind_of_count() -> None:
    batch = run("Ostavia's army handed over 300 Norland nationals to Norland police. Norland's agency said "
                "300 Norland nationals were transferred to Norland, including 20 fugitives.")
    [(key, props)] = [(k, p) for k, p in events(batch).items() if k.startswith("repatriation")]
    assert props.get("count_repatriated") == 300
    assert "count_deported" not in props
