"""Actor dictionary and actor roles (actor1 = initiator, actor2 = target) for one incident.

Names, inter codes and aliases live in `sitrep/data/actors/*.jsonl`. Generic actors are
templates ("Civilians ({country})") filled with the event's country. State labels such as
"Fitna al-Hindustan" are ordinary aliases of what they name; the label is kept as said.
Without a parser, roles come from word order and voice: "X attacked Y", "Y was attacked by X",
"clashes between X and Y".

State labels: "Fitna al-Hindustan" (Pakistan's official name for Baloch armed groups since 2024)
resolves to "Baloch Separatists (Pakistan)", inter 2: the label covers the BLA, BLF, BRAS and
others at once, so it cannot name one group; where a text names the group, that name wins.
"Fitna al-Khawarij"/"khawarij" resolves to the TTP, the group the label is used for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from sitrep.errors import DataFileError
from sitrep.extract.actor_lexicon import default_actor_lexicon
from sitrep.extract.background import default_background, opens_elsewhere
from sitrep.extract.events import watching
from sitrep.extract.locality import find_locality, find_pair
from sitrep.extract.polity import formed_group, polity_acts
from sitrep.extract.sources import SourceLexicon, default_lexicon
from sitrep.model import Actor
from sitrep.nlp.sentences import QUOTE_TOKENS, text_of

NAME = "sitrep.actors.v1"
_AUX = ("was", "were", "been", "being", "is", "are")
# Words for actors, their kinds and their roles (state_led, fight_words, one_kind, former, foreign, ...)
# live in data/lexicons/actors.yaml (sitrep.actor_lexicon.v1), read through default_actor_lexicon().
_FIGHT_REACH = 4  # tokens after a killing in which "in a gunfight" says it happened in a fight
# Reciprocal pronouns ("the groups attacked each other"): grammar, so they stay here. They tell a fight
# between sides, and one within one kind of side, as the lexicon's fight_words and one_kind do.
_MUTUAL = ("each other", "one another")


class Succession(BaseModel):
    """From `on`, the actor is coded under another name: the Taliban are Afghanistan's state forces
    from 15 August 2021 (ACLED: "Military Forces of Afghanistan (2021-)"). Boko Haram is "Boko Haram -
    Wilayat Gharb Ifriqiyyah" from its pledge to the Islamic State on 7 March 2015, and "Boko Haram -
    Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad" (Shekau's faction, which ACLED keeps as the main
    group) from the split of 3 August 2016 (ACLED, "Methodology for Coding Boko Haram and ISWAP
    Factions", 2021). Undated, it keeps its plain name, or takes the entry's `undated` name: plain
    "Boko Haram" is no ACLED actor, so an undated report takes the name ACLED uses today for the
    group the press calls plain "Boko Haram" (Shekau's faction, "Jamaatu Ahli is-Sunnah
    lid-Dawati wal-Jihad"). We do not guess an era from the scored sets' years: that would fit the
    gold, not the text. Dated reports are unaffected."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    on: date
    name: str
    inter: int = Field(ge=1, le=8)


class PoliticalRivals(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    aliases: frozenset[str] = frozenset()
    unless: tuple[str, ...] = ()


class ActorEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str  # canonical; "{country}" marks a generic template
    inter: int = Field(ge=1, le=8)
    country: str | None
    kind: Literal["state", "rebel", "political", "identity", "generic", "external"]
    label: Literal["ORG", "NORP"] = "ORG"
    aliases: list[str] = Field(min_length=1)
    # Short acronyms that are also common words or name parts ("AL" in "Al-Shabaab"): matched only
    # as written, in capitals.
    acronyms: list[str] = []
    # Words that make a generic actor the initiator when the text names none: "over a land
    # dispute" makes the unnamed attackers a communal militia, not an unidentified armed group. A named
    # group's cues hold in its own country only: a public flogging in Afghanistan is the Taliban's
    # (Afghanistan's forces from August 2021, by its succession).
    cues: list[str] = []
    # Cues that name the actor even where the text calls the attackers unknown: "unidentified assailants
    # killed him over a land dispute" are a communal militia to ACLED, over an old enmity they stay unknown.
    strong_cues: list[str] = []
    # Words that keep a cue from naming the actor: a fight "over polling" is between candidates' men
    # (an unidentified armed group), not a village's militia.
    blockers: list[str] = []
    # Words in the incident's sentences that make a mention of this generic actor an unidentified armed
    # group: "two rival groups clashed over the union parishad election" are candidates' men (ACLED), not
    # a village's militia.
    unnamed_when: list[str] = []
    # Aliases that only say the attackers were someone's rivals ("stabbed to death by his rivals"): told
    # of a political party's man they are his political rivals, an unidentified armed group (ACLED),
    # unless words of a feud (`unless`: "over a land dispute") make them a village's militia.
    political_rivals: PoliticalRivals = PoliticalRivals()
    # one renaming, or several in date order (Boko Haram: 2015, 2016)
    succession: Succession | list[Succession] | None = None
    # The name an undated event takes, for a group whose own name is none ACLED uses ("Boko Haram"
    # alone: ACLED always names the faction); without it an undated event keeps the entry's name.
    undated: str | None = None
    # Plain words for fighters ("militants", "the attackers") that name the one armed group the
    # incident has already named: "TTP militants stormed a post ... three militants were killed".
    refers_back: list[str] = []
    # Countries besides `country` where the group fights (Al Shabaab in Kenya, Boko Haram around Lake
    # Chad): its name makes a town there no less likely than one at home. Read only by the geoparser's
    # hints, never as a clue to the event's country (that stays `country`).
    operates_in: list[str] = []
    # ACLED names a transnational group's local branch with the event's country: "Islamic State
    # (Bangladesh)", "Islamic State (Somalia)".
    country_bracket: bool = False
    # Countries where ACLED names the branch otherwise: {"Afghanistan": "ISKP: Islamic State Khorasan Province"}.
    branches: dict[str, str] = {}
    # The days the branches hold, first and last (None: open): Ethiopia's troops in Somalia are AMISOM's
    # contingent only from January 2014, when it joined the mission. An undated event takes them.
    branches_between: tuple[date, date | None] | None = None
    # The party whose wing the group is: "Jamaat-Shibir men" act as the Jamaat-e-Islami (ACLED codes the
    # party, the wing as associated actor) when the two are named together.
    wing_of: str | None = None
    # A mission's national contingents, each with the words that name it right beside the mission:
    # ACLED codes "Ugandan AMISOM troops" and "AMISOM-ENDF forces" as "AMISOM: ... (Uganda)", "(Ethiopia)".
    contingents: dict[str, list[str]] = {}
    # ACLED names a faction of the group after the name the text puts right before it: "Yakutumba
    # Mayi Mayi" is "Mayi Mayi Militia (Yakutumba)"; "A and B Mayi Mayi fought" names two factions.
    factions_named_before: bool = False
    # Fights beside the state's forces (Nigeria's Civilian JTF, vigilantes, pro-government militias):
    # named with the troops in a battle it is their side, and the enemy is the other group named.
    state_ally: bool = False
    # ACLED names the group after the part of a country the event is in, by country and then the
    # event's admin1 or location: the Islamic State's Libyan provinces ("Islamic State (Tripoli)" in Surt);
    # AMISOM, which ACLED always names with a contingent, by the contingent holding the region's sector
    # when the text names none (Uganda in Banaadir and Lower Shabelle, Kenya in the Jubas, Ethiopia in
    # Bay, Bakool and Galguduud, Djibouti in Hiiraan, Burundi in Middle Shabelle; Gedo was shared); a
    # state's troops abroad by the mission's contingent where their country held the sector (Kenya's in
    # the Jubbas; in Gedo ACLED keeps them Kenya's own forces). An entry with `branches` too keeps its
    # branch there for an event whose area is unknown (Ethiopia's troops in Somalia: AMISOM's contingent in
    # its sectors, Bay, Bakool, Hiiraan and Galguduud, its own forces outside them, as in Kismayo).
    areas: dict[str, dict[str, str]] = {}
    # The days the area names hold (None: any; an undated event takes them): Libya's forces in Sirte were
    # the unity government's Presidential Guard (Bunyan al-Marsous) in its 2016 battle for the city.
    areas_between: tuple[date, date | None] | None = None
    # Places (the event's admin1 or location) where ACLED names the unnamed fighters the state fights
    # there ("militants", "the attackers") as this group, within `unnamed_between` (None: any day; an
    # undated event falls in it): Benghazi's Shura Council in the 2014-2017 battle for the city; Boko
    # Haram in Borno, Yobe and the borderlands of Cameroon and Niger until its 2016 split.
    unnamed_in: list[str] = []
    unnamed_between: tuple[date, date | None] | None = None

    def name_on(self, day: date) -> Succession | None:
        """The latest renaming in force on `day`; None: the entry's own name."""
        steps = self.succession if isinstance(self.succession, list) else [self.succession] if self.succession else []
        return max((s for s in steps if day >= s.on), key=lambda s: s.on, default=None)

    @property
    def template(self) -> bool:
        return "{country}" in self.name or "{place}" in self.name


class HeadOfState(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    names: list[str] = Field(min_length=1)
    country: str  # the gazetteer's name
    start: date
    end: date | None = None  # None: in office


class SiteWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    after: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()
    area: frozenset[str] = frozenset()


class CountryFile(BaseModel):
    """data/actors/countries.yaml: ACLED's spelling of country names in actor names, and words that
    tie a text to one country."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    acled_names: dict[str, str] = {}
    words: dict[str, list[str]] = {}
    # Names that point to one country without being a place the gazetteer holds or an actor we
    # name, matched as written ("Massalit", "EFCC"): weighed as clues by sitrep.geo.country.
    peoples: dict[str, list[str]] = {}
    bodies: dict[str, list[str]] = {}
    areas: dict[str, list[str]] = {}
    currencies: dict[str, list[str]] = {}
    # Words for state forces that name one force of a country (Bangladesh's "joint forces": its police),
    # by country: words -> the generic actor they name there.
    force_words: dict[str, dict[str, str]] = {}
    # Peoples whose civilians ACLED names after one country wherever they are (stateless peoples and
    # refugees: the Rohingya in Bangladesh's camps are "Civilians (Myanmar)"). Not a clue to the
    # event's country: most such events are abroad.
    nationals: dict[str, list[str]] = {}
    # Who civilians or demonstrators are, as ACLED names them as associated actors ("Women (Pakistan)",
    # "Shia Muslim Group (Afghanistan)"): name template -> the words (lower case) that say it.
    identities: dict[str, list[str]] = {}
    # Places of worship: an identity word before one ("a Shia mosque") tells who the people hit there are.
    worship_places: list[str] = []
    # A site named after a force or a party ("Police Lines", "PTI road"): words after the name that make
    # it the site's (`after`), when the name is told as where something happened (`before` it, or
    # "area" after the site word): "found dead in the police lines area" names no police.
    site_words: SiteWords = SiteWords()
    # Sitting heads of state or government by the names the press gives them alone ("Bashir declares a
    # ceasefire"): the state acts through them (sitrep.extract.polity), within their term only.
    heads_of_state: list[HeadOfState] = []

    def heads_on(self, country: str, day: date | None) -> tuple[str, ...]:
        """Lower-cased names of the heads of `country` in office on `day`; undated: all the file lists."""
        return tuple(n.lower() for h in self.heads_of_state if h.country == country
                     and (day is None or h.start <= day and (h.end is None or day < h.end)) for n in h.names)


@dataclass(frozen=True)
class ActorRoles:
    actor1: Actor | None = None
    assoc_actor_1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_2: Actor | None = None


@dataclass(frozen=True)
class Mention:
    entry: ActorEntry
    start: int  # token offsets
    end: int
    contingent: str | None = None  # the country whose contingent of a mission the text names


@dataclass(frozen=True)
class ActorDictionary:
    entries: tuple[ActorEntry, ...]
    # Claim/denial phrases (sitrep.extract.responsibility.ResponsibilityCues), loaded with the actors.
    responsibility: Any = None
    countries: CountryFile = CountryFile()
    _matchers: dict[Any, PhraseMatcher] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, folder: Path | None = None) -> ActorDictionary:
        root = folder or resources.files("sitrep.data") / "actors"
        entries: list[ActorEntry] = []
        for path in sorted((p for p in root.iterdir() if p.name.endswith(".jsonl")), key=lambda p: p.name):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    entries.append(ActorEntry.model_validate(json.loads(line)))
                except (ValueError, ValidationError) as exc:
                    raise DataFileError(f"actor entry is invalid — {exc}; fix the line against "
                                        f"sitrep.extract.actors.ActorEntry", path=str(path), line=number) from exc
        from sitrep.data import load_yaml
        from sitrep.extract.responsibility import ResponsibilityCues

        countries = root / "countries.yaml"
        table = load_yaml(Path(str(countries)), CountryFile, kind="actor") if countries.is_file() else CountryFile()
        return cls(tuple(entries), ResponsibilityCues.load(), table)

    def acled_country(self, country: str | None) -> str | None:
        """The country as ACLED spells it in actor names ("Democratic Republic of Congo")."""
        return self.countries.acled_names.get(country, country) if country else None

    def country_from_words(self, doc: Doc) -> str | None:
        """The one country whose administrative words the text uses ("upazila"); None when none or several."""
        found = {country for country, _, _ in self.country_words(doc)}
        return found.pop() if len(found) == 1 else None

    def country_words(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(country, start, end character offsets) of each administrative word of one country in the text."""
        matcher = self._phrase_matcher("countries", doc.vocab, "LOWER", self.countries.words.items())
        return [(doc.vocab.strings[i], doc[s:e].start_char, doc[s:e].end_char) for i, s, e in matcher(doc)]

    def country_signs(self, doc: Doc) -> list[tuple[str, str, int, int]]:
        """(kind, country, start, end character offsets) of each name of one country's people, body,
        area or currency in the text ("Massalit farmers", "the EFCC", "Jebel Marra", "LD 7 million"),
        in order; kind is "peoples", "bodies", "areas" or "currencies". Matched as written: "NDC" is
        an acronym, "ndc" is not."""
        kinds = ("peoples", "bodies", "areas", "currencies")
        matcher = self._phrase_matcher("signs", doc.vocab, "ORTH", (
            (f"{kind}|{country}", names) for kind in kinds for country, names in getattr(self.countries, kind).items()))
        out = []
        for label, s, e in sorted(matcher(doc), key=lambda m: (m[1], m[1] - m[2])):
            if out and s < out[-1][3]:  # "East Jebel Marrah" once, by its longest name
                continue
            kind, country = doc.vocab.strings[label].split("|", 1)
            out.append((kind, country, s, e))
        return [(kind, country, doc[s:e].start_char, doc[s:e].end_char) for kind, country, s, e in out]

    def by_name(self, name: str) -> ActorEntry | None:
        return self._by_name.get(name)

    def nationality(self, word: str) -> str | None:
        """The country whose civilians a people's name names (`nationals`: "Rohingya": Myanmar)."""
        return self._nationals.get(word)

    @cached_property
    def identity_words(self) -> dict[tuple[str, ...], str]:
        """The identity words as lower-case token tuples ("health workers") -> the associate's name template."""
        return {tuple(w.split()): name for name, words in self.countries.identities.items() for w in words}

    @cached_property
    def _nationals(self) -> dict[str, str]:
        return {word: country for country, words in self.countries.nationals.items() for word in words}

    def unnamed_group(self, places: Iterable[str]) -> ActorEntry | None:
        """The group ACLED names unnamed fighters after in one of `places` (entries' `unnamed_in`)."""
        return next((self._unnamed_in[p] for p in places if p in self._unnamed_in), None)

    @cached_property
    def _unnamed_in(self) -> dict[str, ActorEntry]:
        return {place: e for e in self.entries for place in e.unnamed_in}

    @cached_property
    def _by_name(self) -> dict[str, ActorEntry]:
        # asked for each actor of each event (succession, claimants, generic names): no scan each time
        index: dict[str, ActorEntry] = {}
        for e in self.entries:
            index.setdefault(e.name, e)  # the first entry of a name wins, as the scan did
        return index

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns for named (non-template) actors; `id` is the canonical name."""
        out: list[dict[str, Any]] = []
        for e in self.entries:
            if e.template:
                continue
            for alias in e.aliases:
                forms = {alias, alias.upper() if len(alias) <= 6 else alias, alias.title()}
                out += [{"label": e.label, "pattern": f, "id": e.name} for f in sorted(forms)]
        return out

    def _phrase_matcher(self, kind: str, vocab: Vocab, attr: str,
                        phrases: Iterable[tuple[str, Iterable[str]]]) -> PhraseMatcher:
        """A PhraseMatcher of (label, phrases) pairs, built once per kind and vocab."""
        key = (kind, id(vocab))
        if key not in self._matchers:
            m = PhraseMatcher(vocab, attr=attr)
            make = English(vocab=vocab).make_doc
            for label, texts in phrases:
                patterns = [d for t in texts for d in _tokenized(make, t, attr)]
                if patterns:
                    m.add(label, patterns)
            self._matchers[key] = m
        return self._matchers[key]

    def matcher(self, vocab: Vocab) -> PhraseMatcher:
        return self._phrase_matcher("aliases", vocab, "LOWER", (
            (str(i), [a for alias in e.aliases for a in _forms(alias)]) for i, e in enumerate(self.entries)))

    def acronym_matcher(self, vocab: Vocab) -> PhraseMatcher:
        return self._phrase_matcher("acronyms", vocab, "ORTH",
                                    ((str(i), e.acronyms) for i, e in enumerate(self.entries)))

    def cue_matcher(self, vocab: Vocab, *, strong: bool = False) -> PhraseMatcher:
        kind = "strong_cues" if strong else "cues"
        return self._phrase_matcher(kind, vocab, "LOWER",
                                    ((str(i), getattr(e, kind)) for i, e in enumerate(self.entries)))

    def cued(self, span: Span, *, strong: bool = False, country: str | None = None) -> Mention | None:
        """The first generic actor one of whose cues (`strong`: strong cues) the span holds ("over a land
        dispute") and none of whose blockers it does ("over polling"). A named group's cues name it only
        in its own `country` (a public flogging in Afghanistan is the Taliban's)."""
        doc = span.doc
        words = {t.lower_ for t in span}
        found = sorted(self.cue_matcher(doc.vocab, strong=strong)(span), key=lambda m: m[1])
        for i, s, e in found:
            entry = self.entries[int(doc.vocab.strings[i])]
            if not words & set(entry.blockers) and (entry.template or country is not None and entry.country == country):
                return Mention(entry, s, e)
        return None

    def mentions(self, span: Span | Doc) -> list[Mention]:
        """Actor mentions in order; overlapping matches keep the longest, then the named actor."""
        doc = span.doc if isinstance(span, Span) else span
        found = [*self.matcher(doc.vocab)(span),
                 *(m for m in self.acronym_matcher(doc.vocab)(span) if not _in_capitals(doc, m[1], m[2]))]
        # a name two actors share is the first file's actor until the event's country says otherwise
        raw = sorted(((int(doc.vocab.strings[i]), s, e) for i, s, e in found),  # Doc offsets, also for a Span
                     key=lambda m: (m[1] - m[2], self.entries[m[0]].template, m[1], m[0]))
        taken: set[int] = set()
        out: list[Mention] = []
        for entry, s, e in ((self.entries[k], s, e) for k, s, e in raw):
            if taken & set(range(s, e)):
                continue
            taken |= set(range(s, e))
            out.append(Mention(entry, s, e))
        shared = (self._coordinated(doc, m) for m in out)  # "Pakistani and Afghan forces"
        out += [c for c in shared if c is not None and c.start not in taken]
        return _with_contingents(doc, _without_foreign_acronyms(doc, sorted(out, key=lambda m: m.start)))

    def _coordinated(self, doc: Doc, m: Mention) -> Mention | None:
        """"Pakistani and Afghan forces exchanged fire": the first adjective shares the second's noun,
        so it names the actor its own alias with that noun names ("pakistani forces"). Words after
        the second adjective are dropped from the left until an alias fits ("Pakistani and Afghan
        Taliban border forces": "pakistani border forces")."""
        if m.start < 2 or doc[m.start - 1].lower_ not in _COORDINATORS:
            return None
        adj = doc[m.start - 2]
        if not adj.text[:1].isupper():
            return None
        # the shared noun ends the phrase: the farthest end that fits an alias, keeping the most words
        for end in range(min(len(doc), m.start + 5), m.start + 1, -1):
            for k in range(m.start + 1, end):
                entry = self._by_alias.get(" ".join([adj.lower_, *(t.lower_ for t in doc[k:end])]))
                if entry is not None and entry is not m.entry:
                    return Mention(entry, adj.i, adj.i + 1)
        return None

    @cached_property
    def _by_alias(self) -> dict[str, ActorEntry]:
        # named actors first; then a people's militia ("Dinka and Nuer youths"), a template that
        # takes the event's country
        index: dict[str, ActorEntry] = {}
        for e in sorted(self.entries, key=lambda e: e.template):
            if not e.template or e.kind == "identity":
                for alias in e.aliases:
                    for form in _forms(alias.lower()):
                        index.setdefault(form, e)
        return index

    def homonyms(self, words: str) -> tuple[ActorEntry, ...]:
        """The actors of different countries one name stands for ("ANP": Pakistan's Awami National Party
        and Afghanistan's National Police), or () when it names one."""
        return self._homonyms.get(words.lower(), ())

    @cached_property
    def _homonyms(self) -> dict[str, tuple[ActorEntry, ...]]:
        owners: dict[str, list[ActorEntry]] = {}
        for e in self.entries:
            for alias in {a.lower() for a in e.aliases}:
                owners.setdefault(alias, []).append(e)
        return {alias: tuple(es) for alias, es in owners.items() if len(es) > 1}

    def people(self, words: str) -> ActorEntry | None:
        """The ethnic militia of a people named bare ("Dinka", "Beni Halba"), as written."""
        return self._by_people.get(words)

    @cached_property
    def _by_people(self) -> dict[str, ActorEntry]:
        return {e.name.split(_ETHNIC)[0]: e for e in self.entries if _ETHNIC in e.name and e.kind == "identity"}


_ETHNIC = " Ethnic Militia"
_COORDINATORS = frozenset({"and", "&"})


def _in_capitals(doc: Doc, start: int, end: int) -> bool:
    """Tokens start:end sit among words written in capitals ("THE CHIEF IS UNDER PRESSURE"), where a
    capitalised short word is no acronym."""
    def upper(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and len(doc[i]) > 1 and doc[i].is_upper

    return upper(start - 1) and upper(end)


def _contingent(doc: Doc, m: Mention) -> Mention | None:
    """"Ugandan AMISOM troops", "AMISOM-ENDF forces": the word right before the mission, or right after
    it across a hyphen, names one contingent; the mention then spans both words."""
    words = {w: country for country, ws in m.entry.contingents.items() for w in ws}
    before = m.start - 2 if m.start >= 2 and doc[m.start - 1].text in _HYPHENS else m.start - 1
    if before >= 0 and doc[before].lower_ in words:
        return Mention(m.entry, before, m.end, words[doc[before].lower_])
    if m.end + 1 < len(doc) and doc[m.end].text in _HYPHENS and doc[m.end + 1].lower_ in words:
        return Mention(m.entry, m.start, m.end + 2, words[doc[m.end + 1].lower_])
    return None


_HYPHENS = frozenset({"-", "–", "/"})


_NOT_FACTION = frozenset({"local", "rival", "armed", "suspected", "alleged", "several", "some", "other", "former",
                          "unidentified", "unknown", "congolese", "allied", "pro", "anti"})
_NOT_FACTION_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _faction_word(tok: Token) -> bool:
    """A name, not a common word, a place or a people: "Yakutumba" in "Yakutumba Mayi Mayi"."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop and tok.lower_ not in _NOT_FACTION \
        and tok.ent_type_ not in _NOT_FACTION_ENTS


def _factions(doc: Doc, m: Mention) -> list[Mention]:
    """The factions named right before the group ("Yakutumba Mayi Mayi"; "Manu and Simba Mayi Mayi"):
    the last one's mention spans the group's words too, a coordinated one its own word."""
    i = m.start - 1
    if i < 0 or not _faction_word(doc[i]):
        return []
    out = [Mention(m.entry, i, m.end, doc[i].text)]
    j = i - 2
    if j >= 0 and doc[j + 1].lower_ in _COORDINATORS and _faction_word(doc[j]):
        out.insert(0, Mention(m.entry, j, j + 1, doc[j].text))
    return out


def _with_contingents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions with each named contingent of a mission folded into the mission's mention: the
    contingent's own forces ("ENDF") are the mission there, not a side of their own. Factions named
    before a group are folded in the same way."""
    found = [c for m in mentions if m.entry.contingents and (c := _contingent(doc, m)) is not None]
    found += [f for m in mentions if m.entry.factions_named_before for f in _factions(doc, m)]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(c.start <= m.start < c.end or m.start <= c.start < m.end for c in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _without_foreign_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Somali Armed Forces (SAF)": an acronym in brackets right after a named actor is that actor's own,
    not another country's actor of the same acronym (Sudan's SAF)."""
    def restates(m: Mention, before: Mention) -> bool:
        return before.end == m.start - 1 and doc[m.start - 1].text == "(" and m.end < len(doc) \
            and doc[m.end].text == ")" and doc[m.start:m.end].text.isupper() and not before.entry.template \
            and before.entry.country is not None and m.entry.country not in (None, before.entry.country)
    return [m for i, m in enumerate(mentions) if not (i and restates(m, mentions[i - 1]))]


def _tokenized(make: Callable[[str], Doc], text: str, attr: str) -> list[Doc]:
    """A lower-case phrase as the tokenizer splits it, and also as it splits the phrase in capitals
    when that differs: "nscn (im)" splits "im" like the contraction "I'm", "NSCN (IM)" does not."""
    doc = make(text)
    if attr != "LOWER":
        return [doc]
    upper = make(text.upper())
    return [doc] if [t.lower_ for t in upper] == [t.lower_ for t in doc] else [doc, upper]


def _forms(alias: str) -> tuple[str, ...]:
    """An alias and its plural: "border security force" also matches "border security forces".
    Acronyms and single short words stay as written ("al" must not become "als")."""
    last = alias.rsplit(" ", 1)[-1]
    if " " not in alias or len(last) <= 3 or last.endswith(("s", "y")):
        return (alias,)
    return alias, alias + "s"


def fill_name(template: str, country: str | None, place: str | None = None) -> str:
    """A generic actor's name filled in: ACLED names communal militias after their place ("Karab
    Communal Militia (Bangladesh)"); without a country, "Military Forces", not "... of {country}"."""
    name = template.replace("{place}", place or "Unidentified")
    return name.replace("{country}", country) if country else name.replace(" ({country})", "").replace(
        " of {country}", "")


def _actor(m: Mention, doc: Doc, country: str | None, place: str | None = None) -> Actor:
    name = fill_name(m.entry.name, country, place) if m.entry.template else m.entry.name
    if m.contingent is not None:
        name = f"{name} ({m.contingent})"
    span = doc[m.start:m.end]
    return Actor(name, m.entry.inter, span.text, span.start_char, span.end_char)


_LINKS = {"of", "from", "the", "'", "‘", "’", '"', "“", "”", "-", "armed", "local", "a", "an", "ruling",
          "opposition", "outfit", "outfits", "group", "banned",  # "militant outfit HuJI" is HuJI
          # "unidentified assailants (assumed Muslim group)": the bracket says who the unknown men are
          "(", "assumed", "likely", "presumably", "suspected", "allegedly", "reportedly", "believed",
          # "assailants belonging to the Rohingya community", "gunmen linked to the TTP", "unidentified
          # men, suspected to be supporters of the AL", "attackers backed by a BNP leader"
          "belonging", "linked", "affiliated", "to", "suspectedly", "supposedly", "apparently", "be",
          "supporters", "members", "activists", "cadres", "men", "backed", "inspired", "by", ","}


_JOIN_GAP = 7  # "unidentified men, [suspected to be supporters of the] AL"


def _joined(doc: Doc, left: Mention, right: Mention) -> bool:
    gap = doc[left.end:right.start]
    return 0 <= right.start - left.end <= _JOIN_GAP and all(t.lower_ in _LINKS for t in gap)


def _merge_generic(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"BLA militants", "militants of Fitna al-Hindustan": a generic word joined to a named actor is that actor."""
    named = [m for m in mentions if not m.entry.template]
    return [m for m in mentions if not m.entry.template
            or not any(_joined(doc, m, n) or _joined(doc, n, m) for n in named)]


_MEMBERSHIP_REACH = 12  # tokens from the plain victims back to the group they are said to belong to


def _of_a_people(doc: Doc, start: int, end: int) -> bool:
    """The mention, or the word right after it, names a people rather than a group of fighters
    ("the Rohingya community": the lexicon's people_nouns)."""
    nouns = default_actor_lexicon().people_nouns
    return any(t.lower_ in nouns for t in doc[start:min(end + 1, len(doc))])


def _members_of_group(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Gunmen killed three people and injured two others belonging to a vigilante group": victims the
    text places in an armed group are that group (ACLED: killing a militia's members is fighting it),
    so the plain-people words before it ("people", "men") name no civilians. Not a party's members
    ("attacked EFF members"): ACLED counts them civilians when they are the victims."""
    membership = default_actor_lexicon().membership
    groups = [m for m in mentions if m.entry.inter in (2, 4)
              and any(t.lower_ in membership for t in doc[max(0, m.start - 4):m.start])
              and not _of_a_people(doc, m.start, m.end)]
    return [m for m in mentions if not (m.entry.inter == 7 and m.entry.template and any(
        0 <= g.start - m.end <= _MEMBERSHIP_REACH and doc[m.start].sent == doc[g.start].sent
        and not any(o is not m and m.end <= o.start < g.start for o in mentions) for g in groups))]


def stated_member(doc: Doc, actor: Actor) -> bool:
    """The text places the actor's people in it as members ("two others belonging to a vigilante group",
    "who were members of a local militia"): the words just before its mention say so."""
    words = text_of(doc)[max(0, actor.start - 40):actor.start].lower().split()
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    membership = default_actor_lexicon().membership
    return any(w in membership for w in words[-4:]) \
        and not (span is not None and _of_a_people(doc, span.start, span.end))


_FACTION_LINKS = _LINKS | {"(", ")", "faction", "'s", "’s", "-", "–", "outlawed", "underground", "proscribed"}


def _code(entry: ActorEntry) -> str:
    """ACLED's short code before the colon: "PBCP-ML(LP)" of "PBCP-ML(LP): Purba Banglar ...", lower-cased."""
    return entry.name.split(":", 1)[0].casefold() if ":" in entry.name else ""


def _prefer_factions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Purba Banglar Communist Party (PBCP) Lal Pataka faction", "the Janajuddha faction of the PBCP": a
    party named just before or after one of its factions (whose ACLED code extends the party's, "PBCP" ->
    "PBCP-ML(LP)") is that faction."""
    def parent_of(m: Mention, n: Mention) -> bool:
        a, b = _code(m.entry), _code(n.entry)
        first, last = sorted((m, n), key=lambda x: x.start)
        gap = doc[first.end:last.start]
        return bool(a and b and b != a and b.startswith(a) and b[len(a)] in "-(") \
            and 0 <= last.start - first.end <= 4 and all(t.lower_ in _FACTION_LINKS or t.is_upper for t in gap)

    parents = [m for i, m in enumerate(mentions) for n in mentions[max(0, i - 3):i + 4]
               if n is not m and parent_of(m, n)]
    # and the party's acronym right after its name: "the Janajuddha faction of the Purba Banglar Communist Party (PBCP)"
    again = [n for m in parents for n in mentions if n.entry is m.entry and 0 <= n.start - m.end <= 1]
    dropped = {id(m) for m in parents + again}
    return [m for m in mentions if id(m) not in dropped]


_PAIR_LINKS = frozenset({"-", "–", "and", "&", "/", ",", "its", "student", "wing", "the"})


# Words that tie a group to the larger one it is an affiliate of: "IS-affiliated", "al Qaeda-linked".
_AFFILIATE_WORDS = frozenset({"affiliated", "affiliate", "linked", "allied", "aligned"})
_AFFILIATE_GAP = _FACTION_LINKS | _AFFILIATE_WORDS | QUOTE_TOKENS | {"militant", "outfit", "the", "its"}
_AFFILIATE_REACH = 8  # tokens from the parent to its affiliate: "Islamic State (IS)-affiliated group 'Sinai Province'"


def _former(doc: Doc, m: Mention) -> bool:
    """The mention is told as a group its men have left: "former Seleka", "ex-Seleka"."""
    lead = doc[max(0, m.start - 2):min(m.end, m.start + 2)]
    return any(t.lower_ in ("former", "ex") or t.lower_.startswith("ex-") for t in lead)


def prefer_affiliates(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Islamic State (IS)-affiliated group 'Sinai Province'", "the al Qaeda-linked al Shabaab": a named
    group told as another's affiliate is the actor; the larger group it is tied to is no side of its own."""
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        for n in mentions[i + 1:i + 4]:
            if n.entry is m.entry or n.entry.template or m.entry.template:
                continue
            if n.start == m.end and _former(doc, m):
                # "ex-Seleka UPC elements", "the former Seleka militia UPC": the group named right after
                # the one it split from is the actor
                dropped.add(id(m))
                break
            # words as written, also inside one token ("IS)-affiliated")
            words = [w for t in doc[m.end:n.start] for w in re.findall(r"\w+|[^\w\s]", t.text)]
            if 0 < len(words) <= 2 * _AFFILIATE_REACH and any(w.lower() in _AFFILIATE_WORDS for w in words) \
                    and all(w.lower() in _AFFILIATE_GAP or w.isupper() for w in words):
                # the parent and its acronym told in between ("(IS)")
                dropped |= {id(k) for k in mentions if k.entry is m.entry and k.start < n.start}
            break
    return [m for m in mentions if id(m) not in dropped]


def _prefer_parties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Jamaat-Shibir activists", "Jamaat-e-Islami and its student wing, Islami Chhatra Shibir": a wing
    named together with its party acts as the party."""
    def paired(wing: Mention, party: Mention) -> bool:
        left, right = (wing, party) if wing.start < party.start else (party, wing)
        gap = doc[left.end:right.start]
        return wing.entry.wing_of == party.entry.name and 0 <= len(gap) <= 5 \
            and all(t.lower_ in _PAIR_LINKS for t in gap)

    return [m for m in mentions if not any(paired(m, n) for n in mentions if n is not m)]


def _passive(doc: Doc, start: int, end: int) -> bool:
    """An auxiliary followed by a participle ("were killed", "was attacked", "were reportedly shot")
    between two token offsets, a verb of dying, or a headline's passive right after the subject
    ("Soldier martyred in Bannu")."""
    lex = default_actor_lexicon()

    def participle(i: int) -> bool:
        if i < len(doc) and doc[i].lower_.endswith("ly") and i + 1 < len(doc):
            i += 1  # an adverb between: "have been reportedly killed"
        return i < len(doc) and (doc[i].lower_.endswith(("ed", "en", "shot", "hit")) or doc[i].lower_ in _IRREGULAR)
    def target(i: int) -> bool:  # "were the target of a roadside bomb", "was the victim of an attack"
        return i + 2 < len(doc) and doc[i].lower_ in ("the", "a") and doc[i + 1].lower_ in lex.target_nouns \
            and doc[i + 2].lower_ == "of"
    return _reduced_passive(doc, start) or any(
        doc[i].lower_ in _AUX and (participle(i + 1) or target(i + 1)) or doc[i].lower_ in lex.suffered
        for i in range(start, min(end, len(doc) - 1)))


# Participles that end in neither "-ed" nor "-en": "was burnt to death", "were hurt", "was struck"
# ("was found dead", "were found murdered": the dead found are who suffered)
_IRREGULAR = frozenset({"burnt", "hurt", "struck", "slain", "caught", "held", "left", "bitten", "burned", "found"})


def _reduced_passive(doc: Doc, start: int) -> bool:
    """A headline's or a note's passive with no auxiliary (the lexicon's reduced_passives: "Two
    policemen shot dead in Lorem"): with no object after it, its subject suffered the act."""
    # the head noun may follow the actor word: "Levies man injured", "FC soldier martyred"
    reduced = default_actor_lexicon().reduced_passives
    i = next((k for k in range(start, min(start + 3, len(doc))) if doc[k].lower_ in reduced), None)
    if i is None or not all(t.is_alpha and t.lower_ not in _AUX for t in doc[start:i]):
        return False
    j = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ in ("dead", "down") else i + 1  # "shot dead"
    # an object after the participle makes it active: "assailants shot dead an AL leader"
    if j >= len(doc) or doc[j].lower_ in _AFTER_PASSIVE:
        return True
    # "Soldier martyred, two injured"; not a list of acts ("shot, stabbed and killed a member")
    nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
    return doc[j].is_punct and doc[j].text != "-" and not (doc[j].text == "," and nxt.endswith("ed"))


# Words that follow a passive participle and do not go on to its object (the tagger is not run):
# not "and", "at" or "to", which go on in "shot and killed a leader", "shot at", "shot to death a man".
_AFTER_PASSIVE = frozenset({"in", "near", "during", "after", "as", "when", "while", "by", "outside",
                            "inside", "following", "amid"})


# Words that may stand between an actor word and a reporting verb in an attribution:
# "a senior police officer said", "the military's media wing, ISPR, said", "an official in Quetta said".
_TITLE_WORDS = frozenset({"'s", "’s", ",", "a", "an", "the", "senior", "local", "district", "provincial",
                          "top", "media", "wing", "in", "of", "spokesman", "spokesperson", "spokeswoman",
                          "official", "officials", "officer", "officers", "chief", "sources", "source",
                          "statement", "have", "has", "had", "also", "later", "on", "condition", "anonymity",
                          # a bracketed alias closes before the verb: "the militia of Lorem (a.k.a. Ipsum) said"
                          ")", "]"})
_GAP = 6


_REMAINS_REACH = 4  # "the body [of a local] BNP leader", "the bodies [of two] PBCP cadres"


def _remains_of(doc: Doc, m: Mention) -> bool:
    """"Police recovered the body of a BNP leader": the dead whose remains are told of suffered the
    killing; his group's name only says who he was, not who killed him."""
    before = [t.lower_ for t in doc[max(doc[m.start].sent.start, m.start - _REMAINS_REACH - 1):m.start]]
    remains = default_actor_lexicon().remains
    return any(w in remains and "of" in before[i + 1:i + 3] for i, w in enumerate(before))


def _is_finder(doc: Doc, m: Mention) -> bool:
    """Who finds the dead is no party to the killing: "police recovered the body of a youth"."""
    lex = default_actor_lexicon()
    after = [t.lower_ for t in doc[m.end:min(m.end + 10, len(doc))]]
    verb = next((i for i, w in enumerate(after[:3]) if w in lex.finder_verbs), None)
    return verb is not None and any(w in lex.remains for w in after[verb + 1:verb + 7])


# "The army said it had retaken the town", "the LNA reported that its forces seized the port": the
# reporter tells of its own act, so it is a party, not only a source. ("Police said they were
# investigating" is left out: "they" as often names the attackers or victims.)
_SELF = frozenset({"it", "its", "we", "our"})


# "Police said it appeared to be a targeted killing": an empty "it" that judges the event, not the
# reporter's own act ("Police claimed it was a gunfight" still tells of their own fight)
_EMPTY_IT = frozenset({"appeared", "appears", "seemed", "seems", "looked", "looks"})


def _reports_itself(doc: Doc, after_verb: int) -> bool:
    k = after_verb
    while k < len(doc) and doc[k].lower_ == "that":  # "reported that that it had": a doubled word is one
        k += 1
    if k >= len(doc):
        return False
    if doc[k].lower_ == "they":
        return _own_act(doc, k + 1)
    empty = doc[k].lower_ == "it" and k + 1 < len(doc) and doc[k + 1].lower_ in _EMPTY_IT
    return doc[k].lower_ in _SELF and not empty


def _own_act(doc: Doc, i: int) -> bool:
    """The words from `i` are an act the subject did (the lexicon's own_acts): "(have|had) clashed",
    "recovered the zone" (not "recovered the bodies": a finder's report)."""
    lex = default_actor_lexicon()
    if i < len(doc) and doc[i].lower_ in ("have", "had", "'ve", "'d"):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in lex.own_acts:
        return False
    return not any(t.lower_ in lex.remains for t in doc[i + 1:i + 5])


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _in_place_name(doc: Doc, m: Mention) -> bool:
    """"Rab Dhuure", a Somali district, holds "Rab" (Bangladesh's Rapid Action Battalion as the Daily
    Star writes it): an alias inside a longer name of a place the gazetteer knows is part of that name.
    Only the gazetteer's names count (their entity id is a GeoNames id): the statistical NER also
    calls "Senegalese MINUSCA" or "AL at Bordah village" places."""
    if doc[m.start].ent_type_ not in _PLACE_LABELS:  # most mentions: no place entity at all
        return False
    return any(e.label_ in _PLACE_LABELS and e.ent_id_.isdigit() and e.start <= m.start and m.end <= e.end
               and len(e) > m.end - m.start for e in doc.ents)


_SITE_REACH = 3  # "in [Uttara] police lines", "near [the old] PTI road"


def _site_name(doc: Doc, m: Mention, words: SiteWords) -> bool:
    """The mention names a site ("found dead in the police lines area", "bombs recovered near the PTI
    road"), not a side: a site word follows it, and a word of place comes before it or "area" after."""
    if m.end >= len(doc) or doc[m.end].lower_ not in words.after:
        return False
    before = doc[max(doc[m.start].sent.start, m.start - _SITE_REACH):m.start]
    return any(t.lower_ in words.before for t in before) \
        or m.end + 1 < len(doc) and doc[m.end + 1].lower_ in words.area


# Clothing a force's word qualifies: "gunmen wearing military uniforms" are not the military (ACLED
# names them by who they are found to be, an unidentified group until then).


def _worn(doc: Doc, m: Mention) -> bool:
    """The mention names what someone wears ("in army uniform", "wearing police fatigues"), not a side."""
    return m.end < len(doc) and doc[m.end].lower_ in default_actor_lexicon().attire




def _foreign(doc: Doc, m: Mention) -> bool:
    """"Unknown foreign military warplanes", "international troops": a generic word for state forces told
    as foreign names no force of the event's country (which state's is not said)."""
    foreign = default_actor_lexicon().foreign
    return m.entry.template and m.entry.inter == 1 \
        and any(doc[i].lower_ in foreign for i in range(max(0, m.start - 2), m.start))


def _as_former(doc: Doc, m: Mention, actors: ActorDictionary) -> Mention:
    """"a former army officer", "a retired policeman": one who served once is a civilian now (ACLED
    codes the Taliban's killings of ex-officials as violence against civilians)."""
    former = default_actor_lexicon().former
    if m.entry.inter != 1 or not any(doc[i].lower_ in former for i in range(max(0, m.start - 3), m.start)):
        return m
    civilians = actors.by_name("Civilians ({country})")
    return Mention(civilians, m.start, m.end) if civilians is not None else m


def _jurisdiction(doc: Doc, m: Mention) -> bool:
    """"in Lorem village under Sadar Police Station": a police station's area places the event, it
    names no party to it."""
    if m.end >= len(doc) or doc[m.end].lower_ not in ("station", "stations"):
        return False
    return any(doc[i].lower_ == "under" for i in range(max(0, m.start - 4), m.start))


# Words that open a question about a party ("investigating whether the banned LeJ was involved"): a
# suspicion to be checked names no party (ACLED keeps the attacker unidentified until it is known)
_QUESTION_WORDS = frozenset({"whether"})
_QUESTION_REACH = 4  # tokens between the question word and the name ("whether the banned")


def questioned(doc: Doc, m: Mention) -> bool:
    """The name is what a question asks about ("whether the banned LeJ was involved")."""
    return any(doc[i].lower_ in _QUESTION_WORDS for i in range(max(0, m.start - _QUESTION_REACH), m.start))


def _is_attribution(doc: Doc, m: Mention, sources: SourceLexicon) -> bool:
    """The mention names who reports the event, not who takes part: "police said", "according to the army",
    who found its dead, or who reacts to it ("the party condemned the attack")."""
    if _is_finder(doc, m):
        return True
    if m.start >= 2 and doc[m.start - 2].lower_ == "according" and doc[m.start - 1].lower_ == "to" or \
            m.start >= 3 and doc[m.start - 3].lower_ == "according" and doc[m.start - 1].lower_ in ("the", "a"):
        return True
    for j in range(m.end, min(m.end + _GAP, len(doc))):
        tok = doc[j]
        if tok.lower_ in sources.verbs and tok.lower_ != "according":
            return not _reports_itself(doc, j + 1)
        if tok.lower_ in sources.reactions:  # "the party has condemned the attack": it reacts, it took no part
            return True
        if not (tok.lower_ in _TITLE_WORDS or tok.is_title or tok.is_upper):
            return False
    return False


_SETTER_GAP = 3  # "roadside bomb [planted by the] BLA"


# Words between "by" and the group it names: "planted by members of the KNA".
_AGENT_GAP = frozenset({"the", "a", "an", "members", "member", "cadres", "activists", "militants", "fighters",
                        "men", "of"})


def _word_before(doc: Doc, start: int, gap: frozenset[str]) -> int:
    """The offset of the first word before `start` that is not in `gap`, at most three words back
    ("by [members of the] KNA", "with [the] police")."""
    i = start - 1
    while i > 0 and doc[i].lower_ in gap and start - i <= 3:
        i -= 1
    return i


def _by_of(doc: Doc, m: Mention) -> int | None:
    """The token offset of the "by" that names the mention as an agent, if any."""
    i = _word_before(doc, m.start, _AGENT_GAP)
    return i if i > 0 and doc[i].lower_ == "by" and m.start - i <= 4 else None


def _by_agent(mentions: list[Mention], doc: Doc, trigger_tok: int) -> Mention | None:
    """The agent of a passive: "attacked by the BLA" (not "a compound used by the TTP": the lexicon's
    holder_participles)."""
    holders = default_actor_lexicon().holder_participles

    def agent(m: Mention) -> bool:
        by = _by_of(doc, m)
        return by is not None and doc[by - 1].lower_ not in holders
    return next((m for m in mentions if m.start > trigger_tok - 1 and agent(m)), None)


def _set_by(doc: Doc, m: Mention) -> bool:
    """"An IED planted by the KNA": the verb before "by" tells who set the device; "a grenade attack
    on a leader's house ... allegedly by JeI cadres": the alleged perpetrator, however far after it
    (not "an attack later claimed by IS": claims are read apart)."""
    by = _by_of(doc, m)
    return by is not None and doc[by - 1].lower_ in default_actor_lexicon().setting | _ALLEGED


_ALLEGED = frozenset({"allegedly", "reportedly", "purportedly", "suspectedly"})


def _order(mentions: list[Mention], doc: Doc, trigger_tok: int) -> list[Mention]:
    """Mentions with the initiator first: sentence order (subject first), turned round for passives."""
    by = _by_agent(mentions, doc, trigger_tok)
    if by is not None:
        return [by] + [m for m in mentions if m is not by]
    if mentions and mentions[0].start < trigger_tok and _passive(doc, mentions[0].end, trigger_tok + 2):
        return mentions[1:] + mentions[:1]
    return mentions


def _passive_subjects(mentions: list[Mention], doc: Doc, trigger_tok: int) -> list[Mention]:
    """"Three soldiers were killed when a bomb struck", "two people, including a Jubo League leader,
    were injured in a bomb attack": the passive subjects suffered, they did not act."""
    # a trigger told before the sufferer (a note's label, "Other: ... a BNP member died in police
    # custody") still leaves him the one who suffered
    suffered = default_actor_lexicon().suffered
    return [m for m in mentions if m.start < trigger_tok and (_passive(doc, m.end, trigger_tok + 2)
                                                               or _companion_of_passive(doc, m))
            or m.start > trigger_tok and any(t.lower_ in suffered for t in doc[m.end:m.end + 2])]


_COMPANION = (("along", "with"), ("together", "with"))
_COMPANION_REACH = 4  # "along with [two of his] bodyguards"


def _companion_of_passive(doc: Doc, m: Mention) -> bool:
    """"A spokesman was killed along with two policemen when a bomb exploded": the policemen named
    with a passive's subject suffered with him; they did not set the bomb."""
    sent_start = doc[m.start].sent.start
    for i in range(max(sent_start, m.start - _COMPANION_REACH - 2), m.start - 1):
        if (doc[i].lower_, doc[i + 1].lower_) in _COMPANION:
            return _passive(doc, sent_start, i)
    return False


# Words that may stand between "including" and a casualty it lists: "including 15 pedestrians and two
# policemen", "including cops and a local journalist". A preposition or verb ends the list.
_LIST_BREAKS = frozenset({"in", "on", "by", "with", "from", "to", "of", "for", "over", "during", "when", "while",
                          "after", "before", "as", "were", "was", "had", "have", "has", "who", "which", "that"})
_LIST_OPENERS = frozenset({"including", "among"})
_LIST_REACH = 6


def _listed_casualty(doc: Doc, m: Mention) -> bool:
    """"50 people, including four policemen, were injured in a clash between two AL factions": the
    police are counted among the hurt, which names no side of the fight."""
    for i in range(m.start - 1, max(m.start - 1 - _LIST_REACH, -1), -1):
        tok = doc[i]
        if tok.lower_ in _LIST_OPENERS:
            return True
        if tok.lower_ in _LIST_BREAKS or tok.is_punct and tok.text != ",":
            return False
    return False


def _only_hurt(doc: Doc, m: Mention) -> bool:
    """"Twenty people, including four policemen, were injured", "three policemen were also hurt": the
    mention is told only among the hurt (not "police injured ten protesters")."""
    after = [t.lower_ for t in doc[m.end:m.end + _HURT_REACH]]
    reduced = default_actor_lexicon().reduced_passives
    return _listed_casualty(doc, m) or bool(after) and after[0] in _AUX and any(w in reduced for w in after[1:])


_HURT_REACH = 4  # "policemen [were also badly hurt]"


def _hurt_bystanders(doc: Doc, span: Span | None, mentions: list[Mention], *, fight: bool) -> list[Mention]:
    """The state forces among `mentions` told only as hurt in a fight the sentence `span` tells as one
    within one kind of side ("two AL factions clashed ... five policemen were also injured") or as one
    between two other sides ("a clash between AL and BNP men left ten people, including two policemen,
    injured"; `fight`: the trigger is a word for a fight, "PTI and PML-N workers clashed"). Otherwise
    they were a side ("an ICS cadre was killed and two policemen were injured in a
    gunfight"; "a constable was killed as gunmen ambushed a van carrying JMB prisoners")."""
    said = span.text.lower() if span is not None else ""
    sides = {m.entry.name for m in mentions if span is not None and span.start <= m.start < span.end
             and m.entry.inter not in (1, 7)}
    one_kind = (*_MUTUAL, *default_actor_lexicon().one_kind)
    if not (len(sides) > 1 and (fight or "between" in said.split()) or any(w in said for w in one_kind)):
        return []
    return [m for m in mentions if m.entry.inter == 1 and _only_hurt(doc, m)]


_BETWEEN_REACH = 4  # tokens from a fight word to the "between" that names its sides: "a clash [between]"


def _between_casualties(doc: Doc, own: list[Mention], trig: Span | None, trigger_tok: int) -> list[Mention]:
    """"A Jubo League leader was killed in a clash between two AL factions": the fight's sides are
    named after "between", and a group told before it only as a casualty's affiliation is no side
    (ACLED codes the two sides that fought). Empty unless a group is named after "between"."""
    if trig is None:
        return []
    near = doc[trig.end:min(trig.end + _BETWEEN_REACH, len(doc))]
    between = next((t.i for t in near if t.lower_ == "between"), None)
    if between is None and trig.text.lower() != "between":  # the trigger may be the fight word itself
        near = doc[trig.start:min(trig.end + _BETWEEN_REACH + 2, len(doc))]
        fight_words = default_actor_lexicon().fight_words
        fight = next((t.i for t in near if any(w in t.lower_ for w in fight_words)), None)
        between = next((t.i for t in doc[fight + 1:fight + 1 + _BETWEEN_REACH] if t.lower_ == "between"), None) \
            if fight is not None else None
    sides = [m for m in own if between is not None and m.start > between]
    # a named group after "between"; with state forces there ("between his cohorts and police") the
    # casualty's own men are the other side, which the text names by no group
    if not any(not m.entry.template and m.entry.inter in (2, 3, 4) for m in sides) \
            or any(m.entry.inter == 1 for m in sides):
        return []
    return [m for m in _passive_subjects(own, doc, trigger_tok) if m.end <= trig.start]


_WITH_GAP = frozenset({"the", "a", "members", "member", "of", "personnel", "team", "teams"})


def _fought_by(doc: Doc, own: list[Mention], trigger_tok: int) -> list[Mention]:
    """"A BNP activist was killed in a gunfight with AL men": the group told as the casualty's comes
    after the non-state group it fought, which acted on it; a fight with state forces keeps the text's
    order ("two PBCP cadres were killed in a gunfight with RAB": ACLED names the party side first)."""
    sides = [m for m in own if m.entry.inter != 7]  # "people were hurt when ..." names no side
    if not sides or sides[0].start >= trigger_tok or not _passive(doc, sides[0].end, trigger_tok + 2):
        return own
    gap = _WITH_GAP | default_actor_lexicon().unknown_words  # "with the unidentified members of ..."
    other = next((m for m in sides[1:] if m.start > trigger_tok and m.entry.inter not in (1, 7)
                  and doc[_word_before(doc, m.start, gap)].lower_ == "with"), None)
    if other is None or any(m.entry.inter == 1 for m in own):
        return own
    return [other] + [m for m in own if m is not other]


def _unnamed_side(doc: Doc, own: list[Mention], state: Actor, other: Actor | None, trigger_tok: int) -> bool:
    """A fight with state forces whose other side the text names by no group: "killed in a gunfight
    with police" (the state is the object of "with"), or plain people who fought ("locals clashed with
    police", not "21 people were killed in the clashes")."""
    def mention(actor: Actor) -> Mention | None:
        return next((m for m in own if doc[m.start].idx == actor.start), None)

    if other is not None and other.inter != 7:
        return False
    side = mention(state)
    if side is not None and doc[_word_before(doc, side.start, _WITH_GAP)].lower_ in ("with", "by"):
        return True  # "in a gunfight with police", "during a raid by police"
    people = mention(other) if other is not None else None
    return people is not None and not (people.start < trigger_tok and _passive(doc, people.end, trigger_tok + 2))


def _named_back(doc: Doc, own: list[Mention], rest: list[Mention], trigger_tok: int, *, fight: bool) -> list[Mention]:
    """A plain word for fighters in the trigger's sentence names the one non-state armed group (rebel,
    political or identity militia) the incident named before it ("TTP militants attacked a post. Three
    militants were also killed"); with two such groups named, or none, the word stays unknown."""
    named = {m.entry.name: m for m in (*rest, *own) if not m.entry.template and m.entry.inter in (2, 3, 4)}
    if len(named) != 1:
        return own
    (group,) = named.values()
    # "a leader of the PCJSS was shot by militants", "two people, including a PCJSS leader, were
    # shot": a group named as a victim's affiliation is no side the plain word could name (in a
    # fight, "a PBCP man was killed in a clash with RAB", the killed fought)
    if _affiliation(doc, group) or _listed_casualty(doc, group) \
            or not fight and group in _passive_subjects(own, doc, trigger_tok):
        return own
    lex = default_actor_lexicon()
    return [Mention(group.entry, m.start, m.end)
            if m.entry.template and group.start < m.start and doc[m.start:m.end].text.lower() in m.entry.refers_back
            and not any(t.lower_ in lex.unknown_words for t in doc[max(m.start - 2, 0):m.start])
            and not (doc[m.start:m.end].text.lower() in lex.attacker_words and _attacked(doc, group))
            else m for m in own]


def _attacked(doc: Doc, group: Mention) -> bool:
    """An attack word (the lexicon's attack_verbs) comes before the group in its sentence: the group is
    what was attacked ("Gunmen attacked army and ASWJ forces ... four assailants were killed")."""
    sent = doc[group.start].sent
    verbs = default_actor_lexicon().attack_verbs
    return any(t.lower_ in verbs for t in doc[sent.start:group.start])


def _affiliation(doc: Doc, group: Mention) -> bool:
    """The group is named after "of" as someone's affiliation ("a leader of the PCJSS"), unless the
    word before "of" names its fighters."""
    of = _word_before(doc, group.start, frozenset({"the"})) if group.start > 0 else group.start
    if of == group.start or doc[of].lower_ != "of":
        return False
    return of == 0 or doc[of - 1].lower_ not in default_actor_lexicon().fighters


def _one_group(mentions: list[Mention]) -> Mention | None:
    """The one non-state armed group (rebel, political or identity militia) the mentions name, if only one."""
    groups = {m.entry.name: m for m in mentions if not m.entry.template and m.entry.inter in (2, 3, 4)}
    return next(iter(groups.values())) if len(groups) == 1 else None


def _neighbours(doc: Doc, sent: Span) -> list[Span]:
    """The sentences right before and after `sent`, unless one opens on another incident."""
    out = []
    if sent.start > 0:
        out.append(doc[sent.start - 1].sent)
    if sent.end < len(doc):
        out.append(doc[sent.end].sent)
    cues = default_background()
    return [s for s in out if not opens_elsewhere(s, cues) and not opens_elsewhere(sent, cues)]


COMMUNAL_MILITIAS = ("Communal Militia", "Clan Militia", "Tribal Militia")  # a community's fighters


def find_actors(doc: Doc, candidate: Any, *, actors: ActorDictionary, country: str | None,
                place: str | None = None, crowd_country: str | None = None,
                day: date | None = None) -> ActorRoles:
    """actor1 (initiator), actor2 (target) and associated actors for one incident. `place` is the
    event's location, the name of a communal militia when the text names no village or area;
    `crowd_country` the country the text says a demonstration's crowd comes from ("Eritrean refugees
    marched in Addis Ababa": "Protesters (Eritrea)"), when not the event's; `day` the event's date,
    on which a group may have become a state's forces."""

    def as_of(name: str) -> str:
        entry = actors.by_name(name)
        later = entry.name_on(day) if entry is not None and day is not None else None
        return later.name if later is not None else name

    def on_day(m: Mention) -> Mention:
        # a group that is a state's forces on the day acts as one ("Taliban forces arrested three
        # activists" in 2026: the state arrests, and the activists are its target)
        later = m.entry.name_on(day) if day is not None else None
        state = actors.by_name(later.name) if later is not None and later.inter == 1 else None
        return replace(m, entry=state) if state is not None else m

    trig = doc.char_span(*candidate.trigger, alignment_mode="expand")
    trigger_tok = trig.start if trig is not None else 0
    own: list[Mention] = []
    rest: list[Mention] = []
    own_span: Span | None = None
    def parties(span: Span) -> list[Mention]:
        named = [_of_the_country(doc, m, actors, country) for m in actors.mentions(span)]
        return [on_day(_as_former(doc, m, actors))
                for m in _members_of_group(doc, _prefer_parties(doc, prefer_affiliates(doc, _prefer_factions(
                    doc, _merge_generic(doc, named)))))
                if not _is_attribution(doc, m, default_lexicon()) and not _jurisdiction(doc, m)
                and not _in_place_name(doc, m) and not _worn(doc, m) and not questioned(doc, m)
                and not _site_name(doc, m, actors.countries.site_words)
                and not _foreign(doc, m) and not watching(doc, m.start)]  # "flogged in front of a crowd"

    # "..., while gunmen killed three in Kalat", "troops were deployed after clashes killed 12": another event's words
    elsewhere = (*getattr(candidate, "other_place", ()), *getattr(candidate, "asides", ()))
    for start, end in candidate.sentence_spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found = [m for m in parties(span) if not any(a <= doc[m.start].idx < b for a, b in elsewhere)]
            mine = span.start <= trigger_tok < span.end
            own_span = span if mine else own_span
            (own if mine else rest).extend(found)
    if not own and not rest and own_span is not None and candidate.event_type == "Battles":
        # "Bunyan Marsous forces moved on the university. Five men were killed as fighters pushed forward.":
        # a fight whose sentences name no one is between the forces named right round it (not an attack,
        # whose neighbours as often name its victim as its author)
        rest = [m for s in _neighbours(doc, own_span) for m in parties(s) if not m.entry.template]
    own, rest = ([_local_force(doc, m, actors, country) for m in found] for found in (own, rest))
    told = {t.lower_ for start, end in candidate.sentence_spans
            for t in doc.char_span(start, end, alignment_mode="expand") or ()}
    own, rest = ([_unnamed_when(m, told, actors) for m in found] for found in (own, rest))
    own = [_political_rivals(doc, m, own, candidate, actors) for m in own]
    own = _named_back(doc, own, rest, trigger_tok, fight=candidate.event_type == "Battles")
    if candidate.event_type == "Battles":
        casualties = _between_casualties(doc, own, trig, trigger_tok)
        own = [m for m in own if all(m is not c for c in casualties)]
    # "Two PBCP cadres were killed in a gunfight with RAB": a fight has no passive victim, the
    # sides keep the order the text gives them; "soldiers were killed when militants attacked" turns.
    lex = default_actor_lexicon()
    symmetric = trig is not None and any(w in trig.text.lower() for w in lex.fight_words)
    # "two JMB militants were killed in a gunfight with police": the fight the killing happened in
    # is told right after it, and the sides keep the text's order as in any fight
    after = doc[trig.end:min(trig.end + _FIGHT_REACH, len(doc))].text.lower() if trig is not None else ""
    symmetric = symmetric or candidate.event_type == "Battles" and any(w in after for w in lex.fight_words)
    mentions = (_fought_by(doc, own, trigger_tok) if symmetric and not _by_agent(own, doc, trigger_tok)
                else _order(own, doc, trigger_tok)) + rest
    if candidate.sub_event_type in _PEOPLES_SIGN and own_span is not None:
        mentions = _with_peoples(own_span, mentions, actors)
    locality = (find_locality(own_span) if own_span is not None else None) or place
    pick = _Picker(doc, actors.acled_country(country), candidate.trigger, locality, as_of)
    if candidate.event_type == "Strategic developments" and own_span is not None and trig is not None:
        polity = _polity_roles(doc, candidate, trig, own_span, mentions, pick, actors, country, day)
        if polity is not None:
            return polity
    if getattr(candidate, "state_measure", False):
        return _state_measure(doc, pick, actors, own, trigger_tok)
    if candidate.event_type in ("Protests", "Riots"):
        # a riot told as a fight between groups ("two factions clashed, leaving 15 people injured", typed
        # by its injuries; "clashes broke out between supporters of two candidates") has rioters on both sides
        said = trig.sent.text.lower() if trig is not None else ""
        mutual = symmetric or "between" in after.split() or any(w in said for w in (*lex.fight_words, *_MUTUAL))
        hurt = _hurt_bystanders(doc, own_span, mentions, fight=mutual) if mutual else []
        mentions = [_crowd_police(doc, m, actors) for m in mentions if all(m is not h for h in hurt)]
        crowd = _crowd_as_people(doc, own, trigger_tok) if candidate.event_type == "Riots" and not mutual else None
        mentions = [m for m in mentions if m is not crowd]
        return pick.demonstration(candidate, crowd, mentions, actors.acled_country(crowd_country), mutual=mutual)
    # Civilians do not initiate in ACLED: an attacking "group of villagers" is an armed group.
    # In a clash the injured are fighters of either side ("AL activists were injured in a clash").
    # in a fight a party member among the hurt is a fighter; state forces there came between the sides
    listed = _hurt_bystanders(doc, own_span, own + rest, fight=symmetric) if candidate.event_type == "Battles" \
        else [m for m in own if _listed_casualty(doc, m)]
    victims = (_passive_subjects(own, doc, trigger_tok) + _targets_of_noun(own, doc, trig)
               + [m for m in own if _remains_of(doc, m)] + _passive_elsewhere(doc, rest)
               if candidate.event_type != "Battles" else []) + listed
    initiators = [m for m in mentions if m.entry.inter != 7 and all(m is not v for v in victims)]
    # "a bomb hit a police van": the device is the subject, the actors are targets; but an actor the
    # trigger itself names or overlaps ("the air force struck") owns the weapon. Those told as its
    # victims before it ("four militants were killed when a drone struck") are no subject either,
    # unless a passive agent right after the device names who set it ("a bomb planted by the BLA";
    # not "an attack later claimed by IS": claims are read apart).
    trigger_end = trig.end if trig is not None else trigger_tok + 1
    setter = _by_agent(own, doc, trigger_tok)
    if candidate.event_type == "Explosions/Remote violence" and not any(
            m.start < trigger_tok and all(m is not v for v in victims)
            or m.start < trigger_end and m.end > trigger_tok for m in own) \
            and (setter is None or setter.start - trigger_end > _SETTER_GAP and not _set_by(doc, setter)):
        initiators = []
    if candidate.sub_event_type == "Suicide bomb":
        # state forces are what a suicide bomber targets ("targeted a group of army personnel"), never its side
        initiators = [m for m in initiators if m.entry.inter != 1]
    a1 = first_told = pick.first(initiators, avoid=set())
    # "armed men attacked him over a land dispute" is a communal militia; "unidentified assailants" stay unknown
    # (nor a party man's rivals, _political_rivals: they were read with the cues already)
    militia = actors.by_name("{place} Communal Militia ({country})")
    unnamed = a1 is None or a1.name.startswith("Unidentified Armed Group") and not any(
        w in a1.label.lower() for w in lex.named_unknown) \
        and (militia is None or a1.label.lower() not in militia.political_rivals.aliases)
    # a fight with state (or foreign state) forces is no quarrel between communities, whichever of the
    # incident's sentences names them ("Assailants attacked an army base. Two were hurt in the ensuing clash.")
    with_state = any(m.entry.inter in (1, 8) and all(m is not v for v in listed) for m in own + rest)
    if unnamed and not with_state and own_span is not None \
            and candidate.event_type in ("Battles", "Violence against civilians"):
        cued = actors.cued(own_span, country=country)  # "attackers killed him over a land dispute": a communal militia
        a1 = pick.actor(cued) if cued is not None else a1
    elif a1 is not None and a1.name.startswith("Unidentified Armed Group") and not with_state \
            and own_span is not None and set(a1.label.lower().split()) & lex.unknown_only \
            and not any(w in a1.label.lower() for w in lex.organised) \
            and candidate.event_type in ("Battles", "Violence against civilians"):
        cued = actors.cued(own_span, strong=True, country=country)  # "unidentified assailants hacked him over a land dispute"
        a1 = pick.actor(cued) if cued is not None else a1
    avoid = {a1.name} if a1 else set()
    if first_told is not None and candidate.event_type == "Violence against civilians":
        avoid.add(first_told.name)  # the unknown attackers a cue made a communal militia are not its target too
    # a battle is fought between armed sides: bystanders named first ("a woman was killed in an
    # exchange of fire between troops and PCJSS members") and the police among the hurt are no side.
    # A clash only inferred from an attack ("opened fire on a convoy") keeps its victims, which may
    # make it an attack on civilians (assemble._one_sided).
    derived = getattr(candidate, "derived", False)
    fight = candidate.event_type == "Battles" and not derived
    armed = [m for m in mentions if m.entry.inter != 7 and all(m is not v for v in listed)] if fight else mentions
    a2 = pick.first(armed, avoid=avoid)
    allies = {pick.actor(m).name for m in armed if m.entry.state_ally}
    if a1 is not None and a2 is not None and a1.inter == 1 \
            and (fight and a2.inter == 1 or candidate.event_type == "Battles" and a2.name in allies):
        # "army and police personnel killed a LeT commander", "troops and vigilantes fought Boko Haram":
        # forces named together are one side, and the armed group they fought is the other
        a2 = pick.first([m for m in armed if m.entry.inter in (2, 3, 4) and not m.entry.state_ally],
                        avoid=avoid) or a2
    if a2 is None and not (fight and listed):
        a2 = pick.first(mentions, avoid=avoid)
    if a1 is not None and any(w in a1.name for w in COMMUNAL_MILITIAS) and candidate.event_type == "Battles" \
            and (a2 is None or a2.inter == 7 or a2.name.startswith("Unidentified Armed Group")):
        # "two groups of villagers clashed", "clan fighting": the same kind on both sides; a town's
        # named militia ("Misratan militia") fights another community's, which the text does not name
        named = (entry := actors.by_name(a1.name)) is not None and not entry.template
        a2 = (pick.generic("Unidentified Communal Militia ({country})", actors, said=a2) if named else None) or a1
        # "clashes between Lorem and Ipsum": each community the text names has its own militia
        sides = _two_sides(own_span, a1) if a2 is a1 and "Communal Militia" in a1.name else None
        if sides is not None:
            one, other = (replace(pick, place=p).generic("{place} Communal Militia ({country})", actors)
                          for p in sides)
            a1, a2 = one or a1, other or a2
    elif a1 is not None and "Communal Militia" in a1.name and candidate.event_type == "Battles" \
            and a2 is not None and a2.inter in (2, 3):
        a1 = a2  # "two groups of AL supporters clashed", "a PBCP cadre was killed by his rivals": a fight within the group
    if a1 is not None and candidate.sub_event_type == "Armed clash" and a1.inter != 1 and (
            a2 is None or fight and a2.inter == 7 and a1.inter != 8 and a2.label.lower() not in lex.community_words):
        # "two AL factions clashed", "two armed groups clashed": the same kind on both sides; the
        # people hurt ("... clashed, injuring 20 people") are no side of a fight
        a2 = a1
    state_led = trig is not None and any(w in trig.text.lower() for w in lex.state_led)
    if candidate.sub_event_type == "Armed clash" and symmetric and not derived \
            and a1 is not None and a1.inter == 1 and _unnamed_side(doc, own, a1, a2, trigger_tok):
        # "two youths were killed in a gunfight with police", "locals clashed with police": the side
        # the text does not name as a group is an unidentified armed group, or the locals' militia
        community = a2 is not None and a2.label.lower() in lex.community_words
        a2 = pick.generic("{place} Communal Militia ({country})" if community
                          else "Unidentified Armed Group ({country})", actors, said=a2)
    # (not when the state regains ground: it took the initiative, whoever the text names first)
    if candidate.event_type == "Battles" and not state_led and a1 is not None and a1.inter == 1 \
            and candidate.sub_event_type != "Government regains territory" \
            and a2 is not None and (a2.name.startswith("Unidentified Armed Group") or "Communal Militia" in a2.name
                                    or symmetric and a2.inter == 3):
        # The unknown side attacked ("policemen were wounded in a gunfight with unidentified men"); a
        # clash told as mutual between police and party men, with no state operation that began it,
        # names the party side first as ACLED does ("clashes between police and BNP activists");
        # "security forces killed three militants" keeps who acted first
        a1, a2 = a2, a1
    # (a group that is the state's forces on the day, as the Taliban after 2021, leads a state operation)
    if state_led and a1 is not None and a1.inter != 1 and as_of(a1.name) == a1.name:
        state = next((m for m in mentions if m.entry.inter == 1), None)
        a1, a2 = (pick.actor(state) if state else pick.generic("Military Forces of {country}", actors)), a1
    if candidate.event_type == "Battles" and a1 is not None and a1.inter in (2, 3) and a2 in (None, a1) \
            and not any(m.entry.inter == 1 for m in mentions) and _killed_in_operation(doc, own, candidate):
        # "fourteen armed Islamists were killed ... in the two operations": the state's forces ran them
        a1, a2 = pick.generic("Military Forces of {country}", actors), a1
    if candidate.event_type == "Battles" and a1 is not None and a1.inter in (1, 8) \
            and (a2 is None or fight and a2.inter == 7) \
            and not any(t.lower_ == "by" for t in doc[trigger_end:trigger_end + _SETTER_GAP]):
        # ACLED: a battle has two armed sides; one the text does not name ("a convoy came under attack",
        # "two soldiers killed in Wau", "mortars shelled peacekeepers, killing three civilians") is an
        # unidentified armed group, the attacker when the state or mission forces are told as those who
        # suffered; civilians caught in it are no side. One it names by words we do not know ("shot at
        # by a neighbour's border force") may be a state's: left unnamed.
        # ("Troops went to break up fighting between Abala herders and farmers. A soldier was killed when
        # they intervened": the one armed group the sentence before names is the side they met)
        told = _one_group(parties(doc[own_span.start - 1].sent)) if own_span is not None and own_span.start > 0 \
            and not opens_elsewhere(own_span, default_background()) and not rest else None
        unknown = pick.actor(told) if told is not None else pick.generic("Unidentified Armed Group ({country})", actors)
        a1, a2 = (unknown, a1) if _suffered(doc, own, a1, trigger_tok) else (a1, unknown)
    if candidate.sub_event_type in _STATE_ACTS:
        a1, a2 = _state_act(pick, actors, candidate.sub_event_type, mentions,
                            trig.text.lower() if trig is not None else "") or (a1, a2)
    if a1 is None and candidate.sub_event_type == "Air/drone strike" and not _small_drone(doc):
        # ACLED's rare "Unidentified Military Forces" (inter 1 or 8): only a state flies strike
        # aircraft, but which state is unknown, so none is named (inter 8: not known to be at home)
        a1 = pick.generic("Unidentified Military Forces", actors)
    # a weapon that went off in its makers' hands or was found unclaimed is its makers' ("a JMB militant
    # was killed while making a bomb"; ACLED: the actor whose weapon use was disrupted), or an unknown
    # armed group's, as an attack by unknown men is
    if a1 is None and candidate.sub_event_type == "Disrupted weapons use" and a2 is not None and a2.inter in (2, 3, 4):
        a1, a2 = a2, None
    if a1 is None and a2 is not None and a2.name.startswith("Unidentified Armed Group") and setter is not None \
            and pick.actor(setter).name == a2.name:
        # "a leader was hurt in a bomb attack near the bus stand by unknown men": unknown men told as the
        # agent, however far after the device, set it; they are no target
        a1, a2 = a2, pick.first(armed, avoid={a2.name})
    if a1 is None and (candidate.event_type != "Strategic developments"
                       or candidate.sub_event_type == "Disrupted weapons use"):
        a1 = pick.generic("Unidentified Armed Group ({country})", actors)
    return ActorRoles(actor1=a1, actor2=a2)


def _crowd_as_people(doc: Doc, own: list[Mention], trigger_tok: int) -> Mention | None:
    """"Traders burnt tyres", "students torched a dormitory": a riot whose crowd the text names only by
    words for people (civilians' words) right before the act, as the act's subject, is done by them;
    they are the rioters, not the riot's target. Not people told as suffering ("a man was beaten by
    the crowd") nor counted among the hurt."""
    if any(m.entry.inter in (5, 6) for m in own):
        return None  # "a mob of villagers", "protesters": the crowd is named as one
    before = [m for m in own if m.end <= trigger_tok]
    last = max(before, key=lambda m: m.start, default=None)
    if last is None or last.entry.inter != 7 or _listed_casualty(doc, last) \
            or _passive_subjects([last], doc, trigger_tok):
        return None
    return last
_PASSIVE_REACH = 4  # "[One security guard] was reportedly killed"


def _passive_elsewhere(doc: Doc, rest: list[Mention]) -> list[Mention]:
    """"Assailants raided the camp. One security guard was killed.": the subject of a passive in the
    incident's other sentences suffered the act; it did not carry it out."""
    return [m for m in rest if _passive(doc, m.end, min(m.end + _PASSIVE_REACH, doc[m.start].sent.end))]


# Sub-event types where a people named bare is a side: "Dinka and Nuer sign a peace agreement" is
# signed by the communities' militias, as ACLED codes it (elsewhere "Dinka" mostly names victims).
_PEOPLES_SIGN = ("Agreement",)
_PEOPLE_WORDS = 2  # "Beni Halba"


def _with_peoples(span: Span, mentions: list[Mention], actors: ActorDictionary) -> list[Mention]:
    """The mentions and, where no actor is named, each people the span names bare, in text order."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    i = span.start
    while i < span.end:
        for n in range(_PEOPLE_WORDS, 0, -1):
            words = span.doc[i:min(i + n, span.end)]
            entry = actors.people(words.text) if len(words) == n and words[0].is_title else None
            if entry is not None and not taken & set(range(i, i + n)):
                found.append(Mention(entry, i, i + n))
                i += n - 1
                break
        i += 1
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


_TARGET_MARKS = frozenset({"on", "against"})
_MARK_REACH = 6  # tokens from "on" to the target it names: "attack on [the home of] a UPND candidate"


def _targets_of_noun(mentions: list[Mention], doc: Doc, trig: Span | None) -> list[Mention]:
    """"the attack on the home of an AL leader": what follows a noun cue's "on" or "against" is what
    it fell on, not who made it (unless a "by" names the attacker first)."""
    if trig is None or trig.end >= len(doc) or doc[trig.end].lower_ not in _TARGET_MARKS:
        return []
    return [m for m in mentions if trig.end < m.start <= trig.end + _MARK_REACH
            and not any(t.lower_ == "by" or t.is_sent_start for t in doc[trig.end:m.start])]


_KILLED_REACH = 4  # tokens after a group's name in which "were killed" says it suffered


def _killed_in_operation(doc: Doc, own: list[Mention], candidate: Any) -> bool:
    """An armed group told as killed ("armed Islamists were killed") in an incident that speaks of
    an operation, offensive or crackdown: a state's forces ran it, though the text does not name them."""
    if not any(m.entry.inter in (2, 3) and _passive(doc, m.end, m.end + _KILLED_REACH) for m in own):
        return False
    spans = (doc.char_span(s, e, alignment_mode="expand") for s, e in candidate.sentence_spans)
    operations = default_actor_lexicon().operations
    return any(t.lower_ in operations for span in spans if span is not None for t in span)


def _two_sides(span: Span | None, actor: Actor) -> tuple[str, str] | None:
    """The two places or communities a fight is told as between, the actor's own first: its militia
    is named after one of them, or after the area where they fought ("in the Lorem area"), which then
    gives way to the communities the text names."""
    pair = find_pair(span) if span is not None else None
    if pair is None:
        return None
    first, second = pair
    return (second, first) if actor.name.startswith(second + " ") else (first, second)


def _suffered(doc: Doc, own: list[Mention], actor: Actor, trigger_tok: int) -> bool:
    """The actor's mention is told as suffering the trigger: a passive subject ("two soldiers were
    killed", "soldier killed in Wau") or what "came under" it ("a military convoy came under attack")."""
    side = next((m for m in own if doc[m.start].idx == actor.start), None)
    return side is not None and side.start < trigger_tok and (
        _passive(doc, side.end, trigger_tok + 2) or doc[trigger_tok - 1].lower_ == "under")


# Strategic developments the state itself makes, not its forces: ACLED's "Government of X"
_POLITY_ACTS = ("Change to group/activity", "Agreement", "Other")


def _polity_roles(doc: Doc, candidate: Any, trig: Span, own_span: Span, mentions: list[Mention], pick: _Picker,
                  actors: ActorDictionary, country: str | None, day: date | None = None) -> ActorRoles | None:
    """A group the text says was just formed and names is the actor of its founding, not the groups its
    men came from; a state whose own name or government is the subject of a development is its
    government ("Tunisia extended the state of emergency"), and the other party of an agreement the
    second actor."""
    new = formed_group(own_span) if candidate.sub_event_type == "Change to group/activity" else None
    if new is not None:
        name, inter, start, end = new
        return ActorRoles(actor1=Actor(name, inter, text_of(doc)[start:end], start, end))
    if candidate.sub_event_type not in _POLITY_ACTS or pick.country is None \
            or not polity_acts(doc, trig, (country or "", pick.country),
                               actors.countries.heads_on(country or "", day)):
        return None
    government = pick.generic("Government of {country}", actors)
    if government is None:
        return None
    other = pick.first([m for m in mentions if m.entry.inter in (2, 3, 4, 8)], avoid={government.name}) \
        if candidate.sub_event_type == "Agreement" else None
    return ActorRoles(actor1=government, actor2=other)


def _state_measure(doc: Doc, pick: _Picker, actors: ActorDictionary, own: list[Mention], trigger_tok: int) -> ActorRoles:
    """A curfew or a ban on gatherings is the state's: the force the text names imposing it ("police imposed a
    curfew", "a curfew was imposed by the army"), or else its government ("the district administration imposed
    Section 144"), never the groups whose fighting it answers nor forces named as the fighting's victims;
    it falls on no one ACLED names."""
    force = next((m for m in own if m.entry.inter == 1
                  and (m.start < trigger_tok or m.start > 0 and doc[m.start - 1].lower_ == "by")), None)
    return ActorRoles(actor1=pick.actor(force) if force is not None else pick.generic("Government of {country}", actors))


# Strategic developments the state does to others (ACLED: its forces are actor1).
_STATE_ACTS = ("Arrests", "Disrupted weapons use")


def _crowd_police(doc: Doc, m: Mention, actors: ActorDictionary) -> Mention:
    """A demonstration's unspecified "security forces" are the police; soldiers or troops stay the army."""
    words = doc[m.start:m.end].text.lower().removeprefix("the ")
    police = actors.by_name("Police Forces of {country}")
    unspecified = default_actor_lexicon().unspecified_forces  # "security forces", "law enforcement"
    if m.entry.name != "Military Forces of {country}" or words not in unspecified or police is None:
        return m
    return replace(m, entry=police)


def _of_the_country(doc: Doc, m: Mention, actors: ActorDictionary, country: str | None) -> Mention:
    """A name two countries' actors share ("ANP") names the one of the event's country."""
    named = actors.homonyms(doc[m.start:m.end].text.removeprefix("the ").removeprefix("The "))
    entry = next((e for e in named if e.country in (country, actors.acled_country(country))), None)
    return replace(m, entry=entry) if entry is not None else m


def _local_force(doc: Doc, m: Mention, actors: ActorDictionary, country: str | None) -> Mention:
    """A generic word for state forces that names one force in the event's country (CountryFile.force_words)."""
    words = doc[m.start:m.end].text.lower().removeprefix("the ")
    name = actors.countries.force_words.get(country or "", {}).get(words) if m.entry.template else None
    entry = actors.by_name(name) if name else None
    return replace(m, entry=entry) if entry is not None else m


def _unnamed_when(m: Mention, words: set[str], actors: ActorDictionary) -> Mention:
    """A generic mention the incident's `words` make an unidentified armed group (ActorEntry.unnamed_when)."""
    entry = actors.by_name("Unidentified Armed Group ({country})") if words & set(m.entry.unnamed_when) else None
    return replace(m, entry=entry) if entry is not None else m


def _political_rivals(doc: Doc, m: Mention, own: list[Mention], candidate: Any, actors: ActorDictionary) -> Mention:
    """"A Jubo League leader was stabbed to death by his rivals": rivals of a party's man, with no land
    dispute or the like told (ActorEntry.political_rivals), are an unidentified armed group
    (ActorEntry.political_rivals); a farmer's rivals over a land dispute stay the village's militia."""
    rivals = m.entry.political_rivals
    if doc[m.start:m.end].text.lower() not in rivals.aliases \
            or not any(n.entry.kind == "political" and not n.entry.template for n in own):
        return m
    said = " ".join(t.lower_ for start, end in candidate.sentence_spans
                    for t in doc.char_span(start, end, alignment_mode="expand") or ())
    if any(re.search(rf"\b{re.escape(cue)}\b", said) for cue in rivals.unless):
        return m
    entry = actors.by_name("Unidentified Armed Group ({country})")
    return replace(m, entry=entry) if entry is not None else m


def _state_act(pick: _Picker, actors: ActorDictionary, sub_event_type: str,
               mentions: list[Mention], trigger: str = "") -> tuple[Actor, Actor | None] | None:
    """ACLED: an arrest or a seized or defused weapon is the state's act ("27 JeI activists were
    arrested", "police defused a bomb planted by unknown men"); the arrested or the weapon's owners are
    the other side. Captors, or those who defused or seized a weapon ("two bombs were found and
    defused"), that the text does not name are the police; a bomb that went off while being made
    stays with its makers (None)."""
    # a peace mission that makes the arrest ("UNISFA arrested two militiamen") is the captor where no
    # state force is named
    state = next((m for m in mentions if m.entry.inter == 1), None) \
        or next((m for m in mentions if m.entry.inter == 8), None)
    lex = default_actor_lexicon()
    taken = any(w in trigger for w in lex.taken_words) and not any(w in trigger for w in lex.makers_words)
    if state is None and sub_event_type != "Arrests" and not taken:
        return None
    captor = pick.actor(state) if state is not None else pick.generic("Police Forces of {country}", actors)
    if captor is None:
        return None
    return captor, pick.first([m for m in mentions if m.entry.inter != 1], avoid={captor.name})


def _small_drone(doc: Doc) -> bool:
    """The report calls the drone one that armed groups fly too (the lexicon's small_drones: "a
    quadcopter") anywhere; the strike's own sentence may say "a drone"."""
    text = text_of(doc).lower()
    return any(w in text for w in default_actor_lexicon().small_drones)


def _unit_of(unit: str, force: str) -> bool:
    """"Police Forces of Bangladesh Rapid Action Battalion" is a unit of "Police Forces of Bangladesh"."""
    return force.startswith(("Police Forces of ", "Military Forces of ")) and unit.startswith(force + " ")


@dataclass(frozen=True)
class _Picker:
    doc: Doc
    country: str | None
    trigger: tuple[int, int]  # evidence for an actor the text implies but does not name
    place: str | None = None  # the village or area a communal militia is named after
    as_of: Callable[[str], str] = str  # an actor's name on the event's day (the Taliban as a state from 2021)

    def actor(self, m: Mention) -> Actor:
        return _actor(m, self.doc, self.country, self.place)

    def first(self, mentions: list[Mention], *, avoid: set[str]) -> Actor | None:
        # "the Taliban" and "security forces" in Kabul after August 2021 are one side: names compare as
        # they stand on the event's day
        avoid = avoid | {self.as_of(a) for a in avoid}
        for m in mentions:
            actor = self.actor(m)
            name = self.as_of(actor.name)
            # "the Detective Branch of Police": a unit and the force it belongs to are one side
            if not any(n == a or _unit_of(n, a) or _unit_of(a, n) for a in avoid for n in {actor.name, name}):
                return actor
        return None

    def generic(self, template: str, actors: ActorDictionary, said: Actor | None = None) -> Actor | None:
        """A generic actor the text implies; `said` is the mention that implies it ("locals"), if any."""
        entry = actors.by_name(template)
        if entry is None:
            return None
        name = fill_name(template, self.country, self.place)
        if said is not None:
            return Actor(name, entry.inter, said.label, said.start, said.end)
        return Actor(name, entry.inter, "", *self.trigger)

    def _crowd_itself(self, m: Mention) -> bool:
        """People of no side told as who rioted ("garment workers vandalised the factory", "villagers
        beat up a thief"): the riot's crowd itself, not whom it fell on (not "a worker was beaten")."""
        trig = self.doc.char_span(*self.trigger, alignment_mode="expand")
        return trig is not None and m.entry.inter == 7 and m.end <= trig.start \
            and not _passive(self.doc, m.end, trig.start + 2)

    def demonstration(self, candidate: Any, said: Mention | None, mentions: list[Mention],
                      origin: str | None = None, *, mutual: bool = False) -> ActorRoles:
        """`said`: the words that name the crowd when they are no crowd's name ("traders burnt tyres");
        `origin`: the crowd's own country when the text gives it and it is not the event's; `mutual`:
        the text tells the riot as a fight between sides ("two groups clashed")."""
        crowd = 6 if candidate.event_type == "Protests" else 5
        lead = next((m for m in mentions if m.entry.inter == crowd), None)
        # (a group that is the state's forces on the day, the Taliban after August 2021, already carries
        # the state's entry: find_actors' on_day)
        # (at a protest a group, not unknown armed men: "armed men arrived and dispersed the gathering" are
        # no part of the crowd)
        named = next((m for m in mentions if m.entry.inter in (2, 3, 4)
                      and (crowd == 5 or m.entry.kind != "generic")), None)
        state = next((m for m in mentions if m.entry.inter == 1), None)
        own = replace(self, country=origin) if origin else self  # the crowd's name only, not the police's
        actor1 = own.actor(lead) if lead else None
        if actor1 is None:
            base = "Protesters" if crowd == 6 else "Rioters"
            name = f"{base} ({own.country})" if own.country else base
            told = self.actor(said) if said is not None else None
            actor1 = Actor(name, crowd, told.label, told.start, told.end) if told is not None \
                else Actor(name, crowd, "", *self.trigger)
        assoc = self.actor(named) if named else None
        actor2 = self.actor(state) if state and candidate.sub_event_type != "Peaceful protest" \
            else None
        if actor2 is None and crowd == 5 and mutual:
            # ACLED: mob violence between two groups is rioters against rioters, each side's party or
            # group its associated actor ("a clash between JCD and BCL activists"; "two factions of the
            # BCL clashed": the BCL on both sides); the people hurt in it are of either side, not civilians
            rival = next((m for m in mentions if m.entry.inter in (2, 3, 4) and named is not None
                          and m.entry is not named.entry), None)
            return ActorRoles(actor1=actor1, assoc_actor_1=assoc, actor2=replace(actor1, label="", start=self.trigger[0],
                                                                                  end=self.trigger[1]),
                              assoc_actor_2=self.actor(rival) if rival else assoc)
        if actor2 is None and crowd == 5:
            other = next((m for m in mentions if m.entry.inter not in (5, 6) and m is not named
                          and not self._crowd_itself(m)), None)
            actor2 = self.actor(other) if other else None
        if candidate.sub_event_type == "Excessive force against protesters" and actor2 is not None:
            return ActorRoles(actor1=actor2, actor2=actor1, assoc_actor_2=assoc)  # the state initiates
        return ActorRoles(actor1=actor1, assoc_actor_1=assoc, actor2=actor2)
