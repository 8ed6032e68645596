"""Act words that tell of an act kept from happening, only pretended or only possible: "to avoid a
police raid", "evaded arrest", "under the pretext of visiting Laos", "faces possible trafficking
charges"; acts like the story's done elsewhere ("comparable sweeps have been carried out in
Vietnam"), or worked together on ("cooperating with its neighbours on trafficking
investigations"); a flight that is a culprit's ("a second suspect had fled the premises"), a
fugitive's, not a captive's escape; a trip home on leave ("had returned to Java on holiday"),
which is no sending home; an act that an aim or a step to come would only make possible ("to help
the stranded workers be evacuated") or a law only empowers ("the Act permits searches"); and a
campaign told as going on for long ("a long-running crackdown by the government"), in a sentence
that counts no one and names no day: the story's background."""

from __future__ import annotations

__all__ = ["a_law_allows", "ahead_of", "as_a_rule", "averted", "culprit_fled", "elsewhere", "home_on_leave",
           "long_campaign", "only_enabled", "pretext", "prospective", "warrants_aim"]

#: Nouns of a show put on for a purpose: "under the pretext of visiting Laos" tells no visit
_PRETEXTS = frozenset({"pretext", "pretence", "pretense", "guise"})
#: Verbs of keeping an act from happening: "to avoid a police raid", "evaded arrest"
_AVERTING = frozenset({"avoid", "avoided", "avoiding", "evade", "evaded", "evading", "dodge", "dodged", "prevent",
                       "prevented", "thwart", "thwarted", "pre-empt"})
#: Verbs of opposing or halting an act: "is fighting deportation", "challenged their deportation in
#: court", "a court halted the deportation of 40": the act is not done (and may never be)
_OPPOSING = frozenset({"fight", "fights", "fighting", "fought", "contest", "contests", "contesting", "contested",
                       "challenge", "challenges", "challenging", "challenged", "resist", "resists", "resisting",
                       "resisted", "oppose", "opposes", "opposing", "opposed", "halt", "halts", "halting", "halted",
                       "block", "blocks", "blocking", "blocked", "suspend", "suspends", "suspending", "suspended",
                       "postpone", "postpones", "postponing", "postponed"})
#: Nouns of a fight put up "against" an act: "lost his appeal against deportation"
_FIGHTS_AGAINST = frozenset({"appeal", "appeals", "appealed", "appealing", "fight", "battle", "challenge", "bid", "case"})
#: Those of them that only a standing act can be the object of: one "evades" a warrant already
#: issued ("fled to evade arrest warrants issued in Zorvania"), where one "prevents" a raid to come
_ESCAPING = frozenset({"evade", "evaded", "evading", "evades", "dodge", "dodged", "dodging", "elude", "eluded",
                       "eluding"})
#: Words between such a verb and the act word: "avoid | a police | raid"
_BETWEEN = frozenset({"a", "an", "the", "police", "any", "further", "possible", "another", "military", "their", "his",
                      "her"})
#: The people an act is done against, who flee as fugitives, not as captives
_CULPRITS = frozenset({"suspect", "suspects", "accused", "ringleader", "ringleaders", "boss", "bosses", "owner",
                       "owners", "operators", "manager", "managers", "perpetrators", "culprits", "mastermind",
                       "recruiter", "recruiters", "traffickers", "trafficker", "agent", "agents",
                       # the criminal bodies themselves: "the syndicates fled as troops moved in" (their
                       # captives, left behind, did not escape)
                       "syndicate", "syndicates", "gang", "gangs", "gangsters", "cartel", "cartels", "criminals",
                       "scammers"})
#: Words between the one who fled and the verb: "the suspect | had reportedly | fled"
_AUXILIARY = frozenset({"had", "has", "have", "reportedly", "allegedly", "then", "also", "later", "already"})


def averted(lower: list[str], i: int, start: int) -> bool:
    """A verb of keeping the act from happening governs the act word at ``i`` ("to avoid a police
    raid", "evaded arrest", "to prevent any further kidnapping", "is fighting deportation", "a court
    halted the deportation of 40"), or keeps someone "from" it ("to
    stop them from escaping", "kept the workers from fleeing", "to prevent 95 Thai suspects from
    being deported")."""
    k = i - 1
    if k > start and lower[k] in {"being", "getting"}:
        k -= 1  # "to prevent 95 suspects from being deported"
    if k > start and lower[k] == "from":
        j = k - 1
        while j > start and j > k - 7 and lower[j] not in _KEEPING_FROM and (lower[j].isalpha() or lower[j][:1].isdigit()):
            j -= 1
        if lower[j] in _KEEPING_FROM:
            return True
    while k > start and k > i - 4 and lower[k] in _BETWEEN:
        k -= 1
    if k >= start and lower[k] in _ESCAPING and lower[i] == "arrest" and lower[i + 1:i + 2] in (["warrant"], ["warrants"]):
        return False  # "to evade arrest warrants issued in Zorvania": the warrants stand, only the arrest is dodged
    if k > start and lower[k] == "against" and lower[k - 1] in _FIGHTS_AGAINST:
        return True  # "appealed against their deportation"
    return k >= start and (lower[k] in _AVERTING or lower[k] in _OPPOSING)


#: Verbs that keep someone "from" an act: "to stop them from escaping", "barred the men from leaving"
_KEEPING_FROM = frozenset({"stop", "stops", "stopped", "stopping", "prevent", "prevents", "prevented", "preventing",
                           "keep", "keeps", "kept", "keeping", "deter", "deterred", "discourage", "discouraged"})


def pretext(lower: list[str], i: int, start: int) -> bool:
    """"under the pretext of visiting Laos": what was pretended, not done."""
    return i - 2 >= start and lower[i - 2] in _PRETEXTS and lower[i - 1] == "of"


def culprit_fled(lower: list[str], i: int, start: int) -> bool:
    """The one who fled (the verb at ``i``) is a suspect or a boss ("a second suspect had fled",
    "the owners fled before the raid", "the ringleader is a man who had already escaped")."""
    k = i - 1
    while k > start and lower[k] in _AUXILIARY:
        k -= 1
    if lower[k] == "who":  # (the relative clause's antecedent, or the subject it is said of)
        return not _CULPRITS.isdisjoint(lower[max(start, k - 8):k])
    return lower[k] in _CULPRITS


#: Words of an act that may come: "possible charges", "potential extradition"
_PROSPECTIVE = frozenset({"possible", "potential", "probable", "eventual", "prospective", "future"})
#: Crimes named between such a word and the act: "possible | trafficking | charges"
_CRIMES = frozenset({"trafficking", "fraud", "criminal", "laundering", "money-laundering", "gambling", "cybercrime"})


#: Words of hoping for an act, before "of" or "to" and the act: "in the hope of being repatriated"
_HOPING = frozenset({"hope", "hopes", "hoping", "hoped", "wish", "wishes", "wishing", "chance", "chances",
                     # ("stand the risk of deportation", "the threat of arrest": what may come, feared)
                     "risk", "risks", "threat", "threats", "danger", "prospect", "possibility", "likelihood"})
#: Words that say an act would be hard to do: "filing charges against them would be difficult"
_HARD = frozenset({"difficult", "hard", "impossible", "unlikely", "tough", "complicated", "challenging"})
#: Words between the act and such a word: "would (prove to) be (very)"; one of them a modal
_MODALS = frozenset({"would", "will", "could", "may", "might"})
_HARD_GAP = _MODALS | {"be", "prove", "to", "still", "very", "extremely"}


def ahead_of(lower: list[str], i: int, start: int) -> bool:
    """"ahead of their flight home", "in preparation for their repatriation": the act at
    ``i`` is one a step is taken for, still to come."""
    before = lower[max(start, i - 5):i]
    if "ahead" not in before and "in" not in before:
        return False  # (most act words: neither phrase opens before them)
    return any(lower[k:k + 2] == ["ahead", "of"] or lower[k:k + 3] == ["in", "preparation", "for"]
               for k in range(max(start, i - 5), i))


def prospective(lower: list[str], i: int, start: int) -> bool:
    """"faces possible trafficking charges", "a potential extradition", "in the hope of being
    repatriated soon": an act that may come."""
    k = i - 1
    while k > start and lower[k] in _CRIMES:
        k -= 1
    if k >= start and lower[k] in _PROSPECTIVE:
        return True
    k = i - 1
    while k > start and lower[k] in {"be", "being", "soon", "swiftly", "quickly", "finally"}:
        k -= 1
    return k > start and lower[k] in {"of", "to"} and lower[k - 1] in _HOPING


#: Verbs of making an act possible, whose object "(to) be" and a participle names the act
#: ("to help the workers be evacuated", "papers that will allow them to be sent home")
_ENABLING = frozenset({"help", "helps", "allow", "allows", "enable", "enables", "permit", "permits", "let", "lets"})
#: Words before such a verb that make it an aim or what will make it possible: "to help", "will allow"
#: (a bare "helps" or "allows" may be a headline's past: "Police help free 40 workers")
_AIM_LEADS = frozenset({"to", "will", "would", "can", "could", "may", "might", "should", "must", "shall"})
#: Words that end the clause of the enabling verb: the act after them is told on its own
_ENABLING_ENDS = frozenset({",", ";", ":", ".", "who", "which", "but", "after", "before", "when", "while", "because",
                            "as", "and"})


def only_enabled(lower: list[str], i: int, start: int) -> bool:
    """"to help the stranded citizens be evacuated", "the papers that would let the
    workers be repatriated": the participle at ``i``, after "(to) be", is what an aim or a step still to come
    would make possible, not an act done (a bare verb, "Police help free 40 workers", is left to
    the story: headlines tell done acts in the present)."""
    k = i - 1
    while k > start and lower[k] in {"safely", "soon", "swiftly", "quickly", "finally", "eventually"}:
        k -= 1
    if k <= start or lower[k] != "be":
        return False
    for j in range(k - 1, max(start, k - 9) - 1, -1):
        if lower[j] in _ENABLING_ENDS:
            return False
        if lower[j] in _ENABLING and j > start and lower[j - 1] in _AIM_LEADS:
            return True
    return False


#: Verbs by which a law gives a power: "Section 4 permits the minister to order searches"
_LAW_ENABLING = frozenset({"allow", "allows", "allowed", "permit", "permits", "permitted", "enable", "enables",
                           "enabled", "empower", "empowers", "empowered", "authorise", "authorises", "authorize",
                           "authorizes", "authorised", "authorized", "provides", "provided"})
#: What such a verb's subject is when a law speaks: "the Extradition Act 1992", "Article 12 of the treaty"
_LAWS = frozenset({"act", "section", "article", "law", "laws", "treaty", "agreement", "provision", "provisions",
                   "legislation", "code", "decree", "statute", "clause", "regulation", "regulations", "convention",
                   "ordinance", "amendment", "subsection"})
#: Words that end the clause of a law's verb before the act word: the act after them is told on its own
_LAW_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "who", "which", "but", "after", "before", "when", "while", "because",
                              "since", "said", "told", "under"})


def a_law_allows(lower: list[str], i: int, start: int) -> bool:
    """"Section 13 permits the minister to authorise search and seizure operations", "the Act
    allowed for cooperation in criminal investigations": the act at ``i`` is one a law makes
    possible, a power on paper, not one carried out. The verb's subject is a law's word, at most
    four words before it ("Section 9 of the Act enables"), in the act word's own clause."""
    for j in range(i - 1, max(start, i - 14) - 1, -1):
        if lower[j] in _LAW_CLAUSE_ENDS:
            return False
        if lower[j] in _LAW_ENABLING and not _LAWS.isdisjoint(lower[max(start, j - 4):j]):
            return True
    return False


#: Words that make plural acts others like the story's: "similar raids", "comparable sweeps"
_LIKE = frozenset({"similar", "comparable"})
#: Verbs of working with others, whose "on" names the kind of work, not an act done
_WORKING_WITH = frozenset({"cooperating", "cooperate", "cooperated", "cooperation", "collaborating", "collaborate",
                           "collaboration", "working", "work", "worked", "partnering", "coordinating", "coordination"})


#: Words that say acts of a kind happen as a rule: "crackdowns have become routine", "raids are common"
_AS_A_RULE = frozenset({"routine", "common", "commonplace", "frequent", "rare", "regular", "normal", "usual"})


def hard_to_do(lower: list[str], i: int, end: int) -> bool:
    """"Slapping fraud charges on the 40 suspects would be difficult": the act, the subject of a
    clause that says it would be hard or impossible to do (a modal between, in the same clause, at
    most ten words on), was not done; "the raid was difficult" tells one that was."""
    k = i + 1
    while k < min(end, i + 11) and lower[k] not in _HARD_GAP:
        if lower[k] in {",", ";", ":", "and", "but", "while", "who", "which", "that"}:
            return False
        k += 1
    j = k
    while j < end and lower[j] in _HARD_GAP:
        j += 1
    return j > k and j < end and lower[j] in _HARD and not _MODALS.isdisjoint(lower[k:j])


def as_a_rule(lower: list[str], i: int, end: int) -> bool:
    """A plural act word that a verb of being says is usual or rare ("In Laos, crackdowns have
    become routine", "Raids are now common"): a statement of how things go, no act of the story."""
    if not lower[i].endswith("s"):
        return False
    k = i + 1
    while k < end and k < i + 5 and lower[k] in {"have", "has", "had", "become", "became", "are", "were", "remain",
                                                 "remained", "now", "increasingly", "more", "less", "fairly", "very"}:
        k += 1
    return k > i + 1 and k < end and lower[k] in _AS_A_RULE


def elsewhere(lower: list[str], like_num: list[bool], i: int, start: int, end: int, dated: bool) -> bool:
    """A plural act word told as like the story's, in a sentence that counts no one and names no
    day ("Comparable sweeps have been carried out in Vietnam and Malaysia"; not "parallel
    sanctions", which are imposed, nor "similar raids on Friday"), or as what states work together on
    ("cooperating with its neighbours on trafficking investigations"): no act of the story."""
    if not lower[i].endswith("s"):
        return False
    k = i - 1
    while k > start and lower[k] in _CRIMES:
        k -= 1
    if lower[k] in _LIKE:
        return not dated and not any(like_num[start:end])
    return lower[k] == "on" and not _WORKING_WITH.isdisjoint(lower[max(start, k - 8):k])


def warrants_aim(lower: list[str], i: int, start: int) -> bool:
    """"Warrants were issued for the arrest of all 23 suspects": the arrest a warrant is for has
    not happened (the warrant is the act told)."""
    return lower[i] == "arrest" and i - 2 >= start and lower[i - 2:i] == ["for", "the"] \
        and not {"warrant", "warrants"}.isdisjoint(lower[max(start, i - 8):i])


#: Words of time off work: "returned home on leave", "came back for the holidays"
_TIME_OFF = frozenset({"holiday", "holidays", "leave", "vacation", "break", "furlough"})
#: Words of returning that a trip home is told with
_RETURNING = frozenset({"returned", "return", "returning", "returns"})


def home_on_leave(lower: list[str], i: int, end: int) -> bool:
    """"had only returned to Java on holiday", "returned home for a vacation": a worker's trip home
    on time off, no one sent back (the time-off word follows within the clause)."""
    if lower[i] not in _RETURNING:
        return False
    for k in range(i + 1, min(end, i + 8)):
        if lower[k] in {",", ";", "and", "but", "after", "before", "when"}:
            return False
        if lower[k] in _TIME_OFF and lower[k - 1] in {"on", "for", "a", "the", "their", "his", "her", "annual"}:
            return True
    return False


#: Words of a campaign that goes on for long: "a long-running crackdown", "the ongoing crackdown"
_LASTING = frozenset({"long-running", "ongoing", "continuing", "years-long", "months-long", "sustained", "running",
                      "year-long", "protracted", "relentless"})


def long_campaign(lower: list[str], like_num: list[bool], i: int, start: int, end: int, dated: bool) -> bool:
    """"follow a long-running crackdown by the government": a crackdown told as lasting, in a
    sentence with no number and no day, or one other acts happen "amid", is the story's
    background, no raid told."""
    if lower[i] not in {"crackdown", "crackdowns", "campaign"}:
        return False
    before = lower[max(start, i - 3):i]
    if "amid" in before or "amidst" in before:
        return True  # "were sent to Thailand on March 3 amid a growing crackdown": the backdrop, no raid told
    lasting = not _LASTING.isdisjoint(before) or "long" in before and "-" in before  # ("long - running")
    return lasting and not dated and not any(like_num[start:end])


#: Words that may open a sentence before its subject act ("However, the evacuation ...")
_SUBJECT_LEAD = frozenset({"the", "this", "that", "its", "their", "his", "her", "but", "however", ",", "yet", "and"})
#: The past of "be" that joins such an act to what got in its way
_BE_PAST = frozenset({"was", "were"})
#: Words between that verb and its participle ("was, however, badly hampered")
_HINDER_GAP = frozenset({",", "however", "also", "badly", "severely", "seriously", "further", "greatly", "at", "first",
                         "initially", "been", "had"})
#: Participles of something getting in an act's way
_HINDERED = frozenset({"hampered", "hindered", "slowed", "complicated", "disrupted", "impeded", "obstructed",
                       "delayed"})
#: Words that end the subject before its verb: another clause
_SUBJECT_ENDS = frozenset({";", ":", "who", "which", "that", "while", "after", "before", "when"})


def hindered(lower: list[str], i: int, start: int, end: int) -> bool:
    """"The airlift of the stranded crew from Port Vell was, however, slowed by storms": the act,
    subject of its sentence, is told only for what got in its way. The act itself the story tells
    in its own words elsewhere (or it never came off): no act of its own here, where the reader
    would make a second event of one journey."""
    if any(w not in _SUBJECT_LEAD for w in lower[start:i]):
        return False
    k = i + 1
    while k < min(end, i + 12) and lower[k] not in _BE_PAST:
        if lower[k] in _SUBJECT_ENDS:
            return False
        k += 1
    if k >= min(end, i + 12):
        return False
    j = k + 1
    while j < end and lower[j] in _HINDER_GAP:
        j += 1
    return j < end and lower[j] in _HINDERED
