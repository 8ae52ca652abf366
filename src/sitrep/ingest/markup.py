"""HTML fragments (feed summaries and content) to plain text, one paragraph per block element."""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                   "blockquote", "section", "article", "header", "footer", "pre", "hr", "dd", "dt", "figcaption"})
SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """Visible text of an HTML fragment: spaces collapsed, blocks as paragraphs separated by a blank line."""
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
