from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.conftest import FIXTURES, articles, read, rejects


def test_feed_rss_entries_and_broken_entries() -> None:
    items = read([str(FIXTURES / "feed.rss")])
    r1, r3 = articles(items)
    assert (r1.id, r1.title, r1.publisher, r1.published, r1.dateline) == (
        "https://example.org/r1", "Militants attack post", "Example Wire", date(2026, 2, 3), "BANNU")
    assert "<p>" not in r1.text and "\n\nFour attackers" in r1.text  # HTML stripped, paragraphs kept
    assert r3.id == "https://example.org/r3" and r3.published is None  # unreadable date dropped, entry kept
    assert [(r.code, r.line) for r in rejects(items)] == [("S106", 2), ("S107", 3)]
    assert "entry 2" in rejects(items)[0].reason


def test_feed_atom_uses_published_local_day() -> None:
    [a] = read([str(FIXTURES / "feed.atom")])
    assert (a.id, a.url, a.published, a.publisher) == (
        "urn:example:e1", "https://example.org/e1", date(2026, 2, 2), "Example Atom")


def test_feed_not_well_formed_still_yields_entries() -> None:
    items = read([str(FIXTURES / "broken-feed.xml")])
    assert [a.id for a in articles(items)] == ["b1"]
    assert [(r.code, r.line) for r in rejects(items)][0] == ("S105", None)


def test_feed_sniffed_without_extension(write) -> None:
    path = write("wirefeed", (FIXTURES / "feed.atom").read_bytes())
    assert [a.id for a in articles(read([path]))] == ["urn:example:e1"]


def test_feed_xml_that_is_not_a_feed_is_rejected(write) -> None:
    [r] = read([write("config.xml", "<?xml version='1.0'?><config><a>1</a></config>")])
    assert r.code in ("S105", "S101")


RSS = ('<?xml version="1.0"{decl}?><rss version="2.0"><channel><title>Enc</title><item><guid>e1</guid>'
       "<description>The caf\u00e9\u2019s owner said police had arrested two men after a robbery in the old city "
       "on Friday night.</description></item></channel></rss>")


@pytest.mark.parametrize(("decl", "encoding", "bom"), [
    (' encoding="utf-8"', "utf-8", b""),
    ("", "utf-8", b"\xef\xbb\xbf"),
    (' encoding="windows-1252"', "cp1252", b""),
    ("", "cp1252", b""),  # undeclared cp1252: feeds in the wild do this
    (' encoding="utf-16"', "utf-16-le", b"\xff\xfe"),
])
def test_feed_encodings(write, decl, encoding, bom) -> None:
    items = read([write("enc.rss", bom + RSS.format(decl=decl).encode(encoding))])
    [a] = articles(items)
    assert a.text.startswith("The caf\u00e9\u2019s owner")
    assert not rejects(items)
