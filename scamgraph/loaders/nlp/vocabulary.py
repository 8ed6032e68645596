"""The word tables the name finder reads around a capitalized run, kept apart from the code that
reads them so that a rule changes by editing a set, not a loop. Tables that users may extend live
in the gazetteer (``honorifics.tsv``, ``agency_lower_heads.tsv``) and are read from there."""

from __future__ import annotations

from scamgraph import gazetteer as gz

#: How broad a place is, to read "Chbar Ampov, Phnom Penh" as district-in-city.
PLACE_RANK = {"site": 0, "landmark": 0.5, "road": 0.5, "village": 0.7, "commune": 0.8, "district": 1, "area": 1, "town": 2, "city": 2, "township": 2.5, "province": 3, "country": 4}

SPEECH_VERBS = frozenset(
    {"said", "says", "told", "added", "stated", "explained", "noted", "warned", "wrote", "confirmed",
     "announced", "claimed", "insisted", "argued", "described", "denied", "urged", "testified"}
)
#: Courtesy titles, honorifics and ranks before a name, never part of it (gazetteer/honorifics.tsv).
HONORIFICS = frozenset(row[0] for row in gz.rows("honorifics.tsv"))


def honorific_at(lower: list[str], k: int) -> bool:
    """The word at ``k`` is a courtesy title before a name, no part of it: an honorific the next word
    does not repeat (Burmese names double a word: "Tun Tun Aung", where a Malaysian "Tun" is a title)."""
    return lower[k] in HONORIFICS and lower[k + 1:k + 2] != [lower[k]]


ABBREVIATIONS = ["Pol.", "Lt.", "Col.", "Maj.", "Brig.", "Capt.", "Sgt.", "Gen.", "Adm.", "Gov.", "Sen.",
                  "Rep.", "Supt.", "Insp.", "Cpl.", "Atty.", "Engr.", "No.", "Co.", "Corp.", "Ltd.", "Inc.", "St.", "Sta.", "Sto.", "Mt.", "Sept.", "Brgy.",
                  # ranks written with a hyphen stay one token, as honorifics.tsv lists them ("Maj-Gen X")
                  "Maj-Gen", "Lt-Gen", "Lt-Col", "Brig-Gen", "Maj-Gen.", "Lt-Gen.", "Lt-Col.", "Brig-Gen.",
                  "Sen-Gen", "Snr-Gen",
                  "Maj-General", "Lt-General", "Lt-Colonel", "Brig-General",
                  "Usec.", "Asec."]  # ("Pol Lt-General X", a Thai paper's style)
#: The possessive "'s" as the tokenizer splits it off a name, straight and curly ("the police's raid")
POSSESSIVE_S = frozenset({"'s", "’s"})
#: Every mark of a possessive, the bare apostrophe of a plural's included ("Lao authorities’ raids",
#: "the workers' passports")
POSSESSIVE_MARKS = POSSESSIVE_S | {"'", "’"}
CONNECTORS = frozenset({"of", "for", "on", "the", "and", "de", "del", "against"})
#: Verbs that name a body's task after "to": "Committee to Combat Online Scams".
MANDATE_VERBS = frozenset({"combat", "counter", "fight", "prevent", "suppress", "monitor", "investigate", "protect",
                            "eradicate", "eliminate", "tackle", "end", "stop"})
#: Nouns for one person that "named" may follow with a one-word name ("a 29-year-old man named Kittipong")
ONE_PERSON = frozenset({"man", "woman", "boy", "girl", "accused", "suspect", "agent", "recruiter", "victim", "worker",
                        "youth", "teenager", "national", "citizen", "broker", "trafficker", "person", "individual"})


def named_after_one_person(lower: list[str], start: int) -> bool:
    """"a 29-year-old man named Kittipong": the word at ``start`` follows "named" after a noun for
    one person (the name finder makes it a person; the news reader keeps it as a whole name)."""
    return start >= 2 and lower[start - 1] == "named" and lower[start - 2] in ONE_PERSON


#: Nouns for people sent or brought home: "The returnees include: ...", "the deportees were ..."
HOMECOMING_GROUPS = frozenset({"returnees", "deportees", "evacuees", "repatriates"})
#: The points of the compass as nouns ("in the north") and as adjectives ("in northern Lotland"):
#: one list for the rules that step over a part of a place to the place
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                                "southeastern", "southwestern"})
#: Day and month names: "arrested Chen Zhi on Monday" ends the name before "on".
CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
                             "oct.", "nov.", "dec.", "mar.", "apr.", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                             "sep", "sept", "oct", "nov", "dec"})  # ("arrested Wang on Sep 19": no "Wang on Sep")
STARTERS = frozenset(
    {"the", "a", "an", "on", "in", "at", "but", "and", "after", "during", "last", "this", "that", "these",
     "those", "when", "while", "since", "before", "as", "by", "for", "from", "of", "with", "without",
     "according", "under", "some", "many", "most", "all", "both", "several", "other", "his", "her",
     "their", "its", "our", "we", "they", "he", "she", "it", "i", "there", "here", "meanwhile",
     "however", "also", "still", "yet", "now", "then", "later", "earlier", "if", "although", "though",
     "authorities", "officials", "police", "monday", "tuesday", "wednesday", "thursday", "friday",
     "specifically", "additionally", "separately", "similarly", "currently", "recently", "previously",
     "furthermore", "moreover", "notably", "instead", "overall", "finally", "initially", "subsequently",
     "eventually", "reportedly", "allegedly", "unfortunately", "importantly", "former", "firstly", "secondly",
     "thirdly", "lastly",
     "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "another", "one", "two", "three", "four", "five",
     "among", "inside", "outside", "near", "across", "between", "until", "to", "what", "who", "where",
     "why", "how", "no", "not", "only", "more", "such", "each", "every", "mr", "mrs", "ms", "dr",
     "mr.", "mrs.", "ms.", "dr.", "investigators", "prosecutors", "rescuers", "survivors", "victims",
     "families", "relatives", "witnesses", "residents", "workers", "lawmakers", "critics", "analysts",
     "experts", "activists", "researchers", "observers", "sources", "reports", "documents", "records",
     "photos", "videos", "footage", "satellite", "breaking", "update", "editor", "editorial", "opinion",
     "translation", "translated", "note", "read", "related", "advertisement", "photo", "video", "file",
     # the rest of the English prepositions, which open a sentence as the ones above do ("Through
     # its embassy in Lotville, the cabinet announced ...")
     "through", "via", "despite", "amid", "amidst", "upon", "throughout", "toward", "towards", "within",
     "beyond", "alongside", "besides", "regarding", "concerning", "following", "against", "unlike", "per",
     "into", "onto", "over", "around", "about", "above", "below", "behind", "beside", "except",
     # the rest of the small cardinal numbers, which open a sentence as "one" to "five" above do
     "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
     "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "dozens",
     # a sentence's opening quantifier: "Various government agencies"
     "various", "numerous", "multiple",
     "initial", "preliminary",  # ("Initial police investigation found ...")
     # an opening word of suspicion, never a name: "Suspected scam compound workers arrested ..."
     "suspected", "alleged",
     # a sentence's opening participle of citing or speaking: "Citing police surveillance, the court ..."
     "citing", "quoting", "referring", "responding", "speaking", "commenting",
     "head"}  # a title opening a body's run: "X, Head of District Immigration and Population Department"
)
AFTER_PERSON = frozenset({"said", "says", "told", "added", "stated", "who", "explained", "noted",
                           "warned", "wrote", "confirmed", "announced", "claimed", "insisted", "argued",
                           "urged", "denied", "testified", "was", "is", "has", "had", "led", "visited",
                           "met", "accompanied", "joined", "fled", "allegedly", "reportedly",
                           "guilty"})  # ("the court found Maria Lontoc guilty of trafficking")
BEFORE_PERSON = frozenset({"said", "says", "according", "by", "including", "named", "suspect", "identified",
                            "arrested", "detained", "charged", "deported", "sentenced", "extradited", "indicted",
                            "defendant", "accused", "told", "ringleader", "businessman", "businesswoman",
                            "tycoon", "fugitive", "counterpart", "national",  # "Thai national Chamu Sawang"
                            "convicted", "jailed", "acquitted", "executed",
                            "sentencing", "jailing", "defendants",  # ("read out its ruling, sentencing X to life")
                            "trafficker", "kingpin", "mastermind", "recruiter", "smuggler", "broker"})  # "key trafficker X"
POSSESSIVE_NAMES = frozenset({"people", "peoples", "prosecutors", "prosecutor", "workers", "women", "children",
                              "lawyers", "attorney", "commissioner", "ombudsman", "general", "minister", "governor"})
# ("U.S. Attorney's Office", "the Prosecutor General's Office", "the Chief Minister's Office")
ORG_NOUNS = frozenset({"firm", "company", "conglomerate", "group", "charity", "ngo", "organisation",
                        "organization", "platform", "exchange", "syndicate", "gang", "developer", "operator",
                        "bank", "casino operator", "network"})
#: Nouns for a news outlet before its name: "the online news portal VOD", "broadcaster KBS".
MEDIA_NOUNS = frozenset({"outlet", "portal", "broadcaster", "newspaper", "daily", "website", "channel", "tabloid",
                         "magazine", "wire"})
#: Words before an acronym that make it the outlet spoken to: "told DVB", "according to AFP".
TOLD_TO = frozenset({"told", "to"})
#: Words after a name that make it an airline: "a Nok Air flight".
FLIGHT_WORDS = frozenset({"flight", "flights", "plane", "planes", "aircraft", "jet", "jets"})
#: Words of a title before its role word: "National Police Chief", "Deputy Provincial Governor".
TITLE_MODIFIERS = frozenset({"national", "provincial", "deputy", "senior", "chief", "acting", "former", "regional",
                              "district", "general", "assistant", "vice", "first", "second",
                              "joint", "additional", "adjunct"})  # ("Joint Commissioner of Police", India's ranks)
#: Military and police ranks written out in full: a rank that opens a name after another title
#: ("police spokesperson General Chhay Kim Khouen") is the person's rank, not a part of the name.
#: Lower-case particles inside a person's name: "Eduardo de Vega", "Ahmad bin Ali", and the second
#: particle of "de la Cruz", "van der Berg".
NAME_PARTICLES = frozenset({"de", "del", "dela", "da", "dos", "van", "von", "bin", "binti"})
SECOND_PARTICLES = frozenset({"la", "los", "las", "der", "den"})
RANK_WORDS = frozenset({"general", "colonel", "lieutenant", "major", "brigadier", "captain", "sergeant", "admiral"})
#: Words that qualify an administrative kind and name no place alone ("Special Region 4", "Tibet
#: Autonomous Region": Tibet's)
#: Words that put a post or a citizenship in the past ("a former judge", "an ex-Chinese citizen")
FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "onetime", "one-time"})
ADMINISTRATIVE_QUALIFIERS = frozenset({"special", "autonomous", "administrative", "self-administered"})
PLACE_WORDS = frozenset({"province", "city", "district", "town", "township", "state", "region", "village",
                          "county", "municipality", "commune", "ward", "north", "south", "east", "west", "new"})
#: (gazetteer/agency_lower_heads.tsv)
AGENCY_LOWER_HEADS = frozenset(row[0] for row in gz.rows("agency_lower_heads.tsv"))
#: Nouns that make the agency words before them a modifier (gazetteer/agency_member_nouns.tsv).
AGENCY_MEMBER_NOUNS = frozenset(row[0] for row in gz.rows("agency_member_nouns.tsv"))
#: A person noun before a comma and a name in apposition: "the 41-year-old Indonesian man, | Budi Santoso".
APPOSED_PEOPLE = frozenset({"man", "woman", "national", "citizen", "businessman", "businesswoman", "suspect",
                            "victim", "worker", "recruiter", "survivor", "resident", "boy", "girl",
                            "mastermind", "ringleader", "kingpin", "accused", "defendant", "trafficker", "fugitive",
                            "detainee", "agent", "broker", "employee"})

#: Words of world geography, of unions of states, of holidays and of media: never part of a
#: person's name ("Southeast Asia, three months ago", "the United Nations said").
NOT_NAME_WORDS = frozenset({"asia", "africa", "europe", "america", "americas", "oceania", "pacific", "atlantic",
                            "southeast", "northeast", "southwest", "northwest", "nations", "union", "kingdom",
                            "emirates", "republic", "continent",
                            # a minister's portfolio, which a title follows or opens: "Foreign Affairs |
                            # Minister X", "Minister of Security and | Border Affairs", "Expatriates Welfare"
                            "affairs", "welfare", "intelligence", "terrorism", "security",
                            # peoples of a region ("the 16 East Africans"): a group, no one's name
                            "africans", "asians", "europeans",
                            # a holiday or a day of the calendar ("two weeks before Christmas Day", "on
                            # Labour Day") and a medium's common noun ("on Apple Podcast", "MI Radio"):
                            # closed classes of things, no person's name
                            "day", "christmas", "easter", "ramadan", "songkran", "diwali", "holiday",
                            "holidays", "podcast", "podcasts", "radio",
                            # a page's picture slots ("Content Partner Cover Image", "Profile Photo")
                            "image", "images", "photo", "photos", "thumbnail", "logo", "icon", "avatar", "banner"})
#: Words of continents and compass regions: a name holding one is a part of the world, no Location.
REGION_WORDS = frozenset({"asia", "asian", "africa", "african", "europe", "european", "america", "americas",
                          "american", "oceania", "pacific", "atlantic", "southeast", "northeast", "southwest",
                          "northwest"})
#: Words that open an alias: "(aka Boss Li)", "alias Boss Li"
ALIAS_WORDS = frozenset({"aka", "a.k.a.", "a.k.a", "alias"})
