from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from sitrep.errors import DataFileError
from sitrep.extract.background import BackgroundCues, analyse, default_background, is_opinion, opens_elsewhere


@pytest.fixture(scope="module")
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


@pytest.fixture(scope="module")
def cues() -> BackgroundCues:
    return BackgroundCues.load()


@pytest.mark.parametrize(("text", "kind"), [
    ("Insurgencies were witnessed in 1948 and again in the 1970s.", "history"),
    ("Over the years, separatist groups have targeted railway lines.", "history"),
    ("Cases of enforced disappearances are on the rise.", "trend"),
    ("With this, 118 Maoists have been killed in separate encounters in the state this year.", "trend"),
    ("Since the talks broke down, scores of policemen have been killed in attacks in the province.", "trend"),
    ("The minister ruled out talks with the armed group.", "statement"),
    ("The party condemned the killing of its worker.", "statement"),
    # a year review's verdicts; the most restrictive kind wins over an accident word
    ("Swat and Buner remained the epicentres of the violence, where militants repeatedly attacked police posts.",
     "trend"),
    ("The ceasefire collapsed, and military operations have not yet delivered lasting peace.", "trend"),
    # a count of incidents so far is a trend, not one more incident
    ("This is the third IED attack on security forces in the district this month.", "trend"),
    ("It was the second such ambush on the highway since the start of the month.", "trend"),
])
def test_background_sentence_kinds(nlp: Language, cues: BackgroundCues, text: str, kind: str) -> None:
    sent = next(nlp(text).sents)
    view = analyse(sent, cues=cues)
    assert view.sentence is not None and view.sentence.kind == kind


@pytest.mark.parametrize(("text", "spared"), [
    # a past time opening the sentence dates the protest too
    ("In April last year, traders staged a sit-in on the Karakoram Highway for a week.", False),
    ("Two years ago, lawyers boycotted the courts for a month.", False),
    # a past named as the protest's topic leaves the protest current
    ("Traders staged a sit-in on Monday against the killings of two shopkeepers last year.", True),
])
def test_background_a_fronted_past_dates_protests_too(nlp: Language, cues: BackgroundCues, text: str,
                                                      spared: bool) -> None:
    view = analyse(next(nlp(text).sents), cues=cues)
    assert view.sentence is not None and ("Protests" in view.sentence.spares) == spared


@pytest.mark.parametrize("text", [
    # the act told with its toll after the condemnation is reported there
    "The opposition condemned the attack on the home of a councillor in Umlazi that left two people dead.",
    "The governor denounced the ambush which killed four soldiers near Damboa.",
])
def test_background_a_statement_telling_its_act_with_a_toll_reports_it(nlp: Language, cues: BackgroundCues,
                                                                       text: str) -> None:
    assert analyse(next(nlp(text).sents), cues=cues).sentence is None


def test_background_a_claim_telling_a_toll_is_still_a_claim(nlp: Language, cues: BackgroundCues) -> None:
    # a group's claim is its statement, not the attack, whatever toll it tells
    text = "The group claimed responsibility for a car bomb in Mogadishu that killed eight people."
    view = analyse(next(nlp(text).sents), cues=cues)
    assert view.sentence is not None and view.sentence.kind == "claim"


def test_background_statement_spares_protests(nlp: Language, cues: BackgroundCues) -> None:
    view = analyse(next(nlp("Students condemned the fee rise at a rally.").sents), cues=cues)
    assert view.sentence is not None and "Protests" in view.sentence.spares


@pytest.mark.parametrize(("text", "cue", "kind"), [
    ("The group threatened to attack the camp.", "attack", "hypothetical"),
    ("Traders plan to protest on Monday.", "protest", "hypothetical"),
    ("Officials said no attack took place.", "attack", "negated"),
    ("The army could launch an offensive soon.", "offensive", "hypothetical"),
])
def test_background_hedged_cues(nlp: Language, cues: BackgroundCues, text: str, cue: str, kind: str) -> None:
    doc = nlp(text)
    index = next(t.i for t in doc if t.lower_ == cue)
    hedge = analyse(next(doc.sents), cues=cues).hedge(index)
    assert hedge is not None and hedge.kind == kind


@pytest.mark.parametrize(("text", "cue"), [
    ("No one claimed the attack on the checkpoint.", "attack"),
    ("Militants attacked the checkpoint on Monday.", "attacked"),
    # "feared dead" reports a toll; it is no fear of what may come
    ("Six people are feared dead after gunmen attacked a wedding party.", "attacked"),
])
def test_background_current_events_not_hedged(nlp: Language, cues: BackgroundCues, text: str, cue: str) -> None:
    doc = nlp(text)
    index = next(t.i for t in doc if t.lower_ == cue)
    view = analyse(next(doc.sents), cues=cues)
    assert view.hedge(index) is None and view.sentence is None


def test_background_bad_file_raises(tmp_path: Path) -> None:
    bad = tmp_path / "background.yaml"
    bad.write_text("name: wrong\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        BackgroundCues.load(bad)


@pytest.mark.parametrize(("text", "opinion"), [
    ("Militancy has returned to the tribal districts, and dozens of soldiers were killed last month.\n\n"
     "The writer is a retired police officer.", True),
    ("Militants attacked a post in Tank on Monday, killing two soldiers.\n\n"
     "The writer of the statement is unknown, police said.", False),
    ("Militants attacked a post in Tank on Monday, killing two soldiers.", False),
])
def test_an_op_ed_is_known_by_its_writer_footer(nlp: Language, cues: BackgroundCues, text: str, opinion: bool) -> None:
    assert is_opinion(nlp(text), cues) is opinion


def test_an_incident_told_as_one_of_a_set_is_aggregate(nlp: Language, cues: BackgroundCues) -> None:
    sent = list(nlp("This was one of three coordinated attacks on army posts in the district that day.").sents)[0]
    view = analyse(sent, cues=cues)
    assert view.sentence is not None and view.sentence.kind == "aggregate"


@pytest.mark.parametrize(("text", "earlier"), [
    # a sentence opening on another month recalls an earlier incident
    ("Earlier in March, a lady health worker was shot dead in the same union council.", True),
    ("In January, two vaccinators were gunned down in Salarzai tehsil.", True),
    ("Last month, a polio worker was wounded near the same school.", True),
    # the month inside the sentence, not opening it, is no such recall
    ("Gunmen shot dead a vaccinator on Monday, the third attack since March, police said.", False),
    ("On Monday, gunmen shot dead a vaccinator in Mamund tehsil.", False),
])
def test_a_sentence_opening_on_an_earlier_month_is_background(nlp: Language, cues: BackgroundCues, text: str,
                                                             earlier: bool) -> None:
    view = analyse(next(nlp(text).sents), cues=cues)
    assert (view.sentence is not None and view.sentence.kind == "earlier") == earlier


def test_relatives_of_people_killed_reach_through_the_relative_clause(nlp: Language, cues: BackgroundCues) -> None:
    # "relatives of five labourers who were shot dead": the mourners remember the killing as they protest
    doc = nlp("Relatives of five labourers who were shot dead in Kech staged a sit-in on Sunday.")
    view = analyse(next(doc.sents), cues=cues)
    shot = next(t.i for t in doc if t.text == "shot")
    assert view.hedge(shot, "Violence against civilians") is not None
    # without the relative clause the window stays short
    doc = nlp("Relatives of the five labourers from the village in Kech district shot two men on Sunday.")
    view = analyse(next(doc.sents), cues=cues)
    shot = next(t.i for t in doc if t.text == "shot")
    assert view.hedge(shot, "Violence against civilians") is None


@pytest.mark.parametrize(("text", "elsewhere"), [
    ("Separately, gunmen shot a trader in the market.", True),  # new_incident
    ("Earlier, troops had cleared the highway.", True),  # other_time
    ("Later that day a second convoy was ambushed.", True),
    ("In another raid, two suspects were held.", True),
    ("Lateral roads were closed after the clash.", False),  # whole words only
    ("Troops clashed with fighters near the river.", False),
])
def test_background_opens_elsewhere_reads_both_lists(nlp: Language, text: str, elsewhere: bool) -> None:
    assert opens_elsewhere(next(iter(nlp(text).sents)), default_background()) is elsewhere
