"""`sitrep eval`: score sitrep against gold event and toponym sets (metrics, report, quality table)."""

from sitrep.evaluate.gold import GoldDoc, GoldEvent, GoldToponym, read_gold
from sitrep.evaluate.report import quality_markdown, quality_tables, render_markdown, write_quality, write_report
from sitrep.evaluate.score import EvalResult, evaluate, to_article

__all__ = [
    "EvalResult", "GoldDoc", "GoldEvent", "GoldToponym", "evaluate", "quality_markdown", "quality_tables",
    "read_gold", "render_markdown", "to_article", "write_quality", "write_report",
]
