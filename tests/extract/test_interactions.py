"""Who did what to whom: sentences written for these tests (fictional), read by the real model's
parser through `Pipeline.extract`."""

from __future__ import annotations

import pytest

from sitrep.model import Article, Interaction

pytestmark = pytest.mark.model


def _read(pipeline, text: str) -> list[Interaction]:
    (found,) = pipeline.extract([Article(id="t", text=text)])
    for i in found.interactions:  # every span is the article's own text
        for m in (*i.source, *i.target):
            assert text[m.start:m.end] == m.text
        assert text[i.verb_start:i.verb_end] == i.verb
    return list(found.interactions)


def _sides(pipeline, text: str) -> tuple[str, list[str], list[str]]:
    (i,) = _read(pipeline, text)
    return i.category, [m.text for m in i.source], [m.text for m in i.target]


@pytest.mark.parametrize(("text", "category", "source", "target"), [
    # coordinated subjects, one span per named word
    ("Senior Kenyan and Ugandan ministers agreed on Monday to reopen the border crossing.",
     "AGREE", ["Kenyan", "Ugandan"], []),
    ("Norway and Chile signed a fisheries accord in Oslo on Friday.", "AGREE", ["Norway", "Chile"], []),
    # passive with its agent
    ("A convoy of Sudanese aid workers was attacked by Chadian rebels near the border.",
     "ASSAULT", ["Chadian rebels"], ["convoy of Sudanese aid workers"]),
    # "X accused Y of ..."
    ("Ghana accused Togo of sheltering the rebels who raided its border posts.", "ACCUSE", ["Ghana"], ["Togo"]),
    # "X threatened to ..."
    ("Venezuela threatened to expel the Colombian ambassador over the dispute.",
     "THREATEN", ["Venezuela"], ["Colombian ambassador"]),
    # a pronoun subject stands for the speaker's subject
    ("Kenya said it would support Somalia's bid for a seat on the council.", "SUPPORT", ["Kenya"], ["Somalia"]),
    # "X said Y must ...": X's demand of Y
    ("Brazil said Paraguay must release the detained farmers at once.", "DEMAND", ["Brazil"], ["Paraguay"]),
    # the agent of a participle in the object: "killings committed by X"
    ("Rwanda condemned the killings committed by Burundian militias last week.",
     "DISAPPROVE", ["Rwanda"], ["Burundian militias"]),
    # the speaker of the reporting clause is not the subject when there is one
    ("Peru and Bolivia will meet next week to settle the water dispute, a Chilean diplomat said.",
     "CONSULT", ["Peru", "Bolivia"], []),
])
def test_interactions_sides(pipeline, text: str, category: str, source: list[str], target: list[str]) -> None:
    assert _sides(pipeline, text) == (category, source, target)


def test_interactions_talks_between_two_sides(pipeline) -> None:
    _, source, target = _sides(pipeline, "Talks between Ethiopia and Eritrea resumed on Tuesday.")
    assert (source, target) == (["Ethiopia"], ["Eritrea"])


def test_interactions_speaker_only_without_a_subject(pipeline) -> None:
    _, source, _ = _sides(pipeline, "The border crossing should be reopened soon, the Malian foreign minister said.")
    assert source == ["Malian foreign minister"]


def test_interactions_place_is_the_target_of_a_measure_only(pipeline) -> None:
    _, _, target = _sides(pipeline, "The Kenyan government imposed a night curfew in Mombasa after the riots.")
    assert target == ["Mombasa"]
    _, _, target = _sides(pipeline, "Norway and Chile signed a fisheries accord in Oslo on Friday.")
    assert target == []


@pytest.mark.parametrize(("text", "target"), [
    # a protest, an attack, an arrest: the place it is done in, beside whom it is done to
    ("Hundreds of farmers marched in Multan on Friday.", ["Multan"]),
    ("Gunmen killed four shopkeepers in Quetta late on Sunday.", ["shopkeepers", "Quetta"]),
    ("A Nigerian journalist was arrested in Accra for spying.", ["Nigerian journalist", "Accra"]),
    # the place of the noun's verb, and "the town of X"
    ("Angry traders staged a rally in the town of Mardan against the new tax.", ["town of Mardan"]),
    ("Malian troops remained on alert in Gao after the raid.", ["Gao"]),
    # a measure the trigger's clause names
    ("The governor threatened to impose a curfew in Jalalabad.", ["Jalalabad"]),
])
def test_interactions_place_an_act_is_done_in(pipeline, text: str, target: list[str]) -> None:
    assert _sides(pipeline, text)[2] == target


def test_interactions_generic_actor_word_is_kept(pipeline) -> None:
    _, source, target = _sides(pipeline, "Police arrested dozens of protesters outside the parliament.")
    assert (source, target) == (["Police"], ["protesters"])


@pytest.mark.parametrize("text", [
    "Heavy rain flooded the valley for a week.",  # no interaction word
    "The meeting was postponed because of the weather.",  # an interaction word, nobody named
])
def test_interactions_none_without_actors(pipeline, text: str) -> None:
    assert _read(pipeline, text) == []


def test_interactions_offsets_are_the_articles(pipeline) -> None:
    text = "Rain fell all day.\nLater, Morocco welcomed Spain's decision to reopen the consulate."
    (i,) = _read(pipeline, text)
    assert [m.text for m in i.source] == ["Morocco"] and [m.text for m in i.target] == ["Spain"]
    assert text[i.sentence_start:i.sentence_end].strip().startswith("Later,") and i.sentence_end == len(text)
    assert i.article_id == "t"


def test_interactions_not_run_by_process(pipeline) -> None:
    article = Article(id="p", text="Norway and Chile signed a fisheries accord.")
    assert [events for _, events in pipeline.process([article])] == [[]]
    (found,) = pipeline.extract([article], interactions=False)
    assert found.interactions == ()


def test_interactions_batches_keep_articles_apart(pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "batch_size", 2)  # three articles: a batch of two, then one
    texts = ["Ghana accused Togo of sheltering rebels.", "Rain fell all day.",
             "Venezuela threatened to expel the Colombian ambassador."]
    found = list(pipeline.extract([Article(id=str(i), text=t) for i, t in enumerate(texts)]))
    assert [f.article.id for f in found] == ["0", "1", "2"]
    assert [[(i.article_id, i.source[0].text) for i in f.interactions] for f in found] == \
        [[("0", "Ghana")], [], [("2", "Venezuela")]]


@pytest.mark.parametrize(("text", "source", "target"), [
    # a name's mention is its noun phrase: title, qualifiers, apposition
    ("Kenyan mediator Joseph Otieno will meet Ugandan rebel leaders next week.",
     ["Kenyan mediator Joseph Otieno"], ["Ugandan rebel leaders"]),
    ("Rahim Khan, the Afghan envoy, met Pakistani officials on Monday.",
     ["Rahim Khan, the Afghan envoy"], ["Pakistani officials"]),
    # an acronym in brackets keeps its closing bracket
    ("Ghana condemned the attack on the Liberian Peace Council (LPC) by rebels.",
     ["Ghana"], ["the Liberian Peace Council (LPC)"]),
    # not past a possessive: the bid is no actor
    ("Kenya said it would support Somalia's bid for a seat on the council.", ["Kenya"], ["Somalia"]),
    # the phrase that says where or whose: "the governor of X", "protesters in X"
    ("Protesters in Gilgit denounced the deputy governor of the Kunar province.",
     ["Protesters in Gilgit"], ["deputy governor of the Kunar province"]),
])
def test_interactions_mention_is_the_names_noun_phrase(pipeline, text: str, source: list[str],
                                                        target: list[str]) -> None:
    assert _sides(pipeline, text)[1:] == (source, target)


@pytest.mark.parametrize(("text", "category", "source", "target"), [
    # a noun trigger's that-clause and its light verb's "against X"
    ("The Kenyan Teachers Union reiterated its demand today that Uganda ease curbs on Kenyan traders.",
     "DEMAND", ["The Kenyan Teachers Union"], ["Uganda"]),
    ("Angry traders staged rallies in Peshawar against the provincial governor Ali Khan.",
     "PROTEST", ["Angry traders"], ["provincial governor Ali Khan", "Peshawar"]),
    # "a strike in protest of X"
    ("Hundreds of Baloch students continued a hunger strike in protest of the Pakistani government's "
     "decision to close their hostel.", "PROTEST", ["Baloch students"], ["Pakistani government"]),
    # a demand told: "X said Y must be ready to ...", "... must reach an agreement"
    ("Ghana said Togo must be ready to mediate between the farmers and herders.", "DEMAND", ["Ghana"], ["Togo"]),
    ("The Malian president said the Tuareg rebels and the army must reach an agreement before the rains.",
     "DEMAND", ["Malian president"], ["Tuareg rebels", "army"]),
    ("The Red Crescent said Afghan and Pakistani troops must ensure calm to allow relief convoys to pass.",
     "DEMAND", ["The Red Crescent"], ["Afghan", "Pakistani"]),
    # "demanded that its partners ...": the partners are whom the demand is made of
    ("Nepal bluntly demanded that its Indian partners reopen the border crossings.",
     "DEMAND", ["Nepal"], ["Indian partners"]),
])
def test_interactions_nominal_and_told_demands(pipeline, text: str, category: str, source: list[str],
                                               target: list[str]) -> None:
    assert _sides(pipeline, text) == (category, source, target)


@pytest.mark.parametrize(("text", "category", "source", "target"), [
    # the subject of the verb whose object a participle describes: "X issued a declaration demanding"
    ("The Baloch Students Organisation issued a declaration demanding that the Sindh government "
     "release the detained teachers.", "DEMAND", ["The Baloch Students Organisation"], ["Sindh government"]),
    # "their anger at X": an act noun with a possessive still says whom it is at
    ("Traders in Multan blocked a highway to show their anger at the Punjab government's new tax.",
     "PROTEST", ["Traders in Multan"], ["Punjab government"]),
    # a particle's phrase: "kidnapped up to 12 engineers"
    ("Militants kidnapped up to 12 Chinese engineers from a camp near the dam.",
     "COERCE", ["Militants"], ["Chinese engineers"]),
    # the place of the clause that says how: "killed ... when they opened fire in X"
    ("Two Taliban gunmen killed nine people when they opened fire in Kunduz on Friday.",
     "ASSAULT", ["Taliban gunmen"], ["people", "Kunduz"]),
])
def test_interactions_participles_particles_possessives(pipeline, text: str, category: str,
                                                        source: list[str], target: list[str]) -> None:
    assert _sides(pipeline, text) == (category, source, target)


def test_interactions_complaint_to_someone_over_something(pipeline) -> None:
    _, source, target = _sides(pipeline, "Afghanistan complained to the United Nations over Pakistani air strikes "
                                         "in Kunar.")
    assert (source, target) == (["Afghanistan"], ["the United Nations", "Pakistani"])  # strikes: an act


def test_interactions_pronoun_stands_for_a_passive_subject(pipeline) -> None:
    _, source, _ = _sides(pipeline, "The Sindh chief minister was quoted as saying he would meet the leaders "
                                    "of the Baloch Students Organisation.")
    assert source == ["Sindh chief minister"]


@pytest.mark.parametrize(("text", "category", "source", "target"), [
    # "riot" in "riot police" names the actor, not the act
    ("Liberian riot police fired tear gas at students protesting in Monrovia.",
     "FIGHT", ["Liberian riot police"], ["students"]),
    # a nominal act under a passive-looking verb, its target after it
    ("Somali troops were engaged in ethnic cleansing against the Bantu minority, a rights group said.",
     "ASSAULT", ["Somali troops"], ["Bantu minority"]),
    # an act noun in the trigger's phrase says whom it is against
    ("Shopkeepers closed their shutters in defiance of the Karachi administration.",
     "COERCE", ["Shopkeepers"], ["Karachi administration"]),
    ("The Hutu rebels insisted on their demand that Burundi's government free their leaders.",
     "DEMAND", ["Hutu rebels"], ["Burundi"]),
    # PLOVER's COERCE includes vandalism and cyber attacks
    ("Bangladeshi hackers defaced hundreds of Indian government web sites last week.",
     "COERCE", ["Bangladeshi hackers"], ["Indian government web sites"]),
])
def test_interactions_nominal_acts_and_actor_modifiers(pipeline, text: str, category: str,
                                                       source: list[str], target: list[str]) -> None:
    assert _sides(pipeline, text) == (category, source, target)


@pytest.mark.parametrize(("text", "category", "source", "target"), [
    # a visit targets the place visited
    ("The Afghan foreign minister arrived in Islamabad on a two-day visit on Monday.",
     "CONSULT", ["Afghan foreign minister"], ["Islamabad"]),
    # the clause after an interaction noun is what the noun says, not the act
    ("The Kenyan Teachers Union reiterated its call today that Uganda reopen the border.",
     "REQUEST", ["The Kenyan Teachers Union"], ["Uganda"]),
    # the place of a participle that describes the object
    ("Bandits blew up a bridge leading into Gao last week.", "COERCE", ["Bandits"], ["Gao"]),
    # "X was put under investigation": X is acted on
    ("A Pakistani trader has been put under investigation in Dubai for smuggling gold.",
     "INVESTIGATE", [], ["Pakistani trader", "Dubai"]),
])
def test_interactions_visits_contents_and_passive_nouns(pipeline, text: str, category: str,
                                                        source: list[str], target: list[str]) -> None:
    assert _sides(pipeline, text) == (category, source, target)


@pytest.mark.parametrize(("text", "category", "source", "target"), [
    # "upgraded their ties": cooperation, each conjunct a source
    ("Nepal and Bhutan upgraded their trade links in March, officials said on Tuesday.",
     "COOPERATE", ["Nepal", "Bhutan"], []),
    # compensation paid to someone is aid to them; "it" stands for the speaker
    ("Ghana said it had paid compensation to forty Togolese traders for goods lost in the riots.",
     "AID", ["Ghana"], ["forty Togolese traders"]),
    # "X is opposed to Y": X's stance (the parser may hang X on "is"), not an act done to X
    ("Bangladesh is opposed to Indian mediation in the water talks, an aide to the prime minister said on Monday.",
     "REJECT", ["Bangladesh"], ["Indian"]),
    # "with its X partners": the partners are other actors, not the subject's own
    ("Malawi signed a trade deal with its Zambian partners, officials said.", "AGREE", ["Malawi"], ["Zambian partners"]),
    # "against X" further down the clause, or in the clause a participle adds to
    ("Mali has trained hundreds of young recruits able to carry out raids against Burkinabe bandits, a spokesman said.",
     "AID", ["Mali"], ["Burkinabe"]),
    ("Ugandan troops launched mortar and rocket fire against Congolese rebel camps near the border, killing twelve, "
     "army sources said.", "ASSAULT", ["Ugandan troops"], ["Congolese rebel camps"]),
    # a main verb misread as a participle describing its subject, the subject hung on "said"
    ("Kashmiri youths resorted to throwing stones during demonstrations against the alleged abuses by the Indian "
     "army, officials said on Thursday.", "PROTEST", ["Kashmiri youths"], ["Indian army"]),
])
def test_interactions_stances_counterparts_and_aims(pipeline, text: str, category: str,
                                                    source: list[str], target: list[str]) -> None:
    assert _sides(pipeline, text) == (category, source, target)


def test_interactions_a_reduced_relative_is_no_subject(pipeline) -> None:
    # "the men arrested on Monday": the men were arrested; the verb has its own subject elsewhere
    _, source, _ = _sides(pipeline, "The men arrested on Monday were Afghan nationals, police said.")
    assert source == ["police"]


@pytest.mark.parametrize(("text", "category", "source", "target"), [
    # a relative clause of an act noun says what it was done to
    ("Transporters in Punjab began a strike that paralysed Lahore on Tuesday.",
     "PROTEST", ["Transporters in Punjab"], ["Lahore"]),
    ("Militants carried out an attack that killed three Pakistani soldiers near Wana.",
     "ASSAULT", ["Militants"], ["Pakistani soldiers near Wana"]),
    # "in protest against Y", "in defiance of Y": whom the act is aimed at, besides what it is done to
    ("Truckers blocked the highway near Jessore in protest against Indian customs officials.",
     "PROTEST", ["Truckers"], ["highway near Jessore", "Indian customs officials"]),
    # a verb joined to the trigger goes on with the same acts, in its own place
    ("Militants abducted two Chinese engineers from a camp and set off bombs in the town of Khar, officials said.",
     "COERCE", ["Militants"], ["Chinese engineers", "town of Khar"]),
])
def test_interactions_relative_clauses_aims_and_joined_acts(pipeline, text: str, category: str,
                                                            source: list[str], target: list[str]) -> None:
    assert _sides(pipeline, text) == (category, source, target)


@pytest.mark.parametrize(("text", "category", "source", "target"), [
    # a participle going on from the main act shares its place
    ("The Sindh government declared an emergency in Thatta on Monday, suspending classes and arresting dozens "
     "of traders.", "COERCE", ["Sindh government"], ["traders", "emergency in Thatta"]),
    # "following a demonstration calling for X": the act the trigger follows says whom it is aimed at
    ("Angry Pakhtun students rioted following a peaceful demonstration calling for the release of Manzoor Pashteen.",
     "PROTEST", ["Angry Pakhtun students"], ["release of Manzoor Pashteen"]),
])
def test_interactions_participles_go_on_from_the_main_act(pipeline, text: str, category: str,
                                                          source: list[str], target: list[str]) -> None:
    assert _sides(pipeline, text) == (category, source, target)


def test_interactions_place_of_an_act_noun_that_rages(pipeline) -> None:
    # "as street battles raged in X": the act noun is the subject of a verb of happening; X is its place
    _, source, target = _sides(pipeline, "The Sindh government said it would impose a curfew as street battles "
                                         "raged in Lyari between gangsters and police.")
    assert "Lyari" in target and source == ["Sindh government"]
