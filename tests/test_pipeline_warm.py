"""Loading ends with one warm-up article: it must reach the event stages, and leave no stage time."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_warm_up_article_reaches_every_stage_and_leaves_no_times(pipeline) -> None:
    from sitrep.pipeline import WARM_UP

    [(article, events)] = list(pipeline.process([WARM_UP]))
    assert article is WARM_UP
    # an event with its toll and actors: the event, casualty and actor stages built their matchers
    assert any(e.fatalities == 2 and e.actor1 for e in events)
    assert pipeline.times.seconds  # processing counts stage times ...
    pipeline.warm()
    assert not pipeline.times.seconds  # ... warming up does not: the clock starts afresh after it
