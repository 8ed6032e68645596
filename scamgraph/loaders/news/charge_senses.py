"""Words of charging that lay no charge: a ground told with "on" ("arrested on fraud charges"),
charges still to file ("will file charges"), "charged" as a fee asked ("charged each recruit RM400"),
a task given ("charged the ambassador to lead the talks") or an accusation spoken ("charged that
..."); and the prospects and recordings told like them ("was about to raid", "footage captured").
Apart from asides.py, which asks these of every event word."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.planned_acts import FUTURE
from scamgraph.loaders.news.words import CURRENCIES, _PROSPECT
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS

#: What records a scene: "footage captured an explosion" is no arrest.
_RECORDINGS = {"footage", "video", "videos", "camera", "cameras", "cctv", "images", "photos", "photographs", "recorded",
               "media", "photographers", "journalists", "reporters", "broadcasters"}
#: Words after "charged" that name the ground or the place of a charge laid
_CHARGE_GROUNDS = frozenset({"with", "for", "over", "under", "in", "after", "on", "by", "before", "at"})
#: Places one is charged or sent to, not tasks: "charged ... to court"
_CUSTODY_PLACES = frozenset({"court", "courts", "prison", "jail", "trial", "custody"})
#: What a lender or a broker charges when "charged" asks a price: "charged sky-high interest",
#: "charging each recruit a fee", "charged a hefty commission"
_PRICES = frozenset({"fee", "fees", "interest", "commission", "commissions", "rent", "premium", "premiums"})
#: Verbs that lay charges: "to file charges", "to press charges" tell charges still to be laid
_LAYING = {"file", "press", "bring", "lay", "level", "filing"}
#: Words that close a speaker's clause: a future before one is not the future of what comes after
_CLAUSE_BREAKS = frozenset({";", "said", "says", "added", "told", "but", "after", "before", "since", "when", "had",
                            "have", "has", "was", "were", "filed", "laid", "brought", "pressed"})


#: Words before "to (have)" and an act that tell it as due, not done ("about to raid", "was
#: supposed to have escaped", "were meant to be deported")
_ONLY_EXPECTED = frozenset({"about", "supposed", "meant"})


class ChargeSenses:
    """Tells a charge laid from "charge" in another sense (mixed into ``EventAsides``,
    which supplies the document's words)."""

    lower: list[str]
    words: list[str]

    def _charges_to_lay(self, i: int, sent: Span) -> bool:
        """"to file charges", "an inquiry to apprehend and file appropriate charges", "referred for
        investigation and filing of charges": charges as the object of an infinitive (or of a filing
        an act is "for") are what someone means to do, not charges laid; so are charges a future
        governs ("we will hear the witnesses and then file charges against them", "will work with
        prosecutors in filing charges": a modal of the future before the laying verb, in one clause
        of one speaker)."""
        verb = next((k for k in range(i - 1, max(sent.start, i - 3) - 1, -1) if self.lower[k] in _LAYING), None)
        if verb is None:
            return False
        if not {"to", "for"}.isdisjoint(self.lower[max(sent.start, verb - 4):verb]):
            return True
        future = next((k for k in range(verb - 1, sent.start - 1, -1) if self.lower[k] in FUTURE), None)
        return future is not None and _CLAUSE_BREAKS.isdisjoint(self.lower[future:verb])

    def _spoken_or_recorded(self, i: int, kind: str, sent: Span) -> bool:
        """"was about to raid", "was supposed to have escaped": a prospect; "charged in a statement that ...", "charged that ...": an
        accusation spoken, no charge laid; "footage captured an explosion": a recording, no arrest."""
        k = i - 1
        while k > sent.start and self.lower[k] in {"have", "be", "been"} and k >= i - 2:
            k -= 1  # ("was supposed to have escaped", "were meant to be repatriated")
        if k - 1 >= sent.start and self.lower[k] == "to" and self.lower[k - 1] in _ONLY_EXPECTED:
            return True  # "was about to raid", "was supposed to have escaped ... but failed": a prospect
        after = self.lower[i + 1:min(sent.end, i + 4)]
        if kind == "charge" and self.lower[i] == "charged" and after and (after[0] == "that" or after[:1] == ["in"]
                                                                          and "statement" in after):
            return True
        if kind == "charge" and self.lower[i] == "charged" and self._tasked(i, sent):
            return True
        if kind == "charge" and self.lower[i] in {"charged", "charging", "charges"} and self._a_price(i, sent):
            return True  # "the agents charged each recruit RM400": a fee asked, no charge laid
        return self.lower[i] == "captured" and bool(_RECORDINGS & set(self.lower[max(sent.start, i - 6):i]))

    def _a_price(self, i: int, sent: Span) -> bool:
        """A sum of money follows "charged" within a few words, before any ground of a charge:
        "charged each recruit between RM400 and RM900", "charging victims $500 a month"."""
        for k in range(i + 1, min(sent.end, i + 6)):
            word = self.lower[k]
            if word in _CHARGE_GROUNDS:
                return False
            if word[:1] in {"$", "€", "£", "¥"} or word[:2] in {"rm", "rp", "us"} and word[2:3].isdigit() \
                    or word in CURRENCIES or word in _PRICES:
                return True
        return False

    def _tasked(self, i: int, sent: Span) -> bool:
        """"charged the ambassador in Jakarta, Mr Tomas Okello, to lead the talks":
        "charged" with an object and an infinitive gives someone a task; a charge laid names its ground
        ("charged with fraud", "charged over", "charged in court") before any such infinitive."""
        if self.lower[i + 1:i + 2] == ["to"]:
            return False  # "charged to court": arraigned, with no one given a task
        for k in range(i + 1, min(sent.end - 1, i + 16)):
            if self.lower[k] in _CHARGE_GROUNDS:
                return False
            if self.lower[k] == "to" and self.words[k + 1].isalpha() and self.words[k + 1].islower() \
                    and self.lower[k + 1] not in _CUSTODY_PLACES:
                return True  # ("to Malaysia": a place, capitalized; "to spearhead": a verb)
        return False


#: Words that may not stand between "on" and "charges" in a charge's ground ("on human trafficking charges")
_NOT_A_MODIFIER = frozenset({",", ";", "and", "or", "was", "were", "is", "are", "filed", "pressed", "brought", "laid"})


def _on_charges(lead: list[str]) -> bool:
    """The words before "charges" are "on" and its modifiers: "on fraud charges", "on online
    gambling-related charges" name the ground of an arrest or a trial, no charge laid then."""
    if "on" not in lead:
        return False
    between = lead[len(lead) - 1 - lead[::-1].index("on") + 1:]
    # ("arrested on Monday face charges": "on" dates another verb, and "face" lays the charges)
    return _NOT_A_MODIFIER.isdisjoint(between) and _PROSPECT.isdisjoint(between) \
        and not any(w in CALENDAR_WORDS or w[:1].isdigit() for w in between[:1])
