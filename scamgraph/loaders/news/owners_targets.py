"""What organizations own or operate ("the compound, owned by X"; "the compound's owner, X"), and
whom a sanction in the sentence targets (not its announcer, a relative, one listed before, nor
one who answers it). Kept apart from agencies.py: these are edges between organizations, sites
and events, not the reading of a body's name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.news.attributive import named_after_hyphened
from scamgraph.loaders.news.kin import named_for_kin
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.words import SPEAKING, _OPERATE, _OWN
from scamgraph.model import Evidence, RelType


class OwnersAndTargets(_State):
    """Owners, operators and sanction targets (mixed into the agency rules)."""

    def _organizations(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event],
                       announcing: set[tuple[int, int]], ev: Evidence) -> None:
        actors = [e for e in ents if e.label_ in {"ORG", "PERSON"} and (e.start, e.end) in nodes]
        sites = [e for e in ents if e.label_ == "SITE" and (e.start, e.end) in nodes]
        for actor in actors:
            for site in sites:
                lo, hi = sorted([actor, site], key=lambda e: e.start)
                if hi.start - lo.end > 8:
                    continue
                words = set(self.lower[lo.end:hi.start])
                rel = RelType.OWNS if words & _OWN else RelType.OPERATES if words & _OPERATE else None
                if rel is not None:
                    self._edge(rel, nodes[(actor.start, actor.end)].key, nodes[(site.start, site.end)].key, ev)
        firms = [e for e in ents if e.label_ == "ORG" and (e.start, e.end) in nodes]
        for actor in actors:
            if self.words[actor.end:actor.end + 1] in (["'s"], ["’s"]):
                owned = self._possessed(actor, {e.start: nodes[(e.start, e.end)].key for e in firms})
                if owned is not None:  # "tycoon Y's casino in X", "Y's Lotus Holdings": Y's own
                    self._edge(RelType.OWNS, nodes[(actor.start, actor.end)].key, owned, ev)
                continue  # ("owned by Y's brother": the brother's, not Y's)
            ends = {e.end: nodes[(e.start, e.end)].key for e in firms if e is not actor}
            told = self._site_owned_before(sent, actor, ends)
            if told is not None:  # "a casino in X owned by (Lotlandic businessman) Y": the site the sentence told
                self._edge(told[0], nodes[(actor.start, actor.end)].key, told[1], ev)
        for actor in actors + [e for e in ents if e.label_ == "AGENCY" and (e.start, e.end) in nodes]:
            lead = self.lower[max(sent.start, actor.start - 3):actor.start]
            if self.words[actor.end:actor.end + 1] in (["'s"], ["’s"]):
                continue  # ("the compound had been run by Y's brother": not Y)
            if self.sites and not sites and lead[-2:] in (["run", "by"], ["operated", "by"], ["owned", "by"], ["controlled", "by"]) \
                    and re.search(r"\bthe (compound|site|hub|building|complex|zone|casino)\b", self._text(sent), re.I):
                rel = RelType.OWNS if lead[-2] == "owned" else RelType.OPERATES
                self._edge(rel, nodes[(actor.start, actor.end)].key, self.sites[0].key, ev)  # "the compound had been run by X"
        for actor in actors:
            # "the compound's owner, Lucky Harvest Holdings": of the site the story is about
            lead = self.lower[max(sent.start, actor.start - 3):actor.start]
            if self.sites and "," in lead and ({"owner", "landlord"} & set(lead) or {"operator", "manager"} & set(lead)):
                site = nodes[(sites[0].start, sites[0].end)] if sites else self.sites[0]
                rel = RelType.OWNS if {"owner", "landlord"} & set(lead) else RelType.OPERATES
                actor_node = nodes[(actor.start, actor.end)]
                if actor.label_ == "ORG" or rel is RelType.OWNS:
                    self._edge(rel, actor_node.key, site.key, ev)
        if all(event.type != "sanction" for event in events):
            return  # (most sentences: no sanction, so no target, and no name listed before need be read)
        # "the OFAC-designated X (XA)": X, under any of its names here, was listed before, by no new act
        listed_before = {nodes[(e.start, e.end)].key for e in ents if (e.start, e.end) in nodes
                         and named_after_hyphened(self.doc, e.start, sent.start)}
        for event in events:
            if event.type != "sanction":
                continue
            for ent in ents:
                node = nodes.get((ent.start, ent.end))
                if node is not None and ent.label_ in {"ORG", "PERSON", "SITE"} and node.properties.get("role_class") not in {"official", "lawmaker", "spokesperson"} \
                        and node.properties.get("kind") != "media":  # ("..., The Irrawaddy reports": the source, no target)
                    if (ent.start, ent.end) not in announcing and node.key not in listed_before \
                            and not named_for_kin(self.lower, ent.start, ent.end, sent.start) \
                            and _word_past_comma(self.lower, ent.end) not in _ANSWERS \
                            and self.words[ent.end:ent.end + 1] not in (["'s"], ["’s"]):  # ("the brother of X", "X's firm")
                        # (nor "... a spokesperson for the Force, Major X, denied the accusations": who answers them)
                        self._edge(RelType.TARGETED, event.node.key, node.key, ev)


    def _possessed(self, actor: Span, firms: dict[int, str]) -> str | None:
        """The key of the sentence's site whose word stands right after the actor's possessive, or of
        the company named there ("Y's casino in X", "Y's Lotus Park", "Y's Lotus Holdings"); None
        for anything else ("Y's brother", "Y's lawyer")."""
        k = actor.end + 1
        site = next((key for key, at in self.site_words.items() if at == k), None)
        firm = firms.get(k)
        node = self.batch.nodes.get(firm) if firm is not None else None
        return site or (firm if node is not None and node.properties.get("kind") == "company" else None)

    def _site_owned_before(self, sent: Span, actor: Span, firms: dict[int, str]) -> tuple[RelType, str] | None:
        """The sentence's site, told right before "owned by" (or "run by") and the words that
        describe the owner ("a casino in Bavet owned by a Lotlandic businessman, Y"), or a firm
        (``firms``, by where each ends) that "is owned by" follows ("X Holdings, which is owned by Y"):
        who owns or runs it. None where the verb is not there, or neither stands right before it."""
        k = actor.start - 1
        while k > sent.start and actor.start - k <= 5 \
                and (self.lower[k] in _OWNER_WORDS or self.doc[k].ent_type_ in {"NORP", "ROLE"}):
            k -= 1  # past "a", "Lotlandic", "businessman", ","
        verb = self.lower[k - 1:k + 1]
        if k - 1 < sent.start or verb[1:] != ["by"] or verb[0] not in _OWNED_BY:
            return None
        told = [(at, key) for key, at in self.site_words.items() if sent.start <= at < k - 1 and k - 1 - at <= 6]
        if told:
            return _OWNED_BY[verb[0]], max(told)[1]
        j = k - 1
        while j > sent.start and k - 1 - j < 4 and self.lower[j - 1] in _BEFORE_OWNED:
            j -= 1  # back over "which is", ", is"
        owned = j in firms and verb[0] == "owned"  # (a firm "run by" Y is led by Y, not operated)
        return (RelType.OWNS, firms[j]) if owned else None


#: Participles before "by" and its owner, and what the owner then does to the site
_OWNED_BY = {"owned": RelType.OWNS, "run": RelType.OPERATES, "operated": RelType.OPERATES, "controlled": RelType.OPERATES}
#: Words between a firm and "owned by" that keep the firm the thing owned ("X Holdings, which is owned by")
_BEFORE_OWNED = frozenset({",", "which", "that", "is", "was", "are", "were", "wholly", "partly", "jointly", "also"})
#: Words that may describe the owner between "owned by" and the name ("a Lotlandic businessman, X")
_OWNER_WORDS = frozenset({"a", "an", "the", ",", "businessman", "businesswoman", "tycoon", "magnate", "company", "firm",
                          "national", "citizen"})


def _word_past_comma(lower: list[str], k: int) -> str:
    """The word at ``k``, or the one after it when ``k`` is a comma; "" where the text has ended."""
    k += lower[k:k + 1] == [","]
    return lower[k] if k < len(lower) else ""


#: Verbs after a person named in a sanction's sentence that make the person the one who answers it
_ANSWERS = SPEAKING | {"denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "responded", "condemned",
                      "noted", "notes", "stressed", "stresses"}  # ("Deputy Secretary X noted that ...": who speaks)
