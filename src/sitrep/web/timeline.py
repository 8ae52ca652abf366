"""Events and fatalities per day, week or month by event type, and the SVG charts of them.

The charts are drawn here as SVG text (every label escaped), so the page needs no script library.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Literal

from markupsafe import Markup, escape

from sitrep.model import Event
from sitrep.web.display import colour_for

Bucket = Literal["day", "week", "month"]
MAX_BUCKETS = 3000


def bucket_start(d: date, by: Bucket) -> date:
    if by == "week":
        return d - timedelta(days=d.weekday())  # weeks start on Monday (ISO)
    if by == "month":
        return d.replace(day=1)
    return d


def next_bucket(d: date, by: Bucket) -> date:
    if by == "week":
        return d + timedelta(days=7)
    if by == "month":
        return (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return d + timedelta(days=1)


def _event_day(e: Event) -> date | None:
    return e.event_date or e.date_start


def aggregate(events: Iterable[Event], by: Bucket) -> dict[str, Any]:
    """Buckets from the first to the last event (empty ones included) with counts per type."""
    counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    deaths: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    types: set[str] = set()
    undated = 0
    for e in events:
        day = _event_day(e)
        if day is None:
            undated += 1
            continue
        b = bucket_start(day, by)
        counts[b][e.event_type] += 1
        deaths[b][e.event_type] += e.fatalities or 0
        types.add(e.event_type)
    buckets = []
    if counts:
        cur, last = min(counts), max(counts)
        while cur <= last and len(buckets) < MAX_BUCKETS:
            buckets.append({"start": cur.isoformat(), "events": dict(counts.get(cur, {})),
                            "fatalities": dict(deaths.get(cur, {}))})
            cur = next_bucket(cur, by)
    return {"by": by, "types": sorted(types), "buckets": buckets, "undated": undated,
            "truncated": bool(counts) and len(buckets) >= MAX_BUCKETS,
            "total_events": sum(sum(c.values()) for c in counts.values()),
            "total_fatalities": sum(sum(c.values()) for c in deaths.values())}


def _nice_max(value: int) -> int:
    """A round axis top at or above `value`."""
    if value <= 5:
        return max(value, 1)
    step = 10 ** (len(str(value)) - 1)
    for m in (1, 2, 2.5, 5, 10):
        if value <= m * step:
            return int(m * step)
    return value


def stacked_bars_svg(data: dict[str, Any], key: str, title: str, *, width: int = 960,
                     height: int = 240) -> Markup:
    """A stacked bar chart of `key` ("events" or "fatalities") per bucket, one colour per type."""
    left, right, top, bottom = 48, 12, 24, 36
    buckets, types = data["buckets"], data["types"]
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _nice_max(max((sum(b[key].values()) for b in buckets), default=0))
    bar_w = plot_w / max(len(buckets), 1)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
             f'<text x="{left}" y="15" class="chart-title">{escape(title)}</text>']
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">'
                     f'{top_value * frac:g}</text>')
    for i, b in enumerate(buckets):
        parts.append(_bar(b, key, types, left + i * bar_w, bar_w, top + plot_h, plot_h / top_value))
    parts.extend(_x_labels(buckets, left, bar_w, height - bottom + 16))
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar(bucket: dict[str, Any], key: str, types: list[str], x: float, bar_w: float,
         base: float, scale: float) -> str:
    out, y = [], base
    for t in types:
        n = bucket[key].get(t, 0)
        if not n:
            continue
        h = n * scale
        y -= h
        out.append(f'<rect x="{x + bar_w * 0.1:.1f}" y="{y:.1f}" width="{max(bar_w * 0.8, 0.5):.1f}" '
                   f'height="{h:.1f}" fill="{colour_for(t)}"><title>{escape(bucket["start"])} · '
                   f'{escape(t)}: {n}</title></rect>')
    return "".join(out)


def _x_labels(buckets: list[dict[str, Any]], left: float, bar_w: float, y: float) -> list[str]:
    if not buckets:
        return [f'<text x="{left}" y="{y}" class="tick">no dated events</text>']
    step = max(1, len(buckets) // 8)
    return [f'<text x="{left + i * bar_w + bar_w / 2:.1f}" y="{y}" class="tick" text-anchor="middle">'
            f'{escape(buckets[i]["start"])}</text>' for i in range(0, len(buckets), step)]
