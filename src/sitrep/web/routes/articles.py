"""POST an article: extract its events with the pipeline (loaded once, on first use), store them."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from sitrep.errors import TooLargeError
from sitrep.ingest.decode import normalize_text
from sitrep.model import Article, content_hash
from sitrep.store.base import User
from sitrep.web.deps import get_store, require_csrf, require_reviewer

router = APIRouter()


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    text: str = Field(..., min_length=1, description="The article's full text.")
    id: str | None = Field(None, max_length=200, description="Default: a hash of the text.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    publisher: str | None = Field(None, max_length=200)
    published: date | None = None
    dateline: str | None = Field(None, max_length=200)
    language: str | None = Field(None, max_length=20)
    save: bool = Field(True, description="Store the article and its events (false: only extract).")

    def to_article(self) -> Article:
        text = normalize_text(self.text)  # as ingest reads a file, so a posted copy extracts alike
        return Article(id=self.id or content_hash(text), text=text, title=self.title,
                       url=self.url, publisher=self.publisher, published=self.published,
                       dateline=self.dateline, language=self.language, source_path="web")


@router.post("/api/articles", tags=["articles"], summary="Extract events from an article (reviewers)")
def post_article(body: ArticleIn, request: Request, user: User = Depends(require_reviewer),
                 _: None = Depends(require_csrf)) -> dict[str, Any]:
    """Runs the extraction pipeline on the text and answers the events found; with `save` (the
    default) the article and its events are stored, replacing an earlier run on the same id."""
    limit = request.app.state.settings.max_article_bytes
    if len(body.text.encode("utf-8")) > limit:
        raise TooLargeError(f"article text over {limit} bytes — split it or raise max_article_bytes",
                            stage="web")
    article = body.to_article()
    [(article, events)] = request.app.state.pipeline.process([article])
    new = get_store(request).save_article(article, events) if body.save else None
    return {"ok": True, "article_id": article.id, "saved": body.save, "new": new,
            "events": [e.to_dict() for e in events]}
