"""The event's country when none of its place names resolves: the text's other clues, weighed.

ACLED codes every event in a country. When the event's place is a village the gazetteer lacks, the
text mostly still says the country another way, and each such clue votes with a weight:

  a resolved place name                       3    a place beats the people it names: "Eritrean
                                                   refugees marched in Addis Ababa" is in Ethiopia;
                                                   none for a country named as the border an event
                                                   was near ("near Somalia border")
  an administrative word of one country       2.5  "woreda", "upazila", "local government area"
  a named armed group, party or mission       2    Al Shabaab, AMISOM: named where they act
  a named state force                         1    a country's forces also act abroad ("Kenyan
                                                   troops" fight al Shabaab in Somalia)
  a demonym                                   1    "Libyan officials"; none before a word for people
                                                   away from home ("Chinese nationals", "Eritrean refugees")
                                                   or inside a proper name ("the Chinese Offices");
                                                   read from the words too, where the NER did not run
  a country named inside a body's name        1    "University of Zambia", "Electricity Company of
                                                   Ghana", "the Kenya Ports Authority"; or the one
                                                   large city of its name the body is in ("University
                                                   of Lagos", "the Teaching Hospital, Ibadan")
  a region or camp the gazetteer lacks        2    "Jebel Marra", "Darfur", "Kalma camp": a name
                                                   like a place's, but people are named after it too
                                                   ("Darfur refugees")
  a state body, union or party of one         2    "the EFCC", "NEHAWU members": as a named group
  country that no actor file names
  a people of one country                     1    "Massalit farmers", "Konkomba herders": as a
                                                   demonym; peoples of several countries (Fulani)
                                                   give none
  a currency of one country                   1    "LD 7 million", "50,000 naira"

The last four are names in data/actors/countries.yaml (peoples, bodies, areas, currencies), matched
as written.

The country with the most weight wins (the earlier clue on a tie); its heaviest clue is the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from sitrep.geo.build import ALIAS, DEMONYM as DEMONYM_NAME, PRIMARY
from sitrep.geo.event_place import beyond_border
from sitrep.geo.gazetteer import Gazetteer
from sitrep.model import Toponym
from sitrep.nlp.sentences import text_of

PLACE, UNIT_WORD, GROUP, STATE, DEMONYM, BODY = 3.0, 2.5, 2.0, 1.0, 1.0, 1.0
AREA, PEOPLE, CURRENCY = 2.0, 1.0, 1.0
# the weight of each kind of name in countries.yaml (a state body or party weighs as a named group)
SIGN_WEIGHTS = {"areas": AREA, "bodies": GROUP, "peoples": PEOPLE, "currencies": CURRENCY}
BODY_LABELS = frozenset({"ORG", "FAC"})
_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class CountryClue:
    country: str  # the gazetteer's country name ("Democratic Republic of the Congo")
    start: int  # character span of the words that point to it
    end: int
    weight: float


def toponym_clues(toponyms: Sequence[Toponym], text: str, gazetteer: Gazetteer) -> list[CountryClue]:
    """Clues from the names the geoparser read: resolved places and demonyms."""
    out = []
    for t in toponyms:
        if t.place is None or not t.place.country or t.place.feature_code == "CONT" \
                or beyond_border(t, text, gazetteer.context):
            continue
        if not gazetteer.is_demonym(t.text):
            out.append(CountryClue(t.place.country, t.start, t.end, PLACE))
        elif not _away_from_home(text, t.end, gazetteer.context.abroad_words) and not _names_with(text, t.end):
            out.append(CountryClue(t.place.country, t.start, t.end, DEMONYM))
    return out


def demonym_clues(doc: Doc, gazetteer: Gazetteer) -> list[CountryClue]:
    """Demonyms read from the words themselves ("Sudanese gunmen attack farmers"): the statistical NER
    runs only on sentences with a strong event cue, and a note's present tense ("attack", "shoot") is
    often none, so its demonyms never reach the geoparser. Two-word ones first ("South Sudanese")."""
    out = []
    text = text_of(doc)
    i = 0
    while i < len(doc):
        for n in (2, 1):
            words = doc[i:i + n]
            if len(words) < n or not all(t.is_title and t.is_alpha for t in words) or len(words.text) < 4:
                continue
            country = _demonym_of(words.text, gazetteer)
            if country is not None:
                if not _away_from_home(text, words.end_char, gazetteer.context.abroad_words) \
                        and not _names_with(text, words.end_char):
                    out.append(CountryClue(country, words.start_char, words.end_char, DEMONYM))
                i += n - 1
                break
        i += 1
    return out


def people_origin(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> str | None:
    """The country of the first demonym between two token offsets that qualifies a plural noun
    ("Hundreds of Eritrean refugees", "Algerian lawyers"): where the people come from, abroad or not.
    A demonym before anything else ("the Indian embassy", "Chinese-funded") says nothing of them."""
    for i in range(start, min(end, len(doc)) - 1):
        for n in (2, 1):
            words, noun = doc[i:i + n], doc[min(i + n, len(doc) - 1)]
            if i + n >= end or not all(t.is_title and t.is_alpha for t in words) or len(words.text) < 4:
                continue
            if noun.is_lower and noun.is_alpha and noun.lower_.endswith("s") \
                    and (country := _demonym_of(words.text, gazetteer)) is not None:
                return country
    return None


_MODIFIERS = 2  # lower-case words between a demonym and its noun ("Bangladeshi cattle traders")


def qualifier_origin(doc: Doc, start: int, gazetteer: Gazetteer) -> str | None:
    """The country of a demonym that qualifies the words from token `start` ("two Chinese engineers",
    "a Chinese national"): the one or two capitalised words right before them, or before the noun's
    own lower-case modifiers ("two Bangladeshi cattle traders", "Chinese construction workers")."""
    for _ in range(_MODIFIERS):
        before = doc[start - 1] if start > 0 else None
        if before is None or not (before.is_lower and before.is_alpha) or before.is_stop or before.like_num:
            break
        start -= 1
    for n in (1, 2):
        words = doc[max(0, start - n):start]
        if len(words) == n and all(t.is_title and t.is_alpha for t in words) and len(words.text) >= 4 \
                and (country := _demonym_of(words.text, gazetteer)) is not None:
            return country
    return None


def _demonym_of(text: str, gazetteer: Gazetteer) -> str | None:
    return next((m.place.country for m in gazetteer.lookup(text, limit=3)
                 if m.kind == DEMONYM_NAME and m.place.country), None)


def body_clues(doc: Doc, gazetteer: Gazetteer) -> list[CountryClue]:
    """Countries named inside the names of bodies and buildings ("University of Zambia"), and the
    city a body's name says it is in ("Federal University of Agriculture, Abeokuta"): a country's
    institutions are mostly in it. The geoparser reads such names as one organisation, not a place.
    A city only counts after "of", "in", "at" or a comma, where a name tells where the body is, not
    in a brand ("Washington Post")."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in BODY_LABELS:
            continue
        for i in range(len(ent)):
            located = i > 0 and ent[i - 1].lower_ in _LOCATING
            for n in range(min(_MAX_WORDS, len(ent) - i), 0, -1):
                words = ent[i:i + n]
                if not words.text[:1].isupper():
                    continue
                country = _country_named(words.text, gazetteer) or (_city_named(words.text, gazetteer) if located else None)
                if country:
                    out.append(CountryClue(country, words.start_char, words.end_char, BODY))
                    break
        if (clue := _city_after(doc, ent, gazetteer)) is not None:
            out.append(clue)
    return out


def _city_after(doc: Doc, ent: Span, gazetteer: Gazetteer) -> CountryClue | None:
    """"the Federal University of Agriculture, Abeokuta": the NER may end a body's name before the
    city after its comma (and call the city a person)."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    for n in range(min(_MAX_WORDS, len(doc) - ent.end - 1), 0, -1):
        words = doc[ent.end + 1:ent.end + 1 + n]
        if words.text[:1].isupper() and (country := _city_named(words.text, gazetteer)):
            return CountryClue(country, words.start_char, words.end_char, BODY)
    return None


_LOCATING = frozenset({"of", "in", "at", ","})
_CITY_POPULATION = 100_000  # smaller towns share their names with too many places abroad


def _city_named(text: str, gazetteer: Gazetteer) -> str | None:
    """The country of the one large city of this name; None when there is none, or several in
    different countries (Hyderabad)."""
    countries = {m.place.country for m in gazetteer.lookup(text, limit=5)
                 if m.kind in (PRIMARY, ALIAS) and m.place.level == "town" and m.place.population >= _CITY_POPULATION}
    return countries.pop() if len(countries) == 1 else None


def _country_named(text: str, gazetteer: Gazetteer) -> str | None:
    return next((m.place.country for m in gazetteer.lookup(text, limit=3) if m.place.level == "country"
                 and m.kind in (PRIMARY, ALIAS, DEMONYM_NAME) and m.place.country and len(text) > 3), None)


def _away_from_home(text: str, end: int, words: Iterable[str]) -> bool:
    """The demonym qualifies people who are often abroad ("Chinese nationals", "Sudanese refugees")."""
    after = re.match(r"[\s-]+(\w+)", text[end:end + 30])
    return after is not None and after.group(1).lower() in words


def _names_with(text: str, end: int) -> bool:
    """The demonym begins a proper name with the capitalised noun after it ("the Chinese Offices in
    Lorem", "the Egyptian Embassy"): a building or body named after a people, no clue of where the
    event is. Lower-case nouns keep it ("Libyan officials", "Kenyan troops")."""
    return re.match(r"[ \t]+[A-Z][a-z]+\b", text[end:end + 30]) is not None


def weigh(clues: Sequence[CountryClue]) -> CountryClue | None:
    """The heaviest clue of the country the clues point to most; None without clues. Words read
    twice ("Kenyan troops": a demonym inside a state force's name) count once, at their heavier weight."""
    totals: dict[str, float] = {}
    for c in sorted(_once(clues), key=lambda c: c.start):
        totals[c.country] = totals.get(c.country, 0.0) + c.weight
    if not totals:
        return None
    order = list(totals)  # first-mentioned first, so a tie goes to the earlier country
    country = max(order, key=lambda k: (totals[k], -order.index(k)))
    return max((c for c in clues if c.country == country), key=lambda c: (c.weight, -c.start))


def _once(clues: Sequence[CountryClue]) -> list[CountryClue]:
    kept: list[CountryClue] = []
    for c in sorted(clues, key=lambda c: -c.weight):
        if not any(k.country == c.country and k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return kept
