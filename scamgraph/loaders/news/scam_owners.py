"""Which organizations of a sentence run the scams it names.

A sentence that names a scam and an organization says the organization runs it, unless the
organization only tells of scams (an outlet, a rights group, a university), carries people (an
airline before "flight": "boarded a Viet Jet flight"), or acts against them in the sentence: an
armed group that raided compounds, freed their workers, handed the victims over, banned the scams,
took action against them, took people into custody or means to end them ("the DKBA raided the camps
and freed 261 victims of trafficking", "scams are prohibited in areas the party controls", "the
militia's first action against scamming gangs", "the armed group arrested 300 fraud suspects", "it
would shut down scam operations in its area") fights the scams; it does not run them. One that says
it knows of or tolerates the scams in its area ("the militia is aware of fraud rings there") tells
what it allows, not that it runs them. Sanctions name no act of the organization, so a sanctioned
group still runs the scams the sentence names. A scam told in another clause than a site's
("smuggled into X, where they now wait close to a compound") is not the site's. A state's detention
centre ("Bangkok's Immigration Detention Centre") is a site where rescued workers wait, never one
where scams are run, nor the site a story's workers' scams are told of. A scam told as a charge laid
on people or a harm they suffered ("filed trafficking charges against its manager", "victims of
trafficking rescued from the hub") is what people did or suffered, not the site's trade.
"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.vocabulary import FLIGHT_WORDS
from scamgraph.model import Node

__all__ = ["apart_from_site", "detention_site", "generic_fallback", "organizations_running_scams", "run_by_workers",
           "scam_sites"]

#: Kinds of organization that tell of scams rather than run them
_REPORTERS = frozenset({"media", "ngo", "academic"})  # (a university studies scams)
#: Words before a name that make it an organization telling of scams: "rights group Licadho"
_ADVOCATES = frozenset({"rights", "ngo", "charity", "advocacy", "watchdog", "nonprofit", "non-profit", "campaign"})
#: Words of acting against scams or for their victims: raids, rescues, handovers, bans, returns home
_AGAINST = frozenset({"raided", "raid", "raids", "raiding", "rescued", "rescue", "rescuing", "freed", "frees",
                      "freeing", "crackdown", "crackdowns", "handed", "hands", "prohibited", "prohibits", "prohibit",
                      "banned", "bans", "combat", "combating", "combatting", "repatriate", "repatriated",
                      "repatriating", "repatriation",
                      # (the raid words of ``EVENT_TRIGGERS``: "the armed group searched buildings used by scam gangs")
                      "searched", "searching", "stormed", "storming", "swooped", "sweep", "sweeps", "swept",
                      # ("the KNU is now interrogating compound managers and human traffickers": it questions them)
                      "interrogating", "interrogated", "interrogate", "questioning", "questioned"})
#: Words of taking people into custody or sending them away: an organization named before one acts
#: against the scams ("the armed group reports it arrested 300 fraud suspects"); one
#: named after it is whose people were taken ("police arrested members of a gang that runs scams")
_CUSTODY = frozenset({"arrested", "arresting", "detained", "detaining", "deported", "deporting", "expelled",
                      # ("the army transferred 48 Vietnamese engaged in internet fraud to Vietnam": their scams)
                      "transferred", "transferring", "transfers", "escorted", "seized", "seizing", "captured"})
#: Nouns of a move made "against" someone: "took action against the gangs", "its fight against scams"
_MOVES = frozenset({"action", "actions", "measures", "fight", "campaign", "operation", "operations", "war"})
#: Verbs of ending scams: an organization named before one in the active voice means to end them ("the
#: armed group said it would shut down scam operations in its area", "vowed to eradicate fraud");
#: after "was" or "been" the organization is what was ended ("the firm, which ran scams, was shut down")
_ENDING = frozenset({"shut", "shutting", "eradicate", "eradicating", "eliminate", "eliminating", "stamp",
                     "stamping", "suppress", "suppressing", "dismantle", "dismantling", "curb", "curbing",
                     "tackle", "tackling"})
_PASSIVE = frozenset({"was", "were", "been", "be", "being", "is", "are", "get", "got"})


#: Words of knowing of scams or letting them be: an organization named before one says what it knows
#: or allows in its area ("the militia is aware of fraud rings there", "it tolerates them"), not that it
#: runs them
_KNOWING = frozenset({"aware", "unaware", "tolerate", "tolerates", "tolerated", "tolerating", "tolerance"})


#: Last words of a carrier's or a bank's name: a service the people or the money passed through, no scam's runner
_SERVICE_HEADS = frozenset({"airlines", "airline", "airways", "air", "bank"})


def organizations_running_scams(lower: list[str], sent: Span, ents: list[Span], nodes: dict) -> list[Node]:
    """The organizations among ``ents`` (with their ``nodes``) that the sentence ``sent`` says run
    the scams it names."""
    found = [node for e in ents if e.label_ == "ORG" and (node := nodes.get((e.start, e.end))) is not None
             and node.properties.get("kind") not in _REPORTERS
             and _ADVOCATES.isdisjoint(lower[max(0, e.start - 3):e.start])
             and not (e.end < len(lower) and lower[e.end] in FLIGHT_WORDS)
             and lower[e.end - 1] not in _SERVICE_HEADS]  # (a "Philippine Airlines nonstop flight", "Kakao Bank accounts")
    holding = {node.key for e in ents if e.label_ == "ORG" and _holds_the_ground(lower, e.start)
               and (node := nodes.get((e.start, e.end))) is not None}
    found = [node for node in found if node.key not in holding]  # (its acronym in brackets too: one node)
    if not found:
        return []
    words = lower[sent.start:sent.end]  # (the words: only when needed)
    against = "against" in words and any(w == "against" and words[k - 1] in _MOVES for k, w in enumerate(words) if k)
    if not _AGAINST.isdisjoint(words) or against or not {"if", "unless"}.isdisjoint(words):
        return []  # ("if any flats are leased to fraud gangs, the state would seize them": a warning, no finding)
    first = min(e.end for e in ents if e.label_ == "ORG" and nodes.get((e.start, e.end)) in found)
    after = lower[first:sent.end]
    ending = any(w in _ENDING and k and after[k - 1] not in _PASSIVE for k, w in enumerate(after))
    if not _KNOWING.isdisjoint(after):
        return []  # ("the militia says it is aware of fraud rings in its area and tolerates them": no finding)
    return [] if ending or not _CUSTODY.isdisjoint(after) else found


#: Participles of holding land, before "by" and the group that holds it
_HOLDING = frozenset({"controlled", "held", "ruled", "governed", "patrolled", "protected", "occupied"})


def _holds_the_ground(lower: list[str], start: int) -> bool:
    """"villages controlled by the DKBA": the group holds the land the scams spread to; that it
    runs them the sentence does not say."""
    k = start - 1 - (start > 0 and lower[start - 1] == "the")
    return k > 0 and lower[k] == "by" and lower[k - 1] in _HOLDING


#: Last words of a site's name that make it a state's place of detention
_DETENTION_HEADS = ("detention centre", "detention center")


def detention_site(node: Node) -> bool:
    """A site that is a state's detention centre."""
    return node.name.lower().endswith(_DETENTION_HEADS)


def scam_sites(sites: list[Node]) -> list[Node]:
    """The sites among ``sites`` that may run scams: all but detention centres."""
    return [site for site in sites if not detention_site(site)]


#: The scam type that names what was done to a site's workers, not a scam they were made to run
_DONE_TO_WORKERS = frozenset({"human trafficking"})
#: Site nouns in the plural: "lured to casinos or compounds, where they are forced to ..." tells of
#: such places in general
_PLURAL_SITES = frozenset({"compounds", "casinos", "centers", "centres", "hubs", "dens", "complexes", "buildings"})
#: Modal verbs of what might be ("can" tells a site's trade: "where they can be forced to ..."; "may"
#: is a month too)
_MIGHT = frozenset({"would", "could", "might"})
#: Nouns of a study whose findings a sentence cites ("a report by the UN")
_STUDIES = frozenset({"report", "reports", "study", "survey", "research"})
#: Words before a plural site noun that point at sites the story told of ("the compounds", "both hubs")
_POINTING = frozenset({"the", "these", "those", "both", "its", "their", "two", "three", "four", "five"})


def generic_fallback(words: list[str]) -> bool:
    """A sentence (its lower-case ``words``) that names no site tells of no one site when it speaks
    of such places in the plural, cites a study's findings, or tells what might be: its scams are
    not the story's site's."""
    if _PLURAL_SITES.intersection(words) and any(  # (the screen first: most sentences name none)
            w in _PLURAL_SITES and (k == 0 or words[k - 1] not in _POINTING) for k, w in enumerate(words)):
        return True
    if _STUDIES.intersection(words) and any(  # "according to a report by the UN, thousands are forced to ..."
            w in _STUDIES and words[k + 1:k + 2] in (["by"], ["from"]) for k, w in enumerate(words)):
        return True  # a finding of a study, told of the region, not of the story's site
    return not _MIGHT.isdisjoint(words)  # "they would likely end up held by gangs running scams"


def run_by_workers(scams: list[Node]) -> list[Node]:
    """The scams of a sentence about workers that names no site ("victims of trafficking forced to
    run romance scams") that the story's site ran: their trafficking is what brought them there,
    said of the people, not a business of the site."""
    return [scam for scam in scams if scam.name not in _DONE_TO_WORKERS]


#: Words that open a clause or a phrase of another act: a site standing in one, after the scam, is
#: that act's place, not the scam's ("smuggled into X, where they now wait close to a compound",
#: "trafficking counts ... filed following a raid on a hub")
_OTHER_CLAUSES = frozenset({"who", "whom", "whose", "which", "where", "when", "how", "while", "whereas", "because",
                            "following", "after"})
#: Words that, after a site, open a clause telling of something else than the site: the way people
#: came to be there ("freed from a hub in X ... told how a syndicate trafficked them") or a contrast
#: ("while"). A relative clause ("workers who were forced to run scams", "the compound, where
#: workers ran scams") or a ground ("because it ran scams") still tells of the site.
_ASIDE_CLAUSES = frozenset({"how", "while", "whereas"})


#: Words before a scam that make it a charge laid on people or a harm they suffered: "charges of
#: (qualified) trafficking", "charged with fraud", "wanted for trafficking", "victims of trafficking"
_CHARGED_AS = frozenset({("charges", "of"), ("charge", "of"), ("charged", "with"), ("wanted", "for"),
                         ("convicted", "of"), ("victims", "of"), ("victim", "of")})
#: Words after a scam that make it the name of a charge: "human trafficking charges", "fraud cases"
_CHARGE_NOUNS = frozenset({"charge", "charges", "case", "cases", "counts", "offence", "offences", "offense", "offenses"})


def _charge_or_harm(lower: list[str], start: int, end: int) -> bool:
    """The scam at ``start:end`` is told as a charge laid on people or as a harm done to them, never
    as a business a site in its sentence runs (one word, "qualified", may stand before it)."""
    if end < len(lower) and lower[end] in _CHARGE_NOUNS:
        return True
    return any(k >= 2 and (lower[k - 2], lower[k - 1]) in _CHARGED_AS for k in (start, start - 1))


def apart_from_site(lower: list[str], site_at: int | None, scam: Node, ents: list[Span], nodes: dict) -> bool:
    """The ``scam`` (one of the sentence's ``ents``, by their ``nodes``) and the site whose word stands
    at ``site_at`` are told in different clauses of their sentence (its lower-case words ``lower``):
    the scam is not said of the site."""
    scam_ent = next((e for e in ents if e.label_ == "SCAM" and nodes.get((e.start, e.end)) is scam), None)
    if scam_ent is not None and _charge_or_harm(lower, scam_ent.start, scam_ent.end):
        return True  # "filed trafficking charges against its manager", "victims of trafficking rescued from X"
    scam_at = scam_ent.start if scam_ent is not None else None
    if site_at is None or scam_at is None:
        return False  # (a site only referred to, a scam read from two words: nothing to measure)
    if scam_at < site_at:
        return not _OTHER_CLAUSES.isdisjoint(lower[scam_at + 1:site_at])
    return not _ASIDE_CLAUSES.isdisjoint(lower[site_at + 1:scam_at])
