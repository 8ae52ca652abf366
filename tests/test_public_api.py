from __future__ import annotations

import sitrep


def test_public_api_all_names_resolve():
    for name in sitrep.__all__:
        assert getattr(sitrep, name) is not None, name


def test_public_api_is_sorted_and_unique():
    assert list(sitrep.__all__) == sorted(set(sitrep.__all__))
