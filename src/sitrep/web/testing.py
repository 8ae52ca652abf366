"""In-process client for the app (used by `sitrep serve --get` and the tests).

Starlette 1.x warns at import when its TestClient runs on httpx rather than httpx2; httpx is the
pinned client here, so the warning is silenced for this one import.
"""

from __future__ import annotations

import warnings

from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

__all__ = ["TestClient"]
