"""Offline language identification: the writing system first, then stop-word ratios over spaCy's lists.

A text in a non-Latin script is given that script's language (Arabic script is told apart as Arabic,
Persian or Urdu by stop words, Cyrillic and Devanagari likewise). A Latin-script text gets the language
whose spaCy stop-word list covers the largest share of its words; English keeps the text unless another
list covers clearly more (news English is ~40% stop words; another list then covers < 20%).
One-letter words are ignored: several lists hold them and "U.S." splits into two.
Texts shorter than MIN_WORDS get None: too little to judge, and they pass.
"""

from __future__ import annotations

import importlib.util
import runpy
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MIN_WORDS = 8
MAX_WORDS = 400  # enough to judge; keeps the cost per article flat
# Latin-script languages with a spaCy stop-word list; English first so it wins ties.
LATIN = ("en", "fr", "es", "de", "pt", "it", "nl", "id", "ms", "tr", "sv", "da", "nb", "pl", "ro", "ca", "fi",
         "hu", "cs", "hr", "sk", "sl", "tl", "af", "sq", "et", "lt", "lv", "eu", "vi", "yo", "az")
# Script (first word of the Unicode character name) -> candidate languages, the default first.
SCRIPTS: Mapping[str, tuple[str, ...]] = {
    "ARABIC": ("ar", "ur", "fa"), "CYRILLIC": ("ru", "uk", "bg", "mk", "sr"), "DEVANAGARI": ("hi", "mr", "ne"),
    "BENGALI": ("bn",), "GURMUKHI": ("pa",), "GUJARATI": ("gu",), "TAMIL": ("ta",), "TELUGU": ("te",),
    "KANNADA": ("kn",), "MALAYALAM": ("ml",), "SINHALA": ("si",), "THAI": ("th",), "GREEK": ("el",),
    "HEBREW": ("he",), "ARMENIAN": ("hy",), "GEORGIAN": ("ka",), "ETHIOPIC": ("am",), "CJK": ("zh",),
    "HIRAGANA": ("ja",), "KATAKANA": ("ja",), "HANGUL": ("ko",), "MYANMAR": ("my",), "TIBETAN": ("bo",),
    "KHMER": ("km",),
}
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")  # punctuation around a word (\W also covers Indic vowel signs, kept inside)


@dataclass(frozen=True)
class StopWords:
    """Stop-word sets by language code, read from spaCy's language data."""

    sets: Mapping[str, frozenset[str]]

    @classmethod
    def load(cls) -> StopWords:
        codes = {*LATIN, *(c for group in SCRIPTS.values() for c in group)}
        return cls({code: words for code in sorted(codes) if (words := _spacy_stop_words(code))})

    def ratio(self, code: str, words: list[str]) -> float:
        stops = self.sets.get(code, frozenset())
        return sum(map(stops.__contains__, words)) / len(words) if words else 0.0  # asked for ~30 languages


@lru_cache(maxsize=None)  # the installed spaCy's files: read once per process, not per read_inputs call
def _spacy_stop_words(code: str) -> frozenset[str]:
    # Run spacy/lang/<code>/stop_words.py on its own: importing the language package would also build its
    # tokenizer exceptions (seconds for French), which language identification does not need.
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / code / "stop_words.py"
    if not path.is_file():
        return frozenset()
    words = runpy.run_path(str(path)).get("STOP_WORDS", ())
    return frozenset(w.lower() for w in words if len(w) > 1)


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def detect_language(text: str, *, stop_words: StopWords) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when the text is too short to judge."""
    words = [w for w in _words(text) if len(w) > 1 and not any(c.isdigit() for c in w)][:MAX_WORDS]
    if len(words) < MIN_WORDS:
        return None
    scripts: Counter[str] = Counter()
    for ch, n in Counter("".join(words)).items():  # each distinct letter once, in order of first use
        scripts[_script(ch)] += n
    script, count = scripts.most_common(1)[0]
    if script != "LATIN" and count > 0.5 * sum(scripts.values()):
        candidates = SCRIPTS.get(script, ())
        if not candidates:
            return "und"
        return max(candidates, key=lambda c: (stop_words.ratio(c, words), -candidates.index(c)))
    return _latin_language(words, stop_words)


def _words(text: str) -> list[str]:
    # Split on spaces, not on \W: Devanagari and Bengali vowel signs are not \w and would cut words apart.
    return [_EDGE.sub("", w) for w in text.lower().split()[: MAX_WORDS * 2]]


def _latin_language(words: list[str], stop_words: StopWords) -> str:
    english = stop_words.ratio("en", words)
    best, best_ratio = "en", english
    for code in LATIN[1:]:
        r = stop_words.ratio(code, words)
        if r > best_ratio:
            best, best_ratio = code, r
    if best != "en" and best_ratio >= 0.2 and best_ratio > 1.5 * english:
        return best
    return "en"
