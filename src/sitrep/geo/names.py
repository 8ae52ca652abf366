"""Name normalisation shared by the index builder and the lookup (both sides must agree).

"St. Louis" -> "saint louis", "Qilā Saifullāh" -> "qila saifullah", "U.S." -> "us",
"D.I. Khan" -> "di khan". Generic unit words ("district", "county") are removed only by
`strip_generic`, which gives the short form a unit is also indexed under. The words and letters
names are folded by live in data/places/names.yaml (`sitrep.geo.data.NameWords`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sitrep.geo.data import NameWords, load_name_words

_NON_WORD = re.compile(r"[^\w]+")
_APOSTROPHES = str.maketrans("", "", "'’‘`ʻʼ.")

@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """The packaged spelling knowledge (data/places/names.yaml), read once."""
    return load_name_words()


@lru_cache(maxsize=1)
def lookup_generic() -> frozenset[str]:
    """The unit words dropped when a name is looked up: those dropped when it is indexed, and a few
    more ("zone")."""
    return name_words().unit_words | name_words().lookup_unit_words


@lru_cache(maxsize=1 << 16)  # the ranker and the weak-name finder look the same names up many times
def normalise(name: str) -> str:
    """Lower-case ASCII-folded words separated by single spaces ('' for no letters)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_APOSTROPHES).lower().replace("_", " ")
    words = _NON_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    expand = name_words().abbreviations
    return " ".join(expand.get(w, w) for w in words)


def strip_generic(norm: str, generic: frozenset[str] | None = None) -> str:
    """The normalised name without leading/trailing unit words ('' when nothing else is left);
    `generic`: the unit words, by default those dropped when names are indexed."""
    generic = name_words().unit_words if generic is None else generic
    words = norm.split()
    while words and (words[-1] in generic or " ".join(words[-2:]) in generic):
        words = words[:-2] if " ".join(words[-2:]) in generic else words[:-1]
    while words and words[0] in generic:
        words = words[1:]
    return " ".join(words)


def is_latin(name: str) -> bool:
    """True for names written in Latin letters (the only ones English text uses)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def fold(name: str) -> str:
    """The name without diacritics, case kept ("Khārān District" -> "Kharan District")."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ʼ", "'").strip()


def short_name(name: str) -> str:
    """A unit's name without its trailing unit words, case kept ("Kurram District" -> "Kurram",
    "Malakand Protected Area" -> "Malakand"); the name itself when nothing else would be left."""
    words = name.split()
    generic = name_words().unit_words
    while len(words) > 1:
        tail2 = " ".join(words[-2:]).lower()
        if len(words) > 2 and tail2 in generic:
            words = words[:-2]
        elif words[-1].lower() in generic:
            words = words[:-1]
        else:
            break
    return " ".join(words)


def spelling_key(norm: str) -> str:
    """A key that English spellings of one South Asian name share ("Moheshpur", "Maheshpur";
    "Jhenidah", "Jhenaidah"; "Laxmipur", "Lakshmipur"): the first letter, then the consonants
    with aspirates, w/b, z/j and doubled letters merged and the vowels dropped."""
    word = norm.replace(" ", "")
    if not word:
        return ""
    for a, b in name_words().spelling_letters:
        word = word.replace(a, b)
    head, rest = word[0], word[1:]
    out = [head]
    for ch in rest:
        if ch in "aeiouyh" or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


_OU_VOWEL = re.compile(r"ou(?=[aeiy])")


def _translit_words(norm: str) -> list[str]:
    """The name's words without the article, heads folded, letters for one sound merged (vowels kept)."""
    spelled = name_words()
    words = [w for w in norm.split() if w not in spelled.arabic_articles] or norm.split()
    heads = spelled.head_forms
    out: list[str] = []
    for w in words:
        if w in heads:
            out.append(heads[w])
            continue
        w = _OU_VOWEL.sub("uw", w)  # "Zouara": Zuwara
        for a, b in spelled.transliteration_letters:
            w = w.replace(a, b)
        out.append(w)
    return out


def translit_distance(a: str, b: str) -> int:
    """Edits between two normalised names once their article, heads and letters for one sound are
    folded, vowels kept: of the places that share a key, the ones spelled most alike ("Meknassi" is
    Meknassy, one edit, rather than Meknes)."""
    x, y = " ".join(_translit_words(a)).replace("ou", "u"), " ".join(_translit_words(b)).replace("ou", "u")
    prev = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        cur = [i]
        for j, cy in enumerate(y, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cx != cy)))
        prev = cur
    return prev[-1]


def translit_key(norm: str) -> str:
    """A key that English and French spellings of one Arabic (or Sahelian) place name share
    ("Janzour", "Janzur"; "Meknassi", "Meknassy"; "Medjez El Beb", "Medjez el Bab"; "Gasr Ben
    Gashir", "Qasr Bin Ghashir"): the article dropped, heads folded, then the consonants with
    French and English letters for one sound merged, vowels and doubled letters dropped."""
    key: list[str] = []
    for ch in "".join(_translit_words(norm)):
        if ch in "aeiouyh" or (key and ch == key[-1]):
            continue
        key.append(ch)
    return "".join(key)


def one_edit(a: str, b: str) -> bool:
    """The two differ by exactly one letter added, dropped or changed, or two neighbours swapped
    ("Pietermartizburg", "Pietermaritzburg")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]
