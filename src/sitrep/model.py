"""The one typed data model every stage reads and writes.

All records are frozen dataclasses: a stage never mutates its input, it returns new records
(`dataclasses.replace`). Character offsets are always into `Article.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Quantity = Literal["killed", "injured", "abducted", "arrested"]
# Whom a casualty figure is about. "a" is the state side of the event (ACLED actor1 when it is a
# state force, else the side UCDP lists first), "b" the non-state armed side, "attackers" the
# perpetrators' own dead (a suicide bomber), "unknown" where the text does not say.
Side = Literal["a", "b", "civilians", "attackers", "unknown"]


def content_hash(*parts: str) -> str:
    """Stable short id from text parts; ids built this way make re-runs idempotent."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    dateline: str | None = None  # reporting place as written ("Quetta")
    language: str | None = None
    source_path: str | None = None  # file the article came from
    source_line: int | None = None  # 1-based line (JSONL/CSV) or entry number (feeds)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        pub = d.get("published")
        return cls(**{**d, "published": date.fromisoformat(pub) if pub else None})


@dataclass(frozen=True, slots=True)
class Reject:
    """A record that could not be read; written to the rejects file, the run goes on."""

    path: str
    line: int | None
    code: str  # error code from sitrep.errors, e.g. "S102"
    reason: str


@dataclass(frozen=True, slots=True)
class Evidence:
    field: str  # the Event field this span supports ("fatalities", "actor1", ...)
    start: int
    end: int
    article_id: str


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    latitude: float
    longitude: float
    country: str | None = None  # English short name ("Pakistan")
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    geonameid: int | None = None
    feature_code: str | None = None  # GeoNames code: PPL, PPLA, ADM1, ADM2, PCLI ...
    population: int = 0

    @property
    def level(self) -> Literal["country", "admin1", "admin2", "town"]:
        code = self.feature_code or ""
        if code.startswith("PCL"):
            return "country"
        if code == "ADM1":
            return "admin1"
        if code in ("ADM2", "ADM3"):
            return "admin2"
        return "town"


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    text: str
    place: Place | None  # None: recognised but not resolved (a NULL candidate)
    score: float = 0.0
    is_dateline: bool = False


@dataclass(frozen=True, slots=True)
class DateRange:
    start: date
    end: date
    precision: int  # ACLED time_precision: 1 day, 2 week/range, 3 month or vaguer
    span: tuple[int, int] | None = None  # where in the text; None when inferred from `published`


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # canonical ACLED-style name ("Military Forces of Pakistan")
    inter: int  # ACLED inter code 1-8
    label: str  # as said in the text ("Fitna al-Hindustan")
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure as one source states it: "22 security personnel have been killed, state media said"."""

    quantity: Quantity
    value: int  # best reading of the figure
    low: int
    high: int
    about: str  # who, as written ("security personnel")
    side: Side
    source: str | None  # who says so ("state media", "The Express Tribune"); None: the article itself
    start: int  # the figure's span
    end: int
    sentence_start: int
    sentence_end: int
    qualifier: str | None = None  # "at least", "more than", "up to", "about", "dozens" ...
    implausible: bool = False  # kept, but excluded from fatality totals
    article_id: str = ""  # offsets are into this article's text (events merge across articles)
    # Start offset of the total this figure is a part of ("12 people, including 5 soldiers": the 5
    # are among the 12); summarise counts a part once, inside its total. None: not a part.
    part_of: int | None = None
    # A figure told as the death toll: "stated" ("hospital sources put the death toll at 12") is a
    # report of all the dead; "revised" ("the toll rose to 12") is a later count of the same dead that
    # supersedes earlier ones. None: an ordinary figure (sitrep.extract.totals).
    toll: Literal["stated", "revised"] | None = None
    # Deaths told with no figure at all ("an unknown number of soldiers", "many people"): the reading
    # (ACLED's 10) stands only where no other figure is given (sitrep.extract.totals).
    unnumbered: bool = False
    # (i, n): the figure was given for n places at once and this claim counts toward the event of the
    # i-th; it counts the i-th even share, as ACLED divides such a toll (sitrep.extract.totals).
    share: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ResponsibilityClaim:
    group: str  # canonical actor name
    label: str  # as written
    denied: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor as the text names it: "Romanian", "the United States", "Fitna al-Hindustan"."""

    text: str  # as written
    start: int
    end: int
    label: str  # what recognised it: an NER label (GPE, NORP, ORG, PERSON), or NOUN for a plain noun phrase
    name: str | None = None  # canonical actor-dictionary name, when the dictionary knows it


@dataclass(frozen=True, slots=True)
class Interaction:
    """Who does what to whom in one sentence ("X threatened to cut ties with Y"), PLOVER-style.

    Wider than an Event: agreements, demands, threats and accusations are interactions that ACLED
    does not code. `source` acts, `target` is acted on; either may be empty."""

    category: str  # PLOVER category: AGREE, DEMAND, THREATEN, ASSAULT ...
    verb: str  # the word that says what was done, as written ("threatened", "talks")
    verb_start: int
    verb_end: int
    source: tuple[ActorMention, ...]
    target: tuple[ActorMention, ...]
    sentence_start: int
    sentence_end: int
    article_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the pipeline finds in one article: its events, and who did what to whom in it."""

    article: Article
    events: tuple[Event, ...]
    interactions: tuple[Interaction, ...] = ()


# Order of the JSON Lines contract (sitrep extract); exporters and the store use it too.
EVENT_FIELDS: tuple[str, ...] = (
    "event_id", "article_id", "event_date", "date_start", "date_end", "time_precision",
    "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "country", "iso3",
    "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "fatalities_low", "fatalities_best", "fatalities_high", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "injuries", "claimed_by", "claims", "sources", "notes",
    "evidence", "confidence", "article_ids", "number_of_sources",
)


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    article_id: str
    event_type: str
    sub_event_type: str
    disorder_type: str
    event_date: date | None = None
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None  # "Civilian targeting" or None, as ACLED
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    deaths_a: int | None = None
    deaths_b: int | None = None
    deaths_civilians: int | None = None
    deaths_unknown: int | None = None
    injuries: int | None = None
    claimed_by: tuple[str, ...] = ()
    claims: tuple[Claim, ...] = ()
    sources: tuple[str, ...] = ()
    notes: str | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.0
    article_ids: tuple[str, ...] = field(default=())

    @property
    def number_of_sources(self) -> int:
        return max(len(self.sources), len(self.article_ids), 1)

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines contract: dates as ISO strings, evidence as {field: [[start, end], ...]}."""
        out: dict[str, Any] = {}
        for name in EVENT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, date):
                value = value.isoformat()
            out[name] = value
        out["claimed_by"] = list(self.claimed_by)
        out["sources"] = list(self.sources)
        out["article_ids"] = list(self.article_ids) or [self.article_id]
        out["claims"] = [c.to_dict() for c in self.claims]
        # Spans are [start, end] in this event's article; a merged event's spans from another
        # article carry its id as a third item.
        evidence: dict[str, list[list[Any]]] = {}
        for ev in self.evidence:
            span: list[Any] = [ev.start, ev.end]
            if ev.article_id != self.article_id:
                span.append(ev.article_id)
            evidence.setdefault(ev.field, []).append(span)
        out["evidence"] = evidence
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """Inverse of to_dict (evidence comes back grouped by field, in first-seen field order)."""
        kw = {k: d.get(k) for k in EVENT_FIELDS if k not in ("number_of_sources",)}
        for k in ("event_date", "date_start", "date_end"):
            kw[k] = date.fromisoformat(kw[k]) if kw[k] else None
        kw["claims"] = tuple(Claim(**{**c, "share": tuple(c["share"]) if c.get("share") else None})
                             for c in d.get("claims") or ())
        kw["evidence"] = tuple(Evidence(f, span[0], span[1], span[2] if len(span) > 2 else d["article_id"])
                               for f, spans in (d.get("evidence") or {}).items() for span in spans)
        for k in ("claimed_by", "sources", "article_ids"):
            kw[k] = tuple(d.get(k) or ())
        kw["confidence"] = d.get("confidence") or 0.0
        return cls(**kw)
