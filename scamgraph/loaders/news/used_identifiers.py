"""Identifiers a sentence gives (phone numbers, e-mail and web addresses) and who uses them,
leaving out the outlet's own links, a body's help line, a government's or a rights group's
address. Apart from ``places.py`` because an identifier says how a site or a group is reached, not
where it is."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.identifiers import find_identifiers, registered_domain
from scamgraph.loaders.news.outlet_addresses import outlet_address
from scamgraph.loaders.news.state import _State
from scamgraph.model import Evidence, Label, Node, RelType, make_key


class UsedIdentifiers(_State):
    """Edges from the sites, groups and people of a sentence to the identifiers it gives (mixed into ``PlaceRules``)."""

    def _identifiers(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        found = list(find_identifiers(self._text(sent), sent.start_char))
        if not found:
            return
        users = [nodes[(e.start, e.end)] for e in ents if e.label_ in {"SITE", "ORG", "PERSON"} and (e.start, e.end) in nodes]
        own = registered_domain(self.article.url) if self.article.url else None
        words = self.lower[sent.start:sent.end]
        helpline = not _HELP_WORDS.isdisjoint(words) and not _MISSIONS.isdisjoint(words)
        for item in found:
            if outlet_address(self.article, item):
                continue  # a reporter's or a desk's address printed with the story: the outlet's own
            if own is not None and item.kind in _WEB_KINDS and registered_domain(item.value) == own:
                continue  # a link to another page of the outlet that published the story: no scam's address
            if helpline and item.kind in _CONTACT_KINDS or _GOVERNMENT.search(item.value):
                continue  # "may contact the embassy through +95 ... or x@dfa.gov.ph": a body's help line
            if item.kind in _WEB_KINDS and ((site := registered_domain(item.value) or "") in _REFERENCE_SITES
                                            or site.endswith(".int")):
                continue  # "a new report (ref. hrw.org/report/...)": a rights group's or a UN body's page
            if item.kind in _WEB_KINDS and _CREDITED.search(self.article.text, max(0, item.start - 40), item.start):
                continue  # '..., Rahmat said, as quoted by example.com': the outlet quoted, no scam's address
            if item.kind in _WEB_KINDS and item.value in _PLATFORMS or item.kind == "handle" and _POSTED.match(
                    self.article.text, item.end):
                continue  # "pic.twitter.com/x — Ministry (@agency) May 3, 2024": an embedded post, whose
                # platform names no one and whose handle is the body that posted it
            node = self._add(Node(Label.IDENTIFIER, f"{item.kind}:{item.value}",
                                  key=make_key(Label.IDENTIFIER, f"{item.kind}-{item.value}"),
                                  properties={"kind": item.kind, "value": item.value}))
            for user in users:
                self._edge(RelType.USES, user.key, node.key, ev)


#: Identifier kinds that name a web address
_WEB_KINDS = frozenset({"domain", "url", "website"})
#: Words that credit the web address right after them as the source of what is told or shown
#: ("as quoted by example.com", "Photo example.vn", "Photo courtesy of example.com")
_CREDITED = re.compile(r"\b(?:quoted|reported|cited|carried|published|told|according to|via|citing|source:?"
                       r"|photos?:?|images?:?|pictures?:?|credits?:?|courtesy(?: of)?|screenshots?(?: from)?:?)"
                       r"(?: by| in| to| on)?\s+(?:the )?(?:news (?:site|portal|outlet) )?$", re.I)
#: The sites of international bodies and rights groups a story cites for its sources (an
#: international body's own domain ends in ".int"): never a scam's address
_REFERENCE_SITES = frozenset({"un.org", "unodc.org", "ohchr.org", "unicef.org", "ilo.org", "amnesty.org", "hrw.org",
                              "ijm.org", "icij.org", "occrp.org", "usip.org", "globalinitiative.net", "wikipedia.org"})
#: Identifier kinds a body gives for people to reach it, and the words of a sentence offering them
_CONTACT_KINDS = frozenset({"phone", "email"})
_HELP_WORDS = frozenset({"contact", "hotline", "hotlines", "helpline", "helplines", "reach", "assistance", "switchboard"})
_MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions", "consular"})
#: Platforms whose bare domain is all a link to one of their posts normalizes to ("pic.twitter.com/x"
#: is twitter.com): shared by everyone, it identifies no one and would tie unrelated stories together
_PLATFORMS = frozenset({"twitter.com", "x.com", "facebook.com", "fb.com", "instagram.com", "youtube.com",
                        "youtu.be", "tiktok.com", "t.me", "t.co", "threads.net", "linkedin.com"})
#: What follows the handle in an embedded post's credit line: ") May 3, 2024", ") 3 May 2024"
_POSTED = re.compile(r"\)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
#: A government's own address ("x@dfa.gov.ph", "www.mfa.go.th"): never a scam's
_GOVERNMENT = re.compile(r"[.@](?:gov|gob|gouv|go|govt|mil)(?:\.[a-z]{2})?$|[.@](?:gov|gob|gouv|go|govt)\.[a-z]{2}/", re.I)
