"""A headline or subheading in title case is no name: "NIA Cracks Down on Cyber Slavery and Human
Trafficking Syndicate", "Lao Police Join Regional Partners to Break Up ...", "Raid
Trigger: Victim Reports Abuse" read as a body, an agency and a person. Headlines keep the verb in
the present ("Cracks", "Join", "Reports"); a capitalized run that holds such a verb is a clause,
not a name (a closed class of headline verbs). Nor is a collective noun and a people's name
before a lower-case noun: "Group of Kenyans" in a headline "Group of Kenyan nationals held" counts
people (a closed class of collective nouns)."""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.resolve import demonym_table

__all__ = ["headline_runs"]

#: Present-tense verbs of headlines; none stands inside the name of a body or a person.
HEADLINE_VERBS = frozenset({"cracks", "join", "joins", "reports", "rescues", "arrests", "deports", "raids", "busts",
                            "nabs", "seizes", "says", "warns", "urges", "repatriates", "sentences", "launches",
                            "vows", "probes", "flees", "denies", "frees", "detains", "extradites", "dismantles",
                            "uncovers", "rounds", "tells", "asks", "calls", "seeks", "orders", "confirms", "reveals",
                            "charges", "jails", "hands", "returns", "sends", "brings", "receives", "names",
                            # with a plural subject: "Sixty Foreign Workers Flee Cambodian Casino"
                            "flee", "escape", "arrive", "arrives", "face", "faces", "demand", "demands", "warn",
                            "dispute", "disputes", "deny", "reject", "rejects", "refute", "refutes", "slam", "slams",
                            "deport", "arrest", "detain", "nab", "bust", "seize", "respond", "responds",
                            "sanction", "destroy", "destroys", "demolish", "demolishes", "expose", "exposes",
                            "sanctions", "targets", "target", "blacklists", "designates", "indicts", "freezes",
                            "shuts", "closes", "convicts", "acquits", "harming",
                            # a court's or a regulator's ruling: "Judge Fines Atlantis Firm", "Panel Clears Agency"
                            "fines", "clears", "finds", "upholds", "overturns", "dismisses", "suspends", "revokes",
                            "penalises", "penalizes",
                            # a question's opening: "Did Police Really Empty X?"
                            "did", "does", "really"})
_NAMED = frozenset({"ORG", "AGENCY", "PERSON", "SITE"})
#: Role words no person's name ends in
_ROLE_WORDS = frozenset({"suspect", "suspects", "victim", "victims", "survivor", "survivors", "recruiter", "recruiters",
                         "fugitive", "fugitives", "accused", "official", "officials", "worker", "workers"})


#: Nouns for a number of people that open a phrase "<noun> of <people> <noun>"
_COLLECTIVES = frozenset({"group", "groups", "gang", "batch", "band", "team", "pair", "dozens", "hundreds", "thousands"})


def headline_runs(view: DocView) -> set[Span]:
    """The names of two words or more in the document's entities that hold a headline verb or
    count people of a nation."""
    found = {e for e in view.ents if e.label_ in _NAMED and len(e) >= 2
             and (_holds_a_verb(view, e) or _counts_a_people(view, e) or _role_as_name(view, e)
                  or _quoted_example(view, e))}
    people = [e for e in view.ents if e.label_ == "PERSON" and e not in found]
    titled = _title_case_lines(view, [e.start for e in people]) if people else []
    if titled:  # (the words the story writes outside such lines, read once)
        inside = {k for start, end in titled for k in range(start, end)}
        body = {w for k, w in enumerate(view.words) if k not in inside}
        found |= {e for e in people if _told_only_in_title_case(view, e, titled, body)}
    return found


#: Classes of the roles that are offices someone holds, before a holder's name
_OFFICES = frozenset({"official", "lawmaker", "diplomat", "police", "military", "judicial", "spokesperson"})
#: Marks of a list or an aside, which a headline does not hold
_LIST_MARKS = frozenset({",", "(", ";"})
#: The small words title case leaves in lower case, and the fewest other words a title-case line holds
_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
                          "from", "as", "vs"})
_TITLE_LINE_WORDS = 3


def _title_case_lines(view: DocView, at: list[int]) -> list[tuple[int, int]]:
    """The sentences holding a token of ``at`` whose words all start with a capital but the small
    ones title case leaves ("in", "of", "the"), with no mark of a list and no number first: a
    headline or a subheading written in title case ("Korean Recruiter Ran Offices in Laos")."""
    starts = [k for k, first in enumerate(view.starts) if first] + [len(view.words)]
    lines = []
    for start, end in {(starts[i - 1], starts[i]) for k in at if 0 < (i := bisect.bisect_right(starts, k)) < len(starts)}:
        if _title_cased(view.words[start:end]) \
                and _LIST_MARKS.isdisjoint(view.words[start:end]) and not view.words[start][:1].isdigit() \
                and view.lower[start] != "by":  # (a byline names its writer: "By Lena Hart Reporting from X")
            lines.append((start, end))  # (not a list of names: "Akash Ali, Alif Imran, ...", "13. Rheign Dela Vega (aka R)")
    return lines


def _title_cased(words: list[str]) -> bool:
    """At least ``_TITLE_LINE_WORDS`` words that title case capitalizes, each with a capital (read
    up to the first one without: most sentences give themselves away at once)."""
    content = 0
    for w in words:
        if w.isalpha() and w.lower() not in _SMALL_WORDS:
            if not w[0].isupper():
                return False
            content += 1
    return content >= _TITLE_LINE_WORDS


def _told_only_in_title_case(view: DocView, ent: Span, titled: list[tuple[int, int]], body: set[str]) -> bool:
    """A person's name standing in a title-case line, no word of which the story writes again
    outside such lines (``body``: the words written outside them) ("Ran Offices" of "Korean Recruiter Ran Offices in Laos", "Who Sent Youths"):
    words of a headline, no one the story tells of (a real name comes back in the body, at least
    its family name: "Kim" of "Kim Dae Sung")."""
    line = next(((start, end) for start, end in titled if start <= ent.start < end), None)
    if line is None or not any(view.words[k].isalpha() and view.words[k].lower() not in _SMALL_WORDS
                               for k in [*range(line[0], ent.start), *range(ent.end, line[1])]):
        return False  # (a line of the name alone: "2. Arriaga Vidal Tomas" in a numbered list)
    role = view.owner.get(ent.start - 1) if ent.start > 0 else None
    if role is not None and role.label_ == "ROLE" and gz.roles().get(role.text.lower(), ("", ""))[1] in _OFFICES:
        return False  # "Cabinet Secretary Musalia Mudavadi" under a photo: an office held makes it a person
        # (not "Chinese Ringleader Operated Offices in Cambodia": a role of the story, then its verb)
    return body.isdisjoint(view.words[ent.start:ent.end])


#: Quote marks around a name, and the words before one that give it as an example
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})
_EXAMPLE_LEADS = frozenset({"as", "like", "or", "and"})


def _quoted_example(view: DocView, ent: Span) -> bool:
    """A body's name in quotes given as an example ("bogus offers name roles such as 'Online Growth
    Executive' or 'Customer Care Service'"): a job title or a label, no body."""
    start, end = ent.start, ent.end
    return ent.label_ in {"AGENCY", "ORG"} and start >= 2 and end < len(view.doc) \
        and view.words[start - 1] in _QUOTES and view.words[end] in _QUOTES and view.lower[start - 2] in _EXAMPLE_LEADS


def _role_as_name(view: DocView, ent: Span) -> bool:
    """A person's name that ends in a role word ("Key Suspect", "Main Victim" in a headline "Ministry
    Issues Alert as Key Suspect is Named"): a role in title case, no name."""
    return ent.label_ == "PERSON" and view.lower[ent.end - 1] in _ROLE_WORDS


def _counts_a_people(view: DocView, ent: Span) -> bool:
    """"Group | of | Chinese" before "nationals": a collective noun, "of", and a people's name
    that a lower-case noun after the run takes as its adjective."""
    start, end = ent.start, ent.end
    return end - start == 3 and view.lower[start] in _COLLECTIVES and view.lower[start + 1] == "of" \
        and view.lower[end - 1] in demonym_table() and end < len(view.doc) and view.words[end].isalpha() \
        and view.words[end].islower()


def _holds_a_verb(view: DocView, ent: Span) -> bool:
    return any(view.lower[k] in HEADLINE_VERBS and view.words[k][:1].isupper() for k in range(ent.start, ent.end))
