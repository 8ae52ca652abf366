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


@pytest.mark.parametrize("warm, calls", [(False, 0), (True, 1)])
def test_loading_warms_up_only_when_asked(monkeypatch: pytest.MonkeyPatch, warm: bool, calls: int) -> None:
    # one article from the command line builds only what it uses; batch runs and bench warm up
    from sitrep.pipeline import Pipeline
    from sitrep.settings import Settings

    warmed: list[Pipeline] = []
    monkeypatch.setattr("sitrep.pipeline.Resources.load", lambda settings=None: object())
    monkeypatch.setattr(Pipeline, "warm", lambda self: warmed.append(self))
    Pipeline.load(Settings(), warm=warm)
    assert len(warmed) == calls
