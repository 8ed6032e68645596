"""A participle joined by "and" to a verb group a modal governs shares the modal ("will be
declared unwelcome and expelled", "will reportedly be questioned and charged"): the second act is
still to come, and counts no one as done (grammar: coordinated participles share the auxiliaries
before the first; audit j16 and k01)."""

from tests.unit.test_news_extraction import events, run


def test_people_to_be_declared_unwelcome_and_deported_are_not_counted_as_deported() -> None:
    found = events(run("Police held 15 Lao men in Udon Thani on Monday. The 15 men will be declared unwanted "
                       "guests and deported to Laos."))
    assert not any(props.get("count_deported") for key, props in found.items() if key.startswith("deportation"))


def test_people_declared_unwelcome_and_deported_are_counted() -> None:
    found = events(run("Police held 15 Lao men in Udon Thani on Monday. The 15 men were declared unwanted guests "
                       "and deported to Laos on Tuesday."))
    assert any(props.get("count_deported") == 15 for key, props in found.items() if key.startswith("deportation"))


def test_charges_they_may_face_are_no_charge() -> None:
    """"They may face human trafficking charges": a prospect, as "could face" is."""
    found = events(run("Police arrested 12 Thais on Monday. They may face human trafficking charges."))
    assert "arrest@2026-10-12" in found and not any(key.startswith("charge") for key in found)


def test_a_crackdown_called_for_or_on_dissent_is_no_raid() -> None:
    """"Charity calls for scam compound crackdown": asked for; "a violent crackdown on anti-coup
    protests": on dissent; a crackdown on scam compounds begun is still one, and so is a "call
    centre crackdown"."""
    assert not events(run("Charity calls for scam compound crackdown\n\nThe charity spoke on Monday."))
    assert not events(run("The junta launched a violent crackdown on anti-coup protests in 2021."))
    assert "raid@2026-10-12" in events(run("Police began a crackdown on scam compounds on Monday."))
    assert any(key.startswith("raid") for key in events(run("Call centre crackdown goes on in Tachileik\n\nThe raids began on Monday.")))


def test_crackdowns_that_failed_to_stop_something_are_no_raid() -> None:
    """"more than 40 compounds keep running in Laos despite repeated crackdowns":
    raids told in general, as what did not stop the compounds; no raid, no 40 sites."""
    found = events(run("A rights group said on Monday that more than 40 compounds keep running in Laos despite"
                       " repeated crackdowns."))
    assert not any(key.startswith("raid") for key in found)
