"""Event words told of captors, of a war or of the people's past, no act of a state: ground taken
("the town was liberated by rebels"), abuses listed ("beaten, detained, tortured"), a flight from
captors, a relative clause of the people's past ("victims who were trafficked"), custody changing
hands within a country ("handed over to Myanmar police"). Apart from asides.py, which asks these of
every event word."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph.loaders.news.custody_purposes import for_custody, to_custody, to_named_custodian
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.words import _BE, _CUSTODIANS

#: Words that tell ground taken or freed in a war when a place is what they act on
_TAKEN = {"liberated", "freed", "captured", "seized", "recaptured"}
#: Places an army takes or loses: "the army captured the Silver Moon compound", "recaptured the base"
_HELD_GROUND = frozenset({"compound", "compounds", "base", "bases", "camp", "camps", "hub", "hubs", "park"})
_TERRITORY = {"town", "towns", "city", "village", "villages", "territory", "district", "region", "township", "province",
              "state", "outpost", "capital", "hill", "checkpoint"}
#: Names of crimes: an event word listed with one names a crime too ("accused of scams and kidnapping")
_CRIME_NOUNS = {"scam", "scams", "fraud", "frauds", "trafficking", "laundering", "extortion", "smuggling", "gambling",
                "crime", "crimes", "cybercrime", "cybercrimes",
                # ("executed ... for murder, kidnapping and trafficking crimes")
                "murder", "murders", "homicide", "homicides", "rape", "robbery", "theft", "bribery", "corruption",
                "drugs", "narcotics", "racketeering", "arson"}
_AUXILIARIES = {"were", "was", "had", "have", "has", "are", "is", "been", "being", "be"}
_ADVERBS = {"later", "then", "also", "soon", "still", "since", "once", "all", "both"}
_STILL_IN_CLAUSE = {"and", "or", "into", "in", "to", "for", "of", "under", "the", "a", "an", "their", "his", "her"}
_FLED_FROM = {"compound", "compounds", "captors", "captivity", "centre", "center", "camp", "building", "hub", "park",
              "zone", "during", "raid", "raids", "operation",
              # the captors or the raid told by its verb: "fled scam syndicates", "fled as soldiers raided X"
              "syndicate", "syndicates", "gang", "gangs", "traffickers", "employers", "bosses", "raided", "stormed",
              "crackdown"}


class CaptorsAndWar:
    """Tells an event word that names captors' acts, a war's or the people's past (mixed into
    ``EventAsides``, which supplies the document's words)."""

    lower: list[str]
    words: list[str]
    doc: Doc

    def _territory(self, i: int, sent: Span) -> bool:
        """"the town was liberated by rebels", "troops captured the district": ground changing hands in
        a war, not people rescued or arrested; nor a word listed among abuses (a killing listed with
        them, "tortured and killed", is still a death: whoever did it, someone died)."""
        if self._among_abuses(i, sent):
            return EVENT_TRIGGERS.get(self.lower[i]) != "death"
        if self.lower[i] not in _TAKEN:
            return False
        after = [k for k in range(i + 1, min(sent.end, i + 4)) if self.lower[k] not in {"the", "a", "an", "border"}]
        k = i - 1
        while k > sent.start and self.lower[k] in _BE | {"temporarily", "briefly", "finally", "fully"}:
            k -= 1  # "the border town was temporarily | liberated"
        patients = ([after[0]] if after else []) + ([k] if k < i - 1 else [])
        taken_site = self.lower[i] in {"captured", "recaptured", "liberated"}  # ("seized a casino": property seized)
        return any(self.lower[p] in _TERRITORY or self.doc[p].ent_type_ in {"PLACE", "COUNTRY"}
                   or taken_site and (self.doc[p].ent_type_ == "SITE" or self.lower[p] in _HELD_GROUND)
                   and self.lower[p + 1:p + 2] not in (["'s"], ["’s"]) for p in patients)  # (not "the compound's manager")

    def _among_abuses(self, i: int, sent: Span) -> bool:
        """"starved, detained, whipped and threatened by their bosses": a word listed among abuses tells
        what captors did, not a detention by the state; "accused of internet scams and kidnapping":
        a word listed with a kind of scam names a crime, not one happening."""
        for step in (-1, 1):
            k = i + step
            while sent.start <= k < sent.end and self.lower[k] in {",", "and", "or"}:
                k += step
            if not sent.start <= k < sent.end or k == i + step:
                continue
            joined = bool({"and", "or"} & set(self.lower[min(i, k) + 1:max(i, k)]))  # a list, not a clause after a comma
            joined = joined or "," in self.lower[min(i, k) + 1:max(i, k)] and bool(
                {"and", "or"} & set(self.lower[i + 1:min(sent.end, i + 8)]))  # ("fraud, kidnapping, extortion and ...")
            if self.doc[k].ent_type_ == "ABUSE" or joined and (self.doc[k].ent_type_ == "SCAM" or self.lower[k] in _CRIME_NOUNS):
                return True
        return False

    def _fled_from_captors(self, i: int, sent: Span) -> bool:
        """"fled to the Lao border town of Pakse from a scam compound in Myanmar": where they went told
        first, a place of captivity after "from" (within a few words of it) tells the escape all the same."""
        window = self.lower[i + 1:min(sent.end, i + 12)]
        return any(w == "from" and not _FLED_FROM.isdisjoint(window[k + 1:k + 5]) for k, w in enumerate(window))

    def _in_relative_clause(self, i: int, sent: Span) -> bool:
        """The trigger is the passive verb of "who were/had been ...": "victims who were trafficked"."""
        window = self.lower[max(sent.start, i - 5):i]
        starts = [k for k, word in enumerate(window) if word in {"who", "whom"}]
        if not starts:
            return False
        who = max(sent.start, i - 5) + starts[-1]
        if self.lower[who] == "whom" and who - 2 >= sent.start and self.lower[who - 1] == "of" \
                and self.lower[who - 2] in {"all", "both"} and self.words[who - 3] in {",", ";"}:
            return False  # "arrested 318 suspects, all of whom were deported": what was done next to all of them
            # ("held with Mori and Ueda, both of whom were arrested on Friday": the pair's own act)
        after = window[starts[-1] + 1:]
        if not after or after[0] not in {"were", "was", "had", "have", "are"} or not all(w.isalpha() for w in after):
            return False
        # "who were (forcibly) trafficked and detained", "who were later taken into custody": the
        # clause's own words; "who were trapped in compounds returned home": the clause closed before
        # the trigger, which is the sentence's own verb
        told = [w for w in after if w not in _AUXILIARIES and w not in _ADVERBS and not w.endswith("ly")]
        return not told or told[-1] in _STILL_IN_CLAUSE

    def _into_custody(self, k: int, sent: Span) -> bool:
        """"handed over to Myanmar police": custody changing hands inside a country, no repatriation."""
        after = [w for w in self.lower[k:min(sent.end, k + 5)] if w not in {"the", "local", "safely"}]
        return after[:1] == ["to"] and any(w in _CUSTODIANS for w in after[1:4]) or for_custody(self.lower, k, sent.end) \
            or to_named_custodian(self.lower, self.words, k, sent.end, _CUSTODIANS) \
            or to_custody(self.lower, k, sent.end)  # "to the <town> District police", "to judicial custody"
