"""Who says a figure: "state media reported", "according to police", "ISPR said".

Form of the answer: the source as written without leading articles ("state media", "police",
"spokesman for the BLA"). An outlet named after a descriptor ("leading daily The Express Tribune")
is given by its name ("The Express Tribune"). When an outlet relays another source in the same
sentence ("Authorities have said ..., The Express Tribune reported") the answer is
"authorities via The Express Tribune": the original source first, the relay after "via".
A sentence without attribution takes it from the next sentence when that one continues it
("... were killed. Additionally, 22 soldiers died, state media reported."). Words live in
data/lexicons/sources.yaml (sitrep.source_lexicon.v1).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.tokens import Doc, Span

from sitrep.errors import DataFileError
from sitrep.extract.numbers import PhraseSet
from sitrep.nlp.sentences import sentences, text_of

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "sources.yaml"
_BOUNDARY = frozenset({",", ".", ":", ";", "“", "”", '"', "‘", "’", "'", "(", ")", "—", "–", "that",
                       "and", "as", "while", "but", "when", "after",
                       "what"})  # "in what police described as a sectarian killing"
_ARTICLES = frozenset({"a", "an", "the"})
_NOBODY = frozenset({"in", "on", "at", "by", "to", "with", "for", "from", "during", "after", "there", "no",
                     "not", "none"})
_MAX_SOURCE_TOKENS = 8
_BRACKETED = 4  # tokens a short name in brackets before a speaking verb may take ("(ISPR)")


class _SourceFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    verbs: list[str]
    auxiliaries: list[str]
    prefixes: list[str]
    nouns: list[str]
    outlets: list[str]
    continuations: list[str]
    pronouns: list[str]
    reactions: list[str] = []


class SourceLexicon:
    def __init__(self, data: _SourceFile) -> None:
        self.verbs = frozenset(data.verbs)
        self.auxiliaries = frozenset(data.auxiliaries)
        self.prefixes = PhraseSet(data.prefixes)
        self.nouns = PhraseSet(data.nouns)
        self.outlets = frozenset(data.outlets)
        self.continuations = PhraseSet(data.continuations)
        self.pronouns = frozenset(data.pronouns)
        self.reactions = frozenset(data.reactions)

    @classmethod
    def load(cls, path: Path | None = None) -> SourceLexicon:
        path = path or LEXICON_PATH
        try:
            return cls(_SourceFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DataFileError(f"source lexicon unreadable — {exc}; fix the YAML file",
                                path=str(path)) from exc


@lru_cache(maxsize=1)
def default_lexicon() -> SourceLexicon:
    """The packaged lexicon, read once (a pure function of a packaged file)."""
    return SourceLexicon.load()


def _join(words: Sequence[str]) -> str:
    """Tokens back into words: clitics and closing marks stick to the word before ("military's")."""
    out = ""
    for w in words:
        glued = w[:1] in ("'", "\u2019", ",", ".", ")", ":", ";") or w.lower() == "n't"
        out += w if glued or not out or out.endswith("(") else " " + w
    return out


def _clean(tokens: Sequence[str], lex: SourceLexicon) -> tuple[str | None, bool]:
    """(source, is_outlet) from the phrase's tokens; None when it names nobody."""
    words = list(tokens)
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words or len(words) > _MAX_SOURCE_TOKENS or words[0].lower() in _NOBODY:
        return None, False  # "said in a statement", "there were no reported injuries" name no one
    low = [w.lower() for w in words]
    for k, w in enumerate(low):
        if w in lex.outlets and k + 1 < len(words) and words[k + 1][:1].isupper():
            return _join(words[k + 1:]), True
    if len(words) == 1 and low[0] in lex.pronouns:
        return None, False
    named = any(w[:1].isupper() for w in words) or any(lex.nouns.match(low, k) for k in range(len(low)))
    if not named:
        return None, False
    return _join(words), any(w in lex.outlets for w in low)


def _before(sent: Span, k: int, lex: SourceLexicon) -> list[str]:
    """Tokens of the subject before the verb at k ("Authorities have said" -> Authorities)."""
    j = k - 1
    while j >= sent.start and sent.doc[j].lower_ in lex.auxiliaries:
        j -= 1
    if j > sent.start and sent.doc[j].text == ",":  # an appositive: "the media wing, ISPR, said"
        j -= 1
    if j > sent.start and sent.doc[j].text == ")":
        # "the Inter-Services Public Relations (ISPR) said": the short name in brackets, as the report
        # goes on to call the source
        opening = next((i for i in range(j - 1, max(sent.start, j - _BRACKETED) - 1, -1) if sent.doc[i].text == "("), None)
        if opening is not None and opening + 1 < j:
            return [t.text for t in sent.doc[opening + 1:j]]
    out: list[str] = []
    while j >= sent.start and sent.doc[j].lower_ not in _BOUNDARY and len(out) <= _MAX_SOURCE_TOKENS:
        out.insert(0, sent.doc[j].text)
        j -= 1
    if out and out[0].lower() in _ASIDE_OPENERS and j > sent.start and sent.doc[j].text == ",":
        # "Pakistani officials, speaking on condition of anonymity, said": the aside names no one;
        # the source is the subject before it
        return _before(sent, j, lex)
    return out


# Words that open an aside between a source and its verb ("speaking on condition of anonymity")
_ASIDE_OPENERS = frozenset({"speaking", "requesting", "asking", "declining", "who", "talking"})


def _after(sent: Span, k: int) -> list[str]:
    out: list[str] = []
    j = k
    while j < sent.end and sent.doc[j].lower_ not in _BOUNDARY and len(out) <= _MAX_SOURCE_TOKENS:
        out.append(sent.doc[j].text)
        j += 1
    return out


def _attributions(sent: Span, lex: SourceLexicon) -> list[tuple[str, bool, int]]:
    """(source, is_outlet, character offset of its cue) for each attribution in the sentence."""
    words = [t.lower_ for t in sent]
    found: list[tuple[str, bool, int]] = []
    for k, tok in enumerate(sent):
        n = lex.prefixes.match(words, k)
        if n:
            cand = _clean(_after(sent, tok.i + n), lex)
        elif tok.lower_ in lex.verbs:
            cand = _clean(_before(sent, tok.i, lex), lex)
            if cand[0] is None:  # "..., said police" / "told a spokesman"
                cand = _clean(_after(sent, tok.i + 1), lex)
        else:
            continue
        if cand[0] is not None and all(cand != f[:2] for f in found):
            found.append((cand[0], cand[1], tok.idx))
    return found


def _nearest(found: list[tuple[str, bool, int]], at: int | None) -> list[tuple[str, bool, int]]:
    """Attributions ordered for a figure at `at`: the last one before it first, then the rest.
    "Police said four died, while ISPR said six died": each figure belongs to its own clause."""
    if at is None:
        return found
    before = [f for f in found if f[2] <= at]
    return ([before[-1]] + [f for f in found if f is not before[-1]]) if before else found


def _combine(found: list[tuple[str, bool, int]], lex: SourceLexicon, at: int | None = None) -> str | None:
    if not found:
        return None
    found = _nearest(found, at)
    outlets = [s for s, is_outlet, _ in found if is_outlet]
    others = [s for s, is_outlet, _ in found if not is_outlet]
    if not (outlets and others):
        return found[0][0]
    first = others[0]
    if lex.nouns.match([first.split()[0].lower()], 0):  # a common noun: "Authorities" -> "authorities"
        first = first[0].lower() + first[1:]
    return f"{first} via {outlets[0]}"


def _next_sentence(doc: Doc, end: int) -> Span | None:
    if end >= len(text_of(doc)) or not doc.has_annotation("SENT_START"):
        return None
    for sent in sentences(doc):
        if sent.start_char >= end:
            return sent
    return None


def find_source(doc: Doc, sentence_start: int, sentence_end: int, *,
                lexicon: SourceLexicon | None = None, at: int | None = None) -> str | None:
    """Who the sentence at these character offsets attributes its content to; None: the article.
    `at` is the offset of the figure asked about, when a sentence quotes several sources."""
    lex = lexicon or default_lexicon()
    sent = doc.char_span(sentence_start, sentence_end, alignment_mode="expand")
    if sent is None:
        return None
    source = _combine(_attributions(sent, lex), lex, at)
    if source is not None:
        return source
    nxt = _next_sentence(doc, sentence_end)
    if nxt is not None and lex.continuations.match([t.lower_ for t in nxt], 0):
        return _combine(_attributions(nxt, lex), lex)
    return None
