from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import spacy

from sitrep.extract.casualties import CasualtyLexicon, Totals, find_claims, summarise
from sitrep.model import Article, Claim

EXAMPLE = Path("/work/shared/examples/balochistan-2026-02-04.txt")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="module")
def lex():
    return CasualtyLexicon.load()


def _claims(nlp, lex, text):
    return find_claims(nlp(text), Article(id="t", text=text), lexicon=lex)


def _brief(claims):
    return [(c.quantity, c.value, c.side) for c in claims]


@pytest.mark.parametrize("text,expected", [
    ("22 security personnel have been killed.", [("killed", 22, "a")]),
    ("Two women were stoned to death by men of a rival clan.", [("killed", 2, "civilians")]),
    ("Militants killed 1,200 people.", [("killed", 1200, "civilians")]),
    ("Twenty-two soldiers were martyred in the attack.", [("killed", 22, "a")]),
    ("The blast killed at least five worshippers.", [("killed", 5, "civilians")]),
    ("Dozens of insurgents were killed.", [("killed", 12, "b")]),
    # Pakistani reports name a cleric a scholar
    ("A Shia scholar was shot dead outside a mosque.", [("killed", 1, "civilians")]),
    # the former tribal areas' khasadar force, and a force's man
    ("Two khasadars were martyred in the attack.", [("killed", 2, "a")]),
    # the wounded told by their care
    ("Fourteen people were killed and 29 others were being treated, he said.",
     [("killed", 14, "civilians"), ("injured", 29, "unknown")]),
    ("29 people were being treated in hospital.", [("injured", 29, "civilians")]),
    ("Fourteen bodies had been taken to the provincial hospital, he said.", [("killed", 14, "unknown")]),
    ("Eleven people were hospitalised after the blast.", [("injured", 11, "civilians")]),
    ("The attack killed one Levies man.", [("killed", 1, "a")]),
    ("Four soldiers were killed and several civilians were wounded.",
     [("killed", 4, "a"), ("injured", 3, "civilians")]),
    ("Gunmen killed three policemen and wounded two passers-by.",
     [("killed", 3, "a"), ("injured", 2, "civilians")]),
    ("Two gunmen killed three policemen.", [("killed", 3, "a")]),  # the gunmen are the killers
    ("Three people were killed and 10 injured.", [("killed", 3, "civilians"), ("injured", 10, "unknown")]),
    ("Police recovered the bodies of four labourers.", [("killed", 4, "civilians")]),
    ("Two soldiers later died of injuries.", [("killed", 2, "a")]),
    ("Five FC personnel were shot dead.", [("killed", 5, "a")]),
    ("Eleven passengers lost their lives.", [("killed", 11, "civilians")]),
    ("Three levies men were beheaded.", [("killed", 3, "a")]),
    ("The suicide bomber was killed in the blast.", [("killed", 1, "attackers")]),
    ("A soldier was killed and two civilians were hurt.", [("killed", 1, "a"), ("injured", 2, "civilians")]),
    ("Hassan, a local journalist, was shot dead.", [("killed", 1, "unknown")]),
    ("Gunmen shot and killed Hassan Ali in the market.", [("killed", 1, "unknown")]),
    ("Militants abducted six labourers.", [("abducted", 6, "civilians")]),
    ("Police arrested 15 to 20 suspects.", [("arrested", 15, "unknown")]),
    ("Two soldiers and four civilians were wounded.", [("injured", 2, "a"), ("injured", 4, "civilians")]),
    ("No casualties were reported.", [("killed", 0, "unknown"), ("injured", 0, "unknown")]),
    ("No one was killed in the attack.", [("killed", 0, "unknown")]),
    ("A bomb went off, killing two policemen and three children.", [("killed", 2, "a"), ("killed", 3, "civilians")]),
    ("Karim, a trader, was killed along with his driver.", [("killed", 1, "unknown"), ("killed", 1, "civilians")]),
    ("Gunmen shot dead Karim Ali, a local trader, in the bazaar.", [("killed", 1, "unknown")]),
    ("Two leaders of the Sunrise Front were found dead.", [("killed", 2, "civilians")]),
    ("Protesters condemned the death of a student.", [("killed", 1, "civilians")]),
    ("A farmer was stabbed and killed near the canal.", [("killed", 1, "civilians")]),
    ("The injured man later died in hospital.", [("killed", 1, "civilians")]),
    ("Dozens of rebels and a soldier were killed.", [("killed", 12, "b"), ("killed", 1, "a")]),
    ("An unknown number of people were hurt.", [("injured", 10, "civilians")]),
    # a headline's passive, with no auxiliary and no object
    ("Farmer killed in Kalat.", [("killed", 1, "civilians")]),
    ("Policeman killed, two hurt in Bannu blast.", [("killed", 1, "a"), ("injured", 2, "unknown")]),
    ("Air strikes killed an unknown number of fighters.", [("killed", 10, "b")]),
    ("Many villagers were killed when the shells landed.", [("killed", 10, "civilians")]),
    # an apposition describing the place stands between the victim and the verb
    ("A resident of Shinkai, a village on the edge of the valley, was killed when a shell hit his house.",
     [("killed", 1, "civilians")]),
    # "them" after a killing verb is the figure before it
    ("Gunmen stopped a coach near Kalat, offloaded seven passengers and shot them dead.",
     [("killed", 7, "civilians")]),
    ("Militants abducted four labourers from a brick kiln and later killed them.",
     [("abducted", 4, "civilians"), ("killed", 4, "civilians")]),
    # a participle phrase describes the noun before the passive verb
    ("Three policemen escorting a polio team in Swabi were shot dead on Monday.", [("killed", 3, "a")]),
    # the army's words for one of its own killed, after the soldier's particulars
    ("During the exchange of fire, Havildar Saleem Khan, aged 35, resident of District Attock, having fought "
     "gallantly, embraced shahadat.", [("killed", 1, "a")]),
    # a dateline's colon opens no apposition
    ("KHAR: A militant and a soldier were killed in a gunfight.", [("killed", 1, "b"), ("killed", 1, "a")]),
])
def test_casualties_find_claims(nlp, lex, text, expected):
    assert sorted(_brief(_claims(nlp, lex, text))) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Balochistan makes up over 40 per cent of the country.",
    "Smugglers earned up to 4 billion rupees a day.",
    "The insurgency began in 1948 and flared in 1973.",
    "Militants attacked 12 locations across the province.",
    "Five people were injured.",  # wounded is never killed
])
def test_casualties_not_killed(nlp, lex, text):
    assert not [c for c in _claims(nlp, lex, text) if c.quantity == "killed"]


def test_casualties_qualifier_and_range(nlp, lex):
    (c,) = _claims(nlp, lex, "Between 15 and 20 soldiers were killed.")
    assert (c.value, c.low, c.high) == (15, 15, 20)
    (c,) = _claims(nlp, lex, "At least 177 insurgents were killed.")
    assert (c.value, c.qualifier) == (177, "at least")


def test_casualties_implausible_kept_but_flagged(nlp, lex):
    (c,) = _claims(nlp, lex, "The report said 250,000 people were killed.")
    assert c.implausible and summarise([c]).fatalities is None


def test_casualties_part_of_total_counted_once(nlp, lex):
    claims = _claims(nlp, lex, "12 people, including 5 soldiers, were killed.")
    total, part = sorted(claims, key=lambda c: c.start)
    assert part.part_of == total.start and part.side == "a"
    t = summarise(claims)
    assert (t.fatalities, t.deaths_a, t.deaths_civilians) == (12, 5, 7)


def test_casualties_generic_total_takes_side_of_included_group(nlp, lex):
    (c,) = _claims(nlp, lex, "A total of 40 people, including militants, were killed.")
    assert (c.value, c.side, c.qualifier) == (40, "b", "a total of")


def test_casualties_span_and_sentence(nlp, lex):
    text = "Calm returned. At least 7 soldiers were killed."
    (c,) = _claims(nlp, lex, text)
    assert text[c.start:c.end] == "At least 7"
    assert text[c.sentence_start:c.sentence_end] == "At least 7 soldiers were killed."


def _claim(value, side, source, sentence=0, quantity="killed", **kw):
    return Claim(quantity=quantity, value=value, low=kw.pop("low", value), high=kw.pop("high", value),
                 about="x", side=side, source=source, start=sentence * 100 + value, end=sentence * 100 + value + 1,
                 sentence_start=sentence * 100, sentence_end=sentence * 100 + 99, **kw)


@pytest.mark.parametrize("claims,expected", [
    ([], Totals()),
    ([_claim(0, "unknown", None)], Totals(0, 0, 0, 0, None, None, None, 0, None)),
    # conflicting sources for one side: low = min, high = max, best = the most common (tie: lower)
    ([_claim(10, "b", "police"), _claim(14, "b", "rebels", 1)], Totals(10, 10, 10, 14, None, 10, None, None)),
    ([_claim(10, "b", "police"), _claim(14, "b", "rebels", 1), _claim(14, "b", "media", 2)],
     Totals(10, 10, 14, 14, None, 14, None, None)),
    # one source, two sentences: different people, they add up; a repeated figure counts once
    ([_claim(2, "a", None), _claim(3, "a", None, 1)], Totals(5, 5, 5, 5, 5, None, None, None)),
    ([_claim(2, "a", None), _claim(2, "a", None, 1)], Totals(2, 2, 2, 2, 2, None, None, None)),
    # sides add up; attackers count in fatalities and go to side b
    ([_claim(3, "a", None), _claim(1, "attackers", None)], Totals(4, 4, 4, 4, 3, 1, None, None)),
    # injuries apart from deaths
    ([_claim(2, "civilians", None), _claim(6, "civilians", None, quantity="injured")],
     Totals(2, 2, 2, 2, None, None, 2, None, 6)),
    ([_claim(5, "unknown", None, quantity="injured")], Totals(injuries=5)),
])
def test_casualties_summarise(claims, expected):
    assert summarise(claims) == expected


def test_casualties_lexicon_validates(lex):
    assert lex.side_of["security personnel"] == "a" and lex.side_of["khawarij"] == "b"
    assert lex.reader.vague["dozens"].value == 12


@pytest.mark.model
def test_casualties_reference_article():
    from sitrep.nlp.build import load_nlp

    raw = EXAMPLE.read_text(encoding="utf-8")
    article = Article(id="ref", text=raw, published=date(2026, 2, 4))
    claims = [c for c in find_claims(load_nlp()(raw), article, lexicon=CasualtyLexicon.load())
              if c.quantity == "killed"]
    by_value = {c.value: c for c in claims}
    assert set(by_value) == {197, 22, 177}
    assert (by_value[197].side, by_value[197].source) == ("b", "state media")
    assert (by_value[22].side, by_value[22].source) == ("a", "state media")
    assert (by_value[177].side, by_value[177].source) == ("b", "authorities via The Express Tribune")
    t = summarise(claims)
    assert (t.fatalities, t.low, t.best, t.high) == (199, 199, 199, 219)
    assert (t.deaths_a, t.deaths_b, t.deaths_civilians, t.deaths_unknown) == (22, 177, None, None)


def test_attackers_and_militants_from_two_sources_are_the_same_dead():
    # police: four attackers killed; ISPR: six militants killed -> one side, conflicting reports
    t = summarise([_claim(2, "a", "police", 0), _claim(4, "attackers", "police", 1),
                   _claim(6, "b", "ISPR", 1)])
    assert (t.fatalities, t.low, t.high, t.deaths_a, t.deaths_b) == (6, 6, 8, 2, 4)


def test_unsided_toll_from_another_source_conflicts_with_a_smaller_sum():
    # an official: four soldiers died; police: three dead -> 3 to 4, not 7
    t = summarise([_claim(4, "a", "security official", 0), _claim(3, "unknown", "police", 0)])
    assert (t.fatalities, t.low, t.high, t.deaths_unknown) == (3, 3, 4, None)


def test_unsided_toll_holds_a_smaller_sided_figure():
    # police: five killed; ISPR: two soldiers among them -> 5, of whom 2 soldiers and 3 unknown
    t = summarise([_claim(5, "unknown", "police", 0), _claim(2, "a", "ISPR", 1)])
    assert (t.fatalities, t.high, t.deaths_a, t.deaths_unknown) == (5, 5, 2, 3)


def test_unsided_toll_from_a_sided_source_adds():
    # the same source gives both: its own figures are different people
    t = summarise([_claim(2, "a", "police", 0), _claim(3, "unknown", "police", 1)])
    assert t.fatalities == 5


def test_casualties_one_figure_for_two_groups_has_no_side(nlp, lex):
    claims = _claims(nlp, lex, "At least 20 civilians and security personnel were killed and 24 injured.")
    assert _brief(claims) == [("killed", 20, "unknown"), ("injured", 24, "unknown")]


def test_casualties_animals_are_not_people(nlp, lex):
    claims = _claims(nlp, lex, "Nobody was hurt in the blast; however, 21 camels were killed.")
    assert 21 not in [c.value for c in claims]


def test_casualties_sources_per_sentence_and_zero_claims(nlp, lex):
    # a sentence's source is found only when it holds a claim; each claim gets its own sentence's
    text = ("Markets reopened on Monday, officials said. Four soldiers were killed, police said. "
            "No one was hurt in the second blast, residents said.")
    claims = _claims(nlp, lex, text)
    assert [(c.quantity, c.value, c.source) for c in claims] == [
        ("killed", 4, "police"), ("killed", 0, "residents"), ("injured", 0, "residents")]
    assert text[claims[1].start:claims[1].end] == "No one was hurt"


def test_casualties_ispr_phrasings(nlp, lex):
    claims = _claims(nlp, lex, "Four khwarij were sent to hell, while two soldiers embraced shahadat.")
    assert _brief(claims) == [("killed", 4, "b"), ("killed", 2, "a")]


@pytest.mark.parametrize("text,expected", [
    ("Three gunmen shot and killed a radio journalist in the market.", [("killed", 1, "civilians")]),
    ("Three terrorists killed in an exchange of fire with troops.", [("killed", 3, "b")]),
])
def test_casualties_attackers_with_an_object_are_the_killers(nlp, lex, text, expected):
    assert _brief(_claims(nlp, lex, text)) == expected


def test_casualties_no_reported_injuries_or_fatalities_is_zero(nlp, lex):
    claims = _claims(nlp, lex, "There were no reported injuries or fatalities; the ship was damaged.")
    assert claims and all(c.value == 0 and c.source is None for c in claims)
    assert summarise(claims).fatalities == 0


def test_unsided_figure_equal_to_a_sided_one_of_the_same_source_is_a_repeat():
    # "police killed five militants ... killing five of them": the same five
    t = summarise([_claim(5, "b", "police", 0), replace(_claim(5, "unknown", "police", 1), about="of them")])
    assert (t.fatalities, t.deaths_b, t.deaths_unknown) == (5, 5, None)
    # "an elderly man and his grandson": equal figures of named people are different people
    grandson = replace(_claim(1, "unknown", "police", 1), about="grandson")
    assert summarise([_claim(1, "civilians", "police", 0), grandson]).fatalities == 2


@pytest.mark.parametrize("text,expected", [
    # issue 4: ranks and titles are figures of one; "assassinated" kills
    ("A police sergeant was killed and another wounded in the ambush.", [("killed", 1, "a"), ("injured", 1, "unknown")]),
    ("Gunmen assassinate an army colonel near his home.", [("killed", 1, "unknown")]),
    ("A ward councillor was assassinated on Friday.", [("killed", 1, "civilians")]),
])
def test_casualties_ranks_and_assassinations(nlp, lex, text, expected):
    assert _brief(_claims(nlp, lex, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # issue 4: days of the month are no figures of people
    ("On 23 and 24 March, two persons were killed as rival supporters clashed.", [("killed", 2, "civilians")]),
    ("Between the night of March 15 and 16, five people were killed in a clash.", [("killed", 5, "civilians")]),
    ("On 18 Aug, an activist was killed in an explosion.", [("killed", 1, "civilians")]),
    ("At least 10 may have been killed.", [("killed", 10, "unknown")]),
])
def test_casualties_days_of_the_month_are_not_people(nlp, lex, text, expected):
    assert _brief(_claims(nlp, lex, text)) == expected


@pytest.mark.parametrize("text,fatalities", [
    # issue 4: one person told again ("him", "the Shibir man") is not another death
    ("A student leader was killed on Monday. Rivals dragged him out and hacked him to death.", 1),
    ("Police found the body of a party activist. The activist was killed in a clash, police said.", 1),
    # a new person is another death
    ("A student leader was killed on Monday. A second activist died in hospital.", 2),
])
def test_casualties_a_restated_death_counts_once(nlp, lex, text, fatalities):
    assert summarise(_claims(nlp, lex, text)).fatalities == fatalities


@pytest.mark.parametrize("text,toll", [
    ("Hospital sources put the death toll at 12.", "stated"),
    ("Officials said the toll stood at nine.", "stated"),
    ("By evening the death toll rose to nine, police said.", "revised"),
    ("The toll has climbed to 14, hospital officials said.", "revised"),
    ("Gunmen killed nine labourers in Turbat.", None),
    # the toll's own noun phrase between "toll" and its verb
    ("The toll from Monday's ambush on a convoy in Lakki Marwat district rose to 15 on Wednesday.", "revised"),
    ("The death toll in the Kurram bus attack has risen to 44, officials said.", "revised"),
    ("A police official put the number of dead at 17.", "stated"),
])
def test_a_figure_told_as_the_death_toll_is_marked(nlp, lex, text, toll):
    claims = [c for c in _claims(nlp, lex, text) if c.quantity == "killed"]
    assert [c.toll for c in claims] == [toll]


def test_a_rise_that_is_no_toll_is_no_casualty(nlp, lex):
    """"rose to 15" names a toll only with "toll" in its own clause."""
    assert _claims(nlp, lex, "Prices of flour rose to 15 rupees, and the toll plaza reopened.") == []


def test_a_revised_toll_supersedes_the_first_count():
    """"killing five policemen ... the death toll rose to nine": ACLED and UCDP's best take the
    later count; UCDP's low keeps the first."""
    t = summarise([_claim(5, "a", "officials", 0), _claim(9, "unknown", "police", 1, toll="revised")])
    assert (t.fatalities, t.low, t.best, t.high) == (9, 5, 9, 9)
    assert (t.deaths_a, t.deaths_unknown) == (5, 4)


def test_the_latest_of_several_revisions_counts():
    t = summarise([_claim(5, "civilians", "police", 0), _claim(9, "unknown", "police", 1, toll="revised"),
                   _claim(14, "unknown", "officials", 2, toll="revised")])
    assert (t.fatalities, t.low, t.best, t.high) == (14, 5, 14, 14)


def test_a_stated_toll_from_another_source_conflicts_with_the_victims_figure():
    """"killing at least seven worshippers (spokesman) ... hospital sources put the death toll at 12":
    two reports of the same dead, ACLED takes the lower."""
    t = summarise([_claim(7, "civilians", "spokesman", 0), _claim(12, "unknown", "hospital sources", 1, toll="stated")])
    assert (t.fatalities, t.low, t.best, t.high) == (7, 7, 7, 12)
    assert t.deaths_civilians == 7 and t.deaths_unknown is None


def test_a_stated_toll_holds_the_armed_sides_told_apart():
    """"two soldiers were martyred (ISPR) ... police put the death toll at five": the toll holds them."""
    t = summarise([_claim(2, "a", "ISPR", 0), _claim(5, "unknown", "police", 1, toll="stated")])
    assert (t.fatalities, t.best, t.deaths_a, t.deaths_unknown) == (5, 5, 2, 3)


def test_a_stated_toll_alone_is_the_toll():
    t = summarise([_claim(12, "unknown", "hospital sources", 0, toll="stated")])
    assert (t.fatalities, t.low, t.best, t.high, t.deaths_unknown) == (12, 12, 12, 12, 12)


@pytest.mark.parametrize("text", [
    "By evening, the toll rose to 26 as several of the injured succumbed to their wounds.",
    "Two of the wounded were in critical condition, doctors said.",
])
def test_a_subset_of_the_injured_is_no_figure_of_its_own(nlp, lex, text):
    assert [c for c in _claims(nlp, lex, text) if c.toll is None] == []


@pytest.mark.parametrize("text,fatalities", [
    # deaths told with no figure read as ACLED's 10, but only when no other figure is given
    ("Air strikes on the rebel camp killed an unknown number of fighters.", 10),
    ("A number of soldiers died when their truck hit a mine.", 10),
    ("Many people were killed when the market was shelled.", 10),
    ("Six people, including an unknown number of attackers, were killed in the raid.", 6),
    ("One soldier and an unknown number of militants were killed in the clash.", 1),
    ("Two soldiers were killed. Many civilians also died in the crossfire.", 2),
    # ACLED codes "several" dead as 10, like "many"; "several" injured stays 3 (below)
    ("Several people were killed in the raid.", 10),
    ("Gunmen stormed a wedding party near Kano and shot dead several guests.", 10),
])
def test_deaths_without_a_figure(nlp, lex, text, fatalities):
    assert summarise(_claims(nlp, lex, text)).fatalities == fatalities


def test_deaths_without_a_figure_still_widen_ucdp_high(nlp, lex):
    totals = summarise(_claims(nlp, lex, "One soldier and an unknown number of militants were killed."))
    assert (totals.low, totals.best) == (1, 1) and totals.high > 100


def test_injuries_without_a_figure_do_not_hide_a_figure(nlp, lex):
    text = "Four soldiers were killed and an unknown number of others were injured."
    assert summarise(_claims(nlp, lex, text)).injuries == 10
    text = "Four soldiers were injured and an unknown number of others were hurt too."
    assert summarise(_claims(nlp, lex, text)).injuries == 4


def test_a_figure_given_for_several_places_counts_its_share(nlp, lex):
    claims = _claims(nlp, lex, "Gunmen killed seven villagers and wounded four.")
    shares = [summarise([replace(c, share=(i, 3)) for c in claims]) for i in range(3)]
    assert [t.fatalities for t in shares] == [3, 2, 2] and [t.injuries for t in shares] == [2, 1, 1]


@pytest.mark.parametrize("text,values", [
    # a figure with a unit's name after it shares the verb with the figure linked to it
    ("Eight personnel of the District Reserve Guard (DRG) and a civilian driver were killed in the blast.", [8, 1]),
    # "and" inside the name links no figure
    ("Two officers of the Jammu and Kashmir Police were killed in Kulgam.", [2]),
])
def test_a_named_unit_s_figure_and_the_next_share_the_verb(nlp, lex, text, values):
    assert [c.value for c in _claims(nlp, lex, text) if c.quantity == "killed"] == values


@pytest.mark.parametrize("text,expected", [
    # letters tripled by a typo, and "causalities" for "casualties"
    ("Bandits attacked a bus near Kano, killling 12 passengers.", [("killed", 12, "civilians")]),
    # an article dropped, as notes and headlines do
    ("Gunmen killed local councillor outside his shop in Jos.", [("killed", 1, "civilians")]),
    ("Gunmen killed former district chairman in the market.", [("killed", 1, "unknown")]),
    # a name that reads as a filler ("IS") does not end the noun
    ("At least 8 IS fighters were killed near the town.", [("killed", 8, "b")]),
    # a figure inside another figure's description is not more dead
    ("Three guards escorting a cash van were killed.", [("killed", 3, "a")]),
    ("Two sons of a village elder were killed.", [("killed", 2, "unknown")]),
    # a coordinated verb shares the plural subject before "and"
    ("They were captured and summarily executed.", []),
    # the earlier event an attack answers
    ("Herders raided the village in retaliation for the killing of a herder. Four people were killed.",
     [("killed", 4, "civilians")]),
    # the bombers killed by their own blast
    ("Two suicide bombers detonated their vests at a market gate, killing only themselves.",
     [("killed", 2, "attackers")]),
    # a revised count with "raised"
    ("Six were initially thought dead; the number was later raised to nine.",
     [("killed", 6, "unknown"), ("killed", 9, "unknown")]),
    # "several" in quotes is still several
    ('Troops drove the rebels out of two villages, killing "several".', [("killed", 10, "unknown")]),
    # "several" injured keeps the word's plain reading
    ("Bandits killed a farmer and injured several others near Zaria.",
     [("killed", 1, "civilians"), ("injured", 3, "unknown")]),
])
def test_casualties_africa_notes(nlp, lex, text, expected):
    assert _brief(c for c in _claims(nlp, lex, text) if c.value) == expected


@pytest.mark.parametrize("text", [
    "Fighting broke out between the army and a militia near Bor. Causalities reported, numbers not known.",
    "Rebels shelled an army base; casualties of unknown number were reported.",
    "The air strikes killed militants and civilians in the camp.",
    "Soldiers overran the camp and killed all those inside.",
])
def test_casualties_deaths_without_a_figure_read_as_unknown_number(nlp, lex, text):
    claims = [c for c in _claims(nlp, lex, text) if c.quantity == "killed"]
    assert [(c.value, c.unnumbered) for c in claims] == [(10, True)]
    assert summarise(claims).fatalities == 10


@pytest.mark.parametrize("text", [
    "An IED hit a convoy near Beledweyne; casualties not immediately known.",
    "No casualties were reported in the clash.",
    "The minister said the group was responsible for killing civilians in the province.",
    "The injured man was taken to hospital.",
])
def test_casualties_no_unknown_number_without_reported_deaths(nlp, lex, text):
    assert not [c for c in _claims(nlp, lex, text) if c.quantity == "killed" and c.value]


def test_casualties_unknown_number_yields_to_a_figure(nlp, lex):
    claims = _claims(nlp, lex, "Heavy casualties were reported on both sides. Three soldiers were killed.")
    assert summarise([c for c in claims if c.quantity == "killed"]).fatalities == 3


def test_their_bodies_found_after_an_abduction_are_the_people_taken(nlp, lex):
    """"abducted four labourers ... their bodies were found": as many dead as were taken, not one."""
    claims = _claims(nlp, lex, "Gunmen abducted four labourers from a road project near Hoshab on Friday. "
                               "On Sunday, their bodies were found in a ravine.")
    assert [(c.quantity, c.value) for c in claims] == [("abducted", 4), ("killed", 4)]


def test_bodies_found_with_no_abduction_told_before_stay_as_they_were(nlp, lex):
    claims = _claims(nlp, lex, "On Sunday, their bodies were found in a ravine.")
    assert [(c.quantity, c.value) for c in claims if c.quantity == "killed"] != [("killed", 4)]
    assert all(c.quantity != "abducted" for c in claims)


def test_the_plural_noun_told_again_repeats_the_figure_as_its_part(nlp, lex):
    """"five labourers who were shot dead ... The labourers were killed when ...": the same five."""
    claims = _claims(nlp, lex, "Relatives of five labourers who were shot dead in Kech staged a sit-in. "
                               "The labourers were killed when gunmen stormed their camp.")
    assert [(c.quantity, c.value) for c in claims] == [("killed", 5), ("killed", 5)]
    assert claims[1].part_of == claims[0].start
    # both in one event count the five once
    assert summarise(claims).fatalities == 5


def test_the_dead_as_a_noun_is_no_death_of_one(nlp, lex):
    assert _claims(nlp, lex, "The families refused to bury the dead until the killers are arrested.") == []
    assert [(c.quantity, c.value) for c in _claims(nlp, lex, "The dead man was a shopkeeper.")] == [("killed", 1)]


def test_a_toll_revised_by_side_replaces_the_first_count(nlp, lex):
    """"At least eight people were killed ... an official later revised the toll, saying five soldiers
    and four militants had died": 9 dead (ACLED), the first count only widens UCDP's range."""
    claims = _claims(nlp, lex, "At least eight people were killed when militants raided a post in Tank on Friday. "
                               "An official later revised the toll, saying five soldiers and four militants had died.")
    assert [c.toll for c in claims] == [None, "revised", "revised"]
    t = summarise(claims)
    assert (t.fatalities, t.low, t.best, t.high) == (9, 8, 9, 9)
    assert (t.deaths_a, t.deaths_b, t.deaths_civilians) == (5, 4, None)


@pytest.mark.parametrize("text, expected", [
    # a victim and his kin or companion share the verb: each is one more dead
    ("A police officer and his driver were killed in an ambush near Bannu.", [("killed", 1), ("killed", 1)]),
    ("A tribal elder and his three sons were shot dead in Kurram.", [("killed", 1), ("killed", 3)]),
    ("Gunmen shot dead a shopkeeper and his nephew in Quetta.", [("killed", 1), ("killed", 1)]),
    ("Two soldiers and their commander were martyred in the attack.", [("killed", 2), ("killed", 1)]),
    # the kin inside a victim's description are no more dead
    ("Two sons of a farmer were killed in the raid.", [("killed", 2)]),
])
def test_casualties_a_victim_and_his_kin_are_counted_together(nlp, lex, text: str, expected) -> None:
    assert [(c.quantity, c.value) for c in _claims(nlp, lex, text)] == expected


def test_casualties_martyring_before_a_figure_counts_the_dead(nlp, lex) -> None:
    claims = _claims(nlp, lex, "Militants attacked a check post in Lakki Marwat, martyring two soldiers.")
    assert _brief(claims) == [("killed", 2, "a")]


def test_casualties_a_death_a_riot_follows_is_its_grievance_not_its_toll(nlp, lex) -> None:
    text = "Following the death of a detainee in police custody, residents of the town burned the police post."
    assert [c for c in _claims(nlp, lex, text) if c.quantity == "killed"] == []


def test_bodies_counted_after_a_toll_are_the_same_dead(nlp, lex):
    """"four militants were killed in the raid ... Four bodies were found in the house": one count."""
    claims = _claims(nlp, lex, "Four militants were killed in a raid on a hideout in Kurram. "
                               "Four bodies were found in the house after the raid.")
    assert [c.toll for c in claims] == [None, "stated"]
    assert summarise(claims).fatalities == 4


def test_bodies_a_hospital_received_are_a_toll_and_wounded_keep_their_own_word(nlp, lex):
    """"killing at least five people, the spokesman said. The hospital said it had received 12 bodies
    and 30 wounded people": 12 is another report of the dead (ACLED keeps 5, UCDP's high is 12), the
    30 are wounded, not dead."""
    claims = _claims(nlp, lex, "A blast in a market killed at least five people, a spokesman said. "
                               "However, a hospital said it had received 12 bodies and 30 wounded people.")
    assert [(c.quantity, c.value, c.toll) for c in claims] == [("killed", 5, None), ("killed", 12, "stated"),
                                                                 ("injured", 30, None)]
    t = summarise(claims)
    assert (t.fatalities, t.low, t.high, t.injuries) == (5, 5, 12, 30)


@pytest.mark.parametrize("text", [
    "Six activists of two student bodies were injured in a clash.",
    "The men received injuries in many parts of their bodies.",
    "Police said their bodies recovered from the compound were sent for autopsy.",
])
def test_bodies_of_organisations_or_unnumbered_are_no_dead(nlp, lex, text):
    assert [c for c in _claims(nlp, lex, text) if c.quantity == "killed"] == []


def test_one_person_who_sustained_injuries_is_one_injured(nlp, lex):
    claims = _claims(nlp, lex, "The constable died on the spot while a vaccinator, Jamil Khan, sustained injuries.")
    assert ("injured", 1) in [(c.quantity, c.value) for c in claims]
    # people told as many are no figure of one (their vague reading stands alone)
    assert all(c.value != 1 for c in _claims(nlp, lex, "Many people sustained injuries in the stampede."))
    assert all(c.value != 1 for c in _claims(nlp, lex, "The policemen sustained injuries in the stampede."))


@pytest.mark.parametrize("text,expected", [
    # an extrajudicial killing told by its manner; the description before the verb holds "a number
    # of" and an "and" that join no other people
    ("Two traders accused of running a number of extortion rackets and robberies were summarily shot "
     "by a militia in the old town.", [("killed", 2, "civilians")]),
    ("The militia summarily executed three prisoners.", [("killed", 3, "unknown")]),
    # a figure in the subject of a bare "dead" with a name the lexicon does not know is the count
    ("Eleven reported Al-Shabaab dead after the raid on the camp.", [("killed", 11, "unknown")]),
    # the body of someone killed is that one person, told once
    ("Villagers carried the body of a herder that was killed in the clash to the police station.",
     [("killed", 1, "civilians")]),
    # "the deaths" tell no death of one
    ("Police said the deaths were caused by a gas cylinder blast.", []),
])
def test_casualties_told_by_manner_or_in_the_subject(nlp, lex, text, expected):
    assert _brief(c for c in _claims(nlp, lex, text) if c.value) == expected


@pytest.mark.parametrize("text", [
    "Villagers torched the home of two brothers accused of taking part in March’s bombing of the bazaar "
    "which killed at least 40 people and wounded 90.",
    "Villagers torched the home of two brothers accused of taking part in March's bombing of the bazaar "
    "which killed at least 40 people.",
    "Police arrested a suspect in last year's attack on the shrine that killed 12 pilgrims.",
])
def test_the_toll_of_a_past_event_in_a_relative_clause_is_background(nlp, lex, text):
    assert [c for c in _claims(nlp, lex, text) if c.quantity in ("killed", "injured") and c.value] == []


def test_a_relative_clause_on_today_s_event_keeps_its_toll(nlp, lex):
    text = "A bomb that killed 12 pilgrims exploded at the shrine on Friday."
    assert summarise(_claims(nlp, lex, text)).fatalities == 12


@pytest.mark.parametrize("text,fatalities", [
    # a total after its parts sums them up: not added to them
    ("Fourteen militants were killed near Mandera on Saturday. A total of eighteen militants were killed "
     "in the two operations.", 18),
    ("Two soldiers were killed in the ambush. A total of five people died.", 5),
    ("Two soldiers were killed in the ambush. A total of five people died, including three civilians.", 5),
    # a total of one armed side holds no figure of the other side
    ("Two soldiers were killed. A total of five militants were killed in the operation.", 7),
    # a "total" smaller than what was told before cannot be their sum
    ("Nine soldiers were killed. A total of five militants were also killed.", 14),
])
def test_a_total_after_its_parts_is_counted_once(nlp, lex, text, fatalities):
    assert summarise(_claims(nlp, lex, text)).fatalities == fatalities


@pytest.mark.parametrize("text,injuries", [
    ("Rioters set fire to shops and injured eight people, two seriously.", 8),
    ("Gunmen killed two villagers and wounded five, one critically.", 5),
    ("Gunmen killed two villagers and wounded five, three others were hurt in the stampede.", 8),
])
def test_a_figure_told_by_how_badly_is_part_of_the_one_before(nlp, lex, text, injuries):
    assert summarise(_claims(nlp, lex, text)).injuries == injuries


@pytest.mark.parametrize("text,fatalities", [
    # an ACLED note states the coder's own count: it supersedes the figures the note tells
    ("Reports said either five soldiers or one officer died, while 4 to 6 rebels were killed "
     "(coded as 5 fatalities total).", 5),
    ("Herders and farmers fought near Jos; 3 police and 30 villagers killed over two days (17 fatalities "
     "coded for 3 May and 16 coded for 4 May).", 17),
    ("A chief spoke of many casualties in the clashes (coded as 10).", 10),
])
def test_a_note_s_coded_count_is_the_toll(nlp, lex, text, fatalities):
    assert summarise(_claims(nlp, lex, text)).fatalities == fatalities


def test_a_place_coded_as_is_no_count(nlp, lex):
    text = "A man was shot dead in the old bazaar (coded as Rangpur) on Monday."
    assert summarise(_claims(nlp, lex, text)).fatalities == 1


@pytest.mark.parametrize("text,share", [
    ("Seven people were killed across both attacks.", (1, 2)),
    ("Nine soldiers were killed across all three attacks on the posts.", (2, 3)),
    ("This was one of four raids that night. Eight people were hurt across the raids.", (3, 4)),
    # no size of the set: no share
    ("At least 20 people were injured across all of the explosions.", None),
    ("Protests were held across the country; two people were killed.", None),
])
def test_a_toll_summed_over_a_set_of_incidents_is_shared(nlp, lex, text, share):
    assert [c.share for c in _claims(nlp, lex, text) if c.value] == [share]


def test_each_incident_counts_the_share_without_the_remainder(nlp, lex):
    t = summarise(_claims(nlp, lex, "Seven people were killed and five were hurt across both blasts."))
    assert (t.fatalities, t.injuries) == (3, 2)


@pytest.mark.parametrize("text,fatalities", [
    # a relative clause or an apposition between the figure and its verb
    ("Two militants, who were planting a bomb on the road at the time, were killed.", 2),
    ("Five labourers, who were repairing the road near Turbat, were shot dead.", 5),
    ("Two men, who were injured in the blast, later died in hospital.", 2),
    # the apposition's figures are parts of the figure it describes, not more dead
    ("Six people, a policeman and five attackers, were killed in the gunfight.", 6),
    ("Eight people, an officer, two soldiers, and five militants, were killed in the clash.", 8),
    # a list of victims in an "including" aside with commas of its own
    ("Three civilians, including a retired colonel, his driver, and a guard, were killed in the ambush.", 3),
    # no apposition: an age, and a figure of one before a figure of several
    ("On Monday, Karim Uddin, 45, a trader, was killed when gunmen fired on his shop.", 1),
    ("In addition to the bomber, nine people, including a minister, were killed.", 10),
    # a list, no aside: each figure counts
    ("Two soldiers, a policeman and a civilian were killed.", 4),
    ("Two soldiers and a policeman, who were on patrol, were killed.", 3),
])
def test_a_figure_and_its_verb_across_an_aside(nlp, lex, text, fatalities):
    assert summarise(_claims(nlp, lex, text)).fatalities == fatalities


def test_people_named_as_unhurt_are_no_part_of_the_dead(nlp, lex):
    claims = _claims(nlp, lex, "Both constables died on the spot, while the vaccinators, including two women, "
                               "remained unhurt.")
    assert [(c.quantity, c.value) for c in claims] == [("killed", 2)]


def test_a_denial_of_the_toll_is_a_zero_not_a_death(nlp, lex):
    claims = _claims(nlp, lex, "Officials confirmed the explosion but denied that anyone had been killed.")
    assert [(c.quantity, c.value) for c in claims] == [("killed", 0)]


def test_how_lightly_people_were_hurt_does_not_hide_the_figure(nlp, lex):
    claims = _claims(nlp, lex, "A magnetic bomb exploded and two of our mujahideen were lightly injured.")
    assert [(c.quantity, c.value) for c in claims] == [("injured", 2)]


@pytest.mark.parametrize("text,fatalities", [
    # a victim named by an office, a qualifying side word before it ("police commander") included
    ("Gunmen fired upon and killed the district police commander in Jowhar.", 1),
    ("Insurgents killed the district commissioner and a senior police officer in Beledweyne.", 2),
    ("The district chief and the deputy were killed in the attack.", 2),
    ("Gunmen killed the police officers guarding the bank.", None),  # a plural: no figure of one
    # people taken, told again as captives or with their noun, are as many dead
    ("Gunmen kidnapped two teachers near Wajir. The teachers were beheaded soon afterward.", 2),
    ("Militants abducted three traders from the market. The hostages were publicly executed months later.", 3),
    ("Militants abducted three traders. The victims were beheaded and their bodies were found on Monday.", 3),
    ("Militants abducted four teachers. The soldiers were killed in a separate attack.", None),
    ("Militants abducted 11 soldiers. One of the hostages was killed in August.", 1),
    # some of the dead told again
    ("At least 30 people were killed in the clash. Two of the deceased had been executed.", 30),
])
def test_victims_told_by_office_or_as_captives(nlp, lex, text, fatalities):
    assert summarise(_claims(nlp, lex, text)).fatalities == fatalities


def test_one_of_the_injured_who_died_is_a_death(nlp, lex):
    text = "Rioters beat two guards at the depot. One of the injured died in hospital on Tuesday."
    assert summarise(_claims(nlp, lex, text)).fatalities == 1


def test_civilians_and_militants_from_rival_sources_of_a_strike_are_the_same_dead():
    # a drone strike in a border district: the struck side's ministry says 12 civilians died, the
    # striking side's officials say 18 militants died, a district chief says 14 -> one toll, 12 to 18
    claims = [_claim(12, "civilians", "ministry", 0), _claim(18, "b", "officials", 1),
              _claim(14, "unknown", "district chief", 2, toll="stated")]
    t = summarise(claims, one_sided=True)
    assert (t.fatalities, t.low, t.best, t.high) == (12, 12, 12, 18)
    assert (t.deaths_civilians, t.deaths_b) == (12, 18)
    # in a fight (not a strike on civilians) the sides' dead are different people
    assert summarise(claims[:2]).fatalities == 30


def test_civilians_and_militants_still_add_when_one_source_tells_both_or_forces_died():
    # one source: three militants and two bystanders died -> five different people
    assert summarise([_claim(3, "b", "police", 0), _claim(2, "civilians", "police", 1)], one_sided=True).fatalities == 5
    # soldiers died too: each side's dead are told by whom they concern
    t = summarise([_claim(2, "a", "army", 0), _claim(4, "b", "army", 0), _claim(3, "civilians", "residents", 1)],
                  one_sided=True)
    assert t.fatalities == 9


@pytest.mark.parametrize("text", [
    "The victims, a retired teacher and his nephew, were found dead in a ditch.",
    "The two guards, both from Mardan, were found dead near the gate.",
])
def test_a_plural_verb_after_an_apposition_is_no_one_person(nlp, lex, text):
    assert ("killed", 1) not in [(c.quantity, c.value) for c in _claims(nlp, lex, text)]


@pytest.mark.parametrize("text", [
    "A doctor at the district hospital said 12 bodies had been brought in.",
    "Hospital officials said 12 bodies were received from the site.",
])
def test_bodies_taken_in_at_a_hospital_after_the_figure_are_a_toll(nlp, lex, text):
    assert [(c.quantity, c.value, c.toll) for c in _claims(nlp, lex, text)] == [("killed", 12, "stated")]


@pytest.mark.parametrize("text,killed,injured", [
    # issue 4: a person named with no figure, joined by "and" to a companion, is one of the dead
    ("Farah and his driver were shot dead near the checkpoint.", 2, None),
    ("The commander, Yusuf Adan, and his guard were killed in the ambush.", 2, None),
    # past the apposition that describes the first victim
    ("Gunmen shot and killed Omar Dheere, a village elder, and his son near the well.", 2, None),
    # "along with" after the clause of the victim's own verb, and before a clause of other people's
    ("Farah, a trader, was killed in the blast, along with his nephew.", 2, None),
    ("Farah was killed along with his driver, and four bystanders were wounded.", 2, 4),
    # a name after "of" is the person the noun belongs to, no one more
    ("The driver of Farah and three guards were wounded in the attack.", None, 4),
])
def test_casualties_named_victim_and_companions(nlp, lex, text, killed, injured):
    totals = summarise(_claims(nlp, lex, text))
    assert (totals.fatalities, totals.injuries) == (killed, injured)


# issue 4: the dead and the hurt told as one figure count neither apart (ACLED's conservative rule): the
# dead are told with no figure ("an unknown number", 10, no more than the figure), the hurt not at all
@pytest.mark.parametrize("text,expected", [
    ("A suicide bomber rammed a security convoy near Jandola, killing and wounding more than 60 people.",
     [("killed", 10, "civilians", True)]),
    ("Over 35 passengers were killed or injured when the bus was fired upon.", [("killed", 10, "civilians", True)]),
    ("The blast at the Sabzi Mandi left 25 people dead or wounded, the police said.", [("killed", 10, "unknown", True)]),
    ("The bomb killed and injured four worshippers.", [("killed", 4, "civilians", True)]),
    # a figure for each is read as usual
    ("The blast killed three people and wounded 14 others.",
     [("killed", 3, "civilians", False), ("injured", 14, "unknown", False)]),
    ("The attack left four labourers dead and nine injured.",
     [("killed", 4, "civilians", False), ("injured", 9, "unknown", False)]),
])
def test_a_figure_of_dead_and_hurt_together_counts_neither(nlp, lex, text, expected):
    assert [(c.quantity, c.value, c.side, c.unnumbered) for c in _claims(nlp, lex, text)] == expected


def test_deaths_told_with_the_hurt_count_only_without_another_figure(nlp, lex):
    text = "Two soldiers were martyred in Tank. Later a blast killed and wounded over 30 people in the bazaar."
    totals = summarise(_claims(nlp, lex, text))
    assert (totals.fatalities, totals.injuries) == (2, None)


# issue 4: the people a figure counts, named between commas before the verb, are no figure's end
@pytest.mark.parametrize("text,expected", [
    ("Two soldiers, Sepoy Irfan Gul and Lance Naik Saeed Anwar, were martyred in the exchange of fire.",
     [("killed", 2, "a")]),
    ("Three FC men, Havaldar Nasir, Naik Shoaib and Sepoy Raza Ali, embraced shahadat.", [("killed", 3, "a")]),
    ("Two brothers, Gulzar and Mumtaz, were shot dead in Swabi.", [("killed", 2, "unknown")]),
])
def test_names_between_commas_keep_the_figure_s_verb(nlp, lex, text, expected):
    assert _brief(_claims(nlp, lex, text)) == expected


def test_casualties_no_injuries_or_casualties_is_zero(nlp, lex):
    # issue 4: not "casualties were reported" (an unknown number)
    totals = summarise(_claims(nlp, lex, "Gunmen fired on a patrol. No injuries or casualties were reported."))
    assert (totals.fatalities, totals.injuries) == (0, 0)


def test_casualty_lexicon_martyrdom_phrases_are_two_words_each(tmp_path):
    from sitrep.errors import DataFileError
    from sitrep.extract.casualty_lexicon import LEXICON_PATH

    assert ("embraced", "shahadat") in CasualtyLexicon.load().martyrdom
    text = LEXICON_PATH.read_text(encoding="utf-8").replace('"embraced martyrdom"', '"embraced glorious martyrdom"')
    path = tmp_path / "casualties.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="two words"):
        CasualtyLexicon.load(path)


def test_casualty_lexicon_word_lists_are_required(tmp_path):
    from sitrep.errors import DataFileError
    from sitrep.extract.casualty_lexicon import LEXICON_PATH

    text = LEXICON_PATH.read_text(encoding="utf-8").replace("\nunhurt:", "\nunhurt_words:")
    path = tmp_path / "casualties.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="unhurt"):
        CasualtyLexicon.load(path)


@pytest.mark.parametrize(("before", "kin"), [
    ("Hundreds of mourners marched. The widows of the", True),
    ("Relatives of ", True),
    ("The villagers of the", False),
])
def test_casualty_lexicon_kin_before_a_toll(lex, before, kin):
    assert (lex.grievance_kin.search(before) is not None) is kin
