"""Datelines at the start of a text: "QUETTA, Feb 3 (Reuters) -", "PESHAWAR: ", "Kabul, Afghanistan (AP) —",
and the reference files' header "date 2026-02-04 Quetta: ...".

A dateline is accepted when it names an agency in parentheses, or its place is written in capitals
(4+ letters, not a label such as "UPDATE:"). "Quetta:" in title case is accepted only right after the
reference header: elsewhere "Arrests:", "Assad:" or "Monday:" open texts as often as places do.
The place is kept as written (Article.dateline); the agency becomes the publisher, its full name
taken from data/ingest/datelines.yaml when listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from sitrep.errors import DataFileError

DATA_FILE = "data/ingest/datelines.yaml"
_WORD = r"[A-Z][\w'’.-]*"
_PLACE = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = rf"(?:{_MONTH}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?|\d{{1,2}}[ ]{_MONTH}(?:[ ]\d{{4}})?)"
DATELINE = re.compile(rf"""
    [ \t]*(?P<place>{_PLACE})
    (?:,[ ](?!{_MONTH}[ ]\d)(?P<region>{_PLACE}))?
    (?:,?[ ](?P<day>{_DAY}))?
    [ ]*(?:\((?P<agency>[^()\n]{{1,40}})\))?
    [ ]*(?P<sep>:|—|–|--|-)[ \t]+(?=\S)""", re.VERBOSE)
HEADER = re.compile(r"\s*date:?[ \t]+(?P<date>\d{4}-\d{2}-\d{2})[ \t]+", re.IGNORECASE)


class Agency(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    name: str


class DatelineFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    agencies: list[Agency]
    not_places: list[str]


@dataclass(frozen=True)
class DatelineRules:
    agencies: dict[str, str]  # lower-case label -> publisher name
    not_places: frozenset[str]

    @classmethod
    def load(cls) -> DatelineRules:
        path = resources.files("sitrep").joinpath(DATA_FILE)
        try:
            data = DatelineFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"cannot load {DATA_FILE} — {type(exc).__name__}: {exc}; "
                                "reinstall sitrep or fix the file") from None
        return cls({a.label.lower(): a.name for a in data.agencies}, frozenset(w.lower() for w in data.not_places))


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None  # publisher name
    start: int  # offset of the place in the text
    end: int  # offset where the article's own text begins


def find_dateline(text: str, *, rules: DatelineRules, start: int = 0, after_header: bool = False) -> Dateline | None:
    m = DATELINE.match(text, start)
    if m is None:
        return None
    place, agency, sep = m["place"], m["agency"], m["sep"]
    if place.lower() in rules.not_places:
        return None
    if not (agency or _is_caps(place) or (after_header and sep == ":")):
        return None
    publisher = rules.agencies.get(agency.strip().lower(), agency.strip()) if agency else None
    return Dateline(place=place, agency=publisher, start=m.start("place"), end=m.end())


def _is_caps(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def split_header(text: str) -> tuple[str | None, str]:
    """("YYYY-MM-DD", text after the header) for a "date YYYY-MM-DD " first line, else (None, text)."""
    m = HEADER.match(text)
    if m is None:
        return None, text
    return m["date"], text[m.end():]
