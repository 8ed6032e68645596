"""Words after counted people that tell which act is theirs, read for the governing verbs: a long
aside set off by commas between the people and their own verb, people who landed at home from
abroad, and people stopped from leaving the country (an interception)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.nationalities import NationalityRules
from scamgraph.loaders.news.state import _Count
from scamgraph.model import RelType

#: The auxiliaries that open the people's own verb after an aside: "..., | have been rescued".
_AUXILIARIES = frozenset({"have", "has", "were", "was", "are", "is"})
#: Verbs of landing somewhere, and the words that end the people's own clause before such a verb.
_LANDED = frozenset({"arrived", "landed", "touched", "reached"})
_AIRPORT = frozenset({"airport", "terminal", "naia", "flight", "plane"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "who", "whom", "which", "that", "while", "and", "but"})
#: The most tokens from a participle describing counted people to the verb of their landing
_MOST_PARTICIPLE_WORDS = 16
#: Verbs of leaving a place, which a landing told after "and" completes: "left Phnom Penh ... and landed"
_LEFT = frozenset({"left", "departed", "flew", "boarded"})
#: How far past the people their verb of landing may be told: "left Phnom Penh on a chartered flight late Friday and landed"
_LANDING_REACH = 16
#: Verbs of stopping people from leaving, and what they are stopped from: "were barred from departing".
_STOPPING = frozenset({"stopped", "barred", "prevented", "blocked", "offloaded"})
_LEAVING = frozenset({"boarding", "leaving", "departing", "flying", "travelling", "traveling", "exiting"})
#: Prepositions of a place the counted people are in or from, before a clause on them.
_PLACE_LEADS = frozenset({"in", "from", "at"})
#: The longest aside read between counted people and their verb (in tokens).
_ASIDE_SPAN = 40
#: The most words of a share's aside after "of whom" ("20 of whom were women under 18")
_SHARE_SPAN = 8
#: Past participles without "-ed" that open such an aside: "Seven Indians, held captive in Myanmar, ...".
_IRREGULAR_PARTICIPLES = frozenset({"held", "kept", "taken", "caught", "brought", "sent", "found", "stuck", "sold",
                                    "beaten", "left", "thought", "said"})


class CountClauses(NationalityRules):
    """The clauses after counted people, as the governing-verb rules read them."""

    def _past_long_aside(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"Seven Indian citizens, held captive as 'cyber slaves' ... and coerced into scams, have been
        rescued", "Four Zambians, aged 22, 27 and 31, who were lured ..., have been freed": an
        aside opened by a participle (or by their ages, or "whose") and closed by a comma right before an
        auxiliary (or a past verb of moving them: "..., returned to Taiwan on Tuesday"); the verb
        after that comma is the people's. Another number in the aside (not an
        age) opens another subject: nothing is read."""
        k = count.end
        if k + 1 >= sent.end or self.words[k] != ",":
            return None
        if not (self.lower[k + 1].endswith("ed") or self.lower[k + 1] in _IRREGULAR_PARTICIPLES or self.lower[k + 1] == "whose"):
            return None  # (", whose papers a firm had kept, were flown home": a clause on their things)
        for j in range(k + 2, min(sent.end - 2, k + _ASIDE_SPAN)):
            if self.words[j] in {";", ":"} or self.like_num[j] and not self._an_age(j, k):
                return None
            if self.words[j] == "," and self.lower[j + 1] in _AUXILIARIES:
                main = self._main_verb_at(j + 1, sent)  # type: ignore[attr-defined]
                return _COUNT_VERBS[self.lower[main]] if main < min(j + 5, sent.end) else None
            if self.words[j] == "," and self.lower[j + 1] in _COUNT_VERBS and self.lower[j + 1].endswith("ed") \
                    and self.lower[j + 2:j + 3] in (["to"], ["home"], ["from"], ["on"]):
                return _COUNT_VERBS[self.lower[j + 1]]  # "..., thought to have worked for gangs in Myanmar, returned to Taiwan"
        return None

    def _past_share_aside(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"Some 75 Chinese, 20 of whom are minors, were detained": an aside telling a share of
        the people ("N of whom ...", closed by a comma right before an auxiliary); the verb after
        that comma is the whole's."""
        k = count.end
        if self.lower[k:k + 1] != [","] or k + 4 >= sent.end or not self.like_num[k + 1] \
                or self.lower[k + 2:k + 4] not in (["of", "whom"], ["of", "them"]):
            return None
        close = next((j for j in range(k + 4, min(sent.end - 1, k + 4 + _SHARE_SPAN)) if self.words[j] == ","), None)
        if close is None or self.lower[close + 1] not in _AUXILIARIES:
            return None
        main = self._main_verb_at(close + 1, sent)  # type: ignore[attr-defined]
        return _COUNT_VERBS[self.lower[main]] if main < min(close + 5, sent.end) else None

    def _an_age(self, j: int, start: int) -> bool:
        """A number in the list of ages that "aged" opens at ``start``: "aged 25, 29, and 32"."""
        if self.lower[start + 1] != "aged":
            return False
        return all(self.like_num[i] or self.lower[i] in {",", "and", "to", "-"} for i in range(start + 2, j))

    def _nouns_before_who(self, k: int, sent: Span) -> int:
        """Past at most two plain lower-case nouns that end the people's phrase before "who": "Five
        Malaysian | job seekers | who claimed ...", where the reader's phrase stopped at the demonym."""
        for j in (k, k + 1):
            if j + 1 < sent.end and self.lower[j + 1] == "who" and self._plain_nouns(k, j + 1):
                return j + 1
        return self._place_before_who(k, sent)

    def _place_before_who(self, k: int, sent: Span) -> int:
        """Past a place the people are in or from, before "who": "Nine Thais | in Laos |
        who answered a fake advert were freed" (the place belongs to the people's phrase)."""
        doc = self.doc
        if k + 2 >= sent.end or self.lower[k] not in _PLACE_LEADS or doc[k + 1].ent_iob_ != "B" \
                or doc[k + 1].ent_type_ not in {"PLACE", "COUNTRY"}:
            return k
        j = k + 2
        while j < sent.end and doc[j].ent_iob_ == "I":
            j += 1
        return j if j < sent.end and self.lower[j] == "who" else k

    def _plain_nouns(self, start: int, end: int) -> bool:
        """Lower-case words, none a verb of the count rules, an auxiliary or an "-ly" adverb."""
        return all(self.words[i].isalpha() and self.words[i].islower() and self.lower[i] not in _COUNT_VERBS
                   and self.lower[i] not in _AUXILIARIES and not self.lower[i].endswith(("ly", "ed"))
                   for i in range(start, end))

    def _plain_or_landed(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The people's interception where they were stopped from leaving; else the verb told plainly
        with them ("arrived ... after being rescued": rescued); where none is told, or only that
        victims were trafficked, their landing at home from abroad, or the verb after a relative
        clause on the victims."""
        if self._stopped_leaving(count, sent):
            return _COUNT_VERBS["intercepted"]
        plain = self._plain_count_verb(count, sent)  # type: ignore[attr-defined]
        if plain is not None and (landing := self._participle_end(count, sent)) is not None:
            landed = self._landed_home_from(count, sent, landing)
            if landed is not None:
                return landed  # "84 Indonesians rescued from compounds in Myanmar arrived in Jakarta": home
        if plain is not None and not (count.noun_role == "victim" and plain[0] is RelType.AFFECTED):
            return plain
        landed = self._landed_home_from(count, sent)
        if landed is not None or plain is None:
            return landed
        # "63 Nepali workers who were tricked into a compound returned home": a victims' noun takes the
        # verb after the clause on them before the harm it implies
        return self._after_relative_clause(count, sent) or plain  # type: ignore[attr-defined]

    def _participle_end(self, count: _Count, sent: Span) -> int | None:
        """Counted people described by the past participle of an act right after them, or by a
        relative clause of one ("84 Indonesians (who were) rescued from ..."), then a verb of landing
        in the same clause: the landing verb's position (the participle tells their past), else None."""
        k = count.end
        if k < sent.end and self.lower[k] in {"who", "that"}:
            k += 1
            while k < sent.end and self.lower[k] in {"were", "had", "have", "been", "was"}:
                k += 1
        if k >= sent.end or self.lower[k] not in _COUNT_VERBS or not self.lower[k].endswith("ed"):
            return None
        for j in range(k + 1, min(sent.end, k + _MOST_PARTICIPLE_WORDS)):
            if self.lower[j] in _LANDED:
                return j
            if self.lower[j] in _CLAUSE_ENDS and not self._joined_nouns(j) or self.like_num[j] or self.lower[j] in _COUNT_VERBS:
                return None
        return None

    def _then_landed(self, j: int) -> bool:
        """"and" at ``j`` joins the people's leaving to their landing: "64 South Koreans left Phnom Penh
        on a chartered flight late Friday | and landed at Incheon"."""
        return self.lower[j] == "and" and self.lower[j + 1:j + 2] != [] and self.lower[j + 1] in _LANDED \
            and _LEFT.intersection(self.lower[max(0, j - 12):j]) != set()

    def _joined_nouns(self, j: int) -> bool:
        """"and" at ``j`` joins two nouns, not two clauses: "accused of fraud and extortion arrived"."""
        return self.lower[j] == "and" and 0 < j < len(self.lower) - 1 and self._plain_nouns(j - 1, j) \
            and self._plain_nouns(j + 1, j + 2)

    def _landed_home_from(self, count: _Count, sent: Span, landing: int | None = None) -> tuple[RelType | None, str, str] | None:
        """"Four Filipino victims of scam syndicates arrived at NAIA via a flight from Phnom Penh",
        "200 Indonesians arrived at Jakarta's airport from Myawaddy": people who land in their own
        country, or who fly in from a place in another country to a place of no other country, came
        home. Landing in another country ("12 Kenyans arrived in Bangkok from Nairobi") is a journey."""
        start = count.end  # (past an apposition: "21 Bolivians, victims of a job fraud, landed in Bolivia";
        # or a relative clause: "The 18 Bangladeshis, who had been held in Myawaddy, landed in Dhaka")
        if self.words[start:start + 1] == [","] and ((closed := self._apposition_end(start, sent)) is not None  # type: ignore[attr-defined]
                                                     or (closed := self._relative_end(start, sent)) is not None):  # type: ignore[attr-defined]
            start = closed + 1
        verb = landing if landing is not None else next(
            (j for j in range(start, min(sent.end - 1, start + _LANDING_REACH))
             if self.lower[j] in _LANDED or self.like_num[j]
             or self.lower[j] in _CLAUSE_ENDS and not self._joined_nouns(j) and not self._then_landed(j)
             or self.lower[j] in _COUNT_VERBS and not self.doc[j].ent_type_), None)  # (not "forced labour")
        if verb is None or self.lower[verb] not in _LANDED or not count.nationality \
                or (self.lower[verb] == "touched" and self.lower[verb + 1] != "down") \
                or self.lower[verb] == "reached" and self.lower[verb + 1:verb + 2] in (["home"], ["back"]):
            return None  # ("rescued ... have reached home, landing at X": the rescue's people, read as before)
        places = [(j, self._landing_country(j)) for j in range(verb + 1, min(sent.end, verb + 30))
                  if self.doc[j].ent_iob_ == "B" and self.doc[j].ent_type_ in {"PLACE", "COUNTRY"}]
        left = [code for j, code in places if self.lower[j - 1] == "from"]
        reached = [code for j, code in places if self.lower[j - 1] != "from" and code and code not in left]
        if count.nationality in left:
            return None  # "arrived in Bangkok from Nairobi" (Kenyans): they left home
        if count.nationality in reached:
            return _COUNT_VERBS["repatriated"]  # "arrived at Jakarta's airport": their own country
        flown = bool(_AIRPORT & set(self.lower[verb:min(sent.end, verb + 30)]))  # not "at the border from Myawaddy"
        return _COUNT_VERBS["repatriated"] if flown and left and all(left) and not reached else None

    def _landing_country(self, j: int) -> str:
        """The country code of the place or country named at ``j`` ("Phnom Penh" -> KH), "" if none."""
        ident = self.doc[j].ent_id_
        return ident if self.doc[j].ent_type_ == "COUNTRY" else ident.rsplit("|", 1)[-1]

    def _stopped_leaving(self, count: _Count, sent: Span) -> bool:
        """"stopped the departure of 10 Indonesian workers", "two Filipino men bound for Hong Kong were
        stopped", "were barred from departing": people kept from leaving the country were intercepted.
        A passive "stopped" with nothing it stops them from counts only where they were "bound for"
        somewhere (not "were stopped and questioned" in the street)."""
        lead = self.lower[max(sent.start, count.start - 4):count.start]
        if lead[-2:] == ["departure", "of"] and _STOPPING & set(lead):
            return True
        for j in range(count.end, min(sent.end - 1, count.end + 12)):
            if self.lower[j] in _STOPPING and self.lower[j - 1] in {"were", "was", "been"}:
                barred = self.lower[j + 1] == "from" and j + 2 < sent.end and self.lower[j + 2] in _LEAVING
                return barred or ("bound", "for") in set(zip(self.lower[count.end:j], self.lower[count.end + 1:j]))
            if self.lower[j] in _CLAUSE_ENDS - {"and"} or self.like_num[j]:
                return False
        return False
