"""Who asked, who issued and who acted, in arrests abroad (audit 36c):
- "following a request from Vietnamese authorities, Laos arrested three Vietnamese nationals": the
  Vietnamese authorities asked; they conducted neither the arrest nor the extradition;
- "Acting on an Interpol red notice, Thai immigration police arrested a Korean man": the police did
  the arrest, not the notice;
- "a fugitive sought by authorities in Busan ... was arrested at his home in Makati City": Busan is
  where the warrant is, not where the arrest was."""

from tests.unit.test_news_extraction import facts, run


def test_the_body_that_requested_an_arrest_conducted_nothing() -> None:
    found = facts(run("The Lao Ministry of Public Security said that, following a request from relevant Vietnamese "
                      "authorities, Laos arrested four Vietnamese nationals and has already extradited them to Vietnam."))
    assert not any(f[0] == "CONDUCTED" and f[1] == "Vietnamese authorities" for f in found)


def test_police_acting_on_a_red_notice_did_not_issue_it() -> None:
    found = facts(run("Acting on an Interpol red notice, Thai immigration police arrested a Korean man on fraud charges "
                      "in Udon Thani on Sunday."))
    assert ("CONDUCTED", "Thai immigration police", "arrest@2026-10-11", None) in found
    assert not any(f[0] == "CONDUCTED" and f[1] == "Thai immigration police" and f[2].startswith("warrant") for f in found)


def test_where_a_fugitive_is_sought_is_not_where_he_was_arrested() -> None:
    found = facts(run("Immigration officials said they had arrested a South Korean fugitive sought by authorities in "
                      "Busan over a telecom fraud case. The fugitive, Park Minho, 31, was arrested on Monday at his home "
                      "in Makati City."))
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "Busan" for f in found)


def test_the_court_a_warrant_came_from_issued_it() -> None:
    found = facts(run("The Central Investigation Bureau arrested two scam suspects on Friday under warrants from the "
                      "Criminal Court."))
    assert ("CONDUCTED", "Criminal Court", "warrant@", None) in found  # (a guard)
