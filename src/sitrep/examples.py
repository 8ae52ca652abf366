"""The bundled example articles (data/examples/) and their expected coding.

`sitrep demo` runs the pipeline on them and reports, field by field, how often the main event agrees
with `expected.yaml`; the tests hold that agreement at or above a floor so that quality only moves up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from sitrep.data import load_yaml
from sitrep.model import Event

EXAMPLES_DIR = "data/examples"
# Fields compared on the main event, in report order. "event" is detection: an event where one is
# expected, none where none is.
FIELDS = ("event", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location",
          "event_date", "fatalities", "claimed_by")


class ExpectedEvent(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    incident: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    admin1: str | None = None
    location: str | None = None
    event_date: date | None = None
    fatalities: int | None = None
    claimed_by: str | None = None


class ExpectedArticle(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    events: list[ExpectedEvent]


class ExpectedFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    articles: dict[str, ExpectedArticle]


def examples_dir() -> Path:
    return Path(str(resources.files("sitrep").joinpath(EXAMPLES_DIR)))


def example_paths() -> list[Path]:
    """The example articles, in name order (the README beside them is not an article)."""
    return sorted(examples_dir().glob("*.txt"))


def load_expected() -> dict[str, ExpectedArticle]:
    return load_yaml(examples_dir() / "expected.yaml", ExpectedFile, kind="expected coding").articles


@dataclass
class Agreement:
    """Per field: how many articles were checked and how many agreed; the misses, for the report."""

    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    agreed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)  # file, field, want, got

    def share(self, name: str) -> float:
        return self.agreed[name] / self.checked[name] if self.checked[name] else 0.0

    def overall(self) -> float:
        total = sum(self.checked.values())
        return sum(self.agreed.values()) / total if total else 0.0


def _got(event: Event, name: str) -> object:
    if name == "fatalities":
        return event.fatalities or 0  # ACLED writes 0 where no death is reported
    return getattr(event, name)


def _agrees(name: str, want: object, got: object) -> bool:
    if name == "claimed_by":
        return want in (got or ())
    return want == got


def _compare_one(agreement: Agreement, name: str, expected: ExpectedArticle,
                 events: Sequence[Event]) -> None:
    want_event = bool(expected.events)
    _tally(agreement, name, "event", want_event, bool(events))
    if not (want_event and events):
        return
    want, got = expected.events[0], events[0]
    for fld in FIELDS[1:]:
        value = getattr(want, fld)
        if value is not None:
            _tally(agreement, name, fld, value, _got(got, fld))


def _tally(agreement: Agreement, name: str, fld: str, want: object, got: object) -> None:
    agreement.checked[fld] += 1
    if _agrees(fld, want, got):
        agreement.agreed[fld] += 1
    else:
        agreement.misses.append((name, fld, want, got))


def compare(events_by_file: Mapping[str, Sequence[Event]],
            expected: Mapping[str, ExpectedArticle] | None = None) -> Agreement:
    """Agreement of each file's main event with the expected coding; files are keyed by name."""
    expected = load_expected() if expected is None else expected
    agreement = Agreement()
    for name, exp in sorted(expected.items()):
        _compare_one(agreement, name, exp, events_by_file.get(name, ()))
    return agreement


