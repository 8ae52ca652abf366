"""read_inputs as a whole: the reference article and the plugin table (fuzzing: tests/fuzz)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.ingest import INGESTERS, Ingester
from sitrep.ingest.records import Context, Item, build_article
from sitrep.ingest.sources import Input
from tests.ingest.conftest import ENGLISH, articles, read

REFERENCE = Path("/work/shared/examples/balochistan-2026-02-04.txt")
ROOT_REFERENCE = Path(__file__).resolve().parents[2] / "examples" / "balochistan-2026-02-04.txt"


def test_read_inputs_reference_article() -> None:
    path = ROOT_REFERENCE if ROOT_REFERENCE.exists() else REFERENCE
    if not path.exists():
        import pytest

        pytest.skip("reference article not available in this checkout")
    [a] = read([str(path)])
    assert (a.published, a.dateline, a.language) == (date(2026, 2, 4), "Quetta", "en")
    assert a.text.startswith("Quetta: Pakistan’s Defence Minister")


def test_read_inputs_accepts_a_plugin_ingester(write) -> None:
    def read_upper(inp: Input, ctx: Context) -> Iterator[Item]:
        text = inp.stream.read().decode().upper()
        yield from build_article(text, ctx=ctx, path=inp.name, line=None, id=inp.name)

    table = {**INGESTERS, "shout": Ingester("shout", (".shout",), read_upper)}
    [a] = read([write("a.shout", ENGLISH)], ingesters=table)
    assert a.text == ENGLISH.upper()
    [r] = read([write("b.shout", ENGLISH)])  # not registered by default
    assert r.code == "S109"


def test_read_inputs_fallback_date_applies_to_records_without_one(write) -> None:
    rows = [{"id": "n", "text": ENGLISH}, {"id": "d", "text": f"{ENGLISH} 2", "date": "2026-01-09"}]
    path = write("x.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    got = {a.id: a.published for a in articles(read([path], published=date(2026, 1, 1)))}
    assert got == {"n": date(2026, 1, 1), "d": date(2026, 1, 9)}
