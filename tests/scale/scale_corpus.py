"""A small invented corpus for the scale-out tests, and a snapshot of what a run left in the store.

The texts are made up for these tests: incidents reported twice (so cross-article merges happen,
some across partitions), an exact duplicate text, a malformed line and a record without text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.pipeline import RunSummary
from sitrep.store import open_store

EXAMPLES = Path(__file__).parents[2] / "src" / "sitrep" / "data" / "examples"

RECORDS: list[dict[str, str] | str] = [
    {"id": "a1", "published": "2026-04-06", "text": "Gunmen on motorcycles shot dead two policemen guarding "
     "a polio vaccination team in Dera Ismail Khan on Sunday, police said. The attackers fled after the "
     "shooting near the city's bus terminal, a police spokesman said. No group claimed the attack."},
    {"id": "c1", "published": "2026-04-12", "text": "Hundreds of farmers blocked the main highway in Hyderabad "
     "on Saturday to protest against water shortages, police said. The protest ended peacefully in the "
     "evening after talks with the district administration."},
    {"id": "b1", "published": "2026-04-09", "text": "A bomb hidden in a vegetable cart exploded in a crowded "
     "market in Khuzdar on Wednesday, killing six people and wounding 14, the deputy commissioner said. "
     "Police cordoned off the area and collected evidence from the site."},
    "",
    {"id": "e1", "published": "2026-04-17", "text": "The provincial government announced a new budget for "
     "schools in Peshawar on Friday, promising 200 new classrooms and the repair of old buildings."},
    {"id": "a2", "published": "2026-04-07", "text": "Police in Dera Ismail Khan said on Monday that two "
     "officers escorting polio workers were killed when unidentified gunmen opened fire on Sunday near "
     "the bus terminal. A search operation was launched in nearby villages."},
    '{"id": "broken", "text": "cut short',
    {"id": "d1", "published": "2026-04-14", "text": "Security forces killed five militants in an "
     "intelligence-based operation in Tank district on Monday, the military's media wing said. Two "
     "soldiers were wounded in the exchange of fire."},
    {"id": "notext", "title": "A record without its article"},
    {"id": "b2", "published": "2026-04-10", "text": "The death toll from Wednesday's market blast in Khuzdar "
     "rose to eight after two of the wounded died in hospital, officials said on Thursday. The bomb had "
     "been hidden in a vegetable cart."},
    {"id": "f1", "published": "2026-04-18", "text": "Two children were killed when a mortar shell landed on "
     "their house in Kurram district on Thursday, local officials said."},
    {"id": "e1-again", "published": "2026-04-17", "text": "The provincial government announced a new budget "
     "for schools in Peshawar on Friday, promising 200 new classrooms and the repair of old buildings."},
    {"id": "d2", "published": "2026-04-15", "text": "Five militants were killed and two soldiers injured "
     "during a raid on a hideout in Tank on Monday, the military said in a statement on Tuesday."},
]
PARTITION_SIZE = 700  # bytes: the JSON Lines file is cut into several ranges, the examples grouped


def write_corpus(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "news.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r) for r in RECORDS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(path), str(EXAMPLES)]


@dataclass(frozen=True)
class Snapshot:
    counts: tuple[int, int, int, int]  # articles, events, merged, duplicates
    rejects: tuple[tuple[str, int | None, str], ...]
    events: tuple[tuple[Any, ...], ...]  # key fields of every stored event, by id
    members: tuple[tuple[str, tuple[str, ...]], ...]  # merged event -> its records
    articles: tuple[str, ...]


KEY_FIELDS = ("event_id", "article_id", "article_ids", "event_type", "sub_event_type", "event_date",
              "country", "admin1", "location", "actor1", "actor2", "fatalities", "injuries", "sources")


def snapshot(summary: RunSummary, db: str) -> Snapshot:
    with open_store(db) as store:
        events = list(store.iter_events())
        members = tuple((e.event_id, tuple(m.member_id for m in store.event_members(e.event_id)))
                        for e in events)
        with store.engine.connect() as conn:  # type: ignore[attr-defined]
            articles = tuple(sorted(r[0] for r in conn.exec_driver_sql("SELECT id FROM articles")))
    return Snapshot(
        (summary.articles, summary.events, summary.merged, summary.duplicates),
        tuple((r.path, r.line, r.code) for r in summary.rejects),
        tuple(tuple(getattr(e, f) for f in KEY_FIELDS) for e in events),
        tuple(m for m in members if m[1]),
        articles,
    )
