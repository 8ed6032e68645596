"""A step someone is weighing has not been taken: "considering criminal charges", "weighing
further legal action" name the kind of step after the word of weighing, and the step stays a
thought (no charge event, and no announcement of one), like the bare "considering charges"."""

from tests.unit.test_news_extraction import events, facts, run


def test_charges_weighed_with_their_kind_between_are_no_charge() -> None:
    batch = run("The commission is considering criminal charges over the leases at the Tarvel Tower, its director said.")
    assert not any(key.startswith("charge") for key in events(batch))


def test_charges_weighed_after_a_raid_add_no_announcement_to_it() -> None:
    batch = run("Officers raided the Tarvel Tower in Osdale on Monday and arrested 14 Ruritanian nationals. "
                "The bureau chief announced that the agency is also weighing potential charges against the landlord.")
    assert not any(key.startswith("charge") for key in events(batch))
    assert not any(rel == "ANNOUNCED" and target.startswith("charge") for rel, _, target, _ in facts(batch))


def test_charges_laid_plainly_still_count() -> None:
    batch = run("Prosecutors in Osdale filed criminal charges against 14 Ruritanian nationals on Monday.")
    assert any(key.startswith("charge") for key in events(batch))
