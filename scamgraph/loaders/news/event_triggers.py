"""The words that name an event and its type: single trigger words ("raided": a raid), phrases
read as one trigger ("rescue operation"), and the types a raid told in the same breath holds.
Apart from ``words`` because it is the table every event reader starts from."""

from __future__ import annotations

from scamgraph import gazetteer as gz


#: Trigger word -> event type. Multi-word triggers are checked first.
EVENT_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["raid", "raids", "raided", "raiding", "stormed", "swooped", "crackdown", "crackdowns",
                     "sweep", "sweeps", "searched", "inspection", "operation"], "raid"),
    **dict.fromkeys(["arrest", "arrests", "arrested", "arresting", "apprehended", "apprehending", "nabbed", "nabbing", "nabs", "nab",
                     "captured", "collared"], "arrest"),
    **dict.fromkeys(["detained", "detention", "detaining", "detain", "detains",
                     "remanded", "remand"], "detention"),  # (a court's remand holds the accused)
    # (people brought out of a place of danger: an evacuation is a rescue however it is named)
    **dict.fromkeys(["rescued", "rescue", "rescues", "rescuing", "freed", "frees", "liberated", "evacuated", "evacuating", "evacuate",
                     "evacuation"], "rescue"),
    **dict.fromkeys(["repatriated", "repatriation", "repatriations", "repatriate", "repatriating", "repatriates",
                     "airlifted", "airlifting", "airlift"], "repatriation"),  # (people flown out: home)
    **dict.fromkeys(["deported", "deportation", "deportations", "deport", "deporting", "deports", "expelled", "expels"], "deportation"),
    **dict.fromkeys(["extradited", "extradition", "extraditions", "extradite", "extraditing", "extradites"], "extradition"),
    # "the handover of the suspects": the sending-home event told before, whichever its kind
    **dict.fromkeys(["handover", "handovers"], "handover"),
    # plural nouns ("kidnappings reported", "seizures this year") are statistics, not one happening
    **dict.fromkeys(["escaped", "escape", "escapes", "escaping", "fled", "fleeing", "flee", "flees"], "escape"),
    **dict.fromkeys(["kidnapped", "kidnapping", "abducted", "abduction"], "kidnapping"),
    **dict.fromkeys(["seized", "seizing", "seizure", "seizures", "confiscated", "confiscating", "forfeiture", "impounded"], "seizure"),
    **dict.fromkeys(["visit", "visited", "visiting", "visits", "trip"], "visit"),
    **dict.fromkeys(["investigation", "investigations", "investigating", "probe", "inquiry", "hearing", "hearings"],
                    "investigation"),
    **dict.fromkeys(["charged", "charges", "charging", "indicted", "indictment", "indictments", "prosecuted", "convicted",
                     "sentenced", "chargesheet", "chargesheets", "chargesheeted", "chargesheeting",  # (Indian English)
                     "arraigned", "arraigns", "arraignment", "booked",
                     "jailed", "jails"], "charge"),  # (brought before a court to answer charges; "jailed for 8 years": sentenced)
    **dict.fromkeys(["warrant", "warrants"], "warrant"),
    **dict.fromkeys(["died", "death", "deaths", "killed", "killing", "dead", "suicide", "murdered", "drowned"], "death"),
    **dict.fromkeys(["sanctioned", "sanctions", "sanction", "sanctioning", "blacklisted"], "sanction"),
}
#: Phrases read as one trigger ("rescue operation" is a rescue, "patrol operation" no raid);
#: "" for phrases that tell no event. Data: gazetteer/event_phrases.tsv.
_PHRASE_TRIGGERS = [(tuple(phrase.split()), "" if kind == "-" else kind) for phrase, kind in gz.rows("event_phrases.tsv")]
#: "OFAC also designated Ly Yong Phat": a sanction, when a sanctions authority is the one designating
_DESIGNATES = {"designated", "designates", "designating", "designation", "designations"}
_PHRASE_STARTS: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _kind in sorted(_PHRASE_TRIGGERS, key=lambda row: -len(row[0])):  # the longest phrase wins
    _PHRASE_STARTS.setdefault(_phrase[0], []).append((_phrase, _kind))

#: The first two words of the phrases of a warrant: "a wanted list" is the act's own noun, not a thing
#: "wanted" describes (unlike "boarded a chartered flight": the flight is a thing, whatever it carries)
_WARRANT_PHRASE_OPENINGS = frozenset(phrase[:2] for phrase, kind in _PHRASE_TRIGGERS if kind == "warrant" and len(phrase) > 1)

#: Types that are part of a raid told in the same breath: no event of their own.
_PART_OF_RAID = {"arrest", "detention", "rescue"}
