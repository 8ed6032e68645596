"""Which body carried an act out, read from where the sentence puts it: its subject ("police
raided"), the agent after "by" ("arrested by X"), the owner of the event word ("the commission's
raid"), the body whose aircraft flew the people home, the body people were handed to, or one a
person surrendered to. A body merely named near an event (thanked, consulted) did none of these.
Mixed into the agency rules, which decide from it between CONDUCTED and PARTICIPATED_IN."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph.loaders.news.done_together import worked_with_on
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.own_units import past_own_unit
from scamgraph.loaders.news.time_asides import past_time_phrase
from scamgraph.loaders.news.verdicts import gives_sentences
from scamgraph.loaders.nlp.vocabulary import COMPASS_ADJECTIVES, POSSESSIVE_MARKS


#: Verbs of putting a target on a list, and the lists of a sanction: "placed X on its sanctions blacklist"
_LISTING = frozenset({"placed", "places", "put", "puts", "added", "adds"})
_SANCTION_LISTS = frozenset({"sanctions", "sanction", "blacklist", "blacklists"})


class ActingBodies:
    """Reads a body's part in the acts of its sentence (the document's words come from the reader)."""

    lower: list[str]
    words: list[str]
    like_num: list[bool]
    doc: Doc
    trigger_at: list[int]

    def _acts(self, ent: Span, sent: Span, ents: list[Span]) -> bool:
        """Whether the sentence makes this agency the one that carried the action out: its subject
        ("police raided", "the army on Monday rescued") or its agent ("arrested by X", "carried out by
        officers from A, B and X"). An agency merely named near an event (thanked, consulted,
        handed people to) did not conduct it."""
        inside = {k for e in ents if e.label_ == "AGENCY" for k in range(e.start, e.end)}
        if _requested_by(self.lower[max(sent.start, ent.start - 5):ent.start]):
            return False  # "following a request from Vietnamese authorities, Laos arrested three": the asker
        return self._acting_subject(ent, sent, inside) or self._agent_after_by(ent, sent, inside) \
            or self._owns_the_event(ent, sent) or self._flew_them(ent, sent) or self._led_in(ent, sent)

    def _only_flew_them(self, ent: Span, sent: Span, ents: list[Span]) -> bool:
        """"They were rescued and flown home on a Zorvanian Air Force plane": the body whose aircraft
        carried the people did the flight (the sending home) and nothing else the sentence tells; the
        rescue, the arrest, were others' acts."""
        if not self._flew_them(ent, sent):
            return False
        inside = {k for e in ents if e.label_ == "AGENCY" for k in range(e.start, e.end)}
        return not (self._acting_subject(ent, sent, inside) or self._agent_after_by(ent, sent, inside)
                    or self._owns_the_event(ent, sent) or self._led_in(ent, sent))

    def _led_in(self, ent: Span, sent: Span) -> bool:
        """"led Rayong immigration officers to raid a house", "deployed the task force to rescue
        them": the body whose people were led or sent in to an act carried it out."""
        k = ent.start - 1 - (ent.start - 1 > sent.start and self.lower[ent.start - 1] == "the")
        if k < sent.start or self.lower[k] not in _LEADING_IN:
            return False
        j = ent.end
        while j < sent.end and self.lower[j] in _MEMBERS:
            j += 1
        return j + 1 < sent.end and self.lower[j] == "to" \
            and (EVENT_TRIGGERS.get(self.lower[j + 1]) is not None or self.lower[j + 1] in _CARRY_OUT)

    def _flew_them(self, ent: Span, sent: Span) -> bool:
        """"repatriated via an IAF aircraft", "aboard a Royal Thai Air Force plane": the body whose
        aircraft carried the people carried the operation out."""
        before = self.lower[max(sent.start, ent.start - 2):ent.start]
        if ent.end + 1 < sent.end and self.lower[ent.end] in _AIRCRAFT and self.lower[ent.end + 1] in _FLYING:
            return True  # "Indian Air Force aircraft brought back 266 Indians": the aircraft, the subject
        return ent.end < sent.end and self.lower[ent.end] in _AIRCRAFT and bool(before) \
            and (before[-1] in _CARRIED_ON or before[-1] in {"a", "an"} and before[:1] and before[0] in _CARRIED_ON)

    def _owns_the_event(self, ent: Span, sent: Span) -> bool:
        """"Interpol's red notice", "the commission's raid": the event word the agency's possessive
        governs, a few modifiers on, is the agency's own act."""
        if ent.end >= sent.end or self.lower[ent.end] not in POSSESSIVE_MARKS:
            return False
        for k in range(ent.end + 1, min(sent.end, ent.end + 4)):
            if k in self.trigger_at or EVENT_TRIGGERS.get(self.lower[k]) is not None:
                return True
            if not self.words[k].isalpha() or self.doc[k].ent_type_:
                return False  # the noun phrase has ended, or names something else
        return False

    def _acting_subject(self, ent: Span, sent: Span, inside: set[int]) -> bool:
        if self._in_relative_aside(ent, sent):
            return False  # "the Border Guard Force, which backs the Myanmar military, raided": the aside's object
        k, stop = ent.end, min(sent.end, ent.end + 14)
        while k < stop:
            word = self.lower[k]
            if word == "," and k + 1 < sent.end and self.lower[k + 1] in {"which", "who"}:
                close = next((j for j in range(k + 2, min(sent.end, k + 12)) if self.lower[j] == ","), None)
                if close is not None and not any(EVENT_TRIGGERS.get(w) for w in self.lower[k + 2:close]):
                    k, stop = close + 1, min(sent.end, close + 8)  # "X, which backs the military, raided"
                    continue
            if k == ent.end and (past := past_own_unit(self.words, self.lower, k, sent.end)) > k:
                k = past  # "the Lotland Police's anti-trafficking unit arrested": the body, through its unit
                continue
            if (past := self._past_short_form_in_commas(k, sent.end, inside)) > k:
                k = past  # "the Lotland Fraud Commission, LFC, on Thursday arrested": its own short form
                continue
            if word == "," and k + 1 < sent.end and self.lower[k + 1] in _ASIDE_OPENERS:
                close = next((j for j in range(k + 1, min(sent.end, k + 20)) if self.lower[j] == ","), None)
                if close is None:
                    return False
                # "X, in conjunction with Y, organized", "X, acting on a tip-off, raided", "X, together
                # with two units of the national police and the coast guard of the province, raided"
                k, stop = close + 1, min(sent.end, close + 8)
                continue
            if (past := _past_counterparts(self.lower, self.words, k, sent.end)) > k:
                k = past  # "Lao authorities and their Chinese counterparts raided": both its subject
                continue
            if (past := past_time_phrase(self.lower, self.like_num, k, sent.end)) > k:
                k = past  # "X over the weekend arrested", "X earlier this month deported"
                continue
            if k in inside or word in _SUBJECT_FILLER or self.like_num[k] or (word[:1].isalpha() and self.words[k][:1].isupper()
                                                                and word not in _CARRY_OUT) \
                    or word == "of" and k + 1 < sent.end and (k + 1 in inside or self.words[k + 1][:1].isupper()):
                k += 1
                continue  # "on Monday", "have", "(PNP)", "Aug. 20", "and the Crime Branch | of | Delhi Police"
            if _managed_to(self.lower, k, sent.end) or word in _MILITARY_RULE and self.lower[k - 1] == "military":
                k += 2 if word in _MANAGED else 1
                continue  # "the ministry has managed to repatriate 9", "Zorvania's military government has detained"
            if word in {"received", "receives", "receive"} and not _MESSAGES.isdisjoint(self.lower[k + 1:min(sent.end, k + 4)]):
                return False  # "police received a request ... to help bring home 22": asked, no act of theirs yet
            if gives_sentences(self.lower, k, sent.end):
                return True  # "the Amber Wren court read out its ruling", "made public its verdict": it sentenced
            if word in {"made", "makes", "make"}:
                j = k + 1 + (self.lower[k + 1:k + 2] in (["the"], ["an"], ["its"], ["their"]))
                return j < sent.end and EVENT_TRIGGERS.get(self.lower[j]) is not None  # "officers from X made the arrests"
            if word in _LISTING and not _SANCTION_LISTS.isdisjoint(self.lower[k + 1:min(sent.end, k + 12)]):
                return True  # "the Treasury placed the casino on its sanctions blacklist": it sanctioned
            if word in _LED_IT and self.lower[k - 1] != "-":  # "the National Bureau of Investigation led the operation"
                j = k + 1 + (self.lower[k + 1:k + 2] in (["the"], ["this"], ["a"]))
                return j < sent.end and (EVENT_TRIGGERS.get(self.lower[j]) is not None or self.lower[j] in {"operation", "operations"})
            if word in _BEGAN:  # "the Border Guard Force has started the repatriation of 200": its act, begun
                # (not "has begun a crackdown": a campaign begun, whose raids others carry out)
                return any(EVENT_TRIGGERS.get(w) in _BEGUN_ACTS for w in self.lower[k + 1:min(sent.end, k + 4)])
            if worked_with_on(self.lower, k, sent.end, _an_act) is not None:
                return True  # "X worked with Y on the investigation": X led it, Y helped (done_together.py)
            return word in _CARRY_OUT or EVENT_TRIGGERS.get(word) is not None \
                or word == "joined" and self.lower[k + 1:k + 2] == ["forces"]  # "X joined forces with Y to raid"
        return False

    def _past_short_form_in_commas(self, k: int, stop: int, inside: set[int]) -> int:
        """Past a body's short form set off by commas after its name (", LFC,"), as some outlets write
        it instead of brackets: the word after the second comma is the name's own verb or time, no
        aside opened by the first comma ("on Thursday arrested" reads on to the verb)."""
        if self.lower[k] == "," and k + 2 < stop and k + 1 in inside and self.lower[k + 2] == "," \
                and self.words[k + 1].isupper() and self.words[k + 1].isalpha():
            return k + 3
        return k

    def _in_relative_aside(self, ent: Span, sent: Span) -> bool:
        """The body stands inside a relative clause or an apposition set off by a comma right before
        it (", which backs the X,", ", an ally of the X,"): its object, not the subject of the verb
        after it."""
        for k in range(ent.start - 1, max(sent.start, ent.start - 6) - 1, -1):
            if self.lower[k] == ",":
                return False
            if self.lower[k] in {"which", "who"} and k > sent.start and self.lower[k - 1] == ",":
                return True
            if self.lower[k] in {"a", "an"} and k > sent.start and self.lower[k - 1] == "," and "of" in self.lower[k + 1:ent.start]:
                return True  # "X, an ally of the Myanmar military, raided": the apposition's body, not the subject
        return False

    def _agent_after_by(self, ent: Span, sent: Span, inside: set[int]) -> bool:
        k = ent.start - 1
        while k >= max(sent.start, ent.start - 30):
            word = self.lower[k]
            before = self.lower[k - 1] if k > sent.start else ""
            if word == "by" and before in _OVERSAW:
                return False  # "the handover was supervised by X": X watched over it; others did it
            if word == "by" or word == "with" and (before in _JOINED or self._joined_up(k)) \
                    or word == "between" and before in _TOGETHER \
                    or word == "from" and before in {"notice", "warrant", "warrants"} \
                    or word == "to" and self._gave_up(k):
                return True  # "arrested by X"; "coordinated with X"; "a red notice from X"; "surrendered to X"
            if k in inside or word in _AGENT_FILLER or self.words[k][:1].isupper():
                k -= 1
                continue
            return False
        return False

    def _joined_up(self, with_at: int) -> bool:
        """"joined forces with | X", "teamed up with | X": X carried the operation out with them."""
        return self.lower[max(0, with_at - 2):with_at] in (["joined", "forces"], ["teamed", "up"])

    def _received(self, ent: Span, sent: Span, ents: list[Span]) -> bool:
        """"freed and passed on to Lao police and border officials", "transferred
        to Chinese authorities": the agency that took the people over took part in the operation
        (it did not carry it out)."""
        inside = {k for e in ents if e.label_ == "AGENCY" for k in range(e.start, e.end)}
        k = ent.start - 1
        while k > sent.start and (k in inside or self.lower[k] in _AGENT_FILLER - {"from", "by"} or self.lower[k] == "/"):
            k -= 1
        if self.lower[k] != "to":
            return False
        k -= 1
        while k > sent.start and self.lower[k].endswith("ly"):
            k -= 1  # "handed over safely to"
        return self.lower[k] in _HANDED or self.lower[k] == "over" and self.lower[k - 1] in _HANDED

    def _past_time(self, k: int, stop: int) -> int:
        """The first word after a time said between a speaker and its verb: "X on Wednesday said",
        "X yesterday said", "X on Aug. 20 confirmed", "X last week announced"."""
        while k < stop:
            if self.lower[k] in _TIME_WORDS:
                k += 1
            elif self.lower[k] == "on" and k + 1 < stop and self.doc[k + 1].ent_type_ == "" \
                    and (self.lower[k + 1] in _WEEKDAYS or self.like_num[k + 1]):
                k += 2
            elif self.lower[k] in {"last", "this"} and k + 1 < stop and self.lower[k + 1] in _SPANS:
                k += 2  # "X last week announced"
            elif (past := past_time_phrase(self.lower, self.like_num, k, stop)) > k:
                k = past  # "X over the weekend said"
            else:
                return k
        return k

    def _gave_up(self, to: int) -> bool:
        """"surrendered to X", "turned himself in to X": X took the person into custody."""
        before = self.lower[max(0, to - 2):to]
        return before[-1:] == ["surrendered"] or len(before) == 2 and before[1] == "in" and before[0] in _REFLEXIVE


# Verbs whose subject carried an operation out ("police raided", "the team conducted"); report verbs
# ("said", "confirmed") and help verbs ("coordinated with", "sought") are not among them.
_CARRY_OUT = {"raided", "stormed", "arrested", "apprehended", "detained", "rescued", "freed", "deported", "extradited",
              "repatriated", "conducted", "carried", "launched", "dismantled", "organized", "organised", "seized", "busted",
              "intercepted", "captured", "nabbed", "charged", "chargesheeted", "sanctioned", "designated", "indicted", "filed",
              "obtained", "issued", "coordinated", "cooperated", "teamed", "sentenced", "convicted", "named",
              "inspected",  # ("the task force inspected 12 buildings and detained 771": the search of a raid)
              "imposed", "received", "transferred", "handed", "searched", "deport", "arrest", "repatriate", "remanded",
              "served", "executed", "enforced",  # ("served a search warrant")
              "broke", "broken", "smashed", "cracked",  # ("have broken up a gang and arrested", "cracked down on")
              "rounded", "collaborated", "partnered",  # ("rounded up 400 in two raids", "collaborated to rescue")
              "held"}  # ("police held 38 workers for questioning": a detention, which only people counted make an event)
#: Verbs of leading an act, its noun told right after them: "X led the operation"
_LED_IT = frozenset({"led", "spearheaded", "headed"})
#: Verbs of starting or ending an act, the act's noun told after them
_BEGAN = frozenset({"started", "starts", "began", "begun", "begins", "commenced", "completed", "finished"})
#: Acts a body is told to have begun itself
_BEGUN_ACTS = frozenset({"repatriation", "deportation", "rescue", "extradition", "handover", "evacuation"})
#: Verbs of leading or sending a body's people in to act ("led ... officers to raid")
_LEADING_IN = frozenset({"led", "deployed", "dispatched", "mobilised", "mobilized", "sent"})
#: Nouns of a body's people after its name ("Rayong immigration | officers")
_MEMBERS = frozenset({"officers", "officials", "agents", "personnel", "troops", "soldiers", "police", "team", "teams",
                      "units", "operatives", "staff"})
#: Verbs before "by" of those who watched over or ordered an operation, not of those who carried it out
_OVERSAW = {"supervised", "overseen", "monitored", "observed", "witnessed", "attended", "ordered", "approved",
            "authorised", "authorized", "requested", "welcomed", "praised",
            # ("who were rescued on Monday, are undergoing questioning by X": X questions them after)
            "questioning", "interrogation", "screening",
            # ("freed from the park, they cleared checks by Thai authorities and flew home": X only checked them)
            "checks", "check", "checking", "inspection", "inspections", "vetting", "processing",
            # ("the group was flown out, accompanied by Thai police": X went along; others sent them)
            "accompanied"}
#: Words that open an aside between an acting body and its verb: "X, in conjunction with Y, raided",
#: "X, acting on a tip-off, raided", "X, following complaints, arrested"
_ASIDE_OPENERS = frozenset({"in", "together", "along", "with", "alongside", "acting", "following", "after", "responding",
                            "upon", "on", "based", "working", "backed", "supported", "armed"})
_TIME_WORDS = {"yesterday", "today", "earlier", "later", "recently", "also", "then"}
_SPANS = frozenset({"week", "month", "year", "weekend"})
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
#: Nouns of working together before "between A, B and C": each of them carried the operation out
_TOGETHER = {"collaboration", "cooperation", "coordination", "partnership"}
#: Verbs of an aircraft carrying people, after a body's aircraft as their subject.
_FLYING = frozenset({"brought", "flew", "carried", "ferried", "evacuated", "airlifted", "transported", "repatriated"})
_AIRCRAFT = {"aircraft", "plane", "planes", "jet", "flight", "flights", "helicopter"}
_CARRIED_ON = {"via", "aboard", "on", "by"}
_HANDED = {"handed", "turned", "transferred", "delivered", "released"}
_REFLEXIVE = {"himself", "herself", "themselves"}
_JOINED = {"coordinated", "cooperated", "conjunction", "jointly", "together", "teamed", "alongside", "conducted",
           "carried", "out", "organized", "organised"}
# Words between an acting agency and its verb: time, auxiliaries, its partners and its own people
# ("Lao police and soldiers rescued", "X in cooperation with relevant departments has transferred").
#: What a body receives when it receives no people: "received a request", "received a tip-off"
_MESSAGES = frozenset({"request", "requests", "call", "calls", "complaint", "complaints", "tip", "tip-off", "tips",
                       "report", "reports", "information", "letter", "letters", "petition", "petitions", "word"})
#: Verbs of getting an act done that stand, with "to", between a body and its act ("X has managed to
#: repatriate nine", "police were able to arrest two"): the body is still the one that did it.
_MANAGED = frozenset({"managed", "able"})
#: Nouns after "military" in a ruling army's name ("Zorvania's military government detained"): the army itself.
_MILITARY_RULE = frozenset({"government", "regime"})


def _managed_to(lower: list[str], k: int, end: int) -> bool:
    """"managed to" or "able to" at ``k``, an act's word right after it (not "able to leave")."""
    return lower[k] in _MANAGED and k + 2 < end and lower[k + 1] == "to" \
        and (EVENT_TRIGGERS.get(lower[k + 2]) is not None or lower[k + 2] in _CARRY_OUT)


_SUBJECT_FILLER = {"and", "on", "have", "has", "had", "were", "was", "will", "also", "jointly", "yesterday", "recently",
                   "then", "later", "last", "this", "early", "late", "today", "tonight", "(", ")", "-", "the",
                   "successfully", "reportedly", "night", "morning", "evening", "afternoon", "week", "month",
                   "'s", "’s", "province", "district", "city", "soldiers", "troops", "officers", "agents",
                   "operatives", "personnel", "forces", "in", "with", "cooperation", "coordination", "collaboration",
                   "conjunction", "partnership", "relevant", "departments", "agencies", "authorities", "local",
                   "which", "who", ",", "country",
                   # other bodies named plainly beside it: "X, provincial police and immigration officers detained"
                   "police", "immigration", "provincial", "military", "army", "navy", "border", "guards", "paramilitary",
                   "rangers", "municipal", "regional", "special", "unit", "units", "squad", "commandos",
                   "central",
                   # a body's men and its partners without commas: "the Tatmadaw security forces together with
                   # the BGF conducted", "Tatmadaw columns raided" (the partner is read as its subject too)
                   "security", "column", "columns", "together"} | COMPASS_ADJECTIVES  # where it sits: "the People's Court in northern X Province sentenced"
_AGENT_FILLER = {"the", "a", ",", "and", "its", "their", "operatives", "officers", "personnel", "agents", "members",
                 "troops", "teams", "team", "from", "of", "(", ")", "-", "local", "provincial", "police",
                 "soldiers", "authorities", "national", "military", "arrangement", "officials", "forces", "security",
                 "in"}


#: Nouns of asking that a body asks by: "a request from X", "at the request of X", "X's request"
_REQUESTS = frozenset({"request", "requests", "demand", "demands", "appeal", "appeals", "petition", "application"})
#: Nouns of striving on someone's behalf: "efforts by the government", "intervention of the embassy"
_ON_BEHALF = frozenset({"efforts", "effort", "intervention", "interventions", "lobbying", "pressure"})


def _requested_by(before: list[str]) -> bool:
    """The words before a body end in "a request from" or "the request of" (a few adjectives between):
    the body asked for the act, another did it."""
    for k in range(len(before) - 1, 0, -1):
        if before[k] in {"from", "of", "by"}:
            # (and "following efforts made by X, twelve were rescued by Y": X pressed for it, Y did it)
            return before[k - 1] in _REQUESTS or before[k - 1] in {"requested", "sought"} \
                or before[k - 1] in _ON_BEHALF or before[k - 1] == "made" and k > 1 and before[k - 2] in _ON_BEHALF
        if not before[k].isalpha() or before[k] in {"and", "or"}:
            return False
    return False


#: Nouns of the like body of another state, coordinated with a subject: "and their Thai counterparts"
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})


def _past_counterparts(lower: list[str], words: list[str], k: int, end: int) -> int:
    """Where "their (<Capitalized>...) counterparts" that opens at ``k`` ends (``k`` when it does not
    open there): the other state's like body, joined to the subject by "and", shares its verb."""
    if lower[k] not in {"their", "its"} or k == 0 or lower[k - 1] != "and":
        return k
    j = k + 1
    while j < end and j - k <= 3 and words[j][:1].isupper():
        j += 1
    return j + 1 if j < end and lower[j] in _COUNTERPARTS else k


def _an_act(word: str) -> bool:
    """The word tells an act of the story ("the investigation", "the raid")."""
    return EVENT_TRIGGERS.get(word) is not None
