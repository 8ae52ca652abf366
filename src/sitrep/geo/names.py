"""Name normalisation shared by the index builder and the lookup (both sides must agree).

"St. Louis" -> "saint louis", "Qilā Saifullāh" -> "qila saifullah", "U.S." -> "us",
"D.I. Khan" -> "di khan". Generic unit words ("district", "county") are removed only by
`strip_generic`, which gives the short form a unit is also indexed under.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Abbreviations that head place names; expanded so "St Louis" and "Saint Louis" meet.
_EXPAND = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}
_NON_WORD = re.compile(r"[^\w]+")
_APOSTROPHES = str.maketrans("", "", "'’‘`ʻʼ.")

# Unit words that follow (or precede, "District of West Karachi") a unit's proper name.
GENERIC = frozenset({
    "district", "province", "county", "parish", "division", "agency", "tehsil", "governorate",
    "region", "prefecture", "municipality", "upazila", "zila", "borough", "department",
    "oblast", "state", "territory", "protected area", "tribal area", "frontier region",
    "wilayat", "velayat", "viloyati", "gobolka", "bibhag", "city", "sadar", "thana", "union",
})
# Unit words also dropped when a name is looked up, but not when short forms are indexed: GeoNames
# lists most of Ethiopia's zones twice ("Arsi", "Arsi Zone"), and a short form would give the one
# name two readings; the press writes "West Hararghe Zone" for the alias "West Hararghe".
LOOKUP_GENERIC = GENERIC | {"zone"}


@lru_cache(maxsize=1 << 16)  # the ranker and the weak-name finder look the same names up many times
def normalise(name: str) -> str:
    """Lower-case ASCII-folded words separated by single spaces ('' for no letters)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_APOSTROPHES).lower().replace("_", " ")
    words = _NON_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(_EXPAND.get(w, w) for w in words)


def strip_generic(norm: str, generic: frozenset[str] = GENERIC) -> str:
    """The normalised name without leading/trailing unit words ('' when nothing else is left)."""
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
    while len(words) > 1:
        tail2 = " ".join(words[-2:]).lower()
        if len(words) > 2 and tail2 in GENERIC:
            words = words[:-2]
        elif words[-1].lower() in GENERIC:
            words = words[:-1]
        else:
            break
    return " ".join(words)


_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("bh", "b"), ("jh", "j"),
             ("chh", "c"), ("ch", "c"), ("sh", "s"), ("x", "ks"), ("w", "b"), ("v", "b"), ("z", "j"),
             ("q", "k"), ("ck", "k"))


def spelling_key(norm: str) -> str:
    """A key that English spellings of one South Asian name share ("Moheshpur", "Maheshpur";
    "Jhenidah", "Jhenaidah"; "Laxmipur", "Lakshmipur"): the first letter, then the consonants
    with aspirates, w/b, z/j and doubled letters merged and the vowels dropped."""
    word = norm.replace(" ", "")
    if not word:
        return ""
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    head, rest = word[0], word[1:]
    out = [head]
    for ch in rest:
        if ch in "aeiouyh" or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


# Words Arabic names share, in the spellings English and French reports give them: the article
# ("al", "el", "ad", "ash"; dropped), and heads such as Qasr, Jebel, Oum, Bir, Wadi, each folded to
# one form ("Gasr Ben Gashir", "Qasr Bin Ghashir"; "Djebel", "Jabal"; "Oued", "Wadi").
_ARTICLES = frozenset({"al", "el", "ad", "ed", "as", "es", "ash", "esh", "at", "et", "az", "ez", "an", "ar",
                       "adh", "ath", "l"})
_HEADS = {**dict.fromkeys(("qasr", "gasr", "kasr", "ksar", "qsar", "gsar"), "ksr"),
          **dict.fromkeys(("jebel", "jabal", "djebel", "gebel", "jbel", "djbel", "jabel", "jebal"), "jbl"),
          **dict.fromkeys(("um", "umm", "oum", "om", "omm"), "um"),
          **dict.fromkeys(("abu", "abou", "bou", "bu", "abo"), "bu"),
          **dict.fromkeys(("bin", "ben", "ibn", "bni", "beni", "bani", "bene"), "bn"),
          **dict.fromkeys(("wadi", "oued", "ouadi", "wad"), "wd"),
          **dict.fromkeys(("ain", "ayn", "ein", "aioun", "ayoun", "uyun"), "yn"),
          **dict.fromkeys(("bir", "beer"), "br")}
# French and English letters for one sound: "Djerba"/"Jerba", "Chott"/"Shatt", "Ouargla"/"Wargla",
# "Qasr"/"Gasr"/"Kasr" (Libyan and Sudanese speech say q as g).
_TRANSLIT = (("tch", "c"), ("dj", "j"), ("ch", "s"), ("sh", "s"), ("kh", "k"), ("gh", "k"), ("q", "k"),
             ("g", "k"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("x", "ks"))
_OU_VOWEL = re.compile(r"ou(?=[aeiy])")


def _translit_words(norm: str) -> list[str]:
    """The name's words without the article, heads folded, letters for one sound merged (vowels kept)."""
    words = [w for w in norm.split() if w not in _ARTICLES] or norm.split()
    out: list[str] = []
    for w in words:
        if w in _HEADS:
            out.append(_HEADS[w])
            continue
        w = _OU_VOWEL.sub("uw", w)  # "Zouara": Zuwara
        for a, b in _TRANSLIT:
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
