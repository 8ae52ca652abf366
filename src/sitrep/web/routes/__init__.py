"""One router module per resource; `ROUTERS` is what `create_app` includes, in order."""

from __future__ import annotations

from sitrep.web.routes import articles, auth, boundaries, docs, events, export, map, review, timeline

ROUTERS = [events.router, review.router, map.router, timeline.router, export.router,
           articles.router, auth.router, boundaries.router, docs.router]
