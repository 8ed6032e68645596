"""Scam types and abuses found at a site: "the compound ran romance and cryptocurrency scams",
"workers there were beaten". Apart from ``places.py`` because these are facts said of a site (or of
a group running scams), not where it is."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.scam_owners import apart_from_site, generic_fallback, organizations_running_scams, run_by_workers, scam_sites
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.words import _GENERIC, _Screened
from scamgraph.model import Evidence, Label, Node, RelType


class SiteScams(_State):
    """The scams run and the abuses done at a sentence's sites (mixed into ``PlaceRules``)."""

    def _scams(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], sites: list[Node], ev: Evidence) -> None:
        # "the number of employment scams reported ... has surged": a statistic, said of no site
        scams = [nodes[(e.start, e.end)] for e in ents if e.label_ == "SCAM" and (e.start, e.end) in nodes
                 and not {"number", "numbers"} & set(self.lower[max(0, e.start - 3):e.start])]
        forms = gz.forms_table("scam_types.tsv")
        for ent in ents:  # "romance and cryptocurrency scams": romance scams too
            if ent.label_ == "SCAM" and ent.start >= 2 and self.lower[ent.start - 1] in _PAIRING \
                    and not any(e.label_ == "SCAM" and e.end == ent.start - 1 for e in ents):
                # (not "voice phishing and romance scams": a whole scam's name before "and", no "phishing scams")
                head = self.lower[ent.end - 1]
                canonical = forms.get(f"{self.lower[ent.start - 2]} {head}")
                if self.lower[ent.start - 1] in _HYPHENS and " ".join([self.lower[ent.start - 2], *self.lower[ent.start:ent.end]]) in forms:
                    canonical = None  # "crypto-investment scams": one scam's name written with a hyphen, no crypto scam
                if canonical:
                    scams.append(self._add(Node(Label.SCAM_TYPE, canonical)))
        abuses = [e.id_ for e in ents if e.label_ == "ABUSE"]
        if abuses and _NONE_FOUND.search(self._text(sent)):
            abuses = []  # "police found no evidence of forced labour or torture": no abuse found
        if not scams and not abuses:
            return
        here = scam_sites(sites) or organizations_running_scams(self.lower, sent, ents, nodes)  # (not an outlet, nor a raider)
        if _DENIED.search(self._text(sent)):
            return  # "X dismissed allegations of trafficking", "accused of turning a blind eye": not a finding
        if not here and _GENERIC.search(self._text(sent)):
            return  # "such compounds", "the industry": said of scams in general, not of this site
        told = bool(here) or bool(_WORK_THERE.search(self._text(sent)))
        if not here:
            # abuses told by its workers, and the scams they were made to run or the seized phones were
            # used in (not their trafficking), belong to the site the story is about; a scam named otherwise
            # with no site in the sentence ("criminal activities, including phishing") is said of no one
            general = generic_fallback(self.lower[sent.start:sent.end])
            here, scams = ([self.sites[0]] if self.sites else []), [] if general else run_by_workers(scams)
            if here and self._placed_elsewhere(here[0], ents, nodes):
                here = []  # "Laos deported 19 suspected of running a romance scam from X": other people, at X
            abuses = [] if general else abuses  # "hubs, which rights groups say beat their staff": such places'
            # abuses in general, not the story's site's
        for owner in here:  # (a scam told in another clause than the site's is not the site's)
            for scam in [s for s in scams if not apart_from_site(self.lower, self.site_words.get(owner.key), s, ents, nodes)] if told else ():
                self._edge(RelType.ENGAGED_IN, owner.key, scam.key, ev)
            if abuses:
                known = list(owner.properties.get("abuses", []))  # type: ignore[arg-type]
                owner.properties["abuses"] = known + [a for a in dict.fromkeys(abuses) if a not in known]


    def _placed_elsewhere(self, site: Node, ents: list[Span], nodes: dict) -> bool:
        """The sentence names a town or a place finer than a country that the story's site is not
        placed in (nor in a place that holds it): its people and their scams are somewhere else."""
        around = {k[2] for k in self.edges if k[1] is RelType.LOCATED_IN and k[0] == site.key}
        around |= {k[2] for k in self.edges if k[1] is RelType.LOCATED_IN and k[0] in around}
        return any(e.label_ == "PLACE" and (node := nodes.get((e.start, e.end))) is not None
                   and node.label is Label.LOCATION and node.key not in around for e in ents)


#: Marks that pair one kind of scam with the next under one head: "romance and crypto scams",
#: "romance-investment scams", "romance/investment scams"
_HYPHENS = frozenset({"-", "–", "/"})
_PAIRING = frozenset({"and", "or", ","}) | _HYPHENS
#: What the people held at a site were made to do there, or what the things seized there served
_WORK_THERE = _Screened(re.compile(r"\b(?:forced to|made to|worked|working|running|ran|(?<!being )used in|(?<!being )used for)\b",
                                   re.I),  # (people "being used in" fraud are its victims, not the site's tools)
                        needs=("forced to", "made to", "worked", "working", "running", "ran", "used in", "used for"))
_NONE_FOUND = _Screened(re.compile(r"\b(no evidence|no sign|no signs|no indication|no indications|no trace)\b", re.I))
_DENIED = _Screened(re.compile(r"\b(denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|blind eye)\b", re.I))
