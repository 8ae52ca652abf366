from __future__ import annotations

import pytest

from sitrep.web.highlight import Span, clip_spans, highlight, segments


def test_highlight_segments_split_at_every_boundary() -> None:
    text = "four constables killed"
    got = segments(text, [Span(0, 4, "fatalities"), Span(0, 15, "actor2")])
    assert got == [("four", ("actor2", "fatalities")), (" constables", ("actor2",)),
                   (" killed", ())]


def test_highlight_marks_span_and_escapes_everything_else() -> None:
    text = 'a <script>alert(1)</script> b <img src=x onerror="alert(2)"> c'
    start = text.index("<img")
    html = str(highlight(text, [Span(start, text.index(">", start) + 1, "actor1")]))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<mark class="ev" data-fields="actor1">&lt;img src=x onerror=&#34;alert(2)&#34;&gt;</mark>' in html


def test_highlight_escapes_labels() -> None:
    html = str(highlight("abc", [Span(0, 3, '"><script>')]))
    assert "<script>" not in html and 'data-fields="&#34;&gt;&lt;script&gt;"' in html


@pytest.mark.parametrize("span,expected", [
    (Span(-5, 2, "x"), [Span(0, 2, "x")]),
    (Span(8, 50, "x"), [Span(8, 10, "x")]),
    (Span(4, 4, "x"), []),
    (Span(7, 3, "x"), []),
    (Span(20, 30, "x"), []),
])
def test_highlight_clip_spans_drops_bad_offsets(span: Span, expected: list[Span]) -> None:
    assert clip_spans([span], 10) == expected


def test_highlight_text_without_spans_is_escaped_text() -> None:
    assert str(highlight("x & y < z", [])) == "x &amp; y &lt; z"
