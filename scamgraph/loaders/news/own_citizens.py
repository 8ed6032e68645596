"""Citizens counted without a demonym, rescued or brought home by a state body told before them:
"the Zambian government facilitated the rescue of 34 citizens", "Lao authorities on Friday
received 59 citizens": the body's own people, where the sentence names no other country before
them. Victims or workers rescued or brought home in a story about one people only are that people
(``_story_people``): news names the nationality once and then counts "victims". "Locals" counted
are the people of the country the story is set in (``_locals``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.model import Edge, Node, RelType
from scamgraph.resolve import country_code

#: Nouns of people that "local" before them makes the story's country's own: "31 local men"
_LOCAL_NOUNS = frozenset({"men", "women", "people", "residents", "nationals", "citizens", "workers", "suspects"})
#: Verbs of handing people over: a state body hands over the citizens of the side that receives them
_HANDING = frozenset({"handed", "hands", "handing", "hand", "transferred", "transfers", "turned"})

#: Nouns for a state's own people, and the nouns among them that may also name other people
#: "from" a place ("nationals from Laos" are Lao; "citizens from Laos" are the state's own, met there).
_OWN_PEOPLE = frozenset({"citizens", "nationals", "compatriots"})
_OWN_EVEN_FROM = frozenset({"citizens", "compatriots"})
#: The acts a state does for its own people.
_CARE = frozenset({RelType.RESCUED, RelType.REPATRIATED})
#: Nouns for people a story counts as harmed without their nationality (``_story_people``), and the
#: words that make them others than the story's own people.
_STORY_PEOPLE = frozenset({"victims", "workers"})
_NOT_THE_STORYS = frozenset({"foreign", "international", "local"})
#: Nouns for a state's own people counted bare: in a story of one people, those people (a state
#: body's "citizens" are read by ``_state_citizens``)
_NATIONALS_WORDS = _OWN_PEOPLE - {"citizens"}
#: Verbs of running something, before "by" and the people who run it
_RUNNING = frozenset({"run", "operated", "owned", "controlled", "managed", "backed", "financed", "led"})
#: Nouns of those who run the scams: a people named only before one ("run by Chinese bosses") are the
#: story's culprits, never its victims
_CULPRITS = frozenset({"boss", "bosses", "owner", "owners", "operator", "operators", "gang", "gangs", "syndicate",
                       "syndicates", "mastermind", "masterminds", "kingpin", "kingpins", "handler", "handlers",
                       "manager", "managers", "employer", "employers", "trafficker", "traffickers", "recruiter",
                       "recruiters", "investors", "criminals", "mafia", "triads", "crime"})
#: The acts that tell a people as harmed, and those that tell them as suspects.
_HARMED = frozenset({RelType.RESCUED, RelType.REPATRIATED, RelType.AFFECTED})
_SUSPECTED = frozenset({RelType.ARRESTED, RelType.CHARGED, RelType.DEPORTED, RelType.EXTRADITED, RelType.DETAINED})
_LABELS = frozenset({"AGENCY", "NORP", "COUNTRY"})
#: The bodies a state keeps in another country to look after its own people there: told beside a
#: body of the host country, the citizens they hand over or bring home are theirs.
_POSTS = frozenset({"embassy", "consulate", "consulate-general"})
#: Participles of people sent home from abroad, before "from" and the country they left: "deported from"
_SENT_HOME = frozenset({"deported", "repatriated", "extradited", "returned", "sent", "flown", "brought"})
#: Words that may stand between the people and that participle: "12 men (who were) (later) flown back from"
_SENT_LEADS = frozenset({"who", "were", "had", "have", "been", "later", "recently"})
#: What a state's body does at home to people sent back to it
_TAKEN_AT_HOME = frozenset({RelType.ARRESTED, RelType.DETAINED, RelType.CHARGED})


class OwnCitizens:
    """The nationality of citizens a state body rescued or brought home (mixed into the count
    rules, which supply the document's words)."""

    lower: list[str]
    doc: Doc
    nationality_nodes: dict[str, Node]
    ents: tuple[Span, ...]
    edges: dict[tuple[str, str, str], Edge]
    article_country: str

    def _locals(self, count: _Count) -> str:
        """"arrested 40 people, six locals and 34 foreigners": "locals" counted with no demonym are
        the people of the country the story is set in (the one most of its places are in); "" where
        the count names a nationality or the story is set in no one country."""
        local = self.lower[count.end - 1] == "locals" or count.end - count.start >= 3 and self.lower[count.end - 2] == "local" \
            and self.lower[count.end - 1] in _LOCAL_NOUNS  # ("31 local men and 22 local women")
        if count.nationality or count.thing or not local:
            return ""
        return self.article_country

    def _state_citizens(self, count: _Count, sent: Span, ents: list[Span], rel: RelType | None) -> str:
        """The country of the one state body told before the citizens, "" where none is, where the
        people have a nationality of their own, or where other countries are named before them
        ("Thai police and Lao police handed over 45 citizens": whose is not said), unless one
        country's embassy or consulate is named beside the host's bodies (its people)."""
        if rel is not None and (local := self._locals(count)):
            return local  # "five locals and 52 foreigners": the story's country's own
        at = next((j for j in range(count.start + 1, count.end) if self.lower[j] in _OWN_PEOPLE), None)
        if rel not in _CARE or at is None or self.lower[at - 1] in {"foreign", "other"}:
            return ""  # (the noun may stand before "from Laos", which the phrase took in)
        noun = self.lower[at]
        if count.nationality and not (count.came_from and noun in _OWN_EVEN_FROM):
            return ""
        if _HANDING.intersection(self.lower[max(sent.start, count.start - 3):count.start]) \
                and not _posts_abroad(ents, sent.start, count.start):
            return ""  # "Cambodian authorities handed over 45 citizens to the border guards": the receiver's people
        codes = {(ent.label_, _code_of(ent)) for ent in ents if ent.label_ in _LABELS
                 and sent.start <= ent.start and ent.end <= count.start}
        countries = {code for _, code in codes}
        if len(countries) > 1:
            countries = _posts_abroad(ents, sent.start, count.start) or countries
        if len(countries) != 1 or "" in countries or not any(label == "AGENCY" for label, _ in codes):
            return ""
        return countries.pop()

    def _sent_back_to_the_state(self, count: _Count, sent: Span, ents: list[Span], rel: RelType | None) -> str:
        """"Malaysian police arrested 11 men deported from Laos", "Nepali police held 6 people who
        were sent back from Laos": people sent home from abroad to the one state whose body takes
        them at home (arrests, holds or charges them) are that state's own (its code; "" where the
        words are no such phrase, or the sentence names other countries before them)."""
        if rel not in _TAKEN_AT_HOME:
            return ""
        j = count.end
        while j < sent.end and self.lower[j] in _SENT_LEADS:
            j += 1
        if j >= sent.end or self.lower[j] not in _SENT_HOME or count.nationality or count.thing:
            return ""
        j += 1 + (self.lower[j + 1:j + 2] in (["back"], ["home"]))
        if self.lower[j:j + 1] != ["from"] or j + 1 >= sent.end or self.doc[j + 1].ent_type_ != "COUNTRY":
            return ""
        codes = {(ent.label_, _code_of(ent)) for ent in ents if ent.label_ in _LABELS
                 and sent.start <= ent.start and ent.end <= count.start}
        countries = {code for _, code in codes}
        if len(countries) != 1 or "" in countries or not any(label == "AGENCY" for label, _ in codes):
            return ""
        return "" if self.doc[j + 1].ent_id_ in countries else countries.pop()

    def _possessive_owner(self, count: _Count, ents: list[Span]) -> str:
        """"Indonesia brought home 64 of its citizens", "the Indonesian government ... its citizens":
        the people counted after "its" / "their" / "our" are those of the country named before
        them (a country before an agency's own country). Where two countries or peoples are named
        before them ("Laos handed over to Vietnam 312 of its nationals"), the possessive may point
        to either: whose they are is not told, so none."""
        owners = [e for e in ents if e.end <= count.start and e.label_ in _LABELS]
        if len({code for e in owners if e.label_ != "AGENCY" and (code := e.id_.rsplit("|", 1)[-1])}) > 1:
            return ""
        owners.sort(key=lambda e: e.label_ == "AGENCY")
        return next((code for e in owners if (code := e.id_.rsplit("|", 1)[-1])), "")

    def _story_people(self, count: _Count, rel: RelType | None, sent: Span, event: _Event) -> str:
        """The nationality of victims, workers or nationals rescued or brought home with no demonym of
        their own ("two victims were rescued and repatriated", "repatriated 10 victims"), in a story that
        names one nationality of people only, told as harmed or with no act yet: the people the
        story is about. "" where the phrase says whose they are not ("foreign victims", "local
        workers"), where the sentence names a people ("1,400 staff, many of them Zorvanian": a
        mix), or where that one nationality is told only as suspects (arrested, charged, sent away):
        the victims of a story about suspects may be anyone's. Nor where the act already counts that
        people with another number ("rescue 9 Vietnamese citizens ... rescued 27 victims in total"):
        the plain number is of more people than theirs."""
        own_word = self.lower[count.end - 1] in _NATIONALS_WORDS
        if rel not in _CARE or count.thing or self.lower[count.end - 1] not in _STORY_PEOPLE and not own_word \
                or not _NOT_THE_STORYS.isdisjoint(self.lower[count.start:count.end]) \
                or any(self.doc[i].ent_type_ == "NORP" for i in range(sent.start, sent.end)) \
                or not {"countries", "nationalities"}.isdisjoint(self.lower[count.end:sent.end]):
            return ""  # (nor "freeing 5,000 workers from over 20 countries": many peoples)
        if len(self.nationality_nodes) != 1:
            return ""
        code, node = next(iter(self.nationality_nodes.items()))
        said = [e for e in self.ents if e.label_ == "NORP" and e.id_ == code]
        if said and all(self._named_as_culprits(e) or self._of_one_named(e) for e in said):
            # "scam rings run by Chinese bosses": whose the rings are, not whose the victims; "the
            # Chinese underworld figure Zhao Wenrui": one man's nationality, not the people counted
            return ""
        told = self.edges.get((event.node.key, rel, node.key))
        if told is not None and told.properties.get("count", count.value) != count.value:
            return ""
        acts = {rel for _source, rel, target in self.edges if target == node.key}
        # ("about 40 nationals" flown home, in a story of South Koreans held abroad: theirs, suspects or not)
        return code if own_word or acts & _HARMED or not acts & _SUSPECTED else ""

    def _of_one_named(self, ent: Span) -> bool:
        """A people's word that opens a named person's description ("Chinese tycoon Zhao Wenrui",
        "the Chinese underworld figure Zhao Wenrui"): lower-case nouns, then the name."""
        for k in range(ent.end, min(len(self.lower), ent.end + 4)):
            if self.doc[k].ent_type_ == "PERSON":
                return k > ent.end
            if not (self.doc[k].is_lower and self.doc[k].is_alpha):
                return False
        return False

    def _named_as_culprits(self, ent: Span) -> bool:
        """A people named before a noun of culprits ("Chinese bosses") or after "run by" ("gangs
        operated by Chinese nationals")."""
        if ent.end < len(self.lower) and self.lower[ent.end] in _CULPRITS:
            return True
        before = self.lower[max(0, ent.start - 3):ent.start]
        return "by" in before and not _RUNNING.isdisjoint(before[:before.index("by")])


def _posts_abroad(ents: list[Span], start: int, end: int) -> set[str]:
    """The countries of the embassies or consulates named between ``start`` and ``end``: "the
    Kenyan Embassy and Lao police handed over 12 citizens" (a host country's body beside another
    country's embassy acts for the embassy's people)."""
    return {_code_of(ent) for ent in ents if ent.label_ == "AGENCY" and start <= ent.start and ent.end <= end
            and not _POSTS.isdisjoint(ent.text.lower().split())}


def _code_of(ent: Span) -> str:
    """A named body's or people's country: its code, or the demonym opening the body's name ("Lao
    Embassy"); "" where neither says."""
    code = ent.id_.rsplit("|", 1)[-1]
    if code or ent.label_ != "AGENCY":
        return code
    return country_code(ent.text.split()[0]) or ""

