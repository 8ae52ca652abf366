"""The village or area a local fight is placed in, as the text words it: ACLED names a communal
militia after it ("Karab Communal Militia (Bangladesh)"). Read from the words round place nouns
("village", "area", "upazila"), not from the gazetteer, which rarely knows such villages. The place
nouns are `locality_heads` and `locality_name_parts` in data/places/context.yaml."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.geo.data import default_context
from sitrep.nlp.sentences import token_lowers

_AFTER_AT = frozenset({"in", "under", "of", "near", ",", "(", "on", "at"})
_BEFORE_PLACE = frozenset({"at", "in", "under"})
_PAIR_OPENERS = frozenset({"from", "of", "between"})  # "two groups of villagers of Lorem and Ipsum"
_NOT_NAMES = frozenset({"The", "A", "An", "In", "At", "On", "Of", "Two", "Three", "Upazila", "District", "Police",
                        "Sadar", "Union", "Parishad", "UP"})


def _name_back(doc: Doc, end: int, lo: int) -> tuple[int, int] | None:
    """The run of capitalised words that ends just before token `end` ("Char Bangshi")."""
    i = end
    while i > lo and (_name_word(doc[i - 1]) or doc[i - 1].text in ("'s", "-") and i - 1 > lo and i < end):
        i -= 1
    while i < end and not doc[i].text[:1].isupper():
        i += 1
    return (i, end) if i < end else None


def _name_word(tok: Token) -> bool:
    # letters, or letters and digits in a name that starts with a capital ("the PK5 area of Bangui")
    return tok.text[:1].isupper() and tok.text.isalnum() and tok.text not in _NOT_NAMES


def _name_forward(doc: Doc, start: int, hi: int) -> tuple[int, int] | None:
    k = start
    while k < hi and _name_word(doc[k]):
        k += 1
    return (start, k) if k > start else None


def find_locality(span: Span) -> str | None:
    """The village or area a local fight is placed in: "at Karab village", "village Hemu",
    "between Motua and Bashpara villages" (the first one named), "in Char Bangshi area", "at Natai in
    Brahmanbaria Sadar", "in Pekua upazila"."""
    doc = span.doc
    lowers = token_lowers(doc)  # the words are scanned once per level: no Token object for most
    name_parts = default_context().locality_name_parts
    for level, heads in enumerate(default_context().locality_heads):
        for i in range(span.start, span.end):
            if lowers[i] not in heads:
                continue
            tok = doc[i]
            # "at Tekani char village", "in Nariar Char": the char is part of the name
            part = i if lowers[i] in name_parts else i - 1 if i - 1 > span.start and lowers[i - 1] in name_parts \
                else None
            run = _name_back(doc, part if part is not None else tok.i, span.start)
            if run is not None:
                k = run[0] - 1
                if k > span.start and doc[k].lower_ in ("and", "&"):
                    run = _name_back(doc, k, span.start) or run
                return doc[run[0]:run[1]].text + (f" {doc[part].text.title()}" if part is not None else "")
            if tok.lower_ in ("village", "villages"):  # "village Hemu", "two villages (Tangera and Nurpur)"
                j = tok.i + 1
                while j < span.end and doc[j].lower_ in ("of", "(", ","):
                    j += 1
                run = _name_forward(doc, j, span.end)
                if run is not None:
                    return doc[run[0]:run[1]].text
        if level == 0:  # "villagers from Lorem and Ipsum clashed": the first village named
            for i in range(span.start, span.end):
                run = _name_forward(doc, i + 1, span.end) if lowers[i] in _PAIR_OPENERS else None
                if run is not None and run[1] + 1 < span.end and doc[run[1]].lower_ == "and" \
                        and _name_word(doc[run[1] + 1]):
                    return doc[run[0]:run[1]].text
        if level == 1:  # "at Char Bolaki in Gazaria upazila", "in Lorem (Ipsum, Dolor)", "in Lorem under Ipsum"
            for i in range(span.start, span.end):
                run = _name_forward(doc, i + 1, span.end) if lowers[i] in _BEFORE_PLACE else None
                if run is not None and run[1] < span.end and doc[run[1]].lower_ in _AFTER_AT:
                    return doc[run[0]:run[1]].text
    return None


def find_pair(span: Span) -> tuple[str, str] | None:
    """Two places or communities a fight is told as between: "clashes between Lorem and Ipsum",
    "between the Lorem and Ipsum communities", "villagers from Lorem and Ipsum" (ACLED names each
    side's communal militia after its own)."""
    doc = span.doc
    for tok in span:
        if tok.lower_ not in _PAIR_OPENERS:
            continue
        j = tok.i + 1 + (tok.i + 1 < span.end and doc[tok.i + 1].lower_ == "the")
        first = _name_forward(doc, j, span.end)
        if first is None or first[1] + 1 >= span.end or doc[first[1]].lower_ not in ("and", "&"):
            continue
        second = _name_forward(doc, first[1] + 1, span.end)
        # "between Monday and Friday" names days, not sides
        if second is not None and not any(t.ent_type_ in ("DATE", "TIME") for t in doc[first[0]:second[1]]):
            return doc[first[0]:first[1]].text, doc[second[0]:second[1]].text
    return None
