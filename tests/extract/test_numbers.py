import pytest

from sitrep.extract.numbers import FigureReader, PhraseSet, Vague

READER = FigureReader({"dozens": Vague(12, 99), "a few": Vague(3, 9), "several": Vague(3, 9)},
                      {"at least": "low", "up to": "high", "about": "about", "more than": "low"})


def _words(text: str) -> list[str]:
    import spacy

    return [t.lower_ for t in spacy.blank("en")(text)]


@pytest.mark.parametrize("text,value,low,high,qualifier", [
    ("22", 22, 22, 22, None),
    ("1,200", 1200, 1200, 1200, None),
    ("twenty-two", 22, 22, 22, None),
    ("one hundred and five", 105, 105, 105, None),
    ("at least 177", 177, 177, 177, "at least"),
    ("more than twenty", 20, 20, 20, "more than"),
    ("up to 30", 30, 30, 30, "up to"),
    ("15 to 20", 15, 15, 20, None),
    ("15-20", 15, 15, 20, None),
    ("dozens", 12, 12, 99, "dozens"),
    ("a few", 3, 3, 9, "a few"),
    ("about 40", 40, 40, 40, "about"),
])
def test_numbers_reads_figure(text, value, low, high, qualifier):
    fig = READER.read_at(_words(text), 0)
    assert fig is not None
    assert (fig.value, fig.low, fig.high, fig.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize("text", ["soldiers", "the", "-"])
def test_numbers_no_figure(text):
    assert READER.read_at(_words(text), 0) is None


def test_numbers_read_all_keeps_order():
    figs = READER.read_all(_words("three soldiers and 12 civilians, then dozens more"))
    assert [f.value for f in figs] == [3, 12, 12]


def test_numbers_phrase_set_longest_match():
    ps = PhraseSet(["shot", "shot dead"])
    assert ps.match(["shot", "dead", "x"], 0) == 2
    assert ps.match_ending(["were", "shot", "dead"], 3) == 2
    assert ps.match(["dead"], 0) == 0


def test_numbers_phrase_set_match_ending_bounds():
    ps = PhraseSet(["shot dead", "dead"])
    words = ["were", "shot", "dead"]
    assert ps.match_ending(words, 3) == 2
    assert [ps.match_ending(words, end) for end in (0, 1, 2, 4)] == [0, 0, 0, 0]
    assert ps.match_ending(["dead"], 1) == 1
