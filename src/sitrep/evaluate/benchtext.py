"""Bench texts: deterministic ~600-word news-style articles from the team's own templates.

`sitrep bench` must measure speed on realistic text without touching evaluation-only corpora, so
articles are assembled from `data/bench/templates.yaml` (written by us), places from
`data/places/aliases.jsonl` and armed groups and parties from `data/actors/*.jsonl`. The same seed
gives the same articles, so runs on different machines process identical input.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from sitrep.extract.actors import ActorDictionary
from sitrep.geo.data import load_aliases
from sitrep.model import Article

_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_FIRST_DAY = date(2023, 1, 1)  # publication dates fall in 2023-2024


class CountrySpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    demonym: str
    weight: int = Field(ge=1)


class Incident(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    headline: str
    text: str


class TemplateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    countries: dict[str, CountrySpec]
    slots: dict[str, list[str]]
    incidents: list[Incident] = Field(min_length=1)
    follow_ups: list[str] = Field(min_length=1)
    quotes: list[str] = Field(min_length=1)
    background: list[str] = Field(min_length=1)
    no_event: list[str] = Field(min_length=1)

    def fillers(self) -> list[str]:
        """Paragraphs that follow the lead, in a fixed order (shuffled per article)."""
        return [*self.follow_ups, *self.quotes, *self.background, *self.no_event]


@dataclass(frozen=True)
class CountryPool:
    code: str
    spec: CountrySpec
    places: tuple[str, ...]
    groups: tuple[str, ...]
    parties: tuple[str, ...]


def load_templates(path: Path | None = None) -> TemplateFile:
    path = path or Path(str(resources.files("sitrep.data") / "bench" / "templates.yaml"))
    return TemplateFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _display_name(name: str) -> str | None:
    """"BLA: Baloch Liberation Army" -> "Baloch Liberation Army"; coded names ("... (Pakistan)") skipped."""
    shown = name.split(": ", 1)[-1]
    return None if "(" in shown or "{" in shown else shown


def country_pools(templates: TemplateFile) -> list[CountryPool]:
    aliases = load_aliases()
    entries = ActorDictionary.load().entries
    pools = []
    for code, spec in templates.countries.items():
        places = sorted({n for a in aliases if a.country == code and a.level != "country"
                         for n in (a.alias, a.name)})
        mine = [e for e in entries if e.country == spec.name or (e.country is None and code in ("PK", "AF"))]
        groups = sorted({d for e in mine if e.kind == "rebel" and (d := _display_name(e.name))})
        parties = sorted({d for e in mine if e.kind == "political" and (d := _display_name(e.name))})
        pools.append(CountryPool(code, spec, tuple(places), tuple(groups), tuple(parties)))
    return [p for p in pools if len(p.places) >= 2]


def _count(rng: random.Random, low: int, high: int) -> str:
    n = rng.randint(low, high)
    return _SMALL[n] if n <= 10 else str(n)


def _slots(rng: random.Random, pool: CountryPool, templates: TemplateFile, published: date) -> dict[str, str]:
    place, place2 = rng.sample(pool.places, 2)
    day_before = (published - timedelta(days=1)).strftime("%A")
    values = {name: rng.choice(options) for name, options in templates.slots.items()}
    values["when"] = values["when"].format(weekday=day_before)
    values |= {"place": place, "place2": place2, "country": pool.spec.name, "demonym": pool.spec.demonym,
               "killed": _count(rng, 2, 24), "injured": _count(rng, 2, 30), "abducted": _count(rng, 3, 15),
               "month": rng.choice(_MONTHS), "year": str(published.year - rng.randint(1, 3))}
    if pool.groups:
        values["group"] = rng.choice(pool.groups)
    if pool.parties:
        values["party"] = rng.choice(pool.parties)
    return values | {f"{k}_cap": v[:1].upper() + v[1:] for k, v in values.items()}


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def _usable(options: Iterable[str], values: dict[str, str]) -> list[str]:
    return [t for t in options if _fields(t) <= values.keys()]


def _paragraphs(rng: random.Random, templates: TemplateFile, values: dict[str, str],
                words: int) -> tuple[str, list[str]]:
    """The headline and the paragraphs: the incident first, then its details, then the rest shuffled."""
    lead = rng.choice([i for i in templates.incidents if _fields(i.headline + i.text) <= values.keys()])
    details = rng.choice(_usable(templates.follow_ups, values))
    rest = [t for t in _usable(templates.fillers(), values) if t != details]
    rng.shuffle(rest)
    out = [lead.text.format(**values), details.format(**values)]
    total = sum(len(p.split()) for p in out)
    for template in rest:
        if total >= words - 20:  # stop near the target; the last paragraph may overshoot a little
            break
        text = template.format(**values)
        out.append(text)
        total += len(text.split())
    headline = lead.headline.format(**values)
    return headline[:1].upper() + headline[1:], out


def _article(rng: random.Random, index: int, templates: TemplateFile, pools: Sequence[CountryPool],
             words: int) -> Article:
    pool = rng.choices(pools, weights=[p.spec.weight for p in pools])[0]
    published = _FIRST_DAY + timedelta(days=rng.randrange(730))
    values = _slots(rng, pool, templates, published)
    title, paragraphs = _paragraphs(rng, templates, values, words)
    paragraphs[0] = f"{values['place'].upper()}: {paragraphs[0]}"  # a dateline, as many papers print it
    return Article(id=f"bench-{index:05d}", text="\n\n".join(paragraphs), title=title,
                   publisher="sitrep bench", published=published)


def generate(n: int, *, seed: int = 0, words: int = 600, templates: TemplateFile | None = None) -> list[Article]:
    """`n` articles of about `words` words each; the same seed always gives the same articles."""
    templates = templates or load_templates()
    pools = country_pools(templates)
    rng = random.Random(seed)
    return [_article(rng, i, templates, pools, words) for i in range(n)]


def word_count(text: str) -> int:
    return len(text.split())


def _record(article: Article) -> dict[str, Any]:
    return {"id": article.id, "text": article.text, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "source": article.publisher}


def write_jsonl(articles: Iterable[Article], path: Path) -> int:
    """Write the articles as JSON Lines (the format `sitrep extract` reads); returns the word total."""
    total = 0
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(_record(a), ensure_ascii=False) + "\n")
            total += word_count(a.text)
    return total
