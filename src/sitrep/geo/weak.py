"""Place names the NER tags as something else or misses ("Alexandria" as PERSON, "Ohio" inside
"Ohio State", "Fargo" untagged): accepted only when the gazetteer reading is strong.

Strong means: a country or admin1 unit written as GeoNames writes it; a unit named with its unit
word ("Rapides Parish"); or a town or unit inside the document's focus (the admin1 units the sure
mentions resolved to), which is how a local paper names its towns; or, after a locative word, a town
or unit of a country the text's actors point to ("Troops clashed with Boko Haram at X": a Nigerian
village of any size). Acceptance runs in rounds, so a unit found in one round can bring its towns in
the next.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Span

from sitrep.geo.build import ALIAS, ALTERNATE, DEMONYM, PRIMARY, SPELLING, TRANSLIT, TYPO
from sitrep.geo.data import Context
from sitrep.geo.gazetteer import Gazetteer, Match
from sitrep.geo.names import fold
from sitrep.geo.rank import Mention, resolve
from sitrep.nlp.sentences import token_texts

WEAK_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LOC", "GPE", "FAC"})
MAX_WORDS = 4
ROUNDS = 2
_UNFOCUSED_POP = 1000  # a cued town in a text with no other place: villages of 1,000 and more


def _written_as(text: str, m: Match) -> bool:
    """The text is the place's own name (or an alias) as written: same case, no diacritics."""
    name = fold(m.place.name)
    text = text.replace("-", " ") if "-" in text and "-" not in name else text  # "Obafemi-Owode": Obafemi Owode
    if m.kind == ALIAS:
        return len(text) > 3 or "." in text  # "KP", "U.S." yes; "And" (an alias somewhere) no
    # "KwaZulu-Natal" for GeoNames' "Kwazulu-Natal": capitals inside a name are the writer's choice
    inner_case = text[:1].isupper() and text[1:] != text[1:].lower() and text.casefold() == name.casefold()
    return m.kind == PRIMARY and (text == name or text.isupper() and text == name.upper() or inner_case)


def _strong(text: str, span: Span, matches: Sequence[Match], focus: set[tuple[str, str]],
            *, cued: bool, part: bool = False, container: bool = False, countries: Collection[str] = (),
            unit_after: bool = False) -> bool:
    """`part`: the span is the leading words of a longer name ("Federal" of "the Federal Ministry"):
    a small town by that name is no evidence; a country, an admin1 unit, a place where the document
    already is, or a large town ("Benghazi Medical Centre") still is. `container`: the span follows
    a place name and a comma ("Kersa, Arsi"), where the unit that holds the place is named.
    `countries`: ISO3 of the countries the text's actors point to. `unit_after`: a second-level
    unit word follows the span ("Obafemi-Owode LGA")."""
    unit_word = len(span) > 1 and span[-1].lower_ in ("county", "parish", "district", "province") or unit_after
    # the actors' countries where the sure names place the text in none of their provinces: a village
    # in another province of the country the text is in ("the Dharkenley area of Mogadishu") is a namesake
    countries = set(countries) - {cc for cc, _ in focus}
    for m in matches:
        level = m.place.level
        if m.kind == ALTERNATE and text.istitle() and cued and level == "town" \
                and ((m.place.iso3, m.place.admin1 or "") in focus or m.place.iso3 in countries):
            return True  # a spelling GeoNames lists ("Afgoye"), where the document or its actors already are
        if not _written_as(text, m):
            continue
        if level in ("country", "admin1") or (level == "admin2" and (unit_word or container)):
            return True
        if (m.place.iso3, m.place.admin1 or "") in focus and cued:
            return True
        if cued and level == "town" and m.place.population >= 100_000:
            return True
        if part:
            continue
        if cued and level in ("town", "admin2") and m.place.iso3 in countries and not text.isupper():
            return True  # "Troops clashed with Boko Haram at X": a village where the actors are
        if cued and not focus and level in ("town", "admin2") and m.place.population >= _UNFOCUSED_POP \
                and not text.isupper():
            # "In Rusape, residents ...": a text naming no other place names its town bare; in
            # capitals it is a body's initials ("the Higher Trades Institute (SAI)"), not Japan's Sai
            return True
    return False


def _near_place(span: Span, ctx: Context, gazetteer: Gazetteer, focus: set[tuple[str, str]],
                hinted: Collection[str] = ()) -> bool:
    """A name no place bears as written, after a locative word ("residents of X", "a militia from X"),
    that names a place of one country by another spelling (sitrep.geo.names.translit_key) or as a
    large city misspelled by a letter; a country the document's other places or its actors (`hinted`)
    are in, if it names any."""
    if not _locative_before(span, ctx) or not span.text[:1].isupper():
        return False
    countries = {m.place.iso3 for m in gazetteer.lookup(span.text, limit=10, near=True) if m.kind in (TRANSLIT, TYPO)}
    pointed = {cc for cc, _ in focus} | set(hinted)
    return len(countries) == 1 and (not pointed or bool(countries & pointed))


def _after_place(span: Span, taken: Sequence[tuple[int, int]]) -> bool:
    """The span follows a place name the document already holds and a comma: "Kersa, Arsi"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    end = doc[span.start - 2].idx + len(doc[span.start - 2])
    return any(a < end <= b for a, b in taken)


def _capitalised_runs(doc: Doc) -> Iterator[Span]:
    """Runs of capitalised words outside any entity."""
    start = None
    # read from arrays, not Token objects: this runs over every word of the article
    in_ent = doc.to_array(ENT_TYPE).tolist() if len(doc) else []
    for i, (ent, text) in enumerate(zip(in_ent, token_texts(doc))):
        ok = not ent and text[:1].isupper() and any(ch.isalpha() for ch in text)
        if ok and start is None:
            start = i
        if not ok and start is not None:
            yield doc[start:i]
            start = None
    if start is not None:
        yield doc[start:len(doc)]


def _cued(span: Span, ctx: Context) -> bool:
    """A locative word before the name or a comma-and-unit after it: "in Greer", "Greer, S.C."; or
    one end of a route named by its ends ("the Bama-Gwoza road")."""
    doc = span.doc
    after = doc[span.end].text if span.end < len(doc) else ""
    return _locative_before(span, ctx) or after == "," or _route_end(span, ctx)


def _route_end(span: Span, ctx: Context) -> bool:
    """The name joined by a hyphen to another capitalised word, with a route word after the pair."""
    doc = span.doc
    s, e = span.start, span.end

    def capital(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha

    def route(i: int) -> bool:  # "road"; "and Dikwa-Marte axis": two routes before one route word
        if i + 3 < len(doc) and doc[i].lower_ == "and" and doc[i + 2].text in ("-", "–"):
            i += 4
        return i < len(doc) and doc[i].lower_ in ctx.route_words

    if e + 2 < len(doc) and doc[e].text in ("-", "–") and capital(e + 1) and route(e + 2):
        return True
    return s >= 2 and doc[s - 1].text in ("-", "–") and capital(s - 2) and route(e)


def _locative_before(span: Span, ctx: Context) -> bool:
    """A locative word just before the name ("in Greer"), before its Arabic article ("to el-Arish"),
    or before "the" when a unit word follows the name ("in the Greer area")."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].text in ("-", "–") and doc[i - 1].lower_ in ctx.name_articles \
            and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
        i -= 2
    elif i >= 1 and doc[i].lower_ == "the" and span.end < len(doc) and doc[span.end].lower_ in ctx.unit_level:
        i -= 1
    return i >= 0 and doc[i].lower_ in ctx.locative_words


def _pieces(doc: Doc, ctx: Context) -> Iterator[tuple[Span, bool, bool]]:
    """(span, needs_cue, part) pieces that may name a place: whole entities and their leading words,
    the words after a comma inside an entity, and capitalised runs outside entities. A lone word
    tagged PERSON, or found by capitals alone, needs a locative cue; `part` marks the leading words
    of a longer entity or run."""
    ents = doc.ents
    surnames = {ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in ents:
        if ent.label_ not in WEAK_LABELS:
            continue
        words = ent[1:] if ent[0].lower_ == "the" else ent
        if len(words) == 3 and words[1].text in ("-", "–") and not words[0].whitespace_ \
                and not words[1].whitespace_:
            # "the Bitta-Damboa": two names the NER took for one body's; each needs a cue of its own
            yield words, False, False
            yield words[:1], True, False
            yield words[2:], True, False
            continue
        for n in range(min(len(words), MAX_WORDS), 0, -1):
            if ent.label_ == "PERSON" and n < len(words) and words[n - 1].lower_ not in ("county", "parish"):
                continue  # a person's first name is not a place
            if n == 1 and (words[0].text in surnames or words[0].is_stop
                           or words[0].lower_ in ctx.not_place_words):
                continue  # "Clinton" after "Bill Clinton"; "West" of "West Virginia University"
            yield words[:n], ent.label_ == "PERSON" and n == 1, n < len(words)
        comma = max((t.i for t in words if t.text == ","), default=None)
        if ent.label_ != "PERSON" and comma is not None and 0 < ent.end - comma - 1 <= MAX_WORDS:
            yield ent.doc[comma + 1:ent.end], False, False  # "the University of Agriculture, Abeokuta": its seat
    runs = list(_capitalised_runs(doc))
    yield from _hyphenated(runs)  # before its words: "Kaga" of "Kaga-Bandoro" is also a Japanese town
    for run in runs:
        while len(run) and run[0].is_stop:  # "In Rusape, ...": a sentence's first word is capitalised
            run = run[1:]
        for n in range(min(len(run), MAX_WORDS), 0, -1):
            piece = run[:n]
            if n == 1 and (piece[0].is_stop or piece[0].lower_ in ctx.not_place_words):
                continue
            yield piece, n == 1, n < len(run)


def _hyphenated(runs: Sequence[Span]) -> Iterator[tuple[Span, bool, bool]]:
    """Two capitalised words joined by a hyphen across two runs ("Kaga-Bandoro", "Obafemi-Owode LGA"):
    one name, as the pieces of a longer run are; `part` when the second run goes on."""
    for a, b in zip(runs, runs[1:]):
        doc = a.doc
        if b.start == a.end + 1 and doc[a.end].text in ("-", "–") and not a[-1].whitespace_ \
                and not doc[a.end].whitespace_:
            yield doc[a.end - 1:b.start + 1], False, len(b) > 1


def _focus(mentions: Sequence[Mention], gazetteer: Gazetteer) -> set[tuple[str, str]]:
    out = set()
    for r in resolve(mentions, gazetteer=gazetteer):
        if r.place is not None and r.place.iso3 and r.place.level in ("admin1", "admin2", "town"):
            out.add((r.place.iso3, r.place.admin1 or ""))
    return out


def ends_a_name(doc: Doc, span: Span, ctx: Context) -> bool:
    """A one-word place after two capitalised words that are no name the tagger knows and no
    preposition, and before a lower-case word: the last of a person's names ("Saleem Abbas Kulachi
    said"; South Asian family names are often towns). A headline's capitals stop at its prepositions."""
    if span.start < 2 or span.end >= len(doc):
        return False
    names = doc[span.start - 2:span.start]
    after = doc[span.end]
    return all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and not t.ent_type_
               and t.lower_ not in ctx.locative_words for t in names) and after.is_alpha and after.is_lower


def inside_longer_name(doc: Doc, span: Span, ctx: Context) -> bool:
    """The span is only a piece of a longer capitalised name that the gazetteer reads as a place of its
    own: a title word or a name's head before another name ("Sheikh Barakat"; Sheikh is also a Somali
    district; "Jebel Kuru", Jebel is also a town in Turkmenistan), a clan name's first word
    ("Hassan Khel"), or a direction and a unit word after other capitals ("Bawku Plains South District", not Sikkim's
    "South District")."""
    after = doc[span.end] if span.end < len(doc) else None
    if len(span) == 1 and (span.text in ctx.not_place_before or span.text in ctx.name_heads) and after is not None \
            and after.is_alpha and after.text[:1].isupper():
        return True
    if after is not None and after.text in ctx.name_tails:  # "Hassan" of "the Hassan Khel area"
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    # only a direction and a unit word ("South District", "Central Region"): "Michelin North America"
    # still names a continent
    return len(span) > 1 and span[0].lower_ in ctx.not_place_words and span[-1].lower_ in ctx.unit_level \
        and before is not None and not before.is_sent_start and before.is_alpha and before.text[:1].isupper() \
        and not before.is_stop


def add_weak_mentions(doc: Doc, mentions: list[Mention], *, gazetteer: Gazetteer,
                      countries: Collection[str] = ()) -> list[Mention]:
    """`mentions` plus the strong place names found outside them, in text order. `countries`: ISO3 of
    the countries the text's actors point to (a cued name of any size there is a place)."""
    ctx = gazetteer.context
    pieces = list(_pieces(doc, ctx))
    for _ in range(ROUNDS):
        taken = [(m.start, m.end) for m in mentions]
        focus = _focus(mentions, gazetteer)
        added = []
        for span, needs_cue, part in pieces:
            s, e = span.start_char, span.end_char
            if any(a < e and s < b for a, b in taken) or span.text in ctx.peoples or len(span.text) <= 2:
                continue
            before = doc[span.start - 1].text.rstrip(".") if span.start > 0 else ""
            after = doc[span.end].text if span.end < len(doc) else ""
            # "Unity" of "Unity Square": a square or street named for a place or an idea
            if before in ctx.not_place_before or after in ctx.named_for_words \
                    or (len(span) == 1 and ends_a_name(doc, span, ctx)) or inside_longer_name(doc, span, ctx):
                continue
            matches = [m for m in gazetteer.lookup(span.text, limit=10) if m.kind != DEMONYM]
            cued = _cued(span, ctx) if needs_cue else True
            if matches and _strong(span.text, span, matches, focus, cued=cued, part=part,
                                   container=not part and _after_place(span, taken), countries=countries,
                                   unit_after=ctx.unit_level.get(after.lower()) == "admin2") \
                    or not part and all(m.kind == SPELLING for m in matches) \
                    and _near_place(span, ctx, gazetteer, focus, countries):
                added.append(Mention(s, e, span.text))
                taken.append((s, e))
        if not added:
            break
        mentions = sorted([*mentions, *added], key=lambda m: m.start)
    return mentions
