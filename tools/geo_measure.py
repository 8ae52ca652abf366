"""Measure the geoparser on the dev toponym and ACLED sets (for our own loop; sitrep eval is the harness).

    PYTHONPATH=src python tools/geo_measure.py toponyms /work/shared/eval/dev/lgl.jsonl --limit 200
    PYTHONPATH=src python tools/geo_measure.py events /work/shared/eval/dev/acled_bangladesh.jsonl --limit 300

Prints numbers (and with --errors, the misses) to stdout; writes nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

from sitrep.geo import rank
from sitrep.geo.event_place import choose_event_place
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import find_toponyms
from sitrep.model import Article
from sitrep.nlp.build import load_nlp


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl, dp = map(math.radians, (lat1, lat2, lon2 - lon1, lat2 - lat1))
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def rows(path: Path, limit: int, offset: int = 0) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        lines = fh.readlines()[offset:offset + limit]
    return [json.loads(line) for line in lines]


class Timer:
    """Wraps rank.resolve to time resolution apart from spaCy."""

    def __init__(self) -> None:
        self.seconds, self.mentions, self._inner = 0.0, 0, rank.resolve

    def __call__(self, mentions, *, gazetteer):
        t = time.perf_counter()
        out = self._inner(mentions, gazetteer=gazetteer)
        self.seconds += time.perf_counter() - t
        self.mentions += len(mentions)
        return out


def toponyms(args: argparse.Namespace, g: Gazetteer, nlp) -> None:
    import sitrep.geo.geoparse as gp

    timer = Timer()
    gp.resolve = timer
    tp = n_pred = n_gold = 0
    errors: list[float] = []
    by_level: dict[str, list[float]] = {}
    unresolved = 0
    data = rows(args.file, args.limit, args.offset)
    t0 = time.perf_counter()
    geo_seconds = 0.0
    for doc, r in zip(nlp.pipe(x["text"] for x in data), data):
        t1 = time.perf_counter()
        pred = find_toponyms(doc, Article(id=r["id"], text=r["text"]), gazetteer=g)
        geo_seconds += time.perf_counter() - t1
        gold = r["toponyms"]
        n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
        used: set[int] = set()
        for gt in gold:
            j = next((j for j, p in enumerate(pred) if j not in used and p.start < gt["end"] and gt["start"] < p.end), None)
            if j is None:
                if args.errors:
                    print(f"MISS {r['id']} {gt['text']!r}")
                continue
            used.add(j)
            tp += 1
            p = pred[j].place
            if p is None:
                unresolved += 1
                continue
            d = km(p.latitude, p.longitude, gt["latitude"], gt["longitude"])
            errors.append(d)
            by_level.setdefault(p.level, []).append(d)
            if args.errors and d >= 161:
                print(f"FAR {r['id']} {gt['text']!r} -> {p.name}, {p.admin1}, {p.country} ({p.feature_code}) {d:.0f} km")
        if args.errors:
            for j, p in enumerate(pred):
                if j not in used:
                    print(f"EXTRA {r['id']} {p.text!r}")
    total = time.perf_counter() - t0
    prec, rec = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    acc = sum(d < 161 for d in errors) / max(len(errors), 1)
    print(f"{args.file.name} docs={len(data)} gold={n_gold} pred={n_pred} P={prec:.3f} R={rec:.3f} F1={f1:.3f} "
          f"resolved={len(errors)} unresolved={unresolved} acc@161={acc:.3f} "
          f"median_km={statistics.median(errors) if errors else float('nan'):.1f} "
          f"resolve_ms_per_toponym={1000 * timer.seconds / max(timer.mentions, 1):.3f} total_s={total:.1f}")
    print(f"  find_toponyms without spaCy: {1000 * geo_seconds / max(n_pred, 1):.3f} ms per toponym, "
          f"{1000 * geo_seconds / max(len(data), 1):.1f} ms per article")
    print("  acc@161 by level of the reading: " + ", ".join(
        f"{lv} {sum(d < 161 for d in ds) / len(ds):.3f} (n={len(ds)})" for lv, ds in sorted(by_level.items())))


def events(args: argparse.Namespace, g: Gazetteer, nlp) -> None:
    data = [r for r in rows(args.file, args.limit, args.offset) if r["gold"].get("latitude") is not None]
    same_a1 = near = n = none = 0
    precision_match = 0
    for doc, r in zip(nlp.pipe(x["text"] for x in data), data):
        art = Article(id=r["id"], text=r["text"])
        tops = find_toponyms(doc, art, gazetteer=g)
        spans = [(s.start_char, s.end_char) for s in doc.sents]
        choice = choose_event_place(tops, sentence_spans=spans, text=r["text"], gazetteer=g)
        gold = r["gold"]
        n += 1
        if choice is None:
            none += 1
            continue
        p = choice.place
        gold_a1 = g.admin1_centroid(p.iso3 or "", gold.get("admin1") or "")
        a1_ok = gold_a1 is not None and gold_a1.admin1 == p.admin1
        d = km(p.latitude, p.longitude, gold["latitude"], gold["longitude"])
        same_a1 += a1_ok
        near += d <= 25
        precision_match += choice.geo_precision == gold.get("geo_precision")
        if args.errors and (d > 25 or not a1_ok):
            print(f"{r['id']} gold={gold.get('location')!r}/{gold.get('admin1')} p{gold.get('geo_precision')} "
                  f"got={choice.location!r}/{p.admin1} p{choice.geo_precision} {d:.0f} km")
    print(f"{args.file.name} events={n} no_place={none} admin1_agree={same_a1 / max(n, 1):.3f} "
          f"within_25km={near / max(n, 1):.3f} geo_precision_agree={precision_match / max(n, 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("toponyms", "events"))
    ap.add_argument("file", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--offset", type=int, default=0, help="skip this many rows first")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--gazetteer", type=Path, default=None)
    args = ap.parse_args()
    g = Gazetteer.load(args.gazetteer)
    nlp = load_nlp(patterns=g.ruler_patterns())
    (toponyms if args.mode == "toponyms" else events)(args, g, nlp)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
