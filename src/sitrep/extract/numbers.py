"""Figures in text: digits ("22", "1,200"), number words ("twenty-two", via text2num), vague words
("dozens", from the lexicon), qualifiers ("at least") and ranges ("15 to 20", "15-20").

Works on lower-cased token texts so that it runs on any Doc (a blank pipeline included). The words
(vague quantities, qualifiers) come from the casualty lexicon; only the English number words that
text2num itself knows are listed here, as they are its input alphabet, not domain knowledge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from text_to_num import text2num

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
          "ninety hundred thousand million").split()
NUMBER_WORDS = frozenset(_UNITS)
_RANGE_LINKS = frozenset({"to", "-", "–", "or", "and"})


class PhraseSet:
    """Multi-word phrases matched on token texts; the longest match at a position wins."""

    _REACH = 6  # match_ending looks at phrases of up to this many words

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        # match_ending is called at every token and most end no phrase: by last word, the lengths of
        # the phrases (up to _REACH words) that end with it, longest first
        self._ending: dict[str, list[int]] = {}
        for p in phrases:
            words = tuple(p.lower().split())
            if words:
                self._by_first.setdefault(words[0], []).append(words)
                if len(words) <= self._REACH:
                    self._ending.setdefault(words[-1], []).append(len(words))
        for v in self._by_first.values():
            v.sort(key=len, reverse=True)
        self._ending = {w: sorted(set(ns), reverse=True) for w, ns in self._ending.items()}

    @property
    def last_words(self) -> frozenset[str]:
        """Every word a phrase of up to _REACH words ends with: match_ending is 0 before any other."""
        return frozenset(self._ending)

    def match(self, words: Sequence[str], i: int) -> int:
        """Length in tokens of the longest phrase starting at `i`; 0 when none."""
        if i >= len(words):
            return 0
        for cand in self._by_first.get(words[i], ()):
            if len(cand) == 1 or tuple(words[i:i + len(cand)]) == cand:  # words[i] is cand[0]
                return len(cand)
        return 0

    def match_ending(self, words: Sequence[str], end: int) -> int:
        """Length of the longest phrase that ends just before `end`, and is the longest phrase
        starting where it starts; 0 when none."""
        if end < 1 or end > len(words):
            return 0
        for n in self._ending.get(words[end - 1], ()):
            if n <= end and self.match(words, end - n) == n:
                return n
        return 0


@dataclass(frozen=True, slots=True)
class Vague:
    value: int
    high: int


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as tokens [start, end) with its reading."""

    start: int
    end: int
    value: int
    low: int
    high: int
    qualifier: str | None = None
    vague: bool = False


def _digits(word: str) -> int | None:
    return int(word.replace(",", "")) if _DIGITS.match(word) else None


def _number_words(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """(value, tokens used) for "twenty - two", "one hundred and five"; None when no number word."""
    j, parts = i, []
    while j < len(words):
        w = words[j]
        if w in NUMBER_WORDS:
            parts.append(w)
        elif w in ("-", "and") and parts and j + 1 < len(words) and words[j + 1] in NUMBER_WORDS \
                and (w == "-" or "hundred" in parts or "thousand" in parts):
            pass
        else:
            break
        j += 1
    while parts and parts[-1] in ("-", "and"):
        parts.pop()
    if not parts:
        return None
    try:
        return int(text2num(" ".join(parts), "en")), j - i
    except ValueError:
        # "two three" is not one number: read the first word alone.
        return int(text2num(parts[0], "en")), 1


def _core(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of a plain number at `i`."""
    if i >= len(words):
        return None
    d = _digits(words[i])
    if d is not None:
        return d, 1
    return _number_words(words, i)


def plain_number(words: Sequence[str], i: int) -> int | None:
    """The value of a plain number (digits or number words) at `i`, without qualifiers or ranges."""
    core = _core(words, i)
    return core[0] if core is not None else None


class FigureReader:
    """Reads figures with the lexicon's vague words and qualifiers."""

    def __init__(self, vague: Mapping[str, Vague], qualifiers: Mapping[str, str]) -> None:
        self.vague = dict(vague)
        self.vague_set = PhraseSet(vague)
        self.qualifiers = dict(qualifiers)
        self.qualifier_set = PhraseSet(qualifiers)
        # the words a figure can start with: a qualifier's or a vague phrase's first, a number word
        # (or a digit: `_DIGITS` wants one first)
        self._starts = frozenset(self.qualifier_set._by_first) | frozenset(self.vague_set._by_first) | NUMBER_WORDS

    def read_at(self, words: Sequence[str], i: int) -> Figure | None:
        q = self.qualifier_set.match(words, i)
        if q:
            fig = self._plain_at(words, i + q)
            if fig is not None:
                qual = " ".join(words[i:i + q])
                return Figure(i, fig.end, fig.value, fig.low, fig.high, qual, fig.vague)
        return self._plain_at(words, i)

    def _plain_at(self, words: Sequence[str], i: int) -> Figure | None:
        v = self.vague_set.match(words, i)
        core = _core(words, i)
        if v and core is None:
            phrase = " ".join(words[i:i + v])
            reading = self.vague[phrase]
            return Figure(i, i + v, reading.value, reading.value, reading.high, phrase, True)
        if core is None:
            return None
        value, n = core
        j = i + n
        if j + 1 < len(words) and words[j] in _RANGE_LINKS:
            upper = _core(words, j + 1)
            if upper is not None and upper[0] > value and (words[j] != "and" or words[i - 1:i] == ["between"]):
                return Figure(i, j + 1 + upper[1], value, value, upper[0])
        return Figure(i, j, value, value, value)

    def read_all(self, words: Sequence[str]) -> list[Figure]:
        out: list[Figure] = []
        i = 0
        starts = self._starts
        while i < len(words):
            w = words[i]
            if w not in starts and not w[:1].isdecimal():  # read_at would find nothing (most words)
                i += 1
                continue
            fig = self.read_at(words, i)
            if fig is None:
                i += 1
                continue
            out.append(fig)
            i = fig.end
        return out
