"""Time cross-article resolution on synthetic events (dev tool; no model, no network).

    PYTHONPATH=src python tools/bench_resolve.py [--events 100000] [--store 10000] [--seed 1]

Synthetic incidents are spread over countries, provinces and three years of days (--countries
sets how dense a block is); each is reported by 1-4 records with jittered place,
a date sometimes a day off, differing tolls and sometimes a coarser place. Prints records/second
and pairwise precision/recall against the synthetic truth, for the in-memory resolver and, with
--store N, for the incremental path into a temporary SQLite store (as `sitrep extract` runs it).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sitrep.model import Article, Claim, Event
from sitrep.resolve.incremental import StoreResolver
from sitrep.resolve.merge import Resolver
from sitrep.resolve.score import score_pairs
from sitrep.store import open_store

PROVINCES = 6
DAYS = 3 * 365
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Riots", "Mob violence")]
ACTORS = ["Military Forces", "Police Forces", "Militia A", "Militia B", "Militia C", None]


@dataclass(frozen=True, slots=True)
class Incident:
    key: str
    country: int
    province: int
    day: date
    lat: float
    lon: float
    kind: int
    actor: str | None
    killed: int


def incidents(n: int, countries: int, rng: random.Random) -> list[Incident]:
    start = date(2022, 1, 1)
    out = []
    for i in range(n):
        c, p = rng.randrange(countries), rng.randrange(PROVINCES)
        out.append(Incident(f"i{i}", c, p, start + timedelta(days=rng.randrange(DAYS)),
                            10 + c * 3 + p * 0.5 + rng.random() * 0.5, 60 + rng.random() * 3,
                            rng.randrange(len(TYPES)), rng.choice(ACTORS), rng.randrange(0, 30)))
    return out


def report(inc: Incident, n: int, rng: random.Random) -> Event:
    """One article's record of `inc`: place jitter, a day off now and then, its own toll."""
    art = f"{inc.key}-a{n}"
    day = inc.day + timedelta(days=1 if rng.random() < 0.1 else 0)
    coarse = rng.random() < 0.2
    killed = max(0, inc.killed + rng.randrange(-2, 3))
    etype, sub = TYPES[inc.kind]
    claim = Claim("killed", killed, killed, killed, "people", "unknown", None, 0, 2, 0, 9, article_id=art)
    return Event(event_id=f"{art}-e", article_id=art, event_type=etype, sub_event_type=sub,
                 disorder_type="Political violence", event_date=day, date_start=day, date_end=day,
                 time_precision=1, country=f"Country {inc.country}", iso3=f"C{inc.country:02d}",
                 admin1=f"Province {inc.province}", location=f"Town {inc.key}",
                 latitude=inc.lat + rng.uniform(-0.05, 0.05), longitude=inc.lon + rng.uniform(-0.05, 0.05),
                 geo_precision=3 if coarse else 1, actor1=inc.actor and f"{inc.actor} of C{inc.country}",
                 claims=(claim,), fatalities=killed, sources=(f"outlet {n}",), article_ids=(art,))


def synthetic(records: int, countries: int, seed: int) -> tuple[list[Event], dict[str, str]]:
    rng = random.Random(seed)
    events: list[Event] = []
    for inc in incidents(records // 2 + 50, countries, rng):  # 2.5 reports each: enough records
        events.extend(report(inc, n, rng) for n in range(rng.randint(1, 4)))
    rng.shuffle(events)
    events = events[:records]
    return events, {e.article_id: e.article_id.rsplit("-", 1)[0] for e in events}


def bench_memory(events: list[Event], truth: dict[str, str]) -> None:
    t = time.perf_counter()
    resolver = Resolver()
    home: dict[str, str] = {}
    for ev in events:
        home[ev.article_id] = resolver.add(ev).event_id
    secs = time.perf_counter() - t
    clusters = {a: _root(resolver, e) for a, e in home.items()}
    print(f"in memory: {len(events)} records -> {len(resolver.events)} events in {secs:.1f} s "
          f"({len(events) / secs:,.0f} records/s); {score_pairs(truth, clusters).summary()}")


def _root(resolver: Resolver, event_id: str) -> str:
    return resolver._member_of.get(event_id, event_id)  # noqa: SLF001  (bench reads the map)


def bench_store(events: list[Event], truth: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        resolver = StoreResolver(store)
        t = time.perf_counter()
        for ev in events:
            article = Article(id=ev.article_id, text="")
            fresh = resolver.unseen([ev])
            store.save_article(article, [ev])
            resolver.resolve(article, fresh)
        secs = time.perf_counter() - t
        home = store.incidents_of(e.event_id for e in events)
        clusters = {e.article_id: home[e.event_id] for e in events}
        print(f"store (SQLite, incremental): {len(events)} records -> {store.count_events()} events "
              f"in {secs:.1f} s ({len(events) / secs:,.0f} records/s); "
              f"{score_pairs(truth, clusters).summary()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", type=int, default=0, help="also resolve this many records through SQLite")
    ap.add_argument("--countries", type=int, default=20, help="fewer countries: denser blocks")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    events, truth = synthetic(args.events, args.countries, args.seed)
    per_block = args.events / (args.countries * DAYS)
    print(f"{args.events} records over {args.countries} countries x {DAYS} days "
          f"({per_block:.1f} records per country and day)")
    bench_memory(events, truth)
    if args.store:
        sub, sub_truth = synthetic(args.store, args.countries, args.seed)
        bench_store(sub, sub_truth)


if __name__ == "__main__":
    main()
