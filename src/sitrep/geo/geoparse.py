"""Toponyms of an article: recognition (spaCy entities + our ruler + context rules), the dateline,
then resolution by `sitrep.geo.rank`.

Context rules: a peoples' name ("Baloch", "Pashtun") is not a place unless a unit word follows it;
a name after a title ("President Kennedy") or before an institution word ("Quetta Gladiators"
is an ORG anyway, "Peshawar University") is not a place; a unit word next to a name sets its level;
"A, B", "A in B" and "A (B)" make B the container of A; the names of a list ("A, B, C and D") are
siblings, which the ranker reads at one level.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from sitrep.geo.data import Context
from sitrep.geo.build import ALIAS, PRIMARY
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.names import normalise, strip_generic
from sitrep.geo.rank import Mention, resolve
from sitrep.geo.weak import add_weak_mentions, ends_a_name, inside_longer_name
from sitrep.model import Article, Toponym
from sitrep.nlp.sentences import text_of, token_texts

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Between a name and the unit that holds it: "Turbat, Kech", "Turbat in Kech", "Sharsha (Jessore)",
# "Madhupur village of Pabna", "Daulatpur upazila, Kushtia", "Austin, in Scott County", "the district of X".
CONTAINED_BY = re.compile(
    r"^(?:\s+(?:village|town|city|area|union|upazila|thana|tehsil|district|county|parish|sub-district))?"
    r"(?:\s*,\s*|\s*,?\s+(?:in|of)\s+(?:the\s+)?|\s*\(\s*|\s+district\s+of\s+)$", re.I)
# "QUETTA:", "Quetta, Feb 3 (Reuters) -", "date 2026-02-04 Quetta:", "ISLAMABAD/QUETTA —"
_DATELINE = re.compile(
    r"^\W*(?:date\s+\S+\s+)?(?P<place>[A-Z][\w'.-]*(?:[ -][A-Z][\w'.-]*){0,3})"
    r"(?P<more>(?:\s*/\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})*)"
    r"(?:\s*,\s*[A-Z][\w.]+(?: [A-Z][\w.]+)?(?=\s*[,(:—–-]))?"  # ", Afghanistan" / ", Pakistan,"
    r"(?:\s*,\s*(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,}\.?)(?:,?\s*\d{4})?)?"
    r"\s*(?:\([A-Z][\w .&-]*\))?\s*(?::|—|–|--|\s-\s)")
# After a headline the dateline is in capitals: "Council votes. MANSFIELD — The City Council..."
_DATELINE_AFTER_HEADLINE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?P<place>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})"
    r"(?P<more>(?:\s*/\s*[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})*)"  # "KABUL/ISLAMABAD:" (more: the others)
    r"(?:\s*,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:\([A-Z][\w .&-]*\))?\s*(?:—|–|--|:)")
# ... or in title case when the day follows it: "Two killed in Bijapur blast\n\nRaipur, March 24 (PTI): ..."
_DATELINE_DATED_AFTER_HEADLINE = re.compile(
    r"\n\s*(?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})\s*,\s*"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s*\d{4})?"
    r"\s*(?:\([A-Z][\w .&-]*\))?\s*(?::|—|–|--|\s-\s)")
_DATELINE_WINDOW = 300


def _trim(span: Span) -> Span | None:
    """Drop a leading "the" and trailing possessive; None when nothing capitalised is left."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and span.doc[end - 1].text in ("'s", "’s", "'", "’", ".", ","):
        end -= 1
    if start >= end or not any(t.text[:1].isupper() for t in span.doc[start:end]):
        return None
    return span.doc[start:end]


def _unit_after(doc: Doc, span: Span, ctx: Context) -> str | None:
    nxt = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("tribal", "frontier"))
    # "Kech district", "Bajaur tribal district", "Bassa local government (area)": the longest unit word
    for n in (3, 2, 1):
        if nxt + n <= len(doc):
            level = ctx.unit_level.get(" ".join(t.lower_ for t in doc[nxt:nxt + n]))
            if level is not None:
                return level
    last = span[-1].lower_
    if len(span) > 1 and last in ctx.unit_level:  # "Kech District" as one entity
        return ctx.unit_level[last]
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        return ctx.unit_level.get(doc[span.start - 2].lower_)  # "the district of Kech"
    return None


def _is_place(doc: Doc, span: Span, ctx: Context, *, unit: str | None, surnames: set[str]) -> bool:
    before = doc[span.start - 1].text.rstrip(".") if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    if before in ctx.not_place_before or after in ctx.not_place_after:
        return False
    if len(span) == 1 and (span[0].lower_ in ctx.not_place_words or span.text in surnames):
        return False  # "North"; "Hartmann" after "Dan Hartmann"
    if span[-1].text in ctx.not_place_after:  # "Webb Center", "Main Street"
        return False
    if len(span) == 1 and ends_a_name(doc, span, ctx):
        return False  # "Officer Saleem Abbas Kulachi said": a family name taken from a town
    if inside_longer_name(doc, span, ctx):
        return False
    return not (span.text in ctx.peoples and unit is None)


def _surnames(doc: Doc) -> set[str]:
    return {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}


def _spans(doc: Doc, ctx: Context, gazetteer: Gazetteer) -> list[tuple[Span, bool, str | None]]:
    """(span, is_demonym, unit) for the names the NER and ruler tag as places, in text order."""
    out = []
    surnames = _surnames(doc)
    for ent in doc.ents:
        # the small model often tags a lone demonym before a noun as a person or a body ("Bangladeshi fishermen")
        demonym = (ent.label_ == "NORP" or ent.label_ in ("PERSON", "ORG") and len(ent) == 1) \
            and gazetteer.is_demonym(ent.text)
        span = _trim(ent)
        if span is None:
            continue
        if ent.label_ not in PLACE_LABELS and not demonym and not _names_a_site(doc, span, ctx, gazetteer):
            continue
        unit = _unit_after(doc, span, ctx)
        if not _is_place(doc, span, ctx, unit=unit, surnames=surnames):
            continue
        if ent.label_ == "FAC" and not gazetteer.lookup(span.text, limit=1):
            continue  # buildings and roads the gazetteer does not know
        if not _named(span.text, gazetteer):
            continue
        if any(ch.isdigit() for ch in span.text) and not gazetteer.lookup(span.text, limit=1):
            continue  # "H5N1", "Route 9": codes, not names
        out.append((span, demonym, unit))
    return out


def _names_a_site(doc: Doc, span: Span, ctx: Context, gazetteer: Gazetteer) -> bool:
    """An organisation tag on a known place before a site head ("the Torkham border crossing",
    "the Pezu checkpost"): the model reads the name with its head as a body, but the site lies in the place.
    Only a name the gazetteer holds as written (not a spelling variant of another place)."""
    if not ctx.site_heads or span.end >= len(doc):
        return False
    following = doc[span.end:span.end + 2].text.lower()
    return any(following == head or following.startswith(head + " ") for head in ctx.site_heads) \
        and any(m.kind in (PRIMARY, ALIAS) for m in gazetteer.lookup(span.text, limit=3))


def _named(text: str, gazetteer: Gazetteer) -> bool:
    """False for unit words alone ("Sadar", "Upazila") and for one- or two-letter tags ("AL")
    that are not a known abbreviation ("UK", "KP")."""
    norm = normalise(text)
    if not strip_generic(norm):
        return False
    if len(norm.replace(" ", "")) <= 2:
        return any(m.kind == ALIAS for m in gazetteer.lookup(text, limit=5))
    return True


def find_dateline(text: str, article: Article) -> tuple[int, int] | None:
    """Offsets of the reporting place at the top of the article, if it has one."""
    head = text[:_DATELINE_WINDOW]
    if article.dateline:
        at = head.lower().find(article.dateline.lower())
        if at >= 0:
            return at, at + len(article.dateline)
    m = _dateline_match(head)
    return (m.start("place"), m.end("place")) if m else None


def dateline_head(text: str) -> tuple[int, int] | None:
    """Offsets of the whole dateline ("KABUL, Nov 7 (Reuters) -"): a day it gives is the day of filing."""
    m = _dateline_match(text[:_DATELINE_WINDOW])
    return m.span() if m else None


def _dateline_match(head: str) -> re.Match[str] | None:
    return _DATELINE.match(head) or _DATELINE_AFTER_HEADLINE.search(head) or _DATELINE_DATED_AFTER_HEADLINE.search(head)


def _co_datelines(text: str, dateline: tuple[int, int] | None) -> tuple[int, int] | None:
    """"KABUL/ISLAMABAD:": the offsets of the places the dateline joins to its first ("/ISLAMABAD"),
    reporting places as much as the first is."""
    m = _dateline_match(text[:_DATELINE_WINDOW])
    if dateline is None or m is None or m.start("place") != dateline[0] or "more" not in m.re.groupindex \
            or not m.group("more"):
        return None
    return m.start("more"), m.end("more")


def _with_dateline(mentions: list[Mention], dateline: tuple[int, int] | None, text: str,
                   gazetteer: Gazetteer) -> list[Mention]:
    if dateline is None:
        return mentions
    s, e = dateline
    hit = [i for i, m in enumerate(mentions) if m.start < e and s < m.end]
    if hit:
        i = hit[0]
        m = mentions[i]
        mentions[i] = replace(m, is_dateline=True)
        return mentions
    if not gazetteer.lookup(text[s:e], limit=1):
        return mentions
    return sorted([*mentions, Mention(s, e, text[s:e], is_dateline=True)], key=lambda m: m.start)


def _repeat_mentions(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A name resolved as a place once is a place wherever else it occurs as a whole word
    ("the Mansfield Law Enforcement Center" after "MANSFIELD —")."""
    readings = resolve(mentions, gazetteer=gazetteer)
    people = _surnames(doc)
    names = {m.text for m, r in zip(mentions, readings)
             if r.place is not None and not m.demonym and len(m.text) > 3 and m.text not in people}
    if not names:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    ends = {s + len(t) for s, t in zip(starts, token_texts(doc))}
    starts = set(starts)
    text = text_of(doc)  # doc.text is built from the tokens on every access
    added = []
    for name in names:
        for hit in re.finditer(re.escape(name), text):
            s, e = hit.span()
            if s in starts and e in ends and not any(a < e and s < b for a, b in taken):
                added.append(Mention(s, e, name))
                taken.append((s, e))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _compound_tail(m: Mention, text: str, ctx: Context) -> bool:
    """The name ends a hyphenated word that starts in lower case ("euro-Atlantic", "anti-American",
    "pro-Kremlin"): an adjective, not a place named. An Arabic article is part of the name ("el-Arish")."""
    if m.start < 2 or text[m.start - 1] not in "-–":
        return False
    word = re.search(r"(\w+)$", text[max(0, m.start - 30):m.start - 1])  # "Fargo-Moorhead" is two places
    return word is not None and word.group(1)[0].islower() and word.group(1) not in ctx.name_articles


def _join_hyphenated(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Two names joined by a hyphen that together are one place's name ("Guinea" "-" "Bissau":
    Guinea-Bissau) become one mention; "Quetta-Karachi" stays two."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and not prev.demonym and not m.demonym and text[prev.end:m.start] in ("-", "–"):
            joined = text[prev.start:m.end]
            if any(c.kind in (PRIMARY, ALIAS) for c in gazetteer.lookup(joined, limit=5)):
                out[-1] = replace(prev, end=m.end, text=joined, unit=m.unit)
                continue
        out.append(m)
    return out


# A Persian ezafe joining two words of one name: "Dand-e-Patan", "Pul-i-Khumri", "Darah-ye Pech"
_EZAFE = re.compile(r"[-–](?:e|i|ye|y)[-–\s]([A-Z][\w'’]+)")


def _join_ezafe(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """A name the model cut at its ezafe ("Dand" of "Dand-e-Patan", "Pul" of "Pul-e-Khumri") takes its
    second word back when the whole name is a place: "Pul" alone is a town in Iran. When the whole
    name is no place the gazetteer holds, its first word alone names none either."""
    out = []
    for m in mentions:
        tail = _EZAFE.match(text, m.end)
        if tail is not None and not m.demonym:
            joined = text[m.start:tail.end()]
            if not gazetteer.lookup(joined, limit=1):
                continue  # "Gulistan-e-Jauhar", a Karachi neighbourhood: not the town Gulistan in Balochistan
            m = replace(m, end=tail.end(), text=joined)
        out.append(m)
    return out


def _lists(mentions: Sequence[Mention], text: str) -> dict[int, int]:
    """Mention index -> index of the first name of the list it is in: three or more names joined by
    commas with "and"/"or" before the last ("Alberta, Manitoba, Ontario and Quebec"). A chain of
    containers has no "and" ("Sharsha, Jessore, Khulna")."""
    seps = [text[a.end:b.start] for a, b in zip(mentions, mentions[1:])]
    out: dict[int, int] = {}
    start = 0
    for i, sep in enumerate(seps):
        if _LIST_COMMA.match(sep):
            continue
        if _LIST_END.match(sep) and i + 1 - start >= 2:
            out |= {j: start for j in range(start, i + 2)}
        start = i + 1
    return out


_LIST_COMMA = re.compile(r"^\s*,\s*$")
_LIST_END = re.compile(r"^\s*,?\s*(?:and|or|&)\s+$")


def _link_containers(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """"A, B", "A in B", "A (B)": B holds A; names of one list are siblings instead."""
    out = list(mentions)
    lists = _lists(out, text)
    for i, a in enumerate(out):
        if i in lists:
            out[i] = replace(a, group=lists[i])
        elif i + 1 < len(out) and not a.demonym and not out[i + 1].demonym \
                and CONTAINED_BY.match(text[a.end:out[i + 1].start]):
            out[i] = replace(a, container=i + 1)
    return out


def _outside(mentions: list[Mention], names: Sequence[tuple[int, int]]) -> list[Mention]:
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in names)] if names else mentions


def find_mentions(doc: Doc, article: Article, *, gazetteer: Gazetteer, countries: Collection[str] = (),
                  not_places: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """The article's place names as the ranker reads them (unit words, containers, dateline).
    `countries`: ISO3 of the countries the text's actors point to. `not_places`: character spans of
    names that hold no place mention whatever words they share with one (a party wing's "Juba League"
    is no mention of Juba)."""
    ctx = gazetteer.context
    mentions = _outside([Mention(s.start_char, s.end_char, s.text, unit, demonym=demonym)
                         for s, demonym, unit in _spans(doc, ctx, gazetteer)], not_places)
    mentions = _outside(add_weak_mentions(doc, mentions, gazetteer=gazetteer, countries=countries), not_places)
    mentions = _outside(_repeat_mentions(doc, mentions, gazetteer), not_places)
    text = text_of(doc)
    mentions = [m for m in _join_ezafe(_join_hyphenated(mentions, text, gazetteer), text, gazetteer)
                if not _compound_tail(m, text, ctx)]
    dateline = find_dateline(text, article)
    mentions = _with_dateline(mentions, dateline, text, gazetteer)
    if (more := _co_datelines(text, dateline)) is not None:
        mentions = [replace(m, is_dateline=True) if more[0] <= m.start and m.end <= more[1] else m for m in mentions]
    return _link_containers(mentions, text)


def find_toponyms(doc: Doc, article: Article, *, gazetteer: Gazetteer,
                  country_hints: Mapping[str, float] = MappingProxyType({}),
                  not_places: Sequence[tuple[int, int]] = ()) -> list[Toponym]:
    """Every place name in the article with its resolved Place (None: recognised, not resolved).
    `country_hints`: ISO3 -> weight of countries the text names otherwise (its parties, groups);
    `not_places`: character spans of names that hold no place mention (find_mentions)."""
    mentions = find_mentions(doc, article, gazetteer=gazetteer, countries=frozenset(country_hints),
                             not_places=not_places)
    readings = resolve(mentions, gazetteer=gazetteer, hints=country_hints)
    return [Toponym(m.start, m.end, m.text, r.place, r.score, m.is_dateline)
            for m, r in zip(mentions, readings)]


def toponym_record(article: Article, toponyms: Sequence[Toponym]) -> dict[str, object]:
    """The `sitrep geoparse` JSON Lines record of one article."""
    out = []
    for t in toponyms:
        p = t.place
        out.append({
            "start": t.start, "end": t.end, "text": t.text,
            "name": p.name if p else None,
            "latitude": p.latitude if p else None, "longitude": p.longitude if p else None,
            "geonameid": p.geonameid if p else None, "feature_code": p.feature_code if p else None,
            "country": p.country if p else None, "admin1": p.admin1 if p else None,
            "admin2": p.admin2 if p else None, "score": t.score,
        })
    return {"article_id": article.id, "toponyms": out}
