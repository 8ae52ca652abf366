"""How well resolution groups reports: pairwise merge precision/recall and event count vs truth.

Items (articles) are grouped by a cluster label, truth by the true incident, prediction by the
stored event that the article's main record ended in. A pair is two items in one cluster;
precision is the share of predicted pairs that are true, recall the share of true pairs found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml

from sitrep.model import Article, Event


@dataclass(frozen=True, slots=True)
class PairScore:
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    events: int  # distinct predicted clusters
    true_events: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def count_error(self) -> float:
        """|predicted - true| / true number of incidents."""
        return abs(self.events - self.true_events) / self.true_events if self.true_events else 0.0

    def summary(self) -> str:
        return (f"pairwise precision {self.precision:.3f} recall {self.recall:.3f} "
                f"({self.correct_pairs} of {self.predicted_pairs} predicted, {self.true_pairs} true pairs); "
                f"events {self.events} vs {self.true_events} true ({self.count_error:.1%} off)")


def pairs(clusters: Mapping[str, str]) -> set[tuple[str, str]]:
    """Every unordered pair of items that share a cluster (items sorted within the pair)."""
    members: dict[str, list[str]] = defaultdict(list)
    for item, cluster in clusters.items():
        members[cluster].append(item)
    return {(a, b) for group in members.values() for a, b in combinations(sorted(group), 2)}


def score_pairs(truth: Mapping[str, str], predicted: Mapping[str, str]) -> PairScore:
    """Score `predicted` against `truth` over truth's items; an item missing from `predicted`
    (no event extracted) is a cluster of its own."""
    pred = {item: predicted.get(item, f"\x00{item}") for item in truth}
    true_pairs, pred_pairs = pairs(truth), pairs(pred)
    correct = len(true_pairs & pred_pairs)
    return PairScore(
        precision=correct / len(pred_pairs) if pred_pairs else 1.0,
        recall=correct / len(true_pairs) if true_pairs else 1.0,
        true_pairs=len(true_pairs), predicted_pairs=len(pred_pairs), correct_pairs=correct,
        events=len(set(pred.values())), true_events=len(set(truth.values())))


def load_labels(path: Path) -> dict[str, str]:
    """A YAML mapping article id -> true incident id."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


def main_records(run: Callable[[Callable[[Article, list[Event]], None]], object]) -> dict[str, str]:
    """Article id -> id of its main record (the first, most salient), from a pipeline run that
    calls the given callback per article (`sitrep.pipeline.run(on_article=...)`)."""
    found: dict[str, str] = {}

    def keep(article: Article, events: list[Event]) -> None:
        if events:
            found[article.id] = events[0].event_id

    run(keep)
    return found


def clusters_in_store(records: Mapping[str, str], incidents_of: Callable[[Iterable[str]], dict[str, str]]
                      ) -> dict[str, str]:
    """Article id -> the stored event its main record is now part of (`Store.incidents_of`)."""
    home = incidents_of(records.values())
    return {article: home[rec] for article, rec in records.items() if rec in home}
