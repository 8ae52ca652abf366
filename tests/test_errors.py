from __future__ import annotations

import inspect

import pytest

from sitrep import errors


def _classes():
    return [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, errors.SitrepError)]


def test_errors_codes_unique():
    codes = [c.code for c in _classes()]
    assert len(codes) == len(set(codes))


def test_errors_every_class_drawn_in_module_docstring():
    for cls in _classes():
        assert cls.__name__ in errors.__doc__, cls.__name__


@pytest.mark.parametrize("kwargs, where", [
    ({"path": "a.jsonl", "line": 3}, "a.jsonl:3"),
    ({"path": "a.txt"}, "a.txt"),
    ({"article_id": "x1", "stage": "extract"}, "article x1 (extract)"),
])
def test_errors_message_names_where(kwargs, where):
    err = errors.MalformedRecordError("bad JSON — missing quote; fix the line", **kwargs)
    assert str(err) == f"[S105] {where}: bad JSON — missing quote; fix the line"
