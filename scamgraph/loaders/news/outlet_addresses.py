"""The outlet's own e-mail addresses, which a page prints around its story: a reporter's under the
wire's end mark ("mjchoi@koreawire.co.kr / (END)"), a desk's in a call to the reader ("Have a story
to tell? Email features@example.co.ke"), any address at the outlet's own domain. None is an address
a scam uses."""

from __future__ import annotations

import re

from scamgraph.loaders.identifiers import Found, registered_domain
from scamgraph.loaders.text import Article

#: A line that ends a wire story: "(END)", "END", "###", "-30-"
_END_MARK = re.compile(r"\s*(?:\(END\)|END|#{3}|-30-)\s*(?:\n|$)")
#: An imperative that opens a line or a sentence and asks the reader to write: "Email x@", "Write to x@"
_WRITE_TO = re.compile(r"(?:^|[\n.?!]\s*)(?:e-?mail|write to|contact|send (?:it|them|your \w+) to)"
                       r"(?: us)?(?: at)?:?\s*$", re.I)


def outlet_address(article: Article, item: Found) -> bool:
    """The e-mail address ``item`` is the outlet's: at the domain of its page or named after it, an
    imperative's to the reader, or alone on its line over the wire's end mark."""
    if item.kind != "email":
        return False
    domain = registered_domain(item.value.partition("@")[2]) or ""
    own = registered_domain(article.url) if article.url else None
    if own is not None and domain == own or _named_after(domain, article.outlet):
        return True
    text = article.text
    if _WRITE_TO.search(text, max(0, item.start - 40), item.start):
        return True
    line_start = text.rfind("\n", 0, item.start) + 1
    line_end = text.find("\n", item.end)
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start:item.start].strip() and not text[item.end:line_end].strip()
    return alone and _END_MARK.match(text, line_end) is not None


def _named_after(domain: str, outlet: str) -> bool:
    """The domain's first label spells the outlet's name, spaces and "The" left out ("koreawire.co.kr",
    "Korea Wire")."""
    name = re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", outlet.lower()))
    return len(name) >= 4 and domain.split(".")[0] == name
