"""Resolution against the store: each new record joins the stored event it matches best.

Only records the store has never seen are resolved, so re-running an input changes nothing and a
reviewer's split is not undone. Candidates come from the store by block (country, nearby dates),
never from the whole archive.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Iterable, Sequence

from sitrep.extract.notes import write_note
from sitrep.model import Article, Event
from sitrep.resolve.match import MatchConfig
from sitrep.resolve.merge import MergeRecord, Resolver
from sitrep.resolve.text import TextSimilarity
from sitrep.store.base import Store

TEXT_CACHE = 256  # article texts kept for the text signal (candidates repeat within a block)


class StoreResolver:
    def __init__(self, store: Store, config: MatchConfig | None = None) -> None:
        self.store = store
        self.config = config or MatchConfig.load()
        self._texts: OrderedDict[str, str | None] = OrderedDict()
        self.text = TextSimilarity(self._text, self.config)

    def _text(self, article_id: str) -> str | None:
        if article_id not in self._texts:
            article = self.store.get_article(article_id)
            self._texts[article_id] = article.text if article is not None else None
            if len(self._texts) > TEXT_CACHE:
                self._texts.popitem(last=False)
        return self._texts[article_id]

    def unseen(self, records: Iterable[Event]) -> list[Event]:
        """The records to resolve: those the store holds neither as events nor as members."""
        records = list(records)
        known = self.store.incidents_of(r.event_id for r in records)
        return [r for r in records if r.event_id not in known]

    def resolve(self, article: Article, records: Sequence[Event], *,
                exclude: Collection[str] = frozenset()) -> list[MergeRecord]:
        """Merge each stored record of `article` into its best match among stored events.

        `exclude`: stored events that are not candidates yet: records of articles saved in the
        same batch but later in input order (the scale-out driver saves a part at once, then
        resolves its articles in order, as an article-by-article run would).
        """
        self._texts[article.id] = article.text
        merges: list[MergeRecord] = []
        for record in records:
            resolver = Resolver(self.config, note=write_note, text=self.text)
            resolver.seed(c for c in self.store.resolve_candidates(record) if c.event_id not in exclude)
            found = resolver.best_match(record)
            if found is None:
                continue
            incident, result = found
            self.store.merge_event(incident.event_id, record, score=result.score,
                                   reasons=result.reasons)
            merges.append(MergeRecord(incident.event_id, record, result.score, result.reasons))
        return merges
