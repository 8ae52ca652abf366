"""Cross-article resolution: one event per incident, all its sources kept.

block.py finds candidate pairs by (country, day) buckets; match.py scores a pair with reasons;
merge.py combines records, recomputes figures from every claim and records each merge.
"""

from sitrep.resolve.match import MatchConfig, MatchResult, match
from sitrep.resolve.merge import MergeRecord, Resolver, combine, resolve_events

__all__ = ["MatchConfig", "MatchResult", "MergeRecord", "Resolver", "combine", "match", "resolve_events"]
