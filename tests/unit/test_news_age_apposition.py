"""An age between commas after a name ("Pham Thi Lan, 52,") closes the apposition; a past-tense
verb after it opens the sentence's predicate, so a court or body named later in it ("learned
the verdict at the Can Tho People's Court") is no employer of the person (audit 11: l16). A
title after the age still names the employer. A number with "of" after the comma ("According to
X, 14 of the Lao workers ...") opens the next clause's subject, no apposition (l21)."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _employers(text: str) -> set[str]:
    batch = run(text)
    return {batch.nodes[e.target].name for e in batch.edges if e.type is RelType.WORKS_FOR}


def test_a_defendant_sentenced_at_a_court_does_not_work_for_it() -> None:
    assert _employers("Pham Thi Lan, 52, learned the verdict at the Can Tho People's Court on Friday.") == set()


def test_a_title_after_the_age_still_names_the_employer() -> None:
    found = _employers("Do Van Hung, 44, a deputy director at the Immigration Department, said 31 were sent home.")
    assert "Immigration Department" in found


def test_a_share_of_a_group_after_a_speakers_name_is_no_apposition() -> None:
    batch = run("According to Sok Dara, 14 of the Vietnamese workers left the casino on foot.")
    nationalities = {batch.nodes[e.target].name for e in batch.edges if e.type is RelType.HAS_NATIONALITY}
    assert nationalities == set()
