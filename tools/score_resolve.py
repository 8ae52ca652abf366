"""Run the real pipeline on the resolution corpus and score how reports were grouped (dev tool).

    PYTHONPATH=src python tools/score_resolve.py [--corpus tests/fixtures/resolve_corpus] [--show]
        [--markdown FILE]

Prints pairwise merge precision/recall and the event count against labels.yaml; --show lists each
article's main record and the event it ended in, to see why a pair was (not) merged; --markdown
appends the figures as a section to FILE (make eval appends them to docs/quality.md).
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
    ap.add_argument("--markdown", type=Path)
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
    score = score_pairs(labels, clusters)
    print(score.summary())
    if args.markdown:
        _append(args.markdown, score, len(labels))


def _append(path: Path, score, articles: int) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"""
## Cross-article resolution

The team's own corpus (`tests/fixtures/resolve_corpus/`: {articles} articles about {score.true_events}
incidents, with near-misses that must stay apart), run through the whole pipeline into a fresh
store by `tools/score_resolve.py` (part of `make eval`).

| figure | value |
|---|---|
| pairwise merge precision | {score.precision:.3f} |
| pairwise merge recall | {score.recall:.3f} |
| events / true incidents | {score.events} / {score.true_events} |
""")


if __name__ == "__main__":
    main()
