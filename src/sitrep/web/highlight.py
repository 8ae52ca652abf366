"""Article text with evidence spans marked, safe against any HTML in the text.

The text is cut at every span boundary; each piece is escaped on its own (markupsafe) and only the
`<mark>` tags around it are ours, so a `<script>` in an article stays text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str  # what the span supports: an Event field name, or "claim-<n>"


def clip_spans(spans: Iterable[Span], length: int) -> list[Span]:
    """Spans inside [0, length) with start < end; a bad offset from a store is dropped, not fatal."""
    out = []
    for s in spans:
        start, end = max(0, s.start), min(length, s.end)
        if start < end:
            out.append(Span(start, end, s.label))
    return out


def segments(text: str, spans: Iterable[Span]) -> list[tuple[str, tuple[str, ...]]]:
    """(piece of text, labels covering it) in order; overlapping spans give pieces with many labels."""
    spans = clip_spans(spans, len(text))
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        labels = tuple(sorted({s.label for s in spans if s.start <= a and b <= s.end}))
        out.append((text[a:b], labels))
    return out


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """HTML for `text` with each evidence piece in `<mark class="ev" data-fields="...">`."""
    parts: list[str] = []
    for piece, labels in segments(text, spans):
        if labels:
            parts.append(f'<mark class="ev" data-fields="{escape(" ".join(labels))}">'
                         f"{escape(piece)}</mark>")
        else:
            parts.append(str(escape(piece)))
    return Markup("".join(parts))
