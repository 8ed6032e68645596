"""Places an act's sentence names that are not where the act happened: a person's home ("a
resident of X"), the seat of an embassy ("the embassy in X"), the country of an office that acted
("the government of X"), a country's border, a place named only to say what another lies near,
where a gathering met or ties lead ("a meeting in X", "links in X"), where people are held after
the act ("detained in the commission's facility in X"). Apart from
``event_places.py``, which keeps the places of the act itself."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _State
from scamgraph.loaders.nlp.run_joins import _MISSIONS  # (a country's offices abroad: the place after one is its seat)
from scamgraph.loaders.nlp.vocabulary import COMPASS_ADJECTIVES, COMPASS_POINTS

#: Bodies named by their country after "of" ("the government of X", "the embassies of X and Y")
_OFFICES = {"embassy", "embassies", "consulate", "consulates", "government", "governments", "ministry", "ministries",
            "authorities", "police", "officials", "army", "military", "president", "king", "leaders"}
#: Nouns after a country that name its edge, not a place inside it
_BORDERS = {"border", "borders", "frontier", "border-crossing"}
#: Words that tell where a person lives or comes from ("a resident of X", "a native of X", "hailing from X")
_HOME_PAIRS = frozenset({("resident", "of"), ("residents", "of"), ("native", "of"), ("natives", "of"),
                         ("hails", "from"), ("hailing", "from"), ("hail", "from")})
#: The most words from such a pair to the place
_HOME_REACH = 6
#: Words after a town that make it where people live ("from X district"), never where they were held
_HOME_UNITS = frozenset({"district", "village", "upazila"})
#: Participles of what was done to things before an act took them: "phones stolen in X", "cards bought in X"
_THINGS_DONE = frozenset({"stolen", "bought", "purchased", "manufactured", "registered", "imported",
                          "printed", "forged"})
#: Nouns of ties elsewhere: "links in Dubai", "counterparts in Myanmar" (not the people acted on: "arrested
#: six bosses in Lay Kay": where the arrest was)
_TIES = frozenset({"link", "links", "ties", "connection", "connections", "counterparts", "contacts"})
#: Nouns of a gathering whose "in" names where it met, not where the act told with it happened
_GATHERINGS = frozenset({"meeting", "meetings", "summit", "summits", "talks", "conference", "forum", "visit", "ceremony"})
#: Nouns of armed strife whose "in" names where a war goes on ("the fighting in Lotland"), the cause
#: told beside an act, not where the act happened
_STRIFE = frozenset({"fighting", "clashes", "conflict", "conflicts", "war", "hostilities", "battles", "offensive"})
#: Words of a part of a place between "in" and its name ("the fighting in northern Lotland", "searched
#: an office in central Lotville"): the part is no place of its own, the whole place stands for it
_BEARINGS = COMPASS_ADJECTIVES | {"central", "downtown"}
#: Nouns whose "in" or "to" names where others are, met or fight, not where the act happened
_OTHERS_THERE = _GATHERINGS | _TIES | _STRIFE

#: Places where people are kept after an act, and verbs that put or keep them there
_HOLDING_NOUNS = frozenset({"facility", "facilities", "jail", "jails", "prison", "prisons", "shelter", "shelters",
                            "custody", "quarters", "dormitory"})
_HOLDING_VERBS = frozenset({"detained", "held", "kept", "housed", "placed", "sheltered", "remain", "remains",
                            "remained", "staying", "brought", "taken", "transferred", "moved", "sent", "confined"})
#: The most words from such a verb to the place
_HOLDING_REACH = 9


class PlacesApart(_State):
    """Tells the places of others, not of the act, in an act's sentence (mixed into ``EventPlaces``)."""

    def _nearby_of_another(self, place: Span) -> bool:
        """"on Bintan island, (situated) near Singapore": a place named to say where another one lies,
        in an aside after it; the act happened at the other one, not in the place it is near."""
        k = place.start - 1 - (self.lower[place.start - 1] == "the")
        if self._bearing_from(k):
            return True
        if k >= 2 and self.lower[k - 1:k + 1] == ["close", "to"]:
            k -= 1  # ("close to X")
        elif self.lower[k] != "near":
            return False
        if place.label_ == "COUNTRY" and self.lower[place.end:place.end + 1] not in (["'s"], ["’s"]):
            return True  # "rescued from scam centres near Thailand": beside the country, not in it
            # (but "near Myanmar's border with China": in Myanmar, by its border)
        return k >= 2 and self.lower[k - 1] in {",", "situated", "located", "lying"}

    def _bearing_from(self, k: int) -> bool:
        """"in Pattaya, a resort city south of Lotville", "50 km north of X", "a town across the river
        from X": the preposition at ``k`` measures a way from the place, which lies outside it ("the
        south of X", with its article, is a part of X and stays)."""
        if self.lower[k] == "of":
            return k >= 1 and self.lower[k - 1] in COMPASS_POINTS and (k < 2 or self.lower[k - 2] != "the")
        return self.lower[k] == "from" and k >= 3 and self.lower[k - 3] == "across"

    def _among_others(self, place: Span) -> bool:
        """A place named as where a gathering was, others are or a war goes on ("a meeting in Hanoi",
        "links in Dubai", "the fighting in northern Lotland")."""
        k = place.start - 1 - (place.start >= 1 and self.lower[place.start - 1] in _BEARINGS)
        return k >= 2 and self.lower[k] in {"in", "to"} and self.lower[k - 1] in _OTHERS_THERE

    def _someones_home(self, place: Span, sent: Span) -> bool:
        """"Vinod Pareek, a resident of Kharar near Ludhiana": where a person lives or comes from, told
        in the phrase that describes them, is no place of the act."""
        for k in range(place.start - 1, max(sent.start, place.start - _HOME_REACH), -1):
            if self.lower[k] in {",", ";", "(", ")"}:
                return False
            if (self.lower[k - 1], self.lower[k]) in _HOME_PAIRS:
                return True
        return False

    def _home_after_person(self, place: Span) -> bool:
        """"the three freed men, Ravi Tamm (24) from Velmora district, ...": a place after "from" that
        follows a person's age ("(24)", ", 24,") or a person's name with "district" or "village" after
        it tells where that person comes from (lists of the rescued name them so), not where the act
        happened ("rescued from Velmora": the verb's own "from" is no person's)."""
        k = place.start - 1
        if k < 3 or self.lower[k] != "from":
            return False
        if self.lower[k - 1] == ")" and self.lower[k - 3] == "(" and self.lower[k - 2].isdigit():
            return True  # ("Ravi Tamm (24) from X")
        if self.lower[k - 1] == "," and self.lower[k - 2].isdigit() and self.lower[k - 3] == ",":
            return True  # ("Ravi Tamm, 24, from X")
        if place.end >= len(self.lower) or self.lower[place.end] not in _HOME_UNITS:
            return False
        return k in {e.end for e in self.ents if e.label_ == "PERSON"} or self._bare_name_before(k)

    def _bare_name_before(self, k: int) -> bool:
        """Two or three title-case words before ``k`` that no entity holds, opened by a comma, a dash,
        "and" or "with": a name in a list of people the reader did not know ("..., Arun Velan from X
        district"); a body, a nationality or a place there is an entity and says no one's home."""
        start = k
        while start > k - 3 and start >= 1 and self.words[start - 1].isalpha() and self.words[start - 1].istitle():
            start -= 1
        if k - start < 2 or start < 1 or self.lower[start - 1] not in {",", "—", "–", "-", "and", "with"}:
            return False
        return not any(e.start < k and e.end > start for e in self.ents)

    def _where_things_were_got(self, place: Span) -> bool:
        """"Police seized phones stolen in Belmora", "raided a flat and took SIM cards bought in Tarsk":
        a place after a participle of how the things were got (stolen, bought, registered) is where
        that was done, not where the act that took them happened."""
        k = place.start - 1 - (self.lower[place.start - 1] == "the")
        return k >= 1 and self.lower[k] in {"in", "at"} and self.lower[k - 1] in _THINGS_DONE

    def _border_of(self, place: Span) -> bool:
        """"rescued near the <country> border", "stopped at the <country> frontier": a country named
        before its border says which border, and the act happened beside that country, often on the
        other side of it, not in it."""
        return place.label_ == "COUNTRY" and place.end < len(self.lower) and self.lower[place.end] in _BORDERS

    def _missions_seat(self, place: Span) -> bool:
        """"rescued by the Lotlandic embassy in Marrow", "the Embassy of Lotland in Marrow helped free
        them": a place right after an embassy or a consulate is its seat (it stands there, see
        placed_bodies), even where the mission acted; the act happened where the people were."""
        k = place.start - 1
        if k < 2 or self.lower[k] != "in":
            return False
        k -= 1
        if k >= 2 and self.words[k][:1].isupper() and self.lower[k - 1] == "of":
            k -= 2  # ("the Embassy of Lotland in Marrow")
        return k >= 0 and self.lower[k] in _MISSIONS

    def _offices_country(self, place: Span) -> bool:
        """"the embassies of Zorvania and Merrow rescued her", "the government of Laos deported
        them": the country after "of" says whose office acted, not where the act happened."""
        k = place.start - 1
        return k >= 1 and self.lower[k] == "of" and self.lower[k - 1] in _OFFICES

    def _where_held(self, place: Span, sent: Span) -> bool:
        """"The two suspects are detained in the facility of the commission in Belmora City": a
        place told after a holding noun that a verb of keeping or moving people introduces ("held at
        a shelter in X", "brought to the prison in X") is where they are kept, not where the act
        told with it (a raid, a rescue) happened."""
        noun = False
        for k in range(place.start - 1, max(sent.start, place.start - _HOLDING_REACH) - 1, -1):
            word = self.lower[k]
            if word in {",", ";", "(", ")", "and"}:
                return False
            if word in _HOLDING_NOUNS:
                noun = True
            elif noun and word in _HOLDING_VERBS:
                return True
        return False

