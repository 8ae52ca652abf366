"""Who did what to whom: PLOVER-style interactions, each side with the actor mentions that name it.

Wider than events: "X agreed with Y", "X demanded that Y ...", "X accused Y of ...", "X threatened
to ..." are interactions ACLED does not code. Per sentence with a cue of the interaction lexicon
(data/lexicons/interactions.yaml, sitrep.interaction_lexicon.v1), the sentence alone gets a
dependency parse (`sitrep.nlp.parse`); the trigger is the cue word nearest the root. Its source is
the subject (each conjunct of "X and Y"), the agent of a passive ("by X"), the subject of the clause
a pronoun stands for ("X said it would ..."), and only when there is none the speaker of the
reporting clause ("..., X said"). Its target is the object, the noun of "against/to/with/on ... X",
or the subject of a clausal complement ("demanded that X ..."); "X said Y must ..." is X's demand
of Y. "X is opposed to Y" is X's stance (lexicon `stances`), not an act done to X; "with its
partners" names other actors than the subject (lexicon `counterpart_prepositions`); where nothing
nearer names a target, a name after "against" further down the clause does. Actors are the minimal names in those phrases (entities GPE/NORP/ORG/PERSON and
actor-dictionary names): "Senior Hungarian and Romanian officials" gives "Hungarian" and
"Romanian"; a generic actor word ("police", "protesters") counts where no name does. A source
phrase with neither keeps its head noun ("rebels"); a target needs one. Acts done to a place also
target the place they are done in ("imposed a curfew in X", "marched in X"). A mention's words are
its name's noun phrase ("Afghan rebel leaders", "X, the UN envoy") where that holds no other
mention. A sentence that names nobody on either side gives no interaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sitrep.extract.actors import ActorDictionary, ActorEntry
from sitrep.extract.interaction_lexicon import InteractionLexicon, word_kind as _kind
from sitrep.extract.sources import SourceLexicon, default_lexicon
from sitrep.model import ActorMention, Article, Interaction
from sitrep.nlp.parse import SentenceParser
from sitrep.nlp.sentences import sentences

ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Dependants that are part of a noun phrase's own words ("Senior Hungarian and Romanian officials").
_OWN = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "punct", "case", "cc", "conj"})
_OBJECTS = ("dobj", "dative", "attr", "oprd")
_CLAUSES = ("ccomp", "xcomp", "advcl")
# A word that shares its head's subject: "X agreed to meet", "X is ready to send", "X is guilty of
# violating", "X issued a statement condemning" (the participle's noun is the object of X's verb).
_CLIMB = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp", "prep", "acl"})
_MAX_CLIMB = 6
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "pcomp"})


@dataclass(frozen=True)
class _Names:
    """The named actors of one parsed sentence, by token: entities first, then dictionary names."""

    spans: tuple[Span, ...]
    by_token: dict[int, int]
    entries: dict[tuple[int, int], ActorEntry]  # the dictionary's reading of a span, by token offsets
    generic: frozenset[int]  # indexes of spans that are generic words ("police", "protesters")

    @classmethod
    def of(cls, doc: Doc, actors: ActorDictionary) -> _Names:
        spans = [e for e in doc.ents if e.label_ in ACTOR_LABELS]
        entries = {(m.start, m.end): m.entry for m in actors.mentions(doc)}
        entries.update({(e.start, e.end): entry for e in spans if e.ent_id_ and (entry := actors.by_name(e.ent_id_))})
        taken = {i for e in spans for i in range(e.start, e.end)}
        for (start, end), entry in entries.items():
            # a generic word names an actor as a noun ("the army"), not as a modifier ("military aid")
            if not taken & set(range(start, end)) and (not entry.template or _nominal(doc[end - 1])):
                spans.append(Span(doc, start, end, label=entry.label))
                taken |= set(range(start, end))
        spans.sort(key=lambda s: s.start)
        generic = frozenset(n for n, s in enumerate(spans) if (e := entries.get((s.start, s.end))) and e.template)
        return cls(tuple(spans), {i: n for n, s in enumerate(spans) for i in range(s.start, s.end)}, entries, generic)

    def at(self, token: Token, *, generic: bool = False) -> Span | None:
        """The name a token is part of; a generic word only with `generic`."""
        n = self.by_token.get(token.i)
        return None if n is None or (n in self.generic and not generic) else self.spans[n]

    def mention(self, span: Span, offset: int, *, phrase: Span | None = None) -> ActorMention:
        """The mention of a name; `phrase`: the noun phrase it stands in, whose words are the mention."""
        entry = self.entries.get((span.start, span.end))
        name = entry.name if entry is not None and not entry.template else None
        text = phrase if phrase is not None else span
        return ActorMention(text.text, text.start_char + offset, text.end_char + offset, span.label_ or "NOUN", name)


@dataclass(frozen=True)
class _Reader:
    """Reads one parsed sentence."""

    doc: Doc
    names: _Names
    lexicon: InteractionLexicon
    sources: SourceLexicon

    def trigger(self) -> tuple[Token, str] | None:
        """The interaction word nearest the main clause; else a reported clause with a demand modal
        ("X declared that Y must ...")."""
        found = [(t, cat) for t in self.doc if self.names.at(t) is None and not self._names_actor(t)
                 and (cat := self.lexicon.category(t))]
        if not found:
            found = [(t, "DEMAND") for t in self.doc if t.dep_ == "ccomp" and _kind(t) == "VERB"
                     and any(c.lower_ in self.lexicon.modals for c in t.children)]
        if not found:
            return None
        return min(found, key=lambda tc: (_depth(tc[0]) + (_kind(tc[0]) != "VERB") / 2
                                          + 2 * self._content_of_noun(tc[0]), tc[0].i))

    def _content_of_noun(self, word: Token) -> bool:
        """A clause that says what an interaction noun before it is ("reiterated its demand that X
        ease ...", "issued a warning that X would ..."): the parser hangs it on the verb, but it is
        the noun's content, as deep as a relative clause."""
        return word.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.i < word.i and self.lexicon.category(c)
                                            for c in word.head.children)

    def _names_actor(self, word: Token) -> bool:
        """A word that only says which actor a phrase names: "riot" in "riot police", "aid" in "aid
        groups" (a modifier of an actor word), not an act."""
        return word.dep_ in ("compound", "amod") and self.names.at(word.head, generic=True) is not None

    # -- noun phrases -> names

    def named(self, head: Token, *, noun: bool = False, generic: bool = True, owned: bool = False) -> list[Span]:
        """The names a noun phrase holds: each conjunct's own name, else the names among its own
        words, else a generic actor word among them ("police"; nothing when not `generic`), else the
        names of its prepositional phrases ("leaders in X"); `noun`: else its head noun. `owned`: a
        phrase with a possessive pronoun counts ("that its partners refuse")."""
        out: list[Span] = []
        for h in _conjuncts(head):
            for span in self._named_one(h, noun=noun, generic=generic, owned=noun or owned):
                if all(span.start != s.start for s in out):
                    out.append(span)
        return out

    def _named_one(self, h: Token, *, noun: bool, generic: bool, owned: bool) -> list[Span]:
        if h.lower_ in self.lexicon.pronouns:
            return []
        # "withdrew its troops": the actor's own, not whom it acts on (but "their anger at X" is at X)
        theirs = not owned and any(c.dep_ == "poss" and c.lower_ in self.lexicon.pronouns for c in h.children)
        own = self.names.at(h)
        if own is not None:
            return [] if theirs else [own]
        words = _own_words(h)
        found = sorted({self.names.at(t) for t in words if self.names.at(t) is not None}, key=lambda s: s.start)
        if found:
            return [] if theirs else found
        # "a police checkpoint in X", "protesters in X": a phrase that names its actor with a generic
        # word is about that actor; its prepositional phrases say where
        plain = [w for t in (*words, h) if (w := self.names.at(t, generic=True)) is not None]
        if plain:
            return plain[:1] if generic and not theirs else []
        # "rallies in X against Y": the phrases of whom an act is done to first
        phrases = sorted((c for c in h.children if c.dep_ in ("prep", "appos")),
                         key=lambda c: (c.lower_ not in self.lexicon.prepositions, c.i))
        # "crimes committed by X": the agent of a participle that describes the phrase
        phrases += [a for c in h.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]
        for child in phrases:
            inner = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ != "appos" else [child]
            for obj in inner:
                if hit := self.named(obj, generic=generic):
                    return hit
        if noun and _nominal(h):
            left = min((c.left_edge.i for c in h.lefts if c.dep_ in ("compound", "amod")), default=h.i)
            return [Span(self.doc, left, h.i + 1, label="NOUN")]
        return []

    # -- source

    def source(self, trig: Token) -> list[Span]:
        agent = next((c for c in trig.children if c.dep_ == "agent"), None)
        if agent is not None:
            return [n for obj in agent.children if obj.dep_ == "pobj" for n in self.named(obj, noun=True)]
        if (stance := self._stance_holder(trig)) is not None:  # "X is opposed to Y"
            return self._antecedent(stance) if stance.lower_ in self.lexicon.pronouns else self.named(stance, noun=True)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.children):
            return []  # a passive without its agent: who acted is not said
        if _kind(trig) == "NOUN":
            return self._noun_source(_phrase(trig))
        subj = _subject(trig)
        if subj is None:
            return []
        if subj.lower_ in self.lexicon.pronouns:
            return self._antecedent(subj)
        return self.named(subj, noun=True)

    def _stance_holder(self, verb: Token) -> Token | None:
        """The subject of a passive that tells its stance ("X is opposed to Y", "X is committed to
        Y"): X holds it, nobody acts on X."""
        if not self.lexicon.stances.fullmatch(verb.lower_):
            return None
        # the parser may hang the subject on the auxiliary ("X is opposed": X the subject of "is")
        auxes = [a for a in verb.children if a.dep_ == "auxpass"]
        return next((c for c in verb.children if c.dep_ == "nsubjpass"),
                    next((c for a in auxes for c in a.children if c.dep_ == "nsubj"), None))

    def _noun_source(self, noun: Token) -> list[Span]:
        """"X's demand", "a demand by X", "X held talks": the possessor, the by-phrase, the subject
        of the verb the noun is the object of."""
        for c in noun.children:
            if c.dep_ == "poss" and (hit := self.named(c)):
                return hit
            if c.dep_ == "prep" and c.lower_ == "by":
                return [n for obj in c.children if obj.dep_ == "pobj" for n in self.named(obj, noun=True)]
        own = [self.names.at(t) for t in _own_words(noun) if self.names.at(t) is not None]
        if own:  # "an Indian proposal", "the US-led talks"
            return sorted(set(own), key=lambda s: s.start)
        if noun.dep_ in ("dobj", "pobj", "nsubj") and (noun.head.tag_[:2] in ("VB", "MD") or noun.head.tag_ == "IN"):
            verb = noun.head if noun.head.tag_ != "IN" else noun.head.head
            subj = _subject(verb) if noun.dep_ != "nsubj" else None
            if subj is None and noun.dep_ == "pobj" and self.lexicon.taking_part.fullmatch(verb.lower_):
                # "X were engaged in ethnic cleansing" (not "X was put under investigation")
                subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.lower_ not in self.lexicon.pronouns:
                return self.named(subj, noun=True)
        return []

    def _antecedent(self, pronoun: Token) -> list[Span]:
        """"X said it would ...": the subject of a governing clause that is not a pronoun."""
        for verb in pronoun.head.ancestors:  # "X was quoted as saying he would ...": X
            subj = _subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.lower_ not in self.lexicon.pronouns:
                return self.named(subj, noun=True)
        return []

    def speaker(self, trig: Token) -> list[Span]:
        """Who says it ("..., a Jordanian official said"; "according to X"), for a trigger without a source."""
        for tok in self.doc:
            if tok.lower_ not in self.sources.verbs or not (tok.is_ancestor(trig) or tok.dep_ == "ROOT"):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and not subj.is_ancestor(trig) and subj.lower_ not in self.lexicon.pronouns:
                return self.named(subj)
        return []

    # -- target

    def target(self, trig: Token) -> list[Span]:
        """Names first, in the objects and then the clauses the trigger governs; then generic actor
        words ("withdrew workers from Iraq": Iraq; "arrested protesters": protesters); then, for a
        category whose acts apply to a place, the place it is done in ("imposed a curfew in X",
        "protesters marched in X", "arrested in X"): PLOVER's gold records code a country or town
        an act is done in as its target when the text names it (a venue of talks is no target)."""
        found: list[Span] = []
        for mode in ("named", "generic"):
            if found := self._target(trig, mode):
                break
        if not found:
            found = self._against(trig)
        place = self._place_target(trig)
        if place is not None and all(place.start >= s.end or s.start >= place.end for s in found):
            found = [*found, place]
        return found

    def _against(self, trig: Token) -> list[Span]:
        """A name after "against" further down the trigger's clause ("trained hackers to wage cyber
        war against X"), or in the clause a participle trigger adds to ("launched rocket fire
        against X, killing ten"): whom the act is aimed at, where no nearer phrase names anyone."""
        scopes = [trig, *([trig.head] if trig.dep_ in ("advcl", "conj", "xcomp") else [])]
        for scope in scopes:
            for prep in scope.subtree:
                if prep.lower_ == "against" and prep.dep_ == "prep":
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and (hit := self.named(obj, generic=False)):
                            return hit
        return []

    def _place_target(self, trig: Token) -> Span | None:
        """The place "in/into/at ... X" of the trigger, of its object or of the verb a noun trigger
        depends on ("staged rallies in X", "stayed on alert in X"), or of the measure the trigger's
        clause names ("threatened to impose a curfew in X"); only for the lexicon's place
        categories."""
        heads = [trig]
        for _ in range(3):  # "threatened to impose a curfew in X", "killed ... when they blew up in X"
            clause = next((c for c in heads[-1].children if c.dep_ in ("xcomp", "ccomp", "advcl")), None)
            if clause is None:
                break
            heads.append(clause)
        # "kidnapped advisers and set off bombs in X": a verb joined to the trigger shares its subject and
        # goes on with the same acts
        joined = [c for c in trig.children if c.dep_ == "conj" and _kind(c) == "VERB"
                  and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
        if trig.dep_ == "advcl" and trig.tag_ == "VBG" and _kind(trig.head) == "VERB":
            joined.append(trig.head)  # "declared a state of siege in X, arresting opponents": the act it goes on from
        if self.lexicon.done_to_place(trig):
            heads += joined
        for head in heads:
            # "as street battles raged in X": an act noun as the subject of a verb of happening counts too
            if head not in joined and not self.lexicon.done_to_place(head) \
                    and not any(self.lexicon.done_to_place(c) for c in head.children if c.dep_ in (*_OBJECTS, "nsubj")):
                continue
            objects = [c for c in head.children if c.dep_ in _OBJECTS]
            # "blew up power lines leading into X", "a call for troops to be deployed in X"
            around = [head, *objects, *(c for o in objects for c in o.children if c.dep_ in ("acl", "relcl"))]
            if (verb := _governor(head)) is not None:
                around.append(verb)
            for h in around:
                for prep in h.children:
                    if prep.dep_ == "prep" and prep.lower_ in self.lexicon.place_prepositions:
                        for obj in prep.children:
                            if obj.dep_ == "pobj" and (place := self._place(obj)) is not None:
                                return place
        return None

    def _place(self, noun: Token) -> Span | None:
        """A named place a noun phrase is or names ("Kabul", "the town of X", "the capital X")."""
        for t in (noun, *(c for c in noun.children if c.dep_ in ("appos", "compound")),
                  *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj")):
            # after "in", a proper name the NER takes for a person is mostly a town it does not know
            if t.ent_type_ in _PLACE_LABELS or t is noun and t.ent_type_ == "PERSON" and t.tag_ == "NNP":
                ent = next(e for e in self.doc.ents if e.start <= t.i < e.end)
                return self.names.at(t) or Span(self.doc, ent.start, ent.end, label=ent.label_)
        return None

    def _target(self, trig: Token, mode: str, depth: int = 0) -> list[Span]:
        hits: list[Span] = []
        for obj in self._objects(trig):
            # the first object with a name; "complained to X over Y": also whom the act is against
            if not hits or obj.head.lower_ in ("against", "over"):
                # "a dispute with its partners": their own words are other actors' ("withdrew its troops" is not)
                other = obj.dep_ == "pobj" and obj.head.lower_ in self.lexicon.counterparts
                hits += [h for h in self.named(obj, generic=mode != "named", owned=other)
                         if all(h.start != o.start for o in hits)]
        if hits and depth < 3:
            # "blocked streets in X in defiance of Y", "in protest against Y": the act the trigger is done
            # in says whom it is aimed at, besides what it is done to
            for act in (o for p in trig.children if p.dep_ == "prep" and p.lower_ == "in"
                        for o in p.children if o.dep_ == "pobj" and self.lexicon.category(o)):
                hits += [h for h in self._target(act, mode, depth + 1) if all(h.start != o.start for o in hits)]
        if hits:
            return hits
        if depth >= 3:
            return []
        clauses = [c for c in trig.children if c.dep_ in _CLAUSES]
        if _kind(trig) == "NOUN" and (verb := _governor(trig)) is not None:
            # "staged a hunger strike to protest X", "held rallies in protest of X"
            clauses += [c for c in verb.children if c.dep_ in _CLAUSES]
            clauses += [o for p in verb.children if p.dep_ == "prep" for o in p.children
                        if o.dep_ == "pobj" and self.lexicon.category(o)]
        if _kind(trig) == "NOUN":  # "its demand that X withdraw"; "a strike that shut down X", "a rally to protest X"
            clauses += [c for c in trig.children if c.dep_ in ("acl", "relcl")]
        # "a hunger strike in protest of X", "blocked roads in defiance of X", "insisted on its demands that X",
        # "rioted following a demonstration calling for X" (a participle preposition takes an object)
        clauses += [o for p in trig.children if p.dep_ == "prep" for o in p.children
                    if o.dep_ in ("pobj", "dobj") and self.lexicon.category(o)]
        for clause in clauses:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ not in self.lexicon.pronouns \
                    and (hit := self.named(subj, generic=mode != "named", owned=True)):
                return hit  # "demanded that X withdraw"
            if hit := self._target(clause, mode, depth + 1):
                return hit
        return []

    def _objects(self, trig: Token) -> Iterator[Token]:
        if self._stance_holder(trig) is None:
            yield from (c for c in trig.children if c.dep_ == "nsubjpass")
        heads = [trig]
        preps_only: list[Token] = []
        if _kind(trig) == "NOUN":  # "mediation mission between X and Y": the phrase's words count
            heads.append(_phrase(trig))
            yield from (c for c in _own_words(trig) if c.dep_ == "compound")
            if _phrase(trig).dep_ in ("dobj", "pobj") and (verb := _governor(trig)) is not None:
                preps_only.append(verb)  # "staged rallies ... against X", "engaged in raids on X"
                if _phrase(trig).dep_ == "pobj" and not self.lexicon.taking_part.fullmatch(verb.lower_):
                    # "X was put under investigation", "X was placed under arrest"
                    yield from (c for c in verb.children if c.dep_ == "nsubjpass")
        for head in (*heads, *preps_only):
            if head in heads:
                yield from (c for c in head.children if c.dep_ in _OBJECTS)
            # "kidnapped up to 16 advisers": a particle's phrase is the verb's
            for prep in (*head.children, *(p for c in head.children if c.dep_ == "prt" for p in c.children)):
                if prep.dep_ in ("prep", "dative") and prep.lower_ in self.lexicon.prepositions:
                    yield from (c for c in prep.children if c.dep_ in ("pobj", "pcomp"))

    def told_demand(self, trig: Token) -> tuple[list[Span], list[Span]] | None:
        """"X said Y must withdraw": (X's names, Y's names) when the trigger's clause has a demand
        modal and is what a named speaker says; None otherwise."""
        clause = trig
        # up from "must reach an agreement", "must be ready to mediate", "must ensure ... to allow"
        while clause.head is not clause and (clause.dep_ in ("xcomp", "conj", "acomp", "advcl")
                                             or clause.dep_ == "dobj" and _kind(clause) == "NOUN"):
            clause = clause.head
        if clause.dep_ != "ccomp" or not any(c.lower_ in self.lexicon.modals for c in clause.children):
            return None
        speaker = _subject(clause.head)
        addressee = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if speaker is None or speaker.lower_ in self.lexicon.pronouns or addressee is None:
            return None
        source = self.named(speaker, noun=True)
        return (source, self.named(addressee)) if source else None


def _depth(token: Token) -> int:
    """How far below the main clause: a subordinate or relative clause counts twice ("..., after X
    shot down a jet" is background to the main act)."""
    return sum(2 if t.dep_ in _SUBORDINATE else 1 for t in (token, *token.ancestors) if t.head is not t)


def _nominal(token: Token) -> bool:
    return token.tag_.startswith("NN")


def _phrase(noun: Token) -> Token:
    """The head of the noun phrase a noun is part of ("mediation" in "mediation mission")."""
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    return noun


def _governor(noun: Token) -> Token | None:
    """The verb a noun phrase is the object or subject of ("staged a strike": staged)."""
    phrase = _phrase(noun)
    if phrase.dep_ in ("dobj", "nsubj", "nsubjpass") and _kind(phrase.head) == "VERB":
        return phrase.head
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "prep" and _kind(phrase.head.head) == "VERB":
        return phrase.head.head  # "stayed on alert", "held talks in protest"
    return None


def _conjuncts(head: Token) -> list[Token]:
    return [head, *(c for c in head.conjuncts if c.i > head.i)]


def _own_words(h: Token) -> list[Token]:
    """A noun's own modifiers, recursively (not its conjuncts, clauses or prepositional phrases)."""
    out: list[Token] = []
    todo = [c for c in h.children if c.dep_ in _OWN and c.dep_ not in ("conj", "cc")]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in _OWN)
    return out


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it depends on ("X agreed to meet": X meets)."""
    t, via_acl = verb, False
    for _ in range(_MAX_CLIMB):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            return subj
        if _misread_main_verb(t):
            return t.head
        if via_acl and t.dep_ in ("dobj", "pobj"):  # "X issued a statement condemning": up to "issued"
            t, via_acl = t.head, False
            continue
        if t.dep_ not in _CLIMB or t.head is t or t.dep_ == "acl" and t.head.dep_ not in ("dobj", "pobj"):
            return None
        t, via_acl = t.head, t.dep_ == "acl"
    return None


def _misread_main_verb(verb: Token) -> bool:
    """A main verb the parser hung on its own subject as a participle: "X resorted to Y, officials
    said" parsed with X a second subject (or an unlabelled dependant) of "said" and "resorted"
    describing X. "said" has its own subject, so X is who acted."""
    noun = verb.head
    if verb.dep_ != "acl" or not verb.tag_.startswith("VB") or noun.dep_ not in ("nsubj", "dep") \
            or noun.head.i == noun.i:
        return False
    return any(c.dep_ == "nsubj" and c.i != noun.i for c in noun.head.children)


def read_sentence(doc: Doc, *, lexicon: InteractionLexicon, actors: ActorDictionary,
                  offset: int = 0, sources: SourceLexicon | None = None) -> Interaction | None:
    """The interaction one parsed sentence states; None when it holds no interaction word or names
    no actor.
    `offset`: where the sentence starts in the article."""
    reader = _Reader(doc, _Names.of(doc, actors), lexicon, sources or default_lexicon())
    found = reader.trigger()
    if found is None:
        return None
    trig, category = found
    told = reader.told_demand(trig)
    if told is not None:
        (source, target), category = told, "DEMAND"
    else:
        source = reader.source(trig) or reader.speaker(trig)
        target = reader.target(trig)
    target = [t for t in target if all(t.start >= s.end or s.start >= t.end for s in source)]
    if not source and not target:
        return None  # an interaction word, but nobody named on either side
    if not source and len(target) > 1 and any(c.lower_ == "between" for c in trig.children):
        source, target = target[:1], target[1:]  # "talks between X and Y"
    def mention(span: Span) -> ActorMention:
        return reader.names.mention(span, offset, phrase=_phrase_of(span, trig, [*source, *target], lexicon))

    return Interaction(category, trig.text, trig.idx + offset, trig.idx + len(trig.text) + offset,
                       tuple(mention(s) for s in source), tuple(mention(t) for t in target),
                       offset, offset + len(doc.text))


# The words of a noun phrase that say which actor it is: "U.S. negotiator Paul Nitze", "Sudan's
# government", "Kenzo Oshima, the UN relief coordinator".
_QUALIFIERS = frozenset({"compound", "amod", "nmod"})
# Prepositions whose phrase says where or whose a noun is ("rebels in X", "the governor of X").
_WHERE = frozenset({"in", "of", "from", "near", "at"})
_NAMED = ACTOR_LABELS | _PLACE_LABELS


def _phrase_head(word: Token, lexicon: InteractionLexicon) -> Token | None:
    """The noun a word qualifies, stands beside or says where or whose of ("rebels in X"); not
    through a possessive ("Somalia's bid" is no actor) nor to a count ("dozens of X")."""
    if word.dep_ in (*_QUALIFIERS, "appos"):
        return word.head
    if word.dep_ == "pobj" and word.head.lower_ in _WHERE and word.head.dep_ == "prep":
        noun = word.head.head
        return None if noun.like_num or noun.lower_ in lexicon.partitives else noun
    return None


def _phrase_of(name: Span, trig: Token, others: Sequence[Span], lexicon: InteractionLexicon) -> Span:
    """The noun phrase a name is the minimal part of: the phrase's head with its qualifiers,
    appositions and the phrases that say where or whose it is ("Afghan rebel leaders" for "Afghan",
    "the emir, Sheikh X" for "Sheikh X", "protesters in X", "the governor of X"). The mention is the
    whole phrase, its dictionary reading the name's; the name alone where the phrase would hold the
    trigger or another mention ("Hungarian and Romanian officials")."""
    head = name.root
    while (up := _phrase_head(head, lexicon)) is not None and up is not trig and _nominal(up) \
            and not lexicon.category(up):
        head = up  # not up to an act ("a curfew in X", "Israeli raids")
    if not _nominal(head):
        return name
    left = min((c.left_edge.i for c in head.children if c.i < head.i and (
        c.dep_ in _QUALIFIERS or c.dep_ == "poss" and c.tag_ != "PRP$")), default=head.i)
    right = max((c.right_edge.i for c in head.children if c.dep_ == "appos" or c.dep_ == "prep"
                 and c.lower_ in _WHERE and any(t.ent_type_ in _NAMED for t in c.subtree)), default=head.i)
    start, end = min(left, name.start), max(right + 1, name.end)
    while end > start + 1 and name.doc[end - 1].text in (",", ";", ":", ".", "-", "--"):
        end -= 1
    words = [t.text for t in name.doc[start:end]]
    if words.count("(") > words.count(")") and end < len(name.doc) and name.doc[end].text == ")":
        end += 1  # "the Palestine Liberation Organization (PLO)": its closing bracket too
    if start <= trig.i < end or any(o is not name and o.start < end and start < o.end for o in others):
        return name
    return Span(name.doc, start, end, label=name.label_)


def find_interactions(doc: Doc, article: Article, *, lexicon: InteractionLexicon, actors: ActorDictionary,
                      parser: SentenceParser) -> list[Interaction]:
    """The interactions of an article, one per sentence that has an interaction word, in text order."""
    return find_interactions_in([(doc, article)], lexicon=lexicon, actors=actors, parser=parser)[0]


def find_interactions_in(docs: Sequence[tuple[Doc, Article]], *, lexicon: InteractionLexicon,
                         actors: ActorDictionary, parser: SentenceParser) -> list[list[Interaction]]:
    """`find_interactions` for several articles at once: their sentences are parsed in one batch
    (the parser is much faster on a few dozen sentences than on one or two at a time)."""
    chosen = [(k, s) for k, (doc, _) in enumerate(docs) for s in sentences(doc) if lexicon.cue.search(s.text)]
    out: list[list[Interaction]] = [[] for _ in docs]
    parsed = parser.parse([s for _, s in chosen]) if chosen else []
    for (k, _), p in zip(chosen, parsed):
        found = read_sentence(p.doc, lexicon=lexicon, actors=actors, offset=p.offset)
        if found is not None:
            out[k].append(replace(found, article_id=docs[k][1].id))
    return out


def mentions(interactions: Sequence[Interaction]) -> list[ActorMention]:
    """Every actor mention of some interactions, sources and targets, once each."""
    seen: dict[tuple[int, int], ActorMention] = {}
    for i in interactions:
        for m in (*i.source, *i.target):
            seen.setdefault((m.start, m.end), m)
    return list(seen.values())
