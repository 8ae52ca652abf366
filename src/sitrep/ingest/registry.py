"""The ingesters, keyed by format name; extensions map to names. Built-ins register like a plugin would:
pass `ingesters={**INGESTERS, "docx": Ingester("docx", (".docx",), read_docx)}` to read_inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from sitrep.ingest.feed import read_feed
from sitrep.ingest.jsonl import read_json, read_jsonl
from sitrep.ingest.records import Context, Item
from sitrep.ingest.sources import Input
from sitrep.ingest.table import read_csv, read_tsv
from sitrep.ingest.text import read_text
from sitrep.ingest.webpage import read_html

Reader = Callable[[Input, Context], Iterator[Item]]


@dataclass(frozen=True)
class Ingester:
    name: str
    extensions: tuple[str, ...]  # lower case, with the dot
    read: Reader


INGESTERS: Mapping[str, Ingester] = {
    i.name: i for i in (
        Ingester("text", (".txt", ".text", ".md"), read_text),
        Ingester("jsonl", (".jsonl", ".ndjson"), read_jsonl),
        Ingester("json", (".json",), read_json),
        Ingester("csv", (".csv",), read_csv),
        Ingester("tsv", (".tsv", ".tab"), read_tsv),
        Ingester("html", (".html", ".htm", ".xhtml"), read_html),
        Ingester("feed", (".xml", ".rss", ".atom"), read_feed),
    )
}


def extension_map(ingesters: Mapping[str, Ingester]) -> dict[str, str]:
    return {ext: i.name for i in ingesters.values() for ext in i.extensions}
