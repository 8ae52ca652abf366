"""PNG charts for the evaluation report (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # before pyplot: headless servers and CI have no display

import matplotlib.pyplot as plt  # noqa: E402

from sitrep.evaluate import metrics as m  # noqa: E402


def confusion_png(pairs: Sequence[m.Pair], path: Path, title: str) -> Path:
    """Gold labels down, predicted across; each cell shows its count."""
    labs = m.labels(pairs)
    counts = m.confusion(pairs)
    grid = [[counts[(g, p)] for p in labs] for g in labs]
    size = 2.5 + 0.55 * len(labs)
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    ax.imshow(grid, cmap="Blues")
    ax.set_xticks(range(len(labs)), labels=labs, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(len(labs)), labels=labs, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    top = max((v for row in grid for v in row), default=0)
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=7,
                        color="white" if v > top / 2 else "black")
    ax.set_title(title, fontsize=10)
    return _save(fig, path)


def f1_png(scores: Mapping[str, m.PRF], path: Path, title: str) -> Path:
    """Per-class F1 as horizontal bars, with each class's gold support in the label."""
    items = sorted(scores.items(), key=lambda kv: kv[1].f1)
    fig, ax = plt.subplots(figsize=(7, 1 + 0.3 * len(items)))
    ax.barh([f"{k} (n={v.support})" for k, v in items], [v.f1 for _, v in items], color="#4c72b0")
    ax.set_xlim(0, 1)
    ax.set_xlabel("F1")
    ax.tick_params(axis="y", labelsize=8)
    ax.set_title(title, fontsize=10)
    return _save(fig, path)


def distance_png(distances: Sequence[float], path: Path, title: str) -> Path:
    """Cumulative share of points within each distance (log scale), with the 25 and 161 km marks."""
    ds = sorted(max(d, 0.01) for d in distances)
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.step(ds, [(i + 1) / len(ds) for i in range(len(ds))], where="post")
    for km in (25, 161):
        ax.axvline(km, color="grey", linestyle="--", linewidth=0.8)
        ax.text(km, 0.02, f" {km} km", fontsize=8, color="grey")
    ax.set_xscale("log")
    ax.set_ylim(0, 1)
    ax.set_xlabel("distance to gold point (km)")
    ax.set_ylabel("share within")
    ax.set_title(title, fontsize=10)
    return _save(fig, path)


def _save(fig: plt.Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
