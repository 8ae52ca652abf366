from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.conftest import FIXTURES, read


def test_webpage_main_text_and_metadata() -> None:
    [a] = read([str(FIXTURES / "page.html")])
    assert a.title == "Bomb kills three in Quetta market"
    assert a.published == date(2026, 2, 3)
    assert a.publisher == "Example Post"
    assert a.url == "https://example.org/news/quetta-market"
    assert a.text.startswith("QUETTA: A bomb")  # headline not repeated, navigation dropped
    assert "Home" not in a.text and "Copyright" not in a.text
    assert a.dateline == "QUETTA"


@pytest.mark.parametrize("markup", [
    "<html><head><title>Nothing here</title></head></html>",
    "<html><body><script>var x = 1;</script></body></html>",
    "<html><body></body></html>",
])
def test_webpage_without_text_is_rejected(write, markup) -> None:
    [r] = read([write("empty.html", markup)])
    assert r.code in ("S105", "S101")
    assert r.path.endswith("empty.html")
