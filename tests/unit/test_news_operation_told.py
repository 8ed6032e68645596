""""The operation" (definite) right after a sentence that named a sending home or a rescue tells that
act again, also where the story told an arrest or a raid earlier (the deportees' own arrest months
before, say); before, any raid or arrest told anywhere earlier made it a raid of its own (audit page
m02, one event told twice; d10). An operation told with no act just before stays a raid, unless an
embassy runs it (fresh15, article 220): that is the rescue or return told."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, run


def kinds(text: str) -> list[str]:
    return sorted(n.properties["type"] for n in run(text).nodes.values() if n.label is Label.EVENT)


def test_the_operation_after_a_deportation_is_that_deportation() -> None:
    text = ("Nepal deported 40 Indian nationals on Friday. They had been arrested in March 2024 in Kathmandu. "
            "Officials said the men were flown out on a charter flight under guard. "
            "The operation involved over 200 police officers.")
    assert "raid" not in kinds(text)


def test_the_operation_after_an_arrest_stays_a_raid() -> None:
    text = "Police arrested 12 Chinese nationals in Kampot on Monday. The operation involved over 200 officers."
    assert "raid" in kinds(text)


def test_an_operation_an_embassy_runs_is_the_rescue_told_not_a_raid() -> None:
    batch = run("Nine Kenyans held by a scam gang in Myanmar were freed on Monday. They crossed into Thailand at "
                "Mae Sot in an operation run by the Thai army and the Kenyan Embassy.")
    assert [key.split("@")[0] for key in events(batch)] == ["rescue"]
    assert ("CONDUCTED", "Kenyan Embassy", "rescue@2026-10-12", None) in facts(batch)
