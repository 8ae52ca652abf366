"""Run the real pipeline on the resolution corpus and score how reports were grouped (dev tool).

    PYTHONPATH=src python tools/score_resolve.py [--corpus tests/fixtures/resolve_corpus] [--show]

Prints pairwise merge precision/recall and the event count against labels.yaml; --show lists each
article's main record and the event it ended in, to see why a pair was (not) merged.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from sitrep.pipeline import run
from sitrep.resolve.score import clusters_in_store, load_labels, main_records, score_pairs
from sitrep.settings import Settings
from sitrep.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "resolve_corpus"


def _show(db: str, labels: dict[str, str], records: dict[str, str], clusters: dict[str, str]) -> None:
    with open_store(db) as store:
        for art, truth in labels.items():
            rec = records.get(art)
            ev = store.get_event(clusters[art]) if art in clusters else None
            members = {m.member_id: m for m in store.event_members(ev.event_id)} if ev else {}
            m = members.get(rec or "")
            what = (f"{m.record.sub_event_type} {m.record.event_date} {m.record.location} "
                    f"g{m.record.geo_precision} {m.record.actor1} / {m.record.actor2} score={m.score}"
                    if m else f"{ev.sub_event_type} {ev.event_date} {ev.location} g{ev.geo_precision} "
                    f"{ev.actor1} / {ev.actor2}" if ev else "no event")
            print(f"{art} {truth:22} -> {clusters.get(art, '-'):16} {what}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    labels = load_labels(args.corpus / "labels.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'resolve.db'}"
        settings = Settings.from_env(db=db, rejects=str(Path(tmp) / "rejects.jsonl"))
        records = main_records(lambda keep: run([str(args.corpus / "articles.jsonl")],
                                                settings=settings, on_article=keep))
        with open_store(db) as store:
            clusters = clusters_in_store(records, store.incidents_of)
        if args.show:
            _show(db, labels, records, clusters)
    print(score_pairs(labels, clusters).summary())


if __name__ == "__main__":
    main()
