"""Casualty claims ("22 security personnel have been killed, state media said") and their totals.

`find_claims` reads every figure of killed, injured, abducted or arrested people with whom it is
about (the side) and who says so (the source). `summarise` turns claims into ACLED's conservative
`fatalities` and UCDP's low/best/high with deaths per side. Words live in
data/lexicons/casualties.yaml (sitrep.casualty_lexicon.v1).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span

from sitrep.extract.casualty_lexicon import CasualtyLexicon
from sitrep.extract.numbers import Figure
from sitrep.extract.sources import find_source
from sitrep.model import Article, Claim, Quantity, Side

QUANTITIES: tuple[Quantity, ...] = ("killed", "injured", "abducted", "arrested")
_AUX = frozenset({"were", "was", "been", "are", "is", "had", "have", "has", "got", "get", "being"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "one", "two", "three", "all"})
_NO_OBJECT = frozenset({"in", "on", "at", "during", "when", "while", "after", "and", "as", "near", "by", "from",
                        "inside", "outside", "across", "along", "overnight", "yesterday", "today", "early", "late",
                        "last", "this", "since", "following", "before", "amid", "for", "with", "into", "over"})
_SINGLE = frozenset({"a", "an", "one", "the"})
_POSSESSIVES = frozenset({"his", "her", "their"})
_APPOSITION = frozenset({"-", "–", "—", "(", ":"})
_ONE_WORDS = frozenset({"a", "an", "the", "another", "his", "her"})
# Tokens that end the noun after a figure ("5 soldiers from the FC were killed": the noun is "soldiers").
_STRETCH_STOPS = frozenset({"from", "in", "at", "on", "of", "during", "near", "when", "after", "while",
                            "who", "that", "which", "and", "or", "but", "as", "by", "with", "to", "for",
                            "over", "under", "near", "into", "across", "inside", "outside"})


@dataclass(frozen=True, slots=True)
class _Reading:
    """One figure's reading inside a sentence (token offsets)."""

    fig: Figure
    noun_end: int  # token after the noun that follows the figure
    quantity: Quantity | None
    verb: int | None  # token of the verb that gave the quantity
    part_marker: bool


def _noun_end(words: Sequence[str], i: int, lex: CasualtyLexicon, limit: int) -> int:
    """End of the noun after a figure: "five Somali soldiers", "26 of the assailants"."""
    j, depth = i, 0
    while j < limit and j - i < 8:
        w = words[j]
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
        elif w == "of" and j == i and words[j + 1:j + 2] and words[j + 1][:1].isalpha():
            j += 2 if words[j + 1] == "the" else 1  # "26 of the assailants", "dozens of rebels"
            continue
        elif w == "and" and j > i and lex.sides.match(words, j + 1):
            j += 1  # "20 civilians and security personnel were killed": one figure, two groups
            continue
        elif depth == 0 and (not (w[:1].isalpha() or w in ("-", "'s")) or w in _STRETCH_STOPS
                             or _filler_ends(words, j, lex)
                             or any(x.match(words, j) for x in lex.after.values())
                             # "clashes between two tribes left seven people dead": another figure is another noun's
                             or j > i and lex.reader.read_at(words, j) is not None):
            break
        j += 1
    return j


def _filler_ends(words: Sequence[str], j: int, lex: CasualtyLexicon) -> bool:
    """A filler ends the noun ("five soldiers were ..."), unless a group noun follows it: then it is
    a name that reads as a filler in lower case ("10 IS militants", the Islamic State)."""
    n = lex.fillers.match(words, j)
    return bool(n) and not lex.sides.match(words, j + n)


def _side(words: Sequence[str], start: int, end: int, lex: CasualtyLexicon) -> Side:
    """The side the noun names; two groups of different sides in one noun ("civilians and security
    personnel") leave it unknown."""
    side: Side = "unknown"
    j = start
    seen = 0
    while j < end:
        n = lex.sides.match(words, j)
        if n and j + n <= end:
            new = lex.side_of[" ".join(words[j:j + n])]
            if seen and j > start and words[j - 1] == "and" and new != side:
                return "unknown"
            side, seen = new, seen + 1  # type: ignore[assignment]
            j += n
        else:
            j += 1
    return side


def _plural(words: Sequence[str], start: int, end: int, lex: CasualtyLexicon) -> bool:
    """Whether the noun names several people ("soldiers", "people"), so it is not a figure of one."""
    for j in range(start, end):
        n = lex.sides.match(words, j)
        if n and not lex.singulars.match(words, j):
            phrase = " ".join(words[j:j + n])
            if phrase.endswith(("s", "men")) or phrase in lex.irregular_plurals:
                return True
    return False


_RANGE = frozenset({"and", "to", "-", "–", "&"})


def _is_measure(words: Sequence[str], fig: Figure, lex: CasualtyLexicon) -> bool:
    """Money, percentages, years, distances, times: figures that are not people."""
    if lex.non_people.match(words, fig.end) or lex.non_people_before.match_ending(words, fig.start):
        return True
    # the first or second day of a range: "23 and 24 March", "March 15 and 16"
    if fig.value <= 31 and (fig.end + 2 < len(words) and words[fig.end] in _RANGE and lex.reader.read_at(
            words, fig.end + 1) is not None and lex.non_people.match(words, fig.end + 2)
            or fig.start >= 3 and words[fig.start - 1] in _RANGE
            and lex.non_people_before.match_ending(words, fig.start - 2)):
        return True
    if fig.start > 0 and words[fig.start - 1][:1] in "$£€":
        return True
    return 1900 <= fig.value <= 2100 and not lex.sides.match(words, fig.end) and not fig.vague


def _acts_on_someone(words: Sequence[str], nxt: int, limit: int, lex: CasualtyLexicon) -> bool:
    """An active casualty verb with an object after it: "gunmen shot and killed a journalist",
    "militants shot dead Hassan Ali". Prepositions and punctuation open no object."""
    while nxt < limit and words[nxt] == "and" and any(a.match(words, nxt + 1) for a in lex.after.values()):
        nxt += 1 + max(a.match(words, nxt + 1) for a in lex.after.values())
    return nxt < limit and words[nxt][:1].isalpha() and words[nxt] not in _NO_OBJECT


def _after_quantity(words: Sequence[str], p: int, limit: int,
                    lex: CasualtyLexicon, perpetrators: bool = False) -> tuple[Quantity, int] | None:
    """The quantity of a verb after position p (skipping fillers) and the verb's position.
    `perpetrators`: the figure's noun names attackers, who kill rather than die when the verb is
    active and has an object."""
    skipped: list[str] = []
    while p < limit and (n := lex.fillers.match(words, p)):
        skipped.extend(words[p:p + n])
        p += n
    if 0 < p < limit and words[p - 1] == "of":
        return None  # a noun, not the figure's verb: "put the number of dead at 17"
    for q in QUANTITIES:
        n = lex.after[q].match(words, p)
        if not n:
            continue
        if lex.sides.match(words, p + n):
            return None  # an adjective: "the injured man", "wounded soldiers"
        passive = any(w in _AUX for w in skipped)
        if not passive and perpetrators and _acts_on_someone(words, p + n, limit, lex):
            return None
        if not passive and lex.active.match(words, p) == n:
            nxt = p + n
            # "gunmen killed two people": the verb is active, the figure before it is the killers.
            if "who" in skipped or (nxt < limit and (words[nxt] in _DETERMINERS
                                                     or lex.reader.read_at(words, nxt) is not None)):
                return None
        return q, p
    return None


def _skip_part(words: Sequence[str], p: int, limit: int, lex: CasualtyLexicon) -> int:
    """Position after a ", including 5 soldiers," aside; p itself when there is none."""
    q = p + 1 if p < limit and words[p] == "," else p
    if not lex.parts.match(words, q):
        return p
    j = q + lex.parts.match(words, q)
    first_comma = None
    while j < limit and j - q < _ASIDE_SPAN and words[j] not in (";", "—", "–", ".", ":"):
        if first_comma is None and any(s.match(words, j) for s in lex.after.values()) and not lex.sides.match(words, j):
            return j
        if words[j] == ",":
            # ", including village chief Ali, his driver and a guard, were killed": the aside's list
            # has commas of its own; it ends at the comma the verb follows
            if _after_quantity(words, j + 1, limit, lex) is not None:
                return j + 1
            first_comma = j if first_comma is None else first_comma
        j += 1
    if first_comma is not None:
        return first_comma + 1
    return j + 1 if j < limit else j


_ASIDE_SPAN = 24  # tokens an aside between commas may take ("who were planting the device at the time")
_RELATIVE_OPENERS = frozenset({"who", "whom", "whose"})
_ARTICLES = frozenset({"a", "an", "the"})


def _skip_aside(words: Sequence[str], p: int, limit: int, lex: CasualtyLexicon, plural: bool = True,
                texts: Sequence[str] | None = None) -> int:
    """"Two assailants, who were planting the device, were killed", "Four people, a soldier and three
    assailants, were killed": past a relative clause or an apposition between commas to the verb
    after its closing comma; p itself when no verb follows one (a list of victims, another clause).
    An apposition naming people (an article or a figure first, or only their names as written, `texts`:
    "Two soldiers, Sepoy Ahmed Khan and Lance Naik Gul Zaman, were martyred") describes only a figure
    of several, and holds no casualty verb of its own ("In addition to the bomber, nine people were killed")."""
    if p + 1 >= limit or words[p] != ",":
        return p
    relative = words[p + 1] in _RELATIVE_OPENERS
    if not relative and not (plural and (words[p + 1] in _ARTICLES or lex.reader.read_at(words, p + 1) is not None
                                         or texts is not None and _names_between_commas(texts, p + 1, limit))):
        return p
    for k in range(p + 2, min(limit, p + 2 + _ASIDE_SPAN)):
        if words[k] in (";", ".", ":", "(", ")", "—", "–"):
            return p
        if not relative and any(x.match(words, k) for x in lex.after.values()):
            return p
        if words[k] == "," and _after_quantity(words, k + 1, limit, lex) is not None:
            return k + 1
    return p


_NAME_JOINS = frozenset({"and", ",", "-", ".", "'s", "’s"})


def _names_between_commas(texts: Sequence[str], start: int, limit: int) -> bool:
    """From `start` to the next comma that closes a list, only names as written (capitalised words, and the
    "and" and commas of a list of them: "Sepoy Ahmed Khan and Lance Naik Gul Zaman")."""
    if start >= limit or not texts[start][:1].isupper():
        return False
    for k in range(start, min(limit, start + _ASIDE_SPAN)):
        if texts[k] == "," and (k + 1 >= limit or not texts[k + 1][:1].isupper()):
            return "and" in texts[start:k]  # a list of names ends before the verb, its last joined by "and"
        if not texts[k][:1].isupper() and texts[k] not in _NAME_JOINS:
            return False
    return False


def _skip_name(words: Sequence[str], p: int, limit: int, lex: CasualtyLexicon) -> int:
    """Past "of the PBCP (Lal Pataka)" to the verb after it; p itself when no verb follows soon."""
    n = lex.name_openers.match(words, p)
    if not n:
        return p
    for k in range(p + n, min(limit, p + n + 10)):
        if words[k] == "and" and k + 1 < limit and (words[k + 1] in _SINGLE or lex.reader.read_at(words, k + 1)):
            return k  # "eight personnel of the DRG and a civilian driver were killed": the next figure shares the verb
        if words[k] == ",":
            return _past_apposition(words, k, limit, lex) or p
        if words[k] in (";", ".", ":") or lex.reader.read_at(words, k) is not None:
            return p
        if _after_quantity(words, k, limit, lex) is not None:
            return k
    return p


_PARTICIPLE_SPAN = 10  # tokens a participle phrase after the noun may take ("deployed for the security of ...")


def _skip_participle(words: Sequence[str], p: int, limit: int, lex: CasualtyLexicon, noun_start: int) -> int:
    """"Two policemen deployed for the security of a polio team were shot dead": past the participle
    phrase that describes the noun (the noun may have taken its first word) to the passive verb
    after it; p itself when none follows."""
    participle = next((k for k in range(noun_start + 1, min(p + 1, limit)) if words[k].endswith(("ed", "ing"))), None)
    if p >= limit or participle is None or any(x.match(words, participle) for x in lex.after.values()) \
            or any(x.match(words, p) for x in lex.after.values()):
        return p
    for k in range(p, min(limit, p + 1 + _PARTICIPLE_SPAN)):
        if words[k] in (",", ";", ".", ":") or _opens_other_figure(words, k, lex):
            return p
        if words[k] in ("were", "was") and _after_quantity(words, k, limit, lex) is not None:
            return k
    return p


def _opens_other_figure(words: Sequence[str], k: int, lex: CasualtyLexicon) -> bool:
    """Inside a participle phrase, whether k starts other people who may share the verb ("and three
    civilians", "and a driver", a figure), as opposed to words of the description ("accused of
    robberies and assaults", "running a number of rackets")."""
    if words[k] == "and":
        return k + 1 >= len(words) or words[k + 1] in _DETERMINERS or lex.reader.read_at(words, k + 1) is not None
    fig = lex.reader.read_at(words, k)
    return fig is not None and not fig.vague  # "a number of", "dozens of" describe; they count no one here


_APPOSITION_SPAN = 14  # tokens an apposition describing a place may take ("a village on the ... border")


def _past_apposition(words: Sequence[str], comma: int, limit: int, lex: CasualtyLexicon) -> int | None:
    """"A resident of Kharlachi, a village near the border, was killed": past the apposition that
    describes the place to the verb after its closing comma; None when no verb follows it."""
    if comma + 1 >= limit or words[comma + 1] not in ("a", "an", "the"):
        return None
    for k in range(comma + 2, min(limit, comma + 2 + _APPOSITION_SPAN)):
        if words[k] in (";", ".", ":") or lex.reader.read_at(words, k) is not None:
            return None
        if words[k] == ",":
            return k + 1 if _after_quantity(words, k + 1, limit, lex) is not None else None
    return None


def _right_quantity(words: Sequence[str], fig: Figure, figs: dict[int, Figure], limit: int,
                    lex: CasualtyLexicon, depth: int = 0, texts: Sequence[str] | None = None) -> tuple[Quantity, int] | None:
    p = noun_end = _noun_end(words, fig.end, lex, limit)
    p = _skip_part(words, p, limit, lex)
    p = _skip_name(words, p, limit, lex)
    p = _skip_participle(words, p, limit, lex, noun_start=fig.end)
    # a figure with no noun before the comma ("Mazid, 45, a trader, was killed") is an age, no count
    p = _skip_aside(words, p, limit, lex, plural=fig.value > 1 and noun_end > fig.end, texts=texts)
    found = _after_quantity(words, p, limit, lex,
                            perpetrators=_side(words, fig.end, p, lex) in ("b", "attackers"))
    if found is not None or depth > 4:
        return found
    # "two soldiers and four civilians were wounded": a coordinated figure shares the verb.
    link = p + 1 if p < limit and words[p] in (",", "and") else p
    if link < limit and words[link] == "and":
        link += 1
    if link > p and link < limit and words[link] in _POSSESSIVES and link not in figs:
        link += 1  # "a commander and his two guards were killed": the guards' figure after "his"
    nxt = figs.get(link)
    if nxt is not None and link > p:
        return _right_quantity(words, nxt, figs, limit, lex, depth + 1, texts)
    return None


def _left_quantity(words: Sequence[str], fig: Figure, lex: CasualtyLexicon) -> tuple[Quantity, int] | None:
    """"killing 5", "beheaded the two men": a verb just before the figure (one determiner between)."""
    ends = [fig.start]
    if fig.start > 0 and words[fig.start - 1] in ("the", "all", "his", "her", "their", *QUOTE_TOKENS):
        ends.append(fig.start - 1)  # 'killing "several"': a quoted figure
    for end in ends:
        for q in QUANTITIES:
            n = lex.before[q].match_ending(words, end)
            if n:
                return q, end - n
    return _broken_toll(words, fig.start, lex)


# How far back from "rose to 15" the word "toll" may stand ("The toll from Monday's ambush on a
# convoy in Lakki Marwat district rose to 15", "The death toll from Monday's bomb blast at a political
# rally in Bajaur's Mamund tehsil rose to 11"): a noun phrase with its attachments, not a clause.
_TOLL_REACH = 20


def _broken_toll(words: Sequence[str], start: int, lex: CasualtyLexicon) -> tuple[Quantity, int] | None:
    """"the toll from Monday's ambush rose to 15": a toll revised to the figure, with the toll's own
    noun phrase between "toll" and the verb. The reading starts at "toll", so _toll_kind sees a
    revision."""
    end = start - 1 if start > 0 and words[start - 1] == "to" else start
    n = lex.toll_revisions.match_ending(words, end)
    if not n:
        return None
    for k in range(end - n - 1, max(-1, end - n - 1 - _TOLL_REACH), -1):
        if words[k] in _CLAUSE_BREAKS or words[k] in (".", "!", "?"):
            return None
        if words[k] in lex.toll_words:
            return "killed", k
    return None


def _singular_figures(words: Sequence[str], texts: Sequence[str], s: int, e: int,
                      lex: CasualtyLexicon) -> list[Figure]:
    """Figures of one: "a soldier", "the suicide bomber", and the object of a killing verb
    ("killed a rival leader", "shot and killed Hassan Ali")."""
    out = []
    verb_ends = _verb_ends(lex)
    for i in range(s, e - 1):
        # no verb phrase ends with the word before: skip asking each quantity's phrases (most words)
        after_verb = i > 0 and words[i - 1] in verb_ends and any(lex.before[q].match_ending(words, i) for q in QUANTITIES)
        if i > s and (words[i - 1] in _APPOSITION and not _after_dateline(texts, s, i - 1)
                      or (lex.name_openers.match_ending(words, i) and not after_verb)):
            continue  # "a member of a gang", "two people - a worker and an editor -"
        if words[i] in _SINGLE and lex.reader.read_at(words, i + 1) is None and words[i + 1] not in lex.not_one:
            if any(lex.singulars.match(words, i + k) for k in (1, 2)):
                out.append(Figure(i, i + 1, 1, 1, 1))
                continue
        # a linked figure of one ("and his driver"); not after a comma, which opens an apposition
        linked = lex.links.match_ending(words, i) and words[i - 1] != ","
        if i == s or not (after_verb or linked):
            continue
        end = _noun_end(words, i + 1, lex, e)
        person = any(lex.sides.match(words, j) or lex.singulars.match(words, j) for j in range(i + 1, end))
        one = words[i] in ("a", "an", "another", "his", "her") or (words[i] == "the" and after_verb and person) \
            or (after_verb and texts[i][:1].isupper() and texts[i].isalpha()) \
            or _bare_singular(words, i, end, lex)
        if one and words[i + 1] not in lex.not_one and (not _plural(words, i, end, lex) or _singular_head(words, i + 1, end, lex)):
            out.append(Figure(i, i + 1, 1, 1, 1))
        elif linked and words[i - 1] in _POSSESSIVES and lex.singulars.match(words, i):
            out.append(Figure(i - 1, i, 1, 1, 1))  # "a policeman and his son were killed": "his" is one, the son
    return out


@lru_cache(maxsize=4)
def _verb_ends(lex: CasualtyLexicon) -> frozenset[str]:
    """The last words of every quantity's verb phrases (`lex.before`)."""
    return frozenset().union(*(lex.before[q].last_words for q in QUANTITIES))


def _singular_head(words: Sequence[str], start: int, end: int, lex: CasualtyLexicon) -> bool:
    """The noun's last person word is a singular ("the district police commander": "police" only
    qualifies the commander)."""
    last = None
    for j in range(start, end):
        n = lex.singulars.match(words, j)
        if n:
            last = True
        elif lex.sides.match(words, j):
            last = False
    return bool(last)


def _bare_singular(words: Sequence[str], i: int, end: int, lex: CasualtyLexicon) -> bool:
    """"killed former separatist leader": a singular person noun with no article after a killing verb
    is one person (notes and headlines drop the article). Not after an article ("the killed man")."""
    n = lex.before["killed"].match_ending(words, i)
    if not n or (i - n > 0 and words[i - n - 1] in _DETERMINERS):
        return False
    # the head noun within the next few words, before any preposition ("killed body of a man" is no one)
    for j in range(i, min(end, i + 4) if end > i else i + 1):
        if not words[j][:1].isalpha() or words[j] in _NO_OBJECT or words[j] in _DETERMINERS \
                or words[j] in _STRETCH_STOPS:
            return False
        if lex.singulars.match(words, j):
            return True
    return False


_NOT_FINITE = frozenset({"having", "of", "for", "the", "a", "an", "to", "be", "been", "being", "were", "was",
                         "are", "is", "who", "had", "have", "has"})


def _bare_plurals(words: Sequence[str], s: int, e: int, lex: CasualtyLexicon,
                  taken: set[int]) -> list[Figure]:
    """"strikes killed militants and civilians": people killed with no figure at all, an unknown
    number (read as the lexicon's "an unknown number of"; it counts only where no figure is given)."""
    out = []
    unknown = lex.data.vague.get("an unknown number of")
    if unknown is None:
        return out
    for i in range(s + 1, e):
        if i in taken or words[i] in QUOTE_TOKENS:
            continue
        verb_end = i - 1 if words[i - 1] in QUOTE_TOKENS else i
        # the finite verb only: "responsible for killing civilians" tells what a group does, not a toll
        if words[verb_end - 1] != "killed" or verb_end > 1 and words[verb_end - 2] in _NOT_FINITE:
            continue
        n = lex.sides.match(words, i)
        if n and _plural(words, i, i + n, lex) and lex.reader.read_at(words, i) is None:
            out.append(Figure(i, i + 1, unknown.value, unknown.value, unknown.high, "an unknown number of", True))
    return out


def _after_dateline(texts: Sequence[str], s: int, colon: int) -> bool:
    """"SRINAGAR: A militant and a soldier were killed": the colon closes the dateline, in capitals,
    and opens no apposition."""
    return texts[colon] == ":" and 0 < colon - s <= 3 and all(t.isupper() or not t.isalpha() for t in texts[s:colon])


def _read_sentence(words: Sequence[str], texts: Sequence[str], s: int, e: int,
                   lex: CasualtyLexicon) -> list[_Reading]:
    figs = [Figure(f.start + s, f.end + s, f.value, f.low, f.high, f.qualifier, f.vague)
            for f in lex.reader.read_all(words[s:e])]
    figs = [f for f in figs if not _is_measure(words, f, lex)]
    taken = {i for f in figs for i in range(f.start, f.end)}
    figs += [f for f in _singular_figures(words, texts, s, e, lex) if f.start not in taken]
    taken |= {f.start for f in figs}
    figs += _bare_plurals(words, s, e, lex, taken)
    figs.sort(key=lambda f: f.start)
    by_start = {f.start: f for f in figs}
    out = []
    for f in figs:
        part = bool(lex.parts.match_ending(words, f.start))
        found = _left_quantity(words, f, lex) or _along_with(words, s, f, lex) \
            or _right_quantity(words, f, by_start, e, lex, texts=texts) \
            or (("killed", f.end) if _coded(words, f, lex) else None)
        q, verb = found if found else (None, None)
        out.append(_Reading(f, _noun_end(words, f.end, lex, e), q, verb, part))
    shared = _share_verbs(words, s, _drop_described(words, out, lex), lex)
    shared = sorted(shared + _named_conjuncts(words, texts, s, shared, lex), key=lambda r: r.fig.start)
    return _aside_parts(words, e, _pronoun_objects(words, s, e, shared, lex), lex)


_NAME_SPAN = 16  # tokens an apposition after a name may take (", the deputy head of Lorem district,")


def _named_conjuncts(words: Sequence[str], texts: Sequence[str], s: int, readings: list[_Reading],
                     lex: CasualtyLexicon) -> list[_Reading]:
    """"Ise and his driver were killed", "Ise, a councillor, and two bodyguards were shot dead": a person
    named (no figure) and joined by "and" to a figure that shares a plural verb after it is one more."""
    out = []
    starts = {r.fig.start for r in readings}
    for r in readings:
        n = _link_before(words, r.fig.start, lex)
        if r.quantity is None or r.verb is None or r.verb <= r.fig.start or not n:
            continue
        link = r.fig.start - n
        if words[link] != "and" or not any(words[k] in _PLURAL_AUX for k in range(r.noun_end, r.verb)):
            continue
        name = _name_before(words, texts, s, link, lex)
        if name is not None and not any(name <= k < link for k in starts):
            out.append(_Reading(Figure(name, name + 1, 1, 1, 1), name + 1, r.quantity, r.verb, False))
    return out


def _name_before(words: Sequence[str], texts: Sequence[str], s: int, link: int, lex: CasualtyLexicon) -> int | None:
    """The token of a person's name that ends just before `link`, or before the apposition that ends
    there ("Ise, a city councillor, and"; "The colonel, Abdi Omar, and"); None when there is none."""
    j = link - 1
    if j < s:
        return None
    if words[j] != ",":
        return j if _a_name(words, texts, s, j, lex) else None
    if _a_name(words, texts, s, j - 1, lex):
        return j - 1
    k = j - 1
    while k > s and j - k <= _NAME_SPAN and words[k] not in (",", ";", ":", ".", "(", ")"):
        k -= 1
    if k <= s or words[k] != "," or words[k + 1] not in _ARTICLES:
        return None
    return k - 1 if _a_name(words, texts, s, k - 1, lex) else None


# Words before a name that make it no person of its own: "the bodyguard of Qalas", "both Aynte and
# her driver" (a figure already counts both)
_NAME_BLOCKERS = frozenset({"of", "to", "for", "from", "with", "by", "at", "in", "on", "near", "both", "'s"})


def _a_name(words: Sequence[str], texts: Sequence[str], s: int, j: int, lex: CasualtyLexicon) -> bool:
    """j ends a run of name words that stands for a person of its own."""
    k = j
    while k >= s and _name_word(words, texts, k, lex):
        k -= 1
    return k < j and (k < s or words[k] not in _NAME_BLOCKERS)


def _name_word(words: Sequence[str], texts: Sequence[str], j: int, lex: CasualtyLexicon) -> bool:
    """A word of a person's name: capitalised, no group or side word, no figure."""
    t = texts[j]
    return t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() and t.upper() != t \
        and not lex.sides.match(words, j) and not lex.singulars.match(words, j) and words[j] not in _DETERMINERS \
        and lex.reader.read_at(words, j) is None


def _aside_parts(words: Sequence[str], e: int, readings: list[_Reading], lex: CasualtyLexicon) -> list[_Reading]:
    """"Nine people, an officer, three soldiers and five attackers, were killed": figures in the aside
    between a figure and its verb are parts of it (counted once, inside it), not more dead."""
    out = list(readings)
    for h in readings:
        if h.verb is None or h.quantity is None or h.part_marker or h.noun_end >= e or words[h.noun_end] != ",":
            continue
        end = _skip_aside(words, h.noun_end, e, lex, plural=h.fig.value > 1 and h.noun_end > h.fig.end)
        inside = [i for i, r in enumerate(out) if h.noun_end < r.fig.start < end and r.quantity in (None, h.quantity)]
        if sum(out[i].fig.value for i in inside) > h.fig.value:
            continue  # more than the figure holds: no parts of it
        for i in inside:
            out[i] = replace(out[i], quantity=h.quantity, part_marker=True)
    return out


def _link_before(words: Sequence[str], i: int, lex: CasualtyLexicon) -> int:
    """Length of the link ("and", ", along with") that ends just before position i; for a figure of
    one read at a possessive ("and his son"), the link before the possessive, which the link list
    holds together with it ("and his")."""
    n = lex.links.match_ending(words, i)
    if n or words[i] not in _POSSESSIVES:
        return n
    return max(lex.links.match_ending(words, i + 1) - 1, 0)


def _apposition_between(words: Sequence[str], end: int, link: int) -> bool:
    """", a clan elder, and his wife": between a figure's noun and the link that joins the next figure
    to it stands an apposition between commas, which describes the first person."""
    return 2 < link - end <= _NAME_SPAN and words[end] == "," and words[link - 1] == "," \
        and words[end + 1] in _ARTICLES and not any(w in (",", ";", ":", ".") for w in words[end + 1:link - 1])


def _drop_described(words: Sequence[str], readings: list[_Reading], lex: CasualtyLexicon) -> list[_Reading]:
    """"Five policemen escorting a passenger bus were killed", "two sons of a farmer were killed": a
    figure between another figure and the verb they share, not joined to it by "and" or a comma, is
    part of that figure's description, not more dead."""
    out = list(readings)
    for idx, r in enumerate(out):
        if r.verb is None or r.verb < r.fig.start or r.part_marker or _link_before(words, r.fig.start, lex):
            continue  # joined to the figure before it ("and two others", "and his son")
        if any(p.verb == r.verb and p.fig.end <= r.fig.start and p.quantity == r.quantity for p in out[:idx]):
            out[idx] = replace(r, quantity=None, verb=None)
    return out


def _pronoun_objects(words: Sequence[str], s: int, e: int, readings: list[_Reading],
                     lex: CasualtyLexicon) -> list[_Reading]:
    """"Gunmen offloaded nine passengers from the bus and shot them dead": a killing whose object is
    "them" kills the people of the figure before it that has no verb of its own."""
    out = list(readings)
    for j in range(s + 1, e):
        if words[j] != "them":
            continue
        if not (lex.before["killed"].match_ending(words, j)
                or words[j - 1] in lex.shot_verbs and words[j + 1:j + 2] in (["dead"], ["down"])):
            continue
        earlier = [i for i, r in enumerate(out) if r.fig.end <= j]
        if not earlier:
            continue
        i = earlier[-1]
        r = out[i]
        if r.quantity not in (None, "abducted") or r.part_marker or not lex.sides.match(words, r.fig.end) \
                or _side(words, r.fig.end, r.noun_end, lex) in ("b", "attackers"):
            continue
        killed = replace(r, quantity="killed", verb=j - 1)
        # "abducted three labourers and later killed them": taken, then killed; both are told
        out[i:i + 1] = [killed] if r.quantity is None else [r, killed]
    return out


def _share_verbs(words: Sequence[str], s: int, readings: list[_Reading],
                 lex: CasualtyLexicon) -> list[_Reading]:
    """A figure linked to the one before it shares its verb ("killing two officers and two
    civilians"); after "along with" it takes the nearest casualty verb before it."""
    out = list(readings)
    for idx, r in enumerate(out):
        n = _link_before(words, r.fig.start, lex)
        if r.quantity is not None or not n:
            continue
        link = r.fig.start - n
        if words[link] == "," and words[r.fig.start] in _ONE_WORDS:
            continue  # "killed Hassan Ali, a journalist": an apposition, not a second victim
        # the figure before with a verb ("killed Ali, a clan elder, and his wife": not the apposition)
        prev = next((p for p in reversed(out[:idx]) if p.quantity is not None), None)
        if r.noun_end < len(words) and words[r.noun_end] in _AUX:
            continue  # "... and two others were hit": the figure has a verb of its own
        own = next((q for q in QUANTITIES if lex.after[q].match(words, r.fig.end)), None)
        if own is not None:
            # "received 14 bodies and 32 wounded people": the figure's own word before its noun
            out[idx] = replace(r, quantity=own)
            continue
        if prev is not None and prev.quantity is not None and (0 <= link - prev.noun_end <= 1
                                                               or _apposition_between(words, prev.noun_end, link)):
            # "injured 6 people, 3 seriously": a figure told by how badly is some of the figure before
            part = words[link] == "," and r.noun_end == r.fig.end and lex.part_adverbs.match(words, r.fig.end) > 0
            out[idx] = replace(r, quantity=prev.quantity, part_marker=r.part_marker or part)
        elif words[link] in ("along", "together"):
            out[idx] = replace(r, quantity=_verb_before(words, s, link, lex))
    return out


def _verb_before(words: Sequence[str], s: int, k: int, lex: CasualtyLexicon) -> Quantity | None:
    """The nearest casualty verb before k in the same clause ("was killed in the attack along with"; the
    comma of "was killed in the attack, along with" closes that clause)."""
    if k - 1 > s and words[k - 1] == ",":
        k -= 1
    for j in range(k - 1, s - 1, -1):
        if words[j] in _CLAUSE_BREAKS or words[j] in ("by", "when", "who"):
            return None
        for q in QUANTITIES:
            if lex.after[q].match(words, j) or lex.before[q].match(words, j):
                return q
    return None


_WITH_LINKS = ("along", "together")


def _along_with(words: Sequence[str], s: int, fig: Figure, lex: CasualtyLexicon) -> tuple[Quantity, None] | None:
    """"Nur was killed along with his bodyguard, and several civilians were injured": the people told
    "along with" a victim suffered what the victim did, not what a clause after them tells. No verb
    position: the verb stays the victim's own (a person named with no figure counts by it)."""
    n = _link_before(words, fig.start, lex)
    link = fig.start - n
    q = _verb_before(words, s, link, lex) if n and words[link] in _WITH_LINKS else None
    return (q, None) if q is not None else None



def _toll_kind(words: Sequence[str], r: _Reading, lex: CasualtyLexicon) -> Literal["stated", "revised"] | None:
    """"put the death toll at 12": the whole toll ("stated"); "the toll rose to 12": a later count
    of the same dead ("revised"); None for any other figure."""
    if r.verb is None or r.verb >= r.fig.start:
        return None
    phrase = range(r.verb, r.fig.start)
    if not any(words[k] in lex.toll_words for k in phrase):
        return None
    return "revised" if any(lex.toll_revisions.match(words, k) for k in phrase) else "stated"


def _of_bodies(words: Sequence[str], r: _Reading, lex: CasualtyLexicon) -> bool:
    """The figure counts bodies ("14 bodies", "three dead bodies")."""
    after = words[r.fig.end:r.fig.end + 2]
    return bool(after) and (after[0] in lex.bodies or after == ["dead", "bodies"])


def _bodies_received(words: Sequence[str], r: _Reading, lex: CasualtyLexicon) -> Quantity | None:
    """"the hospital had received 14 bodies": bodies taken in are dead people, though no word says
    killed ("student bodies", "parts of their bodies" are not: no figure right after such a verb)."""
    if r.fig.start == 0 or words[r.fig.start - 1] not in lex.body_verbs:
        return None
    return "killed" if _of_bodies(words, r, lex) else None


def _bodies_count(words: Sequence[str], r: _Reading, lex: CasualtyLexicon) -> Literal["stated"] | None:
    """"Three bodies were found after the operation" (after "three militants were killed"): bodies
    counted are all the dead, whichever side, so the count is a report of the whole toll."""
    return "stated" if _of_bodies(words, r, lex) else None


def _coded(words: Sequence[str], fig: Figure, lex: CasualtyLexicon) -> bool:
    """"(coded as 7 fatalities total)", "22 fatalities coded for June 24": ACLED's notes state the
    coder's own count of the dead; it supersedes the figures the note tells."""
    return bool(lex.coded_before.match_ending(words, fig.start) or lex.coded_after.match(words, fig.end))


def _revised_before(words: Sequence[str], s: int, k: int, lex: CasualtyLexicon) -> Literal["revised"] | None:
    """"later revised the toll, saying six policemen and five attackers had died": a figure after
    words that replace the toll told earlier is part of the revised count."""
    return "revised" if any(lex.toll_revised_by.match(words, j) for j in range(s, k)) else None


def _deaths_untold(r: _Reading, lex: CasualtyLexicon) -> _Reading:
    """A figure of the dead and the hurt together ("killing and wounding more than 60") gives no count of
    either: the dead are told with no figure of their own, read as "an unknown number of" (ACLED's 10, no
    more than the figure), which counts only where the report gives no other figure; the hurt, none."""
    unknown = lex.data.vague["an unknown number of"]
    value = min(unknown.value, r.fig.value)
    fig = replace(r.fig, value=value, low=value, qualifier="an unknown number of", vague=True)
    return replace(r, fig=fig, quantity="killed", part_marker=False)


def _combined(words: Sequence[str], s: int, e: int, lex: CasualtyLexicon) -> set[int]:
    """Token positions of the phrases that tell the dead and the hurt as one figure ("killed or injured")."""
    out: set[int] = set()
    for j in range(s, e):
        n = lex.combined.match(words, j)
        out.update(range(j, j + n))
    return out


def _verb_span(words: Sequence[str], k: int | None, lex: CasualtyLexicon) -> range:
    return range(k, k + _verb_length(words, k, lex)) if k is not None else range(0)


def _verb_length(words: Sequence[str], k: int, lex: CasualtyLexicon) -> int:
    return max(1, *(x.match(words, k) for x in (*lex.after.values(), *lex.before.values())))


def _implicit_ones(words: Sequence[str], s: int, e: int, lex: CasualtyLexicon,
                   used: set[int]) -> list[tuple[Quantity, int, int, int, int]]:
    """A singular passive with no figure is one person: "Osman, a journalist, was killed",
    "The deputy governor was injured", "Ahmad died".
    (quantity, subject start, subject end, verb start, verb end) in tokens."""
    out = []
    for k in range(s, e):
        if k > s and words[k - 1] == "," and tuple(words[k:k + 2]) in lex.martyrdom and k not in used:
            # "Naik Ilyas, aged 29, resident of District Chakwal, having fought gallantly, embraced
            # shahadat": the military's words for one of its own killed, after the soldier's particulars
            subj = next((j for j in range(s, k) if lex.sides.match(words, j)), k)
            used.update(range(k, k + 2))
            out.append(("killed", subj, subj + (lex.sides.match(words, subj) if subj < k else 0), k, k + 2))
            continue
        if words[k] in ("was", "is") or (words[k] in ("has", "had") and words[k + 1:k + 2] == ["been"]):
            found = _after_quantity(words, k, e, lex)
        elif k > s and words[k] in lex.injury_verbs and (words[k - 1] == "," or words[k - 1] not in _NOT_ONE) \
                and lex.after["injured"].match(words, k):
            found = ("injured", k)  # "a vaccinator, Sajid Ali, sustained injuries"
        elif k > s and words[k - 1] not in _NOT_ONE and words[k - 1] not in _AUX \
                and lex.after["killed"].match(words, k) and not _the_dead(words, k, lex) \
                and words[k] not in lex.plural_tolls \
                and (not lex.active.match(words, k) or _headline_passive(words, k + lex.active.match(words, k), e)):
            found = ("killed", k)
        else:
            continue
        if found is None or found[1] in used or found[1] < k:
            continue
        q, verb = found
        used.update(range(verb, verb + _verb_length(words, verb, lex)))
        subj = k
        while subj > s and words[subj - 1] not in _CLAUSE_BREAKS and k - subj < 6:
            subj -= 1
        if _plural(words, max(subj, k - 3), k, lex):  # the head noun sits just before the verb
            continue
        if any(words[j] in _PLURAL_AUX for j in range(subj, k)):
            continue  # "The victims, a farmer and his son, were found dead": a plural verb is no one person
        if subj < k and all(w.endswith("ly") for w in words[subj:k]):
            continue  # "they were captured and summarily executed": the verb shares the subject before "and"
        if any(words[j] in lex.data.vague for j in range(subj, k)):
            continue  # "several of the injured succumbed": the subject is a vague plural, not one person
        n = max(x.match(words, verb) for x in lex.after.values())
        out.append((q, subj, k, verb, verb + n))
    return out


_PLURAL_AUX = frozenset({"were", "are"})


def _the_dead(words: Sequence[str], k: int, lex: CasualtyLexicon) -> bool:
    """"refusing to bury the dead": the dead as a noun are people told elsewhere, no death of one
    ("the dead man was a shopkeeper" still tells one)."""
    return words[k] == "dead" and words[k - 1] == "the" and not lex.sides.match(words, k + 1)


def _headline_passive(words: Sequence[str], after: int, e: int) -> bool:
    """"Farmer killed in Tank": a verb that could be active has no object after it, so it is a
    headline's passive."""
    return after >= e or words[after] in _AFTER_PASSIVE


_AFTER_PASSIVE = frozenset({"in", "near", "during", "after", "as", "when", "while", "outside", "inside",
                            "following", "amid", ".", ",", ";", ":"})
_NOT_ONE = frozenset({"who", "which", "that", "they", "them", "many", "others", "people", "some", "all", "both",
                      "and", ",", "had", "have", "were", "are", "or", "no", "reported", "of"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "while", "as", "when", "after", "(", ")", "—"})


def _total_side(words: Sequence[str], r: _Reading, side: Side, e: int, lex: CasualtyLexicon) -> Side:
    """"197 people, including militants": a generic total takes the side of the group it includes."""
    p = r.noun_end + (1 if r.noun_end < e and words[r.noun_end] == "," else 0)
    n = lex.parts.match(words, p)
    if not n or side not in ("civilians", "unknown") or lex.reader.read_at(words, p + n) is not None:
        return side
    end = _noun_end(words, p + n, lex, e)
    inner = _side(words, p + n, end, lex)
    return inner if inner in ("a", "b") else side


class _SentenceSources:
    """Sources of one sentence, looked up once per figure position."""

    def __init__(self, doc: Doc, sent: Span) -> None:
        self.doc, self.sent, self.cache = doc, sent, {}

    def at(self, offset: int | None) -> str | None:
        if offset not in self.cache:
            self.cache[offset] = find_source(self.doc, self.sent.start_char, self.sent.end_char, at=offset)
        return self.cache[offset]


def find_claims(doc: Doc, article: Article, *, lexicon: CasualtyLexicon) -> list[Claim]:
    """Every casualty figure in the article, in text order."""
    words = [_spelled(w, lexicon) for w in token_lowers(doc)]
    texts = token_texts(doc)
    sents = sentences(doc)
    claims: list[Claim] = []
    for sent in sents:
        s, e = sent.start, sent.end
        # most sentences hold no figure: their source is looked up only when a claim needs it
        found = _SentenceSources(doc, sent)
        parent: Claim | None = None
        # "no one was killed" is a zero, not a figure of one
        zeros = _zero_hits(words, s, e, lexicon)
        zero = {k for i, n, _ in zeros for k in range(i, i + n)}
        readings = [r for r in _read_sentence(words, texts, s, e, lexicon) if r.fig.start not in zero
                    and not lexicon.subset_of.match(words, r.fig.end)
                    and not _after_cause(words, s, r.fig.start, lexicon)]
        readings = _self_killed(words, e, readings, lexicon)
        # "killing and wounding more than 60 people": a figure of the dead and the hurt together counts neither
        combined = _combined(words, s, e, lexicon)
        joint = [r for r in readings if r.verb is not None and combined.intersection(_verb_span(words, r.verb, lexicon))]
        combined.update(k for r in joint for k in _verb_span(words, r.verb, lexicon))  # no implicit one there either
        readings = [_deaths_untold(r, lexicon) if any(r is j for j in joint) else r for r in readings]
        used = zero | combined | {k for r in readings if r.verb is not None
                       for k in range(r.verb, r.verb + _verb_length(words, r.verb, lexicon))}
        for r in readings:
            if r.part_marker and r.quantity is None and _unhurt(words, r.noun_end, e, lexicon):
                continue  # "the vaccinators, including two women, remained unhurt": not among the dead
            quantity = r.quantity or (parent.quantity if r.part_marker and parent else None) \
                or _bodies_received(words, r, lexicon)
            if quantity is None:
                continue
            side = _total_side(words, r, _side(words, r.fig.end, r.noun_end, lexicon), e, lexicon)
            value, low, high = _reading(words, r.fig, quantity, lexicon)
            claim = Claim(
                quantity=quantity, value=value, low=low, high=high,
                about=doc[r.fig.end:r.noun_end].text, side=side, source=found.at(doc[r.fig.start].idx),
                start=doc[r.fig.start].idx, end=doc[r.fig.end - 1].idx + len(doc[r.fig.end - 1]),
                sentence_start=sent.start_char, sentence_end=sent.end_char, qualifier=r.fig.qualifier,
                implausible=r.fig.value > lexicon.data.implausible_above, article_id=article.id,
                part_of=parent.start if r.part_marker and parent is not None else None,
                toll=(_toll_kind(words, r, lexicon) or _revised_before(words, s, r.fig.start, lexicon)
                      or ("revised" if _coded(words, r.fig, lexicon) else None)
                      or _bodies_count(words, r, lexicon)) if quantity == "killed" else None,
                unnumbered=r.fig.qualifier in lexicon.data.unnumbered)
            claims.append(claim)
            if not r.part_marker:
                parent = claim
        for q, subj, subj_end, verb, end in _implicit_ones(words, s, e, lexicon, used):
            if _after_cause(words, s, subj, lexicon) or any(
                    subj <= r.fig.start < subj_end and r.quantity == q for r in readings) \
                    or any(lexicon.of_the_dead.match(words, j) for j in range(subj, subj_end)):
                continue  # "the body of a compatriot that was killed", "two of the deceased had been executed"
            taken = _their_bodies(words, verb, claims)
            if taken is None and words[verb] in lexicon.bodies and words[verb + 1:verb + 2] not in (["were"], ["was"]):
                continue  # "their bodies recovered": bodies with no figure are not one person
            if taken is not None:
                claims.append(replace(taken, quantity="killed", about=doc[verb - 1:verb + 1].text,
                                      source=found.at(None), start=doc[verb - 1].idx,
                                      end=doc[end - 1].idx + len(doc[end - 1]), sentence_start=sent.start_char,
                                      sentence_end=sent.end_char, part_of=None, toll=None))
                continue
            # "Four reported Boko Haram dead": a figure in the subject with no verb of its own is the count
            counted = next((r for r in readings if subj <= r.fig.start < subj_end and r.quantity is None), None)
            value, low, high = _reading(words, counted.fig, q, lexicon) if counted else (1, 1, 1)
            claims.append(Claim(quantity=q, value=value, low=low, high=high, about=doc[subj:subj_end].text,
                                side=_side(words, subj, subj_end, lexicon), source=found.at(None),
                                start=doc[counted.fig.start if counted else verb].idx,
                                end=doc[end - 1].idx + len(doc[end - 1]),
                                sentence_start=sent.start_char, sentence_end=sent.end_char,
                                qualifier=counted.fig.qualifier if counted else None, article_id=article.id))
        claims.extend(_told_plurals(sent, words, lexicon, claims, used))
        claims.extend(_captives_killed(sent, words, lexicon, claims))
        claims.extend(_zero_claims(doc, zeros, s, e, lambda: found.at(None), article.id))
        claims.extend(_unnumbered_tolls(doc, words, sent, zero, lexicon, lambda: found.at(None), article.id))
        share = _summed_over(words, s, e, lexicon)
        if share is not None:
            claims = [replace(c, share=share) if c.sentence_start == sent.start_char and c.value else c
                      for c in claims]
    return _summed_up(_restatements(sorted(claims, key=lambda c: c.start), text_of(doc)), lexicon)


_SET_SIZE_REACH = 3  # words between "across" and the size of the set ("across all of the three attacks")


def _summed_over(words: Sequence[str], s: int, e: int, lex: CasualtyLexicon) -> tuple[int, int] | None:
    """"Five soldiers were killed across both attacks", "... across all three attacks": a toll summed over
    a set of incidents the report's is one of. Each counts an even share (ACLED divides a summarised
    toll among its locations, GTD gives each attack its share): the last of n shares, the one without
    the remainder (ACLED's conservative figure). The size of the set comes after "across", or from
    "one of three attacks" in the article; None when neither tells it (the toll is then no share)."""
    for j in range(s, e - 1):
        if words[j] not in lex.summed_over:
            continue
        if words[j + 1] in lex.data.set_sizes:
            n: int | None = lex.data.set_sizes[words[j + 1]]
        else:
            k = j + 1
            while k < min(e, j + 1 + _SET_SIZE_REACH) and words[k] in lex.set_fillers:
                k += 1
            fig = lex.reader.read_at(words, k)
            if fig is not None and not fig.vague:
                n = fig.value
            elif lex.incidents.match(words, k):
                n = _set_size(words, lex)
            else:
                continue
        if n is not None and 1 < n <= _LARGEST_SET:
            return n - 1, n
    return None


_LARGEST_SET = 12  # a set of more incidents than this is a campaign's toll, not a share of one attack's


def _set_size(words: Sequence[str], lex: CasualtyLexicon) -> int | None:
    """"This was one of three attacks on the same day": the size of the set the article's incident is one of."""
    for j in range(len(words) - 2):
        n = lex.one_of.match(words, j)
        if n:
            fig = lex.reader.read_at(words, j + n)
            if fig is not None and not fig.vague:
                return fig.value
            if words[j + n] in lex.data.set_sizes:
                return lex.data.set_sizes[words[j + n]]
    return None


def _reading(words: Sequence[str], fig: Figure, quantity: Quantity, lex: CasualtyLexicon) -> tuple[int, int, int]:
    """The figure's value, low and high. A vague word ACLED reads otherwise when it counts the dead
    ("killing several" is 10 dead in ACLED's data; "several injured" stays the word's 3) takes ACLED's
    figure for the killed."""
    if not fig.vague or quantity != "killed":
        return fig.value, fig.low, fig.high
    for j in range(fig.start, fig.end):
        n = lex.reader.vague_set.match(words, j)
        if n:
            entry = lex.data.vague.get(" ".join(words[j:j + n]))
            if entry is not None and entry.killed is not None:
                return entry.killed, entry.killed, max(fig.high, entry.killed)
            break
    return fig.value, fig.low, fig.high


def _told_plurals(sent: Span, words: Sequence[str], lex: CasualtyLexicon, claims: Sequence[Claim],
                  used: set[int]) -> list[Claim]:
    """"Relatives of four coal miners who were shot dead staged a sit-in ... The miners were killed
    when gunmen opened fire": "the" and a plural noun with no figure are the people a figure before
    told; the claim repeats that figure as part of it (an event holding both counts them once, one
    holding only this sentence gets them)."""
    doc, s, e = sent.doc, sent.start, sent.end
    out = []
    for k in range(s, e - 2):
        n = lex.sides.match(words, k + 1) if words[k] == "the" else 0
        if not n or not _plural(words, k + 1, k + 1 + n, lex) or words[k + 1 + n] not in ("were", "have", "had"):
            continue
        v = k + 2 + n + (words[k + 2 + n:k + 3 + n] == ["been"])
        q = next((q for q in QUANTITIES if q in ("killed", "injured") and lex.after[q].match(words, v)), None)
        if q is None or v in used:
            continue
        head = words[k + n]
        before = next((c for c in reversed(claims) if c.quantity == q and c.part_of is None and c.value
                       and c.sentence_end <= sent.start_char and c.about.lower().split()[-1:] == [head]), None)
        if before is None:
            continue
        out.append(replace(before, about=doc[k + 1:k + 1 + n].text, start=doc[k].idx,
                           end=doc[v].idx + len(doc[v]), sentence_start=sent.start_char,
                           sentence_end=sent.end_char, part_of=before.start, toll=None))
    return out


def _captives_killed(sent: Span, words: Sequence[str], lex: CasualtyLexicon, claims: Sequence[Claim]) -> list[Claim]:
    """"Assailants kidnapped two soldiers ... The soldiers were beheaded", "abducted three people ... The
    hostages were executed": the people taken, told again as "the" captives or with the noun they were
    taken as, are as many dead (new deaths, not a part of a figure of dead)."""
    doc, s, e = sent.doc, sent.start, sent.end
    out: list[Claim] = []
    for k in range(s, e - 2):
        if words[k] != "the" or (k > s and words[k - 1] == "of"):
            continue  # "one of the hostages was killed" is one of them, told on its own
        j = k + 1
        fig = lex.reader.read_at(words, j)
        if fig is not None and not fig.vague:
            j = fig.end
        n = lex.captives.match(words, j) or (lex.sides.match(words, j) if _plural(words, j, j + lex.sides.match(
            words, j), lex) else 0)
        found = _after_quantity(words, j + n, e, lex) if n else None
        if found is None or found[0] != "killed":
            continue
        head = words[j + n - 1]
        taken = next((c for c in reversed(claims) if c.quantity == "abducted" and c.part_of is None and c.value
                      and c.sentence_end <= sent.start_char
                      and (lex.captives.match(words, j) or c.about.lower().split()[-1:] == [head])), None)
        if taken is None or (fig is not None and not fig.vague and fig.value != taken.value) or any(
                c.quantity == "killed" and c.sentence_start == sent.start_char and c.value == taken.value
                for c in claims):
            continue  # "the victims were beheaded and their bodies were found": told once already
        v = found[1]
        out.append(replace(taken, quantity="killed", about=doc[j:j + n].text, start=doc[k].idx,
                           end=doc[v].idx + len(doc[v]), sentence_start=sent.start_char,
                           sentence_end=sent.end_char, part_of=None, toll=None, qualifier=None))
    return out


def _their_bodies(words: Sequence[str], verb: int, claims: Sequence[Claim]) -> Claim | None:
    """"Gunmen abducted three employees ... their bodies were found": the bodies are of the people
    whose abduction the article told before, so as many are dead (not one). The last figure of
    people taken; None where "bodies" has no "their" or nobody was told taken."""
    if words[verb] != "bodies" or verb == 0 or words[verb - 1] != "their":
        return None
    return next((c for c in reversed(claims) if c.quantity == "abducted" and c.value and c.part_of is None), None)


def _unhurt(words: Sequence[str], noun_end: int, e: int, lex: CasualtyLexicon) -> bool:
    """The next few words after a figure's noun say those people came to no harm (the lexicon's `unhurt`)."""
    return any(words[j] in lex.unhurt for j in range(noun_end, min(noun_end + 4, e)))


_TRIPLED = re.compile(r"([a-z])\1\1+")


def _spelled(word: str, lex: CasualtyLexicon) -> str:
    """The word meant: "causalities" is "casualties", "killling" is "killing" (no English word has
    one letter three times in a row)."""
    if len(word) > 3 and _TRIPLED.search(word):
        word = _TRIPLED.sub(r"\1\1", word)
    return lex.spellings.get(word, word)


_RELATIVES = frozenset({"which", "that"})


def _after_cause(words: Sequence[str], s: int, k: int, lex: CasualtyLexicon) -> bool:
    """"attacked the village in retaliation for the killing of two herders": a figure after words that
    name the earlier event an attack answers, in the same clause, is that event's. So is a figure in
    a relative clause on an event named by its earlier time ("suspected of taking part in March's
    bombing which killed 40"): the past event's toll, told as background."""
    relative = False
    for j in range(k - 1, s - 1, -1):
        if words[j] in (",", ";", ":", ".", "—"):
            return False
        if lex.prior_cause.match(words, j):
            return True
        if words[j] in _RELATIVES:
            relative = True
        elif relative and lex.past_event.match(words, j):
            return True
    return False


def _self_killed(words: Sequence[str], e: int, readings: list[_Reading], lex: CasualtyLexicon) -> list[_Reading]:
    """"Two suicide bombers detonated at a mosque, killing only themselves": a figure of attackers
    with no verb of its own, followed in its sentence by their own death, is of dead."""
    hits = [j for j in range(min((r.fig.end for r in readings), default=e), e) if lex.self_killed.match(words, j)]
    if not hits:
        return readings
    out = list(readings)
    for idx, r in enumerate(out):
        later = [x.fig.start for x in out[idx + 1:]]
        if r.quantity is None and _side(words, r.fig.end, r.noun_end, lex) == "attackers" \
                and any(j >= r.noun_end and not any(r.fig.end <= f < j for f in later) for j in hits):
            out[idx] = replace(r, quantity="killed")
    return out


def _unnumbered_tolls(doc: Doc, words: Sequence[str], sent: Span, zero: set[int], lex: CasualtyLexicon,
                      source: Callable[[], str | None], article_id: str) -> list[Claim]:
    """"casualties of unknown number reported": deaths told with no figure and no noun to count, read
    as the lexicon's "an unknown number of" (they count only where no figure is given)."""
    unknown = lex.data.vague.get("an unknown number of")
    out: list[Claim] = []
    if unknown is None:
        return out
    i = sent.start
    while i < sent.end:
        n = lex.unnumbered_tolls.match(words, i)
        if not n or i in zero or _after_cause(words, sent.start, i, lex):
            i += 1
            continue
        span = doc[i:i + n]
        out.append(Claim(quantity="killed", value=unknown.value, low=unknown.value, high=unknown.high,
                         about=span.text, side="unknown", source=source(), start=span.start_char,
                         end=span.end_char, sentence_start=sent.start_char, sentence_end=sent.end_char,
                         qualifier="an unknown number of", article_id=article_id, unnumbered=True))
        i += n
    return out


def _summed_up(claims: list[Claim], lex: CasualtyLexicon) -> list[Claim]:
    """"Fourteen militants were killed on Saturday ... A total of eighteen militants were killed in the
    two operations": a total told after figures of the same quantity that it can hold sums them up;
    they are its parts (counted once, inside it), not more dead."""
    out = list(claims)
    for t, total in enumerate(out):
        if total.qualifier not in lex.data.sum_markers or total.part_of is not None:
            continue
        earlier = [i for i, c in enumerate(out[:t]) if c.quantity == total.quantity and c.part_of is None
                   and c.article_id == total.article_id and c.sentence_end <= total.sentence_start and c.value
                   and _may_hold(total.side, c.side)]
        if earlier and sum(out[i].value for i in earlier) <= total.value:
            for i in earlier:
                out[i] = replace(out[i], part_of=total.start)
    return out


def _may_hold(total: Side, part: Side) -> bool:
    """Whether a total of one side may hold a figure of another: a generic total ("people", read as
    civilians, or no side) holds any; a total of an armed side only its own ("a total of five
    militants" holds no soldiers)."""
    return total in ("civilians", "unknown") or part in (total, "unknown")


_PRONOUNS = frozenset({"he", "him", "she", "her"})


def _restatements(claims: list[Claim], text: str) -> list[Claim]:
    """"A JCD activist was killed ... they hacked him to death", "the Shibir man was killed": one
    person told again (a pronoun or "the" + noun) is part of the figure before it, not another death."""
    out: list[Claim] = []
    for c in claims:
        before = next((p for p in reversed(out) if p.quantity == c.quantity and p.part_of is None
                       and p.sentence_start < c.sentence_start), None)
        span = text[c.start:c.end].lower().split()
        words = [*span[:1], *c.about.lower().split()]
        told_again = words[:2].count("the") > 0 or bool(_PRONOUNS & set(words)) \
            or (span[-1:] == ["death"] and bool({"his", "her"} & set(span)))  # "which led to his death"
        if c.value == 1 and c.part_of is None and before is not None and told_again:
            c = replace(c, part_of=before.start)
        out.append(c)
    return out


_ZeroHit = tuple[int, int, Sequence[Quantity]]  # token, length, quantities


def _zero_hits(words: Sequence[str], s: int, e: int, lex: CasualtyLexicon) -> list[_ZeroHit]:
    """Each zero phrase in the sentence, in text order (read once: it both masks figures and makes claims)."""
    return [(i, n, quantities) for i in range(s, e) if words[i] in lex.zero_first
            for phrases, n, quantities in lex.zero if phrases.match(words, i)]


def _zero_claims(doc: Doc, zeros: Sequence[_ZeroHit], s: int, e: int,
                 source: Callable[[], str | None], article_id: str) -> list[Claim]:
    out = []
    sent = doc[s:e]
    for i, n, quantities in zeros:
        span = doc[i:i + n]
        out.extend(Claim(quantity=q, value=0, low=0, high=0, about=span.text, side="unknown",
                         source=source(), start=span.start_char, end=span.end_char,
                         sentence_start=sent.start_char, sentence_end=sent.end_char,
                         article_id=article_id) for q in quantities)
    return out


from sitrep.extract.totals import Totals, summarise  # noqa: E402  (assemble imports them from here)
from sitrep.nlp.sentences import QUOTE_TOKENS, sentences, text_of, token_lowers, token_texts

__all__ = ["CasualtyLexicon", "Totals", "find_claims", "summarise"]
