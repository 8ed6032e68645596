"""Pure parts of fetching and watching: URL identity, feed detection, robots rules, watch keys
and which new facts a watch picks."""

from __future__ import annotations

import pytest
from protego import Protego

from scamgraph.fetch.cache import canonical_url, content_hash
from scamgraph.fetch.client import Client
from scamgraph.fetch.feeds import feed_entries, looks_like_feed
from scamgraph.watch import Watch, WatchError, hits, target_key


def test_one_canonical_url_per_page() -> None:
    same = {canonical_url(u) for u in ("https://Example.org/news/a/", "https://example.org/news/a?utm_medium=rss",
                                         "https://example.org:443/news/a#comments", "https://example.org/news/a?fbclid=x")}
    assert same == {"https://example.org/news/a"}
    assert canonical_url("https://example.org/a?id=2") != canonical_url("https://example.org/a?id=3")


def test_content_hash_ignores_layout_whitespace_only() -> None:
    assert content_hash("Police raided\n  the compound.") == content_hash("Police raided the compound.")
    assert content_hash("57 arrested") != content_hash("75 arrested")


def test_feeds_are_told_from_pages_and_read() -> None:
    rss = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><link>/a</link></item></channel></rss>'
    assert looks_like_feed("application/xml", rss) and looks_like_feed("", rss)
    assert not looks_like_feed("text/html", b"<html><body>rss</body></html>")
    assert [e.link for e in feed_entries(rss)] == ["/a"]
    with pytest.raises(ValueError, match="not a readable RSS/Atom feed"):
        feed_entries(b"<?xml version='1.0'?><rss <<< not xml")


def test_robots_rules_are_applied_to_our_agent() -> None:
    client = Client(delay_s=0)
    client._robots["https://example.org"] = Protego.parse("User-agent: scamgraph\nDisallow: /private/\n")
    assert client.allowed("https://example.org/news/a")
    assert not client.allowed("https://example.org/private/b")


def test_watch_keys_from_keys_identifiers_and_names() -> None:
    assert target_key("Person:kim-seok-ki") == "person:kim-seok-ki"
    assert target_key("+855 12 345 678") == "identifier:phone-85512345678"
    assert target_key("Zhang Wei", find_name=lambda name: ["person:zhang-wei"]) == "person:zhang-wei"
    with pytest.raises(WatchError, match="names 2 entities"):
        target_key("Kim", find_name=lambda name: ["person:kim-a", "person:kim-b"])
    with pytest.raises(WatchError, match="not a key"):
        target_key("nobody", find_name=lambda name: [])


def test_hits_are_the_new_facts_that_touch_a_watched_key() -> None:
    facts = [
        {"source": "site:golden-lotus", "source_name": "Golden Lotus", "type": "USES",
         "target": "identifier:phone-85512345678", "target_name": "phone:+85512345678", "quote": "used the number"},
        {"source": "event:raid", "source_name": "raid", "type": "DETAINED", "target": "nationality:ID",
         "target_name": "Indonesia", "quote": "detained 41"},
    ]
    found = hits([Watch("identifier:phone-85512345678", why="flyer")], facts)
    assert [(h["watched"], h["why"], h["quote"]) for h in found] == [("identifier:phone-85512345678", "flyer", "used the number")]
    assert hits([Watch("person:nobody")], facts) == []
