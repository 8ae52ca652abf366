from __future__ import annotations

import math

import pytest

from sitrep.evaluate import metrics as m

# Hand-worked example: gold a,a,a,b,b,c ; predicted a,a,b,b,c,c
#   a: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 0.8
#   b: tp 1, fp 1, fn 1 -> P 1/2, R 1/2, F1 0.5
#   c: tp 1, fp 1, fn 0 -> P 1/2, R 1, F1 2/3
PAIRS = [("a", "a"), ("a", "a"), ("a", "b"), ("b", "b"), ("b", "c"), ("c", "c")]


def test_metrics_accuracy_and_confusion() -> None:
    assert m.accuracy(PAIRS) == pytest.approx(4 / 6)
    conf = m.confusion(PAIRS)
    assert conf[("a", "a")] == 2 and conf[("a", "b")] == 1 and conf[("c", "a")] == 0
    assert m.labels(PAIRS) == ["a", "b", "c"]


def test_metrics_per_class_hand_computed() -> None:
    scores = m.per_class(PAIRS)
    assert (scores["a"].precision, scores["a"].recall, scores["a"].f1) == pytest.approx((1.0, 2 / 3, 0.8))
    assert scores["b"].f1 == pytest.approx(0.5)
    assert (scores["c"].precision, scores["c"].recall) == pytest.approx((0.5, 1.0))
    assert [scores[k].support for k in "abc"] == [3, 2, 1]


def test_metrics_macro_and_weighted_f1() -> None:
    assert m.macro_f1(PAIRS) == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert m.weighted_f1(PAIRS) == pytest.approx((0.8 * 3 + 0.5 * 2 + 2 / 3 * 1) / 6)


def test_metrics_macro_f1_counts_predicted_only_labels() -> None:
    # "x" is never gold but is predicted: it joins the average with F1 0 (scikit-learn's convention)
    assert m.macro_f1([("a", "a"), ("a", "x")]) == pytest.approx((2 / 3 + 0) / 2)
    assert m.weighted_f1([("a", "a"), ("a", "x")]) == pytest.approx(2 / 3)


def test_metrics_empty_inputs_give_none() -> None:
    for fn in (m.accuracy, m.macro_f1, m.weighted_f1, m.exact_match, m.mae, m.median):
        assert fn([]) is None
    assert m.share_within([], 161) is None
    assert m.share([]) is None


def test_metrics_counts() -> None:
    pairs = [(3, 3), (0, 1), (10, 4)]
    assert m.exact_match(pairs) == pytest.approx(1 / 3)
    assert m.mae(pairs) == pytest.approx((0 + 1 + 6) / 3)


def test_metrics_haversine_known_distances() -> None:
    assert m.haversine_km(0, 0, 1, 0) == pytest.approx(111.195, abs=0.01)  # one degree of a meridian
    assert m.haversine_km(10, 20, 10, 20) == 0.0
    assert m.haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * m.EARTH_RADIUS_KM)
    # Karachi to Lahore, about 1,030 km on the ground
    assert 1000 < m.haversine_km(24.86, 67.01, 31.55, 74.34) < 1060


def test_metrics_share_within_and_median() -> None:
    ds = [0.0, 10.0, 25.0, 26.0, 161.0, 500.0]
    assert m.share_within(ds, 25) == pytest.approx(3 / 6)  # 25 km itself counts as within
    assert m.share_within(ds, 161) == pytest.approx(5 / 6)
    assert m.median(ds) == pytest.approx(25.5)


def test_metrics_span_matching_is_one_to_one() -> None:
    gold = [(0, 5), (3, 8), (20, 25)]
    pred = [(4, 6), (21, 22), (30, 35)]
    # (4, 6) overlaps both of the first two gold spans but can match only one
    assert m.match_spans(pred, gold) == [(0, 0), (2, 1)]
    s = m.span_prf(pred, gold)
    assert (s.precision, s.recall, s.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_metrics_touching_spans_do_not_overlap() -> None:
    assert not m.overlaps((0, 5), (5, 9))
    assert m.span_prf([], [(0, 1)]) == m.PRF(0.0, 0.0, 0.0, 1)
