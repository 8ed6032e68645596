"""A name in quotes given as an example is no body (audit 37q): "bogus offers name roles such as 'Online
Growth Executive' or 'Client Care Service'" makes no agency or organisation; "the so-called 'Special
Task Force'" is still one."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_quoted_job_titles_are_no_bodies() -> None:
    batch = run("The embassy said bogus offers name roles such as 'Online Growth Executive' or 'Client Care Service' "
                "at shady firms running call-centre scams in Cambodia.")
    assert "Client Care Service" not in names(batch, Label.AGENCY) | names(batch, Label.ORGANIZATION)


def test_a_so_called_body_stays_a_body() -> None:
    batch = run("The raid was carried out by the so-called 'Special Task Force' of the police on Monday.")
    assert "Special Task Force" in names(batch, Label.AGENCY)  # (a guard)
