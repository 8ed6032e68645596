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
        for actor in actors + [e for e in ents if e.label_ == "AGENCY" and (e.start, e.end) in nodes]:
            lead = self.lower[max(sent.start, actor.start - 3):actor.start]
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


def _word_past_comma(lower: list[str], k: int) -> str:
    """The word at ``k``, or the one after it when ``k`` is a comma; "" where the text has ended."""
    k += lower[k:k + 1] == [","]
    return lower[k] if k < len(lower) else ""


#: Verbs after a person named in a sanction's sentence that make the person the one who answers it
_ANSWERS = SPEAKING | {"denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "responded", "condemned",
                      "noted", "notes", "stressed", "stresses"}  # ("Deputy Secretary X noted that ...": who speaks)
