"""A campaign's figures told beside the day's act keep off it (audits 36f and 36g):
- a line of a list of figures ("- 3,120 Deportations: suspects and victims sent home") counts no act;
- "2,040 suspects ... have been handed over", with no day of its own, after "64 were handed over on
  Sunday", is the tally up to now: the day's handover keeps its 64."""

from tests.unit.test_news_extraction import events, run


def test_a_line_of_figures_leaves_the_days_deportation_its_count() -> None:
    text = ("PHNOM PENH - Cambodia deported 130 foreigners on Thursday in its campaign against fraud hubs.\n\n"
            "Figures from the past six months show its scale:\n"
            "- 5,020 Arrests: suspects from 21 countries.\n"
            "- 3,120 Deportations: suspects and victims sent home.\n")
    found = events(run(text))
    assert found["deportation@2026-10-15"]["count_deported"] == 130
    assert not any(e.get("count_arrested") == 5020 for e in found.values())


def test_a_tally_in_the_present_perfect_leaves_the_days_handover_its_count() -> None:
    found = events(run("A group of 64 Vietnamese nationals suspected of fraud in Laos were handed over to Vietnamese "
                       "police on Sunday. Citing police figures, the paper said 2,040 suspects involved in fraud in "
                       "Laos have been handed over to Vietnam."))
    assert all(e.get("count_repatriated", 0) != 2040 and e.get("count_deported", 0) != 2040 for e in found.values())
    assert any(name.endswith("@2026-10-11") and 64 in (e.get("count_repatriated"), e.get("count_deported"))
               for name, e in found.items())
