"""Verbs of a count that tell no act done to the people: a penalty received ("received death
sentences"), news received, a finding ("found guilty"), a negation, an act asked for or weighed,
and a death or a deportation that is a court's penalty. Apart from ``words`` because it is one
reading with its own word sets."""

from __future__ import annotations

from scamgraph.loaders.news.conditions import conditioned, passed_over, weighed
from scamgraph.loaders.news.custody_purposes import for_custody, to_custody
from scamgraph.loaders.news.demands import asked_for
from scamgraph.loaders.news.gang_receivers import to_criminals
from scamgraph.loaders.news.ordered_acts import ordered
from scamgraph.loaders.news.running_totals import summed_over_occasions
from scamgraph.loaders.news.things_handed import money_saved
from scamgraph.loaders.news.verdicts import verdict_after
from scamgraph.loaders.news.whoever_acted import told_of_whoever


#: Objects of an active "found" whose subject is the counted people ("to": "were found to have")
_FOUND_OBJECTS = {"to", "justice", "themselves", "himself", "herself", "refuge", "shelter", "work", "jobs", "employment"}
#: Words that open a clause after a verb of finding (what is found is a fact, not people), and a verdict
_CLAUSE_OPENERS = {"that", "they", "he", "she", "it", "we", "guilty"}


def no_act_done(lower: list[str], j: int, end: int, start: int = 0) -> bool:
    """The verb at ``j`` tells no act done to the people: "five received death sentences", "were
    handed prison terms" (a penalty, not people received); "were found to have violations" (a
    finding); "had not been returned" (negated); "the need for the repatriation of 40" (asked for)."""
    if asked_for(lower, j, start) or to_criminals(lower, j, end) or passed_over(lower, j, start) or conditioned(
            lower, j, start) or weighed(lower, j, start, end) or lower[j] == "handed" and lower[j - 1:j] == ["-"] \
            or summed_over_occasions(lower, j, end) or money_saved(lower, j, start) or ordered(lower, j, start) \
            or told_of_whoever(lower, j, start, end):
        return True  # (asked for; "passed on to a fraud ring"; "instead of expelling"; "if 20 are held"; "caught
        # red-handed"; "freed 30 of them on several occasions": many acts summed)
    past = j + 2 if lower[j + 1:j + 2] == ["over"] else j + 1
    if lower[j] in _HANDING_VERBS and (for_custody(lower, past, end) or to_custody(lower, past, end)):
        return True  # "handed over 40 suspects to the agency for questioning", "into police custody": no sending home
    after = set(lower[j + 1:min(end, j + 5)])
    if lower[j] in _RECEIVING and after & _PENALTIES and "over" not in after:
        return True
    if lower[j] in _RECEIVING and (after & _TOLD_THINGS or j > start and lower[j - 1] in _TOLD_THINGS):
        return True  # "had received reports about 9 Thais", "letters received from families": news, not people
    if held_a_gathering(lower, j, end):
        return True  # "the chief held a meeting after five workers said ...": a meeting held, no one
    if lower[j] == "found" and j + 1 < end and lower[j + 1] in _FOUND_OBJECTS:
        return True  # "four survivors found justice", "found themselves trapped": the people found something
    if lower[j] in {"found", "discovered", "uncovered"} and j + 1 < end and lower[j + 1] in _CLAUSE_OPENERS:
        return True  # "after authorities discovered they had fake records", "found guilty": no people found
    if lower[j] in {"found", "finds", "find"} and verdict_after(lower, j, end):
        return True  # "the judges found the two Bolivians guilty": a verdict on them, no people found
    k = j - 1
    while k > start and lower[k] in _NEGATED_AUX:
        k -= 1
    # ("have not returned home", "never arrived": the negator right before the verb denies it too)
    return k >= start and lower[k] in {"not", "never", "n't", "n’t"}


#: What a body holds when it meets: "held a meeting", "held talks", "held a press conference"
_GATHERINGS = frozenset({"meeting", "meetings", "talks", "conference", "conferences", "briefing", "briefings",
                         "discussion", "discussions", "dialogue", "forum", "summit", "hearing", "hearings", "ceremony",
                         "consultation", "consultations", "seminar", "workshop", "session", "sessions", "vigil",
                         "rally", "drill", "drills", "exercise", "exercises"})
#: Words that may stand between "held" and what was held ("held an urgent joint meeting")
_HELD_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "two", "three", "several", "joint",
                               "urgent", "emergency", "special", "closed-door", "bilateral", "press", "news", "online",
                               "virtual", "high-level", "separate", "further", "another", "coordination"})


def held_a_gathering(lower: list[str], j: int, end: int) -> bool:
    """"held a meeting", "holds talks", "held an urgent press conference": the verb of holding has
    a gathering for its object, so whoever the sentence counts after it was not held."""
    if lower[j] not in {"held", "hold", "holds", "holding"}:
        return False
    k = j + 1
    while k < min(end, j + 5) and lower[k] in _HELD_DETERMINERS:
        k += 1
    return k < end and lower[k] in _GATHERINGS


def death_as_penalty(lower: list[str], i: int, start: int) -> bool:
    """"sentenced to death", "sentenced 16 members to death", "sentenced 12 members of the gang,
    including ringleader X, to death": a penalty a court hands down, not a death."""
    return lower[i] == "death" and i > start and lower[i - 1] == "to" \
        and bool(_SENTENCING & set(lower[max(start, i - 20):i - 1]))


def among_penalties(lower: list[str], start: int, end: int) -> bool:
    """"The sentences came with fines, asset seizures and deportations", "convicted persons were
    fined ... or ordered deported": a deportation a court adds to a sentence, not one carried out."""
    words = set(lower[start:end])
    return bool(words & {"fine", "fines", "fined"}) and bool(words & (_SENTENCING | {"convicted", "court"}))


_SENTENCING = {"sentenced", "sentencing", "sentences", "sentence", "condemned", "condemning"}
_RECEIVING = {"received", "receive", "receives", "receiving", "handed", "given"}
#: Verbs of handing people over, whose purpose may make the handover custody (``custody_purposes``)
_HANDING_VERBS = frozenset({"handed", "hand", "hands", "handing"})
_PENALTIES = {"sentence", "sentences", "term", "terms", "penalty", "penalties", "jail", "prison", "imprisonment",
              "death", "life", "fine", "fines", "reprieve", "punishment", "punishments"}
#: What is received when news is: "received information (reports, a letter, a tip) on 16 Malaysians".
_TOLD_THINGS = {"information", "report", "reports", "complaint", "complaints", "tip", "tips", "tip-off", "letter",
                "letters", "notification", "notice", "word", "intelligence", "request", "requests", "message", "messages",
                "details", "particulars", "specifics", "data", "list", "lists", "names", "email", "emails",
                "help", "calls", "call", "pleas", "plea", "appeals", "appeal",  # ("received help from 20 residents")
                "case", "cases"}  # ("received five cases of residents lured abroad": files opened, no one brought home)
_NEGATED_AUX = {"had", "has", "have", "been", "be", "being", "was", "were", "is", "are", "yet", "to", "get", "got"}
