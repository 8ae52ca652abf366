"""The evaluation report (Markdown and HTML with PNG charts) and the short quality table.

Both formats are rendered from one list of blocks, so they always say the same thing. The report
quotes gold texts in its worst-error lists: it belongs in an untracked folder (reports/), never in
the repository. The quality table holds figures only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitrep.evaluate import metrics as m
from sitrep.evaluate.score import EvalResult
from sitrep.evaluate.tally import DatasetScore, Figure

TEXT_CHARS = 280  # how much of a row's text a worst-error line quotes


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Para:
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Image:
    src: str  # relative to the report folder
    alt: str


Block = Heading | Para | Table | Image


def fmt(f: Figure | None) -> str:
    if f is None or f.value is None or f.n == 0:
        return "–"
    return {"share": f"{f.value:.3f}", "km": f"{f.value:.1f}", "count": f"{f.value:.2f}"}[f.unit]


def quality_tables(scores: Sequence[DatasetScore]) -> list[Block]:
    """One table per kind of set: a row per figure, a column per set ("–": not coded there)."""
    blocks: list[Block] = []
    for kind, title in (("events", "Event sets"), ("toponyms", "Toponym sets")):
        sets = [s for s in scores if s.kind == kind]
        if not sets:
            continue
        rows = [("rows", *(str(s.rows) for s in sets))]
        for f in sets[0].figures:
            cells = [fmt(s.figure(f.key)) for s in sets]
            if any(c != "–" for c in cells):
                rows.append((f.label, *cells))
        blocks += [Heading(2, title), Table(("figure", *(s.name for s in sets)), tuple(rows))]
    return blocks


def quality_markdown(result: EvalResult, *, command: str, today: date) -> str:
    blocks: list[Block] = [
        Heading(1, "Quality on the evaluation sets"),
        Para(f"Measured {today.isoformat()} with `{command}` ({result.seconds:.0f} s"
             + (f", first {result.limit} rows of each file" if result.limit else "") + ")."),
        Para("Each row's first (most salient) event is scored against its gold. Shares run 0–1; "
             "km and mean absolute errors (MAE) are plain numbers; \"–\": the set does not code it. "
             "Where no event was found, type reads \"none\" and casualty counts read 0. "
             "Place, date and actor figures are over detected events. ACLED's codebook says actor1 and "
             "actor2 imply no direction (attacker or defender), so \"ACLED actor1 is our actor1 or actor2\" "
             "is the actor agreement figure; \"actor1 agrees\" also asks for ACLED's order."),
        *quality_tables(result.scores),
    ]
    return render_markdown(blocks)


def write_quality(result: EvalResult, path: Path, *, command: str, today: date) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(quality_markdown(result, command=command, today=today), encoding="utf-8")
    return path


def write_report(result: EvalResult, folder: Path, *, command: str, today: date) -> list[Path]:
    """report.md, report.html and figures/*.png in `folder`; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    blocks: list[Block] = [
        Heading(1, "sitrep evaluation"),
        Para(f"{today.isoformat()} · `{command}` · {sum(s.rows for s in result.datasets)} rows · "
             f"{result.seconds:.0f} s"),
        Para("Files: " + ", ".join(f"`{f}`" for f in result.files)),
        *quality_tables(result.scores),
    ]
    written: list[Path] = []
    for score in result.scores:
        section, pngs = _section(score, folder)
        blocks += section
        written += pngs
    md, page = folder / "report.md", folder / "report.html"
    md.write_text(render_markdown(blocks), encoding="utf-8")
    page.write_text(render_html(blocks, title="sitrep evaluation"), encoding="utf-8")
    return [md, page, *written]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _section(s: DatasetScore, folder: Path) -> tuple[list[Block], list[Path]]:
    from sitrep.evaluate import figures  # matplotlib loads only when a report is asked for

    slug = _slug(s.name)
    blocks: list[Block] = [
        Heading(2, f"{s.name} ({s.kind}, {s.rows} rows)"),
        Table(("figure", "value", "n"), tuple((f.label, fmt(f), str(f.n)) for f in s.figures if f.n)),
    ]
    pngs: list[Path] = []
    for key, title, pairs in (("types", "event type", s.type_pairs), ("subs", "sub-event type", s.sub_pairs)):
        if not pairs:
            continue
        classes = m.per_class(pairs)
        pngs.append(figures.confusion_png(pairs, folder / "figures" / f"{slug}-{key}-confusion.png",
                                          f"{s.name}: {title} (gold down, predicted across)"))
        pngs.append(figures.f1_png(classes, folder / "figures" / f"{slug}-{key}-f1.png", f"{s.name}: {title} F1"))
        blocks += [Heading(3, f"{title.capitalize()}: per class"), _class_table(classes),
                   Image(f"figures/{pngs[-2].name}", f"{title} confusion matrix"),
                   Image(f"figures/{pngs[-1].name}", f"{title} F1 per class")]
    if s.distances:
        pngs.append(figures.distance_png(s.distances, folder / "figures" / f"{slug}-distance.png",
                                         f"{s.name}: distance to gold point"))
        blocks.append(Image(f"figures/{pngs[-1].name}", "distance to gold point"))
    if s.misses:
        blocks += [Heading(3, "Worst errors"), _miss_table(s)]
    return blocks, pngs


def _class_table(classes: dict[str, m.PRF]) -> Table:
    rows = tuple((lab, f"{v.precision:.3f}", f"{v.recall:.3f}", f"{v.f1:.3f}", str(v.support))
                 for lab, v in sorted(classes.items(), key=lambda kv: -kv[1].support))
    return Table(("class", "precision", "recall", "F1", "gold n"), rows)


def _miss_table(s: DatasetScore) -> Table:
    def short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= TEXT_CHARS else text[:TEXT_CHARS] + "…"

    rows = tuple((x.row_id, x.what, x.gold, x.got, f"{x.size:g}" if x.size else "", short(x.text))
                 for x in s.misses)
    return Table(("row", "what", "gold", "ours", "off by", "text"), rows)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(blocks: Iterable[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append("#" * b.level + " " + b.text)
        elif isinstance(b, Para):
            out.append(b.text)
        elif isinstance(b, Image):
            out.append(f"![{b.alt}]({b.src})")
        else:
            lines = ["| " + " | ".join(map(_md_cell, b.header)) + " |",
                     "|" + "|".join("---" for _ in b.header) + "|"]
            lines += ["| " + " | ".join(map(_md_cell, row)) + " |" for row in b.rows]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def _html_text(text: str) -> str:
    """Escape, then show `code` spans as <code>."""
    return re.sub(r"`([^`]*)`", r"<code>\1</code>", html.escape(text))


def render_html(blocks: Iterable[Block], *, title: str) -> str:
    body: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            body.append(f"<h{b.level}>{html.escape(b.text)}</h{b.level}>")
        elif isinstance(b, Para):
            body.append(f"<p>{_html_text(b.text)}</p>")
        elif isinstance(b, Image):
            body.append(f'<p><img src="{html.escape(b.src)}" alt="{html.escape(b.alt)}"></p>')
        else:
            head = "".join(f"<th>{html.escape(h)}</th>" for h in b.header)
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in b.rows)
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    style = ("body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}"
             "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .5em;"
             "text-align:left;vertical-align:top;font-size:.9em}img{max-width:100%}")
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
