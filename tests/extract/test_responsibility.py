from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.responsibility import find_attributions, find_responsibility


@pytest.fixture(scope="module")
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(("text", "group", "label", "denied"), [
    ("The Baloch Liberation Army claimed responsibility for the blast.", "BLA: Baloch Liberation Army",
     "Baloch Liberation Army", False),
    ("The talks excluded the BLA, which took the responsibility for the attacks.", "BLA: Baloch Liberation Army",
     "BLA", False),
    ("The raid followed a wave of assaults claimed by the TTP.", "TTP: Tehreek-i-Taliban Pakistan", "TTP", False),
    ("Al-Shabaab claimed the attack on the hotel in a radio broadcast.", "Al Shabaab", "Al-Shabaab", False),
    ("The Taliban denied involvement in the bombing.", "Taliban", "Taliban", True),
    ("Fitna al-Khawarij claimed responsibility, officials said.", "TTP: Tehreek-i-Taliban Pakistan",
     "Fitna al-Khawarij", False),
    # the group named in an aside before the cue is not the claimant (ACLED names TRF on its own)
    ("The Resistance Front (TRF), which security agencies consider a front for Lashkar-e-Taiba, "
     "claimed the killing of the two labourers.", "TRF: The Resistance Front", "TRF", False),
    ("The TTP, a group the government calls Fitna al-Khawarij, claimed the ambush in Tank.",
     "TTP: Tehreek-i-Taliban Pakistan", "TTP", False),
])
def test_responsibility_claims(nlp: Language, actors: ActorDictionary, text: str, group: str, label: str,
                               denied: bool) -> None:
    doc = nlp(text)
    (claim,) = find_responsibility(doc, actors=actors)
    assert (claim.group, claim.label, claim.denied) == (group, label, denied)
    assert label in text[claim.start:claim.end]


@pytest.mark.parametrize("text", [
    "No group has claimed responsibility for the blast so far.",
    "Gunmen attacked the convoy near the border.",
])
def test_responsibility_none(nlp: Language, actors: ActorDictionary, text: str) -> None:
    assert find_responsibility(nlp(text), actors=actors) == []


def test_responsibility_group_saying_its_fighters_carried_out_the_attack() -> None:
    import spacy

    from sitrep.extract.actors import ActorDictionary
    from sitrep.extract.responsibility import find_responsibility

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "The Baloch Liberation Front said on Tuesday that its fighters had carried out the bombing."
    found = find_responsibility(nlp(text), actors=ActorDictionary.load())
    assert [(r.group, r.denied) for r in found] == [("BLF: Baloch Liberation Front", False)]


@pytest.mark.parametrize(("text", "group"), [
    # issue 4: a group others name as the perpetrator
    ("No group claimed the blast; however, officials attributed the attack to al-Shabaab.", "Al Shabaab"),
    ("Three traders were shot dead in the market. Al Shabaab suspected.", "Al Shabaab"),
    ("Witnesses said suspected Boko Haram fighters burned the village.", "Boko Haram"),
    ("Police blamed the bombing on the JMB.", "JMB: Jamaat-ul-Mujahideen Bangladesh"),
    ("A shell hit a market in Baidoa. Al Shabaab are believed to be responsible.", "Al Shabaab"),
    ("Two guards were shot at the depot; the BLA is held responsible.", "BLA: Baloch Liberation Army"),
    # the belief told in the past, the acts as a plural or by their kind
    ("Nobody claimed the raid, but the TTP was thought to be responsible for it.", "TTP: Tehreek-i-Taliban Pakistan"),
    ("Nobody claimed the raid, but the BLA was thought responsible.", "BLA: Baloch Liberation Army"),
    ("No group has come forward, although it was widely believed that the BLA was responsible.",
     "BLA: Baloch Liberation Army"),
    ("Two kidnappings were reported in Lorem; officials attributed them to al-Shabaab.", "Al Shabaab"),
    ("Police defused the device; officials attributed the attempted attack to the TTP.",
     "TTP: Tehreek-i-Taliban Pakistan"),
    # the affiliate named, not the larger group it is tied to
    ("Gunmen believed to be members of the Islamic State (IS)-affiliated group 'Sinai Province' shot a "
     "policeman.", "State of Sinai"),
])
def test_responsibility_attributions(nlp: Language, actors: ActorDictionary, text: str, group: str) -> None:
    found = find_attributions(nlp(text), actors=actors)
    assert [a.group for a in found] == [group]
    assert find_responsibility(nlp(text), actors=actors) == []  # an attribution is not a claim


def test_responsibility_the_group_attacked_is_no_claimant(nlp: Language, actors: ActorDictionary) -> None:
    """"The BLF claimed an attack on a Frontier Corps post, saying its fighters had killed five": the
    Frontier Corps is what was hit, not a second claimant."""
    claims = find_responsibility(nlp("The BLF claimed responsibility for an attack on a Frontier Corps post in "
                                     "Panjgur, saying its fighters had killed five soldiers."), actors=actors)
    assert [c.group for c in claims] == ["BLF: Baloch Liberation Front"]
