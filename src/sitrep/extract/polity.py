"""Actors a strategic development names by what they are rather than by an alias we know.

- The state as a polity: "Tunisia extended the state of emergency", "the government declared a
  curfew", "President Lorem declared a ceasefire": ACLED codes such acts of the state itself (not of
  its forces) as "Government of X".
- A group the report says was just formed and names ("a new rebel group ... called the Lorem
  Ipsum Front (LIF)"): ACLED names it "LIF: Lorem Ipsum Front", not after the groups its men came from.

The words that tell either live in data/lexicons/actors.yaml (sitrep.actor_lexicon.v1).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.extract.actor_lexicon import default_actor_lexicon

_SUBJECT_REACH = 6  # tokens from the sentence's start to its subject


def polity_acts(doc: Doc, trig: Span, country_names: tuple[str, ...], heads: tuple[str, ...] = ()) -> bool:
    """The trigger's sentence has the state itself as its subject: its country's name ("Tunisia
    extended ...", "Bangladesh sealed its border"), its government, or its sitting head named alone
    (`heads`, lower case: "Lorem declares a ceasefire"), before the trigger."""
    sent = trig.sent
    lex = default_actor_lexicon()
    names = {n.lower() for n in country_names if n} | lex.government | set(heads)
    openers = lex.subject_openers - {"the"}
    i = sent.start
    while i < trig.start and i - sent.start < _SUBJECT_REACH and doc[i].lower_ in openers:
        i += 1
    for n in range(4, 0, -1):  # "the Democratic Republic of Congo"
        words = doc[i:min(i + n, trig.start)]
        if len(words) == n and words.text.lower() in names and _verb_follows(doc, words.end, trig.start):
            return True
    end = _head_of_state(doc, i, trig.start)
    return end is not None and _verb_follows(doc, end, trig.start)


_NAME_REACH = 3  # "President Omar al-Bashir"


def _head_of_state(doc: Doc, i: int, trigger: int) -> int | None:
    """The end of "President Lorem Ipsum", "the president" or "Prime Minister Lorem" at token `i`: a head
    of state or government acts for the state ("President Lorem declared a ceasefire")."""
    i += doc[i].lower_ == "the" if i < trigger else 0
    for head in default_actor_lexicon().head_titles:
        if tuple(t.lower_ for t in doc[i:i + len(head)]) == head:
            j = i + len(head)
            k = j
            while k < trigger and k - j < _NAME_REACH and (doc[k].text[:1].isupper() or doc[k].text == "-"):
                k += 1
            return k
    return None


def _verb_follows(doc: Doc, end: int, trigger: int) -> bool:
    """The subject is not a possessor or a place ("Tunisia's army", "Tunisia's capital"): the words after
    it reach the trigger without a possessive."""
    return end <= trigger and not (end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’"))


# Function words that join the parts of a group's name ("National Council for the Lorem", "Front pour la
# Lorem"): grammar of names, in English and French, not knowledge of any group, so they stay here.
_NAME_LINKS = frozenset({"for", "of", "the", "and", "de", "du", "des", "la", "pour", "-"})


def formed_group(span: Span) -> tuple[str, int, int, int] | None:
    """(ACLED name, inter, start, end character offsets) of a group the span tells was newly formed
    and names with its acronym: "a new rebel group ..., called the National Council for Lorem (NCL)"
    gives "NCL: National Council for Lorem", inter 2 (a rebel or armed group; 3 otherwise)."""
    doc, lex = span.doc, default_actor_lexicon()
    new = next((t.i for t in span if t.lower_ in lex.new_group), None)
    if new is None or not any(t.lower_ in lex.group_nouns for t in doc[new:min(new + 4, span.end)]):
        return None
    naming = next((t.i for t in doc[new:span.end] if t.lower_ in lex.naming), None)
    if naming is None:
        return None
    i = naming + 1 + (naming + 1 < span.end and doc[naming + 1].lower_ == "the")
    j = i
    while j < span.end and (doc[j].text[:1].isupper() or doc[j].lower_ in _NAME_LINKS and j > i):
        j += 1
    while j > i and doc[j - 1].lower_ in _NAME_LINKS:
        j -= 1
    if j - i < 2 or j + 2 >= span.end or doc[j].text != "(" or doc[j + 2].text != ")" or not doc[j + 1].is_upper:
        return None
    inter = 2 if any(t.lower_ in lex.armed_group for t in doc[new:naming]) else 3
    return f"{doc[j + 1].text}: {doc[i:j].text}", inter, doc[i].idx, doc[j + 2].idx + 1
