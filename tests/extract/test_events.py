from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from sitrep.extract.events import EventCandidate, detect_events
from sitrep.extract.taxonomy import Taxonomy


@pytest.fixture(scope="module")
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def detect(nlp: Language, taxonomy: Taxonomy, text: str) -> list[EventCandidate]:
    return detect_events(nlp(text), taxonomy=taxonomy)


# Hand-written sentences, one or more per sub-event type.
CASES = [
    ("Soldiers and militants exchanged fire for three hours near the village.", "Armed clash"),
    ("Two rival party factions clashed with guns in the market, leaving four injured.", "Armed clash"),
    ("Gunmen attacked a police checkpoint on the highway overnight.", "Armed clash"),
    ("The army recaptured the town from the rebels after a week-long siege.", "Government regains territory"),
    ("Insurgents seized the district headquarters and took control of the area.",
     "Non-state actor overtakes territory"),
    ("Militants recaptured the village two days after troops had taken it.", "Non-state actor overtakes territory"),
    ("Residents reported symptoms after a chlorine gas attack on the suburb.", "Chemical weapon"),
    ("A drone strike hit a compound used by the militants, killing three.", "Air/drone strike"),
    ("A suicide bomber blew himself up at the gate of the compound.", "Suicide bomb"),
    ("Artillery shelling struck the border villages on Sunday.", "Shelling/artillery/missile attack"),
    ("A roadside bomb struck a military vehicle, wounding two soldiers.", "Remote explosive/landmine/IED"),
    ("Attackers hurled a grenade at the police station.", "Grenade"),
    ("Armed men raped a woman in the camp, residents said.", "Sexual violence"),
    ("Unidentified gunmen shot dead a shopkeeper in the bazaar.", "Attack"),
    ("Militants gunned down a priest outside his church.", "Attack"),
    ("Three soldiers killed when militants attacked their patrol.", "Armed clash"),
    ("Armed men abducted two engineers from the construction site.", "Abduction/forced disappearance"),
    ("Hundreds of traders staged a protest against the new tax outside the press club.", "Peaceful protest"),
    # people blocking a road, a work stoppage: demonstrations in ACLED's terms
    ("Angry villagers blocked the highway for four hours over repeated power cuts.", "Peaceful protest"),
    ("Jute mill workers stopped work on Monday over three months of unpaid wages.", "Peaceful protest"),
    ("Police fired tear gas to disperse the protesters in the square.", "Protest with intervention"),
    ("Security forces opened fire on protesters, killing five of them.", "Excessive force against protesters"),
    ("Protesters threw stones at police and set fire to a bus during the demonstration.", "Violent demonstration"),
    ("An angry mob lynched a man accused of blasphemy.", "Mob violence"),
    ("The two armed groups signed a ceasefire agreement in the capital.", "Agreement"),
    ("Police arrested ten opposition activists at their party office.", "Arrests"),
    ("The militant group announced that it had merged with a rival faction.", "Change to group/activity"),
    ("The army set up a new base in the valley, locals said.", "Headquarters or base established"),
    ("Armed men looted shops and ransacked houses in the village.", "Looting/property destruction"),
    ("Government troops withdrew from the town and rebel forces moved in without a fight.",
     "Non-violent transfer of territory"),
    ("The bomb disposal squad defused an explosive device planted near the bridge.", "Disrupted weapons use"),
    ("Soldiers staged a coup and detained the president.", "Other"),
    # South Asian reporting idiom
    ("Two soldiers were martyred when terrorists stormed a check post in the tribal district.", "Armed clash"),
    ("Security forces killed four khwarij in an intelligence-based operation near the border.", "Armed clash"),
    ("Troops resorted to unprovoked firing across the Line of Control overnight.", "Armed clash"),
    ("Hartal supporters clashed with police and torched two buses in the town.", "Violent demonstration"),
    # a refusal or negation inside a relative clause tells about the people, not the event
    ("Activists who opposed the dam were arrested by police in Gwadar on Monday.", "Arrests"),
    ("Activists who did not disperse were arrested by police in Gwadar.", "Arrests"),
    # a group's ranks make an arrest political; a gunfight can be "locked in"
    ("Counter-terrorism police arrested the regional chief of an outlawed group in Turbat.", "Arrests"),
    ("Two rival gangs of the ruling party were locked in a gunfight over a bus stand.", "Armed clash"),
    # an arrest over a demonstration's violence is an arrest, the protest its reason
    ("Police arrested 300 people in connection with the arson during last week's protests.", "Arrests"),
]


@pytest.mark.parametrize(("text", "sub_event"), CASES)
def test_events_sub_event_types(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    found = detect(nlp, taxonomy, text)
    assert found, text
    assert found[0].sub_event_type == sub_event
    assert found[0].event_type == taxonomy.sub_event(sub_event).event_type


@pytest.mark.parametrize("text", [
    "Insurgencies were witnessed in 1948, 1958-59, 1962-63 and 1973-77.",
    "Cases of enforced disappearances are on the rise in the province.",
    "The minister ruled out talks with the rebel group responsible for killing civilians.",
    "The group threatened to attack government offices next week.",
    "Opposition parties plan to protest against the budget on Friday.",
    "Officials said no attack took place in the district on Monday.",
    "Heavy floods killed 40 people and washed away hundreds of homes.",
    "A man was killed when his car hit a tree on the motorway.",
    "The foreign ministers met in Geneva to discuss trade.",
    "The government blamed the neighbouring country for the bombing.",
    "Two diplomats were expelled after a row over the missile programme.",
    "Customs officers intercepted a lorry carrying smuggled cigarettes.",
    # an agreement between governments on trade or projects is no ACLED agreement
    "Kenya and Uganda agreed to build a new railway line to the lake port.",
    "The two countries signed a deal on fishing rights in the gulf.",
    # a protest one government lodges with another is a diplomatic note
    "Pakistan lodged a strong protest with India over the remarks of its army chief.",
    "The foreign office conveyed its protest to the Afghan envoy on Tuesday.",
    # a protest announced is a plan
    "The committee's leader condemned the arrests and announced protests across the province on Saturday.",
    "Traders gave a call for a strike in the city on Monday.",
    # a truce in force is the time of what is told, not a truce agreed
    "The spokesman said its fighters do not attack policemen during the truce announced for Eid.",
    "Markets in the town reopened during the ceasefire, residents said.",
    # a measure rejected or refused is not taken
    "The provincial government rejected a demand for troops to be deployed in the district.",
    "The chief minister refused to impose a curfew in the old city despite the tension.",
])
def test_events_non_events(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


@pytest.mark.parametrize("text", [
    "Students formed a human chain demanding justice for a classmate killed in a bomb attack last year.",
    "Hundreds of women staged a protest against the rising incidents of rape in the district.",
])
def test_events_violence_as_protest_topic(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == ["Peaceful protest"]


@pytest.mark.parametrize(("text", "sub_event"), [
    ("Two groups of villagers clashed over a grazing dispute, leaving twelve injured.", "Mob violence"),
    ("Unidentified people vandalised a party office in the town overnight.", "Looting/property destruction"),
    ("Police fired tear gas after protesters clashed with them near the assembly.", "Violent demonstration"),
    ("Security forces and Peshmerga agreed a ceasefire after a week of fighting.", "Agreement"),
    # between armed actors an agreement is one without naming a ceasefire
    ("The army and the rebels agreed to exchange the bodies of their dead fighters.", "Agreement"),
    ("Police defused a bomb planted under a bridge.", "Disrupted weapons use"),
    # armed men stopping traffic to kill travellers do not demonstrate
    ("Gunmen blocked the highway near Kalat, offloaded four passengers from a coach and shot them dead.", "Attack"),
    # spent cartridges of a pistol are no shelling; the shooting is told outright
    ("Two men on a motorcycle shot dead a shopkeeper in Lyari. Empty shells of a pistol were found at the scene.",
     "Attack"),
    # but a weak word still refines a strong remote-violence cue of its own kind
    ("Government helicopters dropped barrel bombs filled with chlorine gas on the village.", "Chemical weapon"),
])
def test_events_combination_rules(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert detect(nlp, taxonomy, text)[0].sub_event_type == sub_event


def test_events_explosive_outranks_clash(nlp: Language, taxonomy: Taxonomy) -> None:
    found = detect(nlp, taxonomy, "Militants clashed with troops after a suicide bomber struck the convoy.")
    assert [c.sub_event_type for c in found] == ["Suicide bomb"]


def test_events_one_incident_over_several_sentences(nlp: Language, taxonomy: Taxonomy) -> None:
    text = ("Militants attacked a security post overnight. The gunfight lasted two hours. "
            "Three soldiers were killed in the clash.")
    found = detect(nlp, taxonomy, text)
    assert len(found) == 1
    assert len(found[0].sentence_spans) == 3


def test_events_separate_incidents(nlp: Language, taxonomy: Taxonomy) -> None:
    text = ("Militants attacked a security post overnight, killing two soldiers. "
            "Speakers said more talks were needed. "
            "Separately, hundreds of students staged a peaceful protest against fee increases.")
    found = detect(nlp, taxonomy, text)
    assert {c.event_type for c in found} == {"Battles", "Protests"}


def test_events_trigger_and_civilian_targeting(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Unidentified gunmen shot dead a shopkeeper in the bazaar."
    (found,) = detect(nlp, taxonomy, text)
    assert text[found.trigger[0]:found.trigger[1]] == "shot dead"
    assert found.civilian_targeting is True
    assert 0.0 < found.confidence <= 1.0


@pytest.mark.parametrize(("text", "sub_event"), [
    # the label overrules the cues: vandalising an office is property destruction, not a riot
    ("Property destruction: On 4 May, party activists vandalised the office of a rival party in Sylhet.",
     "Looting/property destruction"),
    ("Weapons seizure: On 9 May, police raided a hideout in Quetta and recovered two rifles and grenades.",
     "Disrupted weapons use"),
    ("Defusal: On 2 June, a bomb disposal squad defused an improvised explosive device on the Bannu road.",
     "Disrupted weapons use"),
    ("Arrests: On 7 July, police detained twelve activists after a clash in Rajshahi.", "Arrests"),
    # no cue at all: the label's sentence is the event
    ("Displacement: On 3 March, about 40 families left their village in Tank district.", "Other"),
])
def test_events_note_label_decides_the_type(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    """ACLED's coders open some notes with the sub-event's label; it decides the note's first event."""
    found = detect(nlp, taxonomy, text)
    assert found[0].sub_event_type == sub_event
    assert found[0].event_type == "Strategic developments"
    assert text[found[0].trigger[0]:found[0].trigger[1]] == text.split(":")[0]


@pytest.mark.parametrize("text", [
    "Peshawar: Two policemen were shot dead by gunmen on Ring Road on Monday.",  # a dateline, no label
    "Update: Two policemen were shot dead by gunmen on Ring Road on Monday.",
    "Police said: arrests followed the clash in the village.",  # a colon later in the text
])
def test_events_other_openings_are_no_label(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    found = detect(nlp, taxonomy, text)
    assert found and all(c.trigger[0] > 0 for c in found)  # no event is typed by the opening words


@pytest.mark.parametrize(("text", "sub_event"), [
    ("PTI workers held a protest outside the press club in Quetta. Police used tear gas to disperse them.",
     "Protest with intervention"),
    ("Traders rallied in Peshawar against new taxes. The police baton-charged the crowd.", "Protest with intervention"),
    # two sentences later the weak cue tells nothing about the protest
    ("Traders rallied in Peshawar against new taxes. Shops stayed shut until noon. Police later used tear "
     "gas at the stadium.", "Peaceful protest"),
])
def test_events_next_sentence_intervenes_in_a_protest(nlp: Language, taxonomy: Taxonomy, text: str,
                                                       sub_event: str) -> None:
    """A weak intervention cue right after a protest acts in the protest's setting."""
    assert detect(nlp, taxonomy, text)[0].sub_event_type == sub_event


def test_events_an_air_force_s_strikes_are_air_strikes(nlp: Language, taxonomy: Taxonomy) -> None:
    """"Air Force strikes" is told as strikes from the air even where the dead are militants (a clash cue)."""
    text = "At least 20 militants were killed in Pakistan Air Force strikes on hideouts in the Tirah valley."
    assert detect(nlp, taxonomy, text)[0].sub_event_type == "Air/drone strike"


def test_events_empty_text(nlp: Language, taxonomy: Taxonomy) -> None:
    assert detect(nlp, taxonomy, "") == []


REF = Path(__file__).resolve().parents[3] / "shared" / "examples" / "balochistan-2026-02-04.txt"


@pytest.mark.model
@pytest.mark.skipif(not REF.exists(), reason="the shared reference article is not beside the repo")
def test_events_reference_article() -> None:
    from sitrep.extract.actors import ActorDictionary
    from sitrep.extract.responsibility import find_responsibility
    from sitrep.nlp.build import load_nlp

    actors = ActorDictionary.load()
    text = REF.read_text(encoding="utf-8")
    doc = load_nlp(patterns=actors.ruler_patterns())(text)
    found = detect_events(doc, taxonomy=Taxonomy.load())
    assert (found[0].event_type, found[0].sub_event_type) == ("Battles", "Armed clash")
    kinds = {(c.event_type, c.sub_event_type) for c in found}
    assert kinds <= {("Battles", "Armed clash"), ("Protests", "Peaceful protest")}
    (battle,) = [c for c in found if c.event_type == "Battles"]  # operations and attacks: one incident
    battle_text = " ".join(text[s:e] for s, e in battle.sentence_spans)
    assert all(figure in battle_text for figure in ("197", "22 security personnel", "177 insurgents"))
    protest = next(c for c in found if c.event_type == "Protests")
    assert any("Chaman" in text[s:e] for s, e in protest.sentence_spans)
    covered = " ".join(text[s:e] for c in found for s, e in c.sentence_spans)
    for background in ("1958", "enforced disappearances", "4 billion", "CPEC", "ruled out talks"):
        assert background not in covered
    claims = find_responsibility(doc, actors=actors)
    assert {c.group for c in claims} == {"BLA: Baloch Liberation Army"}
    assert not any(c.denied for c in claims)


@pytest.mark.parametrize("text", [
    "The tribe rose in revolt in 1958 and again between 1973 and 1977, when the army fought the rebels.",
    "Since then separatist fighters have attacked pipelines and railway tracks across the province.",
    "The district has seen repeated attacks on convoys over the past two years.",
    "Police said the suspects were planning attacks on government offices.",
    "Residents have complained of a rise in drone attacks on homes in the district this year.",
])
def test_history_trends_and_plans_are_not_events(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    from datetime import date

    assert detect_events(nlp(text), taxonomy=taxonomy, published=date(2026, 3, 1)) == []


def test_old_years_without_publication_date_are_measured_from_the_latest_year(nlp: Language,
                                                                               taxonomy: Taxonomy) -> None:
    text = ("On 4 May 2019, militants attacked a checkpoint in Kech. The area saw fighting in 1973 as well.")
    found = detect_events(nlp(text), taxonomy=taxonomy)
    assert len(found) == 1 and found[0].sentence_spans == ((0, text.index(" The area")),)


def test_a_count_is_not_a_year(nlp: Language, taxonomy: Taxonomy) -> None:
    from datetime import date

    text = "Some 1500 protesters marched through the city against the killing of a student."
    assert detect_events(nlp(text), taxonomy=taxonomy, published=date(2026, 3, 1))


def test_weapons_held_are_not_an_attack_with_them(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Militants armed with rifles and hand grenades stormed a police station, sparking a gunfight."
    found = detect(nlp, taxonomy, text)
    assert found and found[0].sub_event_type == "Armed clash"


def test_a_casualty_sentence_after_an_incident_continues_it(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "A roadside bomb struck a minibus near the market. Four people were killed in the attack."
    (found,) = detect(nlp, taxonomy, text)
    assert len(found.sentence_spans) == 2


def test_a_weak_cue_of_another_family_does_not_continue_a_protest(nlp: Language, taxonomy: Taxonomy) -> None:
    text = ("Traders staged a protest at the border crossing against new rules. "
            "The minister described the operation as a success.")
    found = detect(nlp, taxonomy, text)
    assert [len(c.sentence_spans) for c in found] == [1]


def test_killing_of_a_person_without_weapon_words_is_an_attack(nlp: Language, taxonomy: Taxonomy) -> None:
    found = detect(nlp, taxonomy, "A man killed his neighbour's son over a land dispute in the village.")
    assert found and found[0].sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "Two children were killed when the roof of their house collapsed after heavy rain.",
    "A woman was killed in a road accident on the highway.",
])
def test_accidents_are_not_events(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


def test_separately_opens_a_new_incident(nlp: Language, taxonomy: Taxonomy) -> None:
    text = ("A roadside bomb hit a police van on the main road. "
            "Separately, another roadside bomb wounded two soldiers near the border.")
    assert len(detect(nlp, taxonomy, text)) == 2


# Issue 4: typing follows ACLED's definitions (crowds, thrown devices, two-sided fights, passive victims).
@pytest.mark.parametrize(("text", "sub_event"), [
    # A crowd, not an organised group, beats someone: mob violence.
    ("A suspected cattle thief was beaten to death by angry locals in the market.", "Mob violence"),
    ("An angry crowd hacked a man to death after a road accident near the bridge.", "Mob violence"),
    # The same act by an organised armed group stays an attack.
    ("A shopkeeper was beaten to death by militants in the market.", "Attack"),
    # A bomb thrown by hand is a grenade; a planted one is not.
    ("Unknown men hurled bombs at the house of a union council member.", "Grenade"),
    ("Two bombs were thrown at a rally stage, injuring four.", "Grenade"),
    # Crude bombs and fire bombs set off in person are street violence (ACLED Riots), not remote violence.
    ("Unknown men hurled crude bombs at the house of a union council member.", "Mob violence"),
    ("Party workers exploded cocktail bombs outside the office of their rivals in Peshawar.", "Mob violence"),
    ("Marchers hurled petrol bombs at a bus during the strike called by the opposition.", "Violent demonstration"),
    ("A crude bomb planted under a culvert exploded in Kolkata, injuring two children.",
     "Remote explosive/landmine/IED"),
    ("Police seized twenty crude bombs and two pistols from a house in Howrah.", "Disrupted weapons use"),
    ("A bomb planted under a bench exploded near the bus stand, injuring four.", "Remote explosive/landmine/IED"),
    # Bombs both sides use while fighting each other are part of the clash.
    ("Two party factions attacked each other with machetes and bombs, injuring twelve.", "Armed clash"),
    ("Rival groups clashed and exploded several crude bombs in the bazaar.", "Armed clash"),
    # An unarmed brawl stays mob violence even when someone dies in it.
    ("One man was killed when two groups of villagers clashed over a pond.", "Mob violence"),
    ("One man was hacked to death when two groups of villagers clashed over a pond.", "Armed clash"),
    # A passive cue's "by" phrase names the attacker, not the victim.
    ("A ward councillor was shot dead by unidentified militants outside his office.", "Attack"),
    # "opened fire" is active even right after its subject.
    ("Rebel forces opened fire on a crowded market, killing three traders.", "Attack"),
    # A device that went off and hurt people is an explosion even if fragments were recovered later.
    ("Five people were wounded when a grenade exploded in a bus terminal; police recovered fragments of it.",
     "Grenade"),
    # A riot with a mob and no demonstrative aim is mob violence.
    ("A riot broke out after a mob lynched two men accused of theft.", "Mob violence"),
    ("Police and gunmen were locked in a shoot-out for an hour near the toll plaza.", "Armed clash"),
    ("Demonstrators pulled down the barricades outside the parliament during the rally.", "Violent demonstration"),
    # "militants killed" is a clash only when the militants are the dead, not when they kill.
    ("Unidentified militants killed a shopkeeper near the bus stand.", "Attack"),
    ("Members of a banned party killed a rival faction leader in the village.", "Armed clash"),
    # A victim joined by "and" to a passive participle is still the target.
    ("A farmer was shot and injured when border guards opened fire near the fence.", "Attack"),
    # Violence a protest is about stays its topic; riot words in a clause about others are topic too.
    ("Traders staged a protest demanding the arrest of the men who vandalised their shops.", "Peaceful protest"),
    ("Students held a rally following a clash between two hostel groups.", "Peaceful protest"),
    ("Families of victims of enforced disappearance staged a sit-in outside the press club.", "Peaceful protest"),
    # ... but protesters' own vandalism after the topic marker is still a violent demonstration.
    ("Workers protested against unpaid wages and then vandalised the factory gate.", "Violent demonstration"),
    # Missing attack verbs: assassinations, present-tense headlines, burning people.
    ("Gunmen assassinate a district judge outside the court.", "Attack"),
    ("Soldiers open fire on a fishing village, injure four farmers.", "Attack"),
    ("Two men caught stealing a goat were doused in petrol and set alight by a gang.", "Attack"),
    # A crowd destroying property without a demonstration is mob violence, not an armed group's looting.
    ("Angry students set fire to the hostel office after a dispute over the exam results.", "Mob violence"),
    ("Unidentified men set fire to the hostel office after a dispute over the exam results.",
     "Looting/property destruction"),
    # Fire bombs demonstrators throw belong to the violent demonstration; police smoke grenades to an intervention.
    ("Protesters threw Molotov cocktails at police lines during the demonstration.", "Violent demonstration"),
    ("Police used smoke grenades to disperse the rally outside the ministry.", "Protest with intervention"),
    # An operation with no fighting reported is what it achieved: seizures or arrests.
    ("A police operation in the slum ended with two rifles and ammunition seized.", "Disrupted weapons use"),
    ("Security forces arrested six suspected militants in an intelligence-based operation.", "Arrests"),
    ("Security forces killed six suspected militants in an intelligence-based operation.", "Armed clash"),
    # Deployments in anticipation of protests are not protests.
    ("Troops were deployed to the border town in anticipation of protests.", "Change to group/activity"),
    # Poison gas delivered by shells or aircraft is a chemical weapon.
    ("Insurgents fired mortar rounds containing poisonous gases at the outpost.", "Chemical weapon"),
    ("An air raid with poison gas hit the town, killing dozens.", "Chemical weapon"),
    ("Government troops pushed the militants out of three villages near the river.", "Government regains territory"),
    # Force against peaceful protesters: lethal by the state is excessive, otherwise an intervention
    # (ACLED: also when armed groups or rioters attack a peaceful protest without serious harm).
    ("Ruling party activists attacked a peaceful rally of teachers, leaving six injured.", "Protest with intervention"),
    ("Police charged batons on a procession of students, injuring twelve.", "Protest with intervention"),
    ("Police opened fire on a procession of students, killing two.", "Excessive force against protesters"),
    # Violence named as the reason for arrests or a curfew is an earlier event, not this one.
    ("Police arrested thirty party activists following a clash that left ten people injured.", "Arrests"),
    ("Police detained twelve opposition activists on charges of attacking a police station.", "Arrests"),
    ("Authorities imposed a curfew in the town in the wake of clashes between two communities.",
     "Change to group/activity"),
    # Changes in armed groups with no fighting reported are not battles.
    ("A rebel commander defected to the army with forty fighters ahead of a planned operation.",
     "Change to group/activity"),
    ("The rebels continued to fortify their positions along the river.", "Change to group/activity"),
    ("Two new border battalions have been formed in the northern command.", "Change to group/activity"),
    ("Soldiers at the checkpoint abused women fleeing the fighting, a rights group said.", "Sexual violence"),
    # ACLED: blocking roads with barricades or burning tyres, stoning or wrecking vehicles in a protest is violent.
    ("Residents protesting power cuts blocked the Bannu road with burning tyres for six hours.", "Violent demonstration"),
    ("Shopkeepers protesting a new tax barricaded the main bazaar with logs and stones.", "Violent demonstration"),
    ("Students protesting the fee rise stoned passing cars near the campus.", "Violent demonstration"),
    ("Angry transporters went on the rampage in protest at a toll increase, smashing toll booths.",
     "Violent demonstration"),
    ("Bus drivers protesting fuel prices blocked the highway for two hours.", "Peaceful protest"),
    # Looting or wrecking by a crowd or a body of people is a riot (mob violence), by an armed group property destruction.
    ("Angry villagers looted the grain store after the relief convoy was delayed.", "Mob violence"),
    ("Residents ransacked the councillor's office after the water supply was cut.", "Mob violence"),
    ("Armed men ransacked the councillor's office after the water supply was cut.", "Looting/property destruction"),
    # hyphenated spellings of retaking ground
    ("Troops re-captured two villages from the militants near the river on Sunday.", "Government regains territory"),
    ("Government forces re-took the market town from the rebels.", "Government regains territory"),
    # militiamen and vigilantes are armed: their fights are clashes, not mob violence
    ("Militiamen from two villages fought over a mining site for two days.", "Armed clash"),
    ("Vigilantes and cattle raiders clashed near the river, leaving three dead.", "Armed clash"),
    # a named armed group is the armed actor a weak attack cue needs
    ("Boko Haram raided a farming settlement, killing two and injuring three.", "Attack"),
    # strikes that gather workers are protests
    ("The teachers union launched a strike across the province.", "Peaceful protest"),
    ("Dock workers staged a strike at the port over new shift rules.", "Peaceful protest"),
    ("A man accused of stealing cattle was burnt to death by villagers near the canal.", "Attack"),
    ("Two women were stoned to death by men of a rival clan.", "Attack"),
])
def test_events_issue4_acled_definitions(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert detect(nlp, taxonomy, text)[0].sub_event_type == sub_event


def test_events_refusal_does_not_hide_an_arrest_before_it(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Police arrested four opposition activists who had rejected the election results."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == ["Arrests"]
# Issue 4 (South Asia): what a sentence says about arms reaches the clash it follows; active and
# passive verbs read right; a camp of displaced people is no armed target.
@pytest.mark.parametrize(("text", "sub_event"), [
    # The arms are told in the next sentence, which reports no event of its own.
    ("Two factions of the ruling party clashed in the town square over a tender. Both sides carried "
     "guns and machetes.", "Armed clash"),
    ("Two factions of the ruling party clashed in the town square over a tender. Both sides went home "
     "before the police arrived.", "Mob violence"),
    # A later sentence two steps away tells nothing about this clash.
    ("Two groups of villagers clashed over a fishing pond in Mardan. The district council met on Monday. "
     "The council discussed weapons licences.", "Mob violence"),
    # "attacked and killed an activist": both verbs are active, the activist is the target.
    ("Unidentified militants attacked and killed a party activist in the bazaar.", "Attack"),
    # "was critically injured in an attack by militants": the teacher, not the militants, is the target.
    ("A school teacher was critically injured in an attack by unidentified militants in Quetta.", "Attack"),
    # Deaths in custody and maiming are violence against an unarmed person.
    ("A shopkeeper held for questioning died in police custody in Sukkur on Friday.", "Attack"),
    ("Unknown men cut the tendons of a student leader outside the college gate in Multan.", "Attack"),
    # Prohibitory orders and arrests after clashes: the clash is the reason, an earlier event.
    ("The district administration imposed Section 144 in the town following clashes between two student groups.",
     "Change to group/activity"),
    ("Police arrested twenty party workers over a clash with a rival faction in Mardan.", "Arrests"),
    # An attack on property that hurt no one is property destruction; with people hurt it is an attack.
    ("Unidentified men attacked and vandalised the election office of a candidate in Swat.",
     "Looting/property destruction"),
    ("Unidentified men attacked and vandalised the election office of a candidate in Swat, injuring two workers.",
     "Attack"),
    # A bomb that goes off while its makers build it is disrupted weapons use (ACLED), even when it kills them.
    ("Two men were killed when the bomb they were making exploded accidentally in a house in Quetta.",
     "Disrupted weapons use"),
    ("Three workers of a banned group were injured in an explosion while making bombs in a village near Khulna.",
     "Disrupted weapons use"),
    # Bombs thrown while firing at the police are part of the fight; thrown alone they stay a grenade attack.
    ("Militants opened fire and hurled grenades at a police patrol in Kupwara, injuring three policemen.",
     "Armed clash"),
    ("Militants hurled a grenade at a police patrol in Kupwara, injuring three policemen.", "Grenade"),
    # Road blocks with barricades and burning tyres make a demonstration violent (ACLED).
    ("Laid-off mill workers put up barricades on the highway near Faisalabad to protest unpaid wages.",
     "Violent demonstration"),
    # A demonstration people were coming from or reporting on is the setting, not the event.
    ("Two party workers were stabbed and injured by rivals while returning from a rally in Mardan.", "Attack"),
    ("Police beat up a reporter who was covering the strike in Karachi.", "Attack"),
    # Armed men killing people at a peaceful rally attack civilians; the state doing so uses excessive force.
    ("Gunmen opened fire on a peaceful rally of farmers in Sindh, killing two.", "Attack"),
    ("Police opened fire on a peaceful rally of farmers in Sindh, killing two.", "Excessive force against protesters"),
    # A refugee camp holds civilians, not fighters.
    ("Gunmen shot and killed a community leader at a refugee camp near the border.", "Attack"),
    ("Gunmen attacked an army camp near the border, killing two soldiers.", "Armed clash"),
    ("Masked men stabbed and killed a community elder at a shelter camp near Teknaf.", "Attack"),
    # Villagers or students beating someone are a mob (ACLED: rioters), unless they shoot.
    ("Villagers beat to death a man suspected of stealing goats near Dhule.", "Mob violence"),
    ("Students beat up a clerk of the examination board in the college yard.", "Mob violence"),
    ("Villagers shot dead a man suspected of stealing goats near Dhule.", "Attack"),
    # Marchers are protesters: dispersing them is an intervention.
    ("Police used water cannons to disperse farmers marching to the capital.", "Protest with intervention"),
    ("Hundreds of traders marched through the bazaar and dispersed peacefully after speeches.", "Peaceful protest"),
    ("Police fired tear gas at the marchers, who dispersed after an hour.", "Protest with intervention"),
    # a beating over a land dispute is a communal militia's attack (ACLED), not a mob's
    ("A group of villagers beat a man to death over a land dispute near the canal.", "Attack"),
    # Armed gangs of the countryside are armed actors: their attack on a police post is a clash.
    ("Dacoits attacked a police post in the riverine area of Kashmore, killing two policemen.", "Armed clash"),
    # The people arrested, named as killers, tell no killing.
    ("Rangers arrested four target killers of a banned outfit in Karachi.", "Arrests"),
    # An armed group's helpers ("over ground workers") are its members for an arrest.
    ("Police arrested four over ground workers of the Jaish-e-Mohammed in Anantnag.", "Arrests"),
    # A country's posts along a border are its troops' positions: firing at them is a clash.
    ("Indian troops fired at Pakistani posts along the Line of Control near Kotli.", "Armed clash"),
])
def test_events_issue4_south_asia_context(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert detect(nlp, taxonomy, text)[0].sub_event_type == sub_event


@pytest.mark.parametrize("text", [
    "The bullet-riddled body of a missing shopkeeper was found in Turbat on Monday.",
    "A schoolteacher was found dead with his throat slit in Panjgur.",
    "Police recovered the body of a youth with torture marks from a field in Kech district.",
])
def test_events_a_body_found_with_the_marks_of_a_killing_is_an_attack(nlp: Language, taxonomy: Taxonomy,
                                                                       text: str) -> None:
    # ACLED codes the killing a body shows, by an unidentified group, not a seizure or nothing
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Attack"]


@pytest.mark.parametrize(("text", "sub_event"), [
    # demonstrations told without the usual words: a strike of set length or over pay, placards, a march
    # held or staged, a grievance carried to an office, traffic blocked
    ("Sugar mill workers in Mardan strike over three months of unpaid wages.", "Peaceful protest"),
    ("Nurses at the district hospital in Kisumu began a five-day strike on Monday.", "Peaceful protest"),
    ("Unpaid health workers took their grievances to the provincial secretariat in Peshawar.", "Peaceful protest"),
    ("Farmers waving placards gathered outside the deputy commissioner's office in Sukkur.", "Peaceful protest"),
    ("Residents of the town organised a night march to demand clean drinking water.", "Peaceful protest"),
    ("Shopkeepers blocked traffic on the main bazaar road for two hours over the new levy.", "Peaceful protest"),
    ("Opposition activists in the courtroom chanted \"free our leaders\" as the hearing was put off.",
     "Peaceful protest"),
    # a passive "denied" is something done to people, not a statement that hides the event
    ("Villagers rioted and set fire to a lorry after they were denied compensation for their land.",
     "Violent demonstration"),
    # "an attack by X on Y": the target follows "on", the attacker "by"
    ("An attack by rebels on army positions near Beni left two soldiers dead.", "Armed clash"),
    # security men on duty, peacekeepers and militia members are armed: killing them is fighting them
    ("A police sergeant was shot dead when gunmen opened fire on his patrol in Dera Ismail Khan.", "Armed clash"),
    ("Unidentified gunmen killed an intelligence officer in Quetta.", "Armed clash"),
    ("A peacekeeper was killed by unidentified armed assailants near Bria.", "Armed clash"),
    # ... but not off duty or at home, and a beating is no fight, whatever the victim's job
    ("Gunmen stormed a policeman's home in Bannu and shot him dead.", "Attack"),
    ("Militants shot dead an off-duty soldier at a tea stall in Miranshah.", "Attack"),
    ("Soldiers beat a trader at a checkpoint; a police officer who intervened was also beaten by the soldiers.",
     "Attack"),
    # the present tense of headlines: "two are killed" is a passive, its target before it
    ("Two are killed during a militant raid on a village near Maiduguri.", "Attack"),
    # a grenade thrown during a shoot-out with the police belongs to the fight
    ("Police were in a shootout with robbers in Mwanza; the robbers threw a grenade at the officers.",
     "Armed clash"),
    # ACLED: ground taken with no fight reported is a non-violent transfer; taken by force, a battle
    ("Al-Shabaab took control of the town after government forces withdrew. No reported violence.",
     "Non-violent transfer of territory"),
    ("Al-Shabaab took control of the town after fighting that killed four soldiers.",
     "Non-state actor overtakes territory"),
    # the arrest of militia members for an attack reports the arrest, not the attack again
    ("Peacekeepers arrested two militia members for suspected involvement in an earlier attack on a market.",
     "Arrests"),
    ("Herders fire on villagers near Jos, injuring one.", "Attack"),
    ("A boy was injured by the explosion of a mine left in a field near Kandahar.",
     "Remote explosive/landmine/IED"),
    ("Militants destroyed a mobile phone mast in the border town using explosives.",
     "Remote explosive/landmine/IED"),
])
def test_events_african_notes_typing(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


def test_events_a_drone_strike_over_the_weekend_is_no_work_stoppage(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Residents said a drone strike over the weekend killed four militants."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Air/drone strike"]


@pytest.mark.parametrize(("text", "sub_event"), [
    # "shoot out" and "gun fight" spelt apart, infighting, a side firing back: two armed sides fought
    ("Five people were injured in a shoot out between two factions of a ruling party in Mardan.", "Armed clash"),
    ("Two men were wounded in a gun fight in Larkana on Sunday night.", "Armed clash"),
    ("Four students were hurt in armed infighting between two wings of a student body in Sylhet.", "Armed clash"),
    ("Gunmen attacked the car of a tribal elder near Khar and his guards returned fire.", "Armed clash"),
    # a reduced passive ("three soldiers killed") has no object; "a militia attacked indigenous villagers" has one
    ("An armed militia attacked indigenous villagers near Dinajpur in a land grab.", "Attack"),
    # the house of a security officer attacked is no battle
    ("A group of men attacked and vandalised the house of an army officer in Khulna over a land dispute.",
     "Looting/property destruction"),
])
def test_events_two_armed_sides_and_their_targets(nlp: Language, taxonomy: Taxonomy, text: str,
                                                  sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize(("text", "sub_event"), [
    # the victim named before "in an attack" is its target when told as the one who suffered
    ("A policeman died of bullet wounds he sustained in an attack in Kohat on Monday.", "Armed clash"),
    ("The gunmen fired shots at the elder's car but no one was hurt in the attack.", "Attack"),
    # killings and assaults told in other words
    ("A schoolteacher was strangled to death by unknown men in Sanghar.", "Attack"),
    ("Youth wing members manhandled a local councillor outside the union office.", "Attack"),
    ("Border guards open fired at four fishermen near Teknaf, injuring one.", "Attack"),
])
def test_events_victims_and_assaults(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize(("text", "sub_event"), [
    # the militants a cue opens with are whom the troops drove out, not who acted
    ("Government troops pushed Taliban militants out of three villages in Kunduz after a joint operation.",
     "Government regains territory"),
    # the state's allies take ground for it
    ("Pro-government militias took control of the district centre after heavy fighting.",
     "Government regains territory"),
])
def test_events_who_takes_ground(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize(("text", "sub_event"), [
    # ACLED codes mass arrests whoever is held, and the questioning of party workers as arrests
    ("Police arrested hundreds of people in night raids across the old city.", "Arrests"),
    ("Several opposition party workers were taken in for questioning after the raid on their office.", "Arrests"),
])
def test_events_mass_arrests(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text", [
    # a vehicle that smashed into something crashed; no rioters smashed anything
    "A speeding truck smashed into a police checkpoint on the Indus Highway, killing a constable.",
    "A bus smashed into a parked trailer near Kohat, killing four passengers.",
])
def test_a_vehicle_crash_is_no_event(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


def test_rioters_who_smashed_vehicles_still_riot(nlp: Language, taxonomy: Taxonomy) -> None:
    found = detect(nlp, taxonomy, "Angry protesters smashed vehicles and blocked the road in Quetta.")
    assert [c.event_type for c in found] == ["Riots"]


@pytest.mark.parametrize("text, sub_event", [
    # party men fighting with guns or lethal weapons at a procession are armed sides (ACLED: political militias)
    ("Two factions of a ruling party youth wing, armed with lethal weapons, clashed during a procession in "
     "Sylhet, injuring twelve.", "Armed clash"),
    ("Opposition activists and ruling party men engaged in a gunfight during a strike rally in Khulna.",
     "Armed clash"),
    # stones and sticks at a procession leave it a violent demonstration
    ("Opposition activists clashed with ruling party men during a procession in Khulna, throwing stones.",
     "Violent demonstration"),
])
def test_armed_fight_at_a_demonstration(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text", [
    # a feud's victims told by kinship or by their place in a party: no weapon or attacker word needed
    "Two brothers were killed over a dispute about a pond in a village of Bogra.",
    "A housewife was killed in an attack by her neighbours in Pirojpur.",
    "Five or six men attacked and injured a union council chairman while he was returning home in Feni.",
    "A ward party secretary was assaulted at the bazar in Noakhali.",
    # maiming told of the limb
    "Masked men cut tendons of both legs of a shopkeeper at a market in Rajshahi.",
])
def test_violence_against_kin_and_party_people_is_an_attack(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Attack"]


@pytest.mark.parametrize("text", [
    # disasters kill "people": no victim words of a feud
    "Eight people were killed and twenty injured when a gas tank exploded at a fertiliser plant.",
    "Six people died of coronavirus in the district hospital on Sunday.",
])
def test_disaster_tolls_stay_no_event(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


@pytest.mark.parametrize("text", [
    # the disease names the time, not the cause of the harm
    "Police beat a journalist in Dhaka for being out on the road during the coronavirus lockdown.",
    "Men hacked a shopkeeper to death amid the outbreak of violence after the election in Bagerhat.",
])
def test_violence_during_an_epidemic_or_an_outbreak_of_violence_counts(nlp: Language, taxonomy: Taxonomy,
                                                                         text: str) -> None:
    assert [c.event_type for c in detect(nlp, taxonomy, text)][:1] == ["Violence against civilians"]


@pytest.mark.parametrize("text, sub_event", [
    # a candidate's supporters beating someone are rioters (ACLED: no organised armed group)
    ("Supporters of a council chairman candidate assaulted and injured a schoolteacher in Kushtia over the "
     "polls.", "Mob violence"),
    # weapons, a killing or a planned attack make them an organised group attacking a civilian
    ("Supporters of a council chairman candidate hacked a schoolteacher with machetes in Kushtia.", "Attack"),
    ("Supporters of a council chairman candidate assaulted and killed a schoolteacher in Kushtia.", "Attack"),
    ("Supporters of a council chairman candidate assaulted a schoolteacher in Kushtia in a targeted attack.",
     "Attack"),
    # the party's own supporters, told as the party, stay its militia
    ("Ruling party supporters assaulted and injured a schoolteacher in Harare.", "Attack"),
])
def test_a_candidates_supporters_beating_someone_are_rioters(nlp: Language, taxonomy: Taxonomy, text: str,
                                                              sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # rioters with no demonstration commit mob violence (ACLED)
    ("Rioting activists of a student wing attacked and injured two rivals at a bazar in Rajshahi.", "Mob violence"),
    ("Unidentified rioters set fire to a temple in Tangail overnight.", "Mob violence"),
    # a demonstration, or workers rioting over their grievance, stay a violent demonstration
    ("Rioters set fire to a bus during the opposition strike in Bogra.", "Violent demonstration"),
    ("Garment workers rioted on the highway after a colleague died at the factory.", "Violent demonstration"),
])
def test_rioters_without_a_demonstration_are_a_mob(nlp: Language, taxonomy: Taxonomy, text: str,
                                                    sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # killing the men of a rival faction of fighters is fighting it (ACLED: armed clash)
    ("Members of an outlawed communist party shot and killed a leader of their rival faction in Pabna.",
     "Armed clash"),
    # a feud's rivals in a village are no armed faction
    ("A farmer was stabbed to death by his rivals over a land dispute in Natore.", "Attack"),
])
def test_killing_a_rival_factions_man_is_a_clash(nlp: Language, taxonomy: Taxonomy, text: str,
                                                  sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # a candidate's supporters wrecking property are rioters, not an armed group destroying property
    ("Supporters of a ward councillor candidate vandalised the election camp of his rival in Bhola.",
     "Mob violence"),
    # arson that burns people, with no demonstration or organised attack told, is mob violence
    ("Unknown men set fire to a bus in Narsingdi, leaving the driver with burn injuries.", "Mob violence"),
    # the same arson hurting no one destroys property only
    ("Unknown men set fire to a bus in Narsingdi at night.", "Looting/property destruction"),
])
def test_property_violence_by_rioters_is_mob_violence(nlp: Language, taxonomy: Taxonomy, text: str,
                                                       sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # crude bombs people set off are street violence, not remote violence
    ("Unidentified men exploded two crude bombs near a party office in Jessore at night.", "Mob violence"),
    ("Several crude bombs were exploded outside a hotel in Khulna. No one was hurt.", "Mob violence"),
    ("Strike supporters exploded several crude bombs near the police station during the strike in Bogra.",
     "Violent demonstration"),
    # a crude bomb that went off by itself where it lay stays an explosion
    ("A crude bomb exploded while children were playing in a field in Rajshahi, injuring two.",
     "Remote explosive/landmine/IED"),
])
def test_crude_bombs_people_set_off_are_rioting(nlp: Language, taxonomy: Taxonomy, text: str,
                                                sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


def test_the_same_act_told_again_after_an_aside_continues_the_incident(nlp: Language, taxonomy: Taxonomy) -> None:
    text = ("Twenty houses were vandalised during a clash between two village groups in Sreepur. "
            "The families had quarrelled over a pond for years. "
            "Both groups attacked each other with lethal weapons.")
    found = detect(nlp, taxonomy, text)
    assert [(c.sub_event_type, len(c.sentence_spans)) for c in found] == [("Armed clash", 2)]


@pytest.mark.parametrize("text, sub_event", [
    # police breaking up two armed sides: no protest was held, the fight stays a clash
    ("Two groups of villagers clashed with sharp weapons over a canal in Sarail. Police fired rubber bullets "
     "to disperse the crowd.", "Armed clash"),
    # police dispersing a demonstration intervene in it
    ("Students staged a demonstration in front of the college in Sarail. Police fired rubber bullets to "
     "disperse the crowd.", "Protest with intervention"),
])
def test_police_dispersing_a_clash_leave_it_a_clash(nlp: Language, taxonomy: Taxonomy, text: str,
                                                     sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


def test_a_weak_casualty_sentence_before_an_incident_opens_it(nlp: Language, taxonomy: Taxonomy) -> None:
    # the first sentence's "killed" has no armed word of its own; the next sentence tells who did it
    text = ("A retired customs inspector was killed at his home in Mardan on Sunday evening. "
            "Three gunmen stormed the house and shot him.")
    (found,) = detect(nlp, taxonomy, text)
    assert len(found.sentence_spans) == 2 and found.sentence_spans[0][0] == 0


def test_a_weak_sentence_before_a_separate_incident_stays_out(nlp: Language, taxonomy: Taxonomy) -> None:
    text = ("A retired customs inspector was killed at his home in Mardan on Sunday evening. "
            "Separately, gunmen stormed a police post in Swabi.")
    found = detect(nlp, taxonomy, text)
    assert [len(c.sentence_spans) for c in found] == [1]


def test_quote_marks_inside_a_cue_do_not_break_it(nlp: Language, taxonomy: Taxonomy) -> None:
    found = detect(nlp, taxonomy, 'Government troops took "complete control" of the valley after a week.')
    assert found and found[0].sub_event_type == "Government regains territory"


def test_ground_taken_with_air_strikes_is_the_change_of_territory(nlp: Language, taxonomy: Taxonomy) -> None:
    text = ("The army recaptured the hill town from the rebels on Friday. "
            "Air strikes had pounded rebel positions around it for two days.")
    found = detect(nlp, taxonomy, text)
    assert found and found[0].sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text", [
    "A college student was found dead beside the railway tracks in Hathazari on Monday.",
    "Police recovered the body of a local party activist from a paddy field in Dhunat.",
])
def test_a_victims_body_found_is_an_attack(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Attack"]


def test_a_body_found_with_no_victim_word_is_no_event(nlp: Language, taxonomy: Taxonomy) -> None:
    assert detect(nlp, taxonomy, "A body was found floating in the river near the ghat on Sunday.") == []


@pytest.mark.parametrize("text, sub_event", [
    # ACLED's codebook counts surrenders among agreements
    ("More than forty Baloch militants surrendered to the Frontier Corps in Kech on Monday, officials said.",
     "Agreement"),
    ("Sixty fighters of the armed group laid down their arms before the governor in Maiduguri on Friday.",
     "Agreement"),
    # a surrender at the end of a gunfight leaves the clash
    ("Two militants surrendered after a gunfight with police in Bajaur that lasted four hours.", "Armed clash"),
])
def test_a_surrender_is_an_agreement(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # troops sent to posts already held change their activity
    ("The army deployed reinforcements to its observation posts along the border in Kurram on Sunday.",
     "Change to group/activity"),
    # a post set up is a base established
    ("Soldiers set up new observation posts along the border in Kurram on Sunday.",
     "Headquarters or base established"),
])
def test_forces_sent_to_posts_already_held_change_activity(nlp: Language, taxonomy: Taxonomy, text: str,
                                                           sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # an area cleared of an armed group is ground the state regained, the places standing in between
    ("Troops cleared Kawuri and two nearby villages of Boko Haram on Tuesday.", "Government regains territory"),
    ("The army said it had cleared the forest of militants after a week.", "Government regains territory"),
])
def test_an_area_cleared_of_an_armed_group_is_regained(nlp: Language, taxonomy: Taxonomy, text: str,
                                                        sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text", [
    # an industrial accident: the gas or the blast is no weapon
    "Forty workers fell ill after inhaling toxic gas that leaked from a fertiliser factory in Multan, police said.",
    "Three workers were killed in a boiler explosion at a textile mill in Faisalabad on Tuesday.",
])
def test_industrial_accidents_are_no_event(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


@pytest.mark.parametrize("text", [
    # people of an armed group stopped and held on their way
    "Police intercepted six suspected members of a banned outfit near Sukkur on their way to Karachi.",
    # arrests told over a whole country are mass arrests, whoever is held
    "More than 300 people were arrested nationwide on Sunday for breaking the lockdown, police said.",
])
def test_interceptions_and_nationwide_arrests_are_arrests(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Arrests"]


@pytest.mark.parametrize("text", [
    # "clear" with no armed group it clears an area of is no change of territory
    "Municipal workers cleared the road of rubble after the heavy rains in Wa.",
    "Engineers cleared the market of stalls before the rains.",
])
def test_clearing_with_no_armed_group_takes_no_ground(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


@pytest.mark.parametrize("text, sub_event", [
    # a body of people or a crowd burning or wrecking something is rioters' mob violence
    ("A group of youths destroyed a roadblock manned by a local militia east of Misrata.", "Mob violence"),
    ("A post office was burnt by angry traders after it closed without notice in Bulawayo.", "Mob violence"),
    # the same words with no body of people or crowd are no event
    ("The old bridge was destroyed in the floods last year.", None),
])
def test_a_body_of_people_burning_or_wrecking_property_riots(nlp: Language, taxonomy: Taxonomy, text: str,
                                                             sub_event: str | None) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ([sub_event] if sub_event else [])


@pytest.mark.parametrize("text, sub_event", [
    # looting whose doers are called attackers, with no one hurt, is looting
    ("Armed men looted the offices of an aid agency in Bria. The attackers fled with two vehicles.",
     "Looting/property destruction"),
    # the same looting with people killed is an attack
    ("Armed men looted the offices of an aid agency in Bria. The attackers killed a guard.", "Attack"),
])
def test_looting_that_hurt_no_one_is_looting(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # demonstrators taking control of a bus take no territory: a disruptive act of their demonstration
    ("Traders protested against new market fees in Mzuzu. They blocked the main road by taking control of "
     "a minibus.", "Violent demonstration"),
    # an armed group taking control of a town does
    ("Rebels took control of the town of Kaga after the army withdrew its patrols.",
     "Non-state actor overtakes territory"),
])
def test_demonstrators_taking_control_take_no_territory(nlp: Language, taxonomy: Taxonomy, text: str,
                                                        sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # a security man killed at home by militants is attacked as a civilian, though the report says "operation"
    ("A police sergeant was killed at his home in Kulachi on Friday night, after militants stormed the house "
     "and opened fire on him. The militants carried out the operation in ten minutes.", "Attack"),
    # his guards firing back make it a clash
    ("Militants stormed the house of a police sergeant in Kulachi and exchanged fire with his guards for an "
     "hour.", "Armed clash"),
])
def test_militants_killing_a_security_man_at_home_attack_a_civilian(nlp: Language, taxonomy: Taxonomy, text: str,
                                                                     sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # a party's workers held by police are political arrests
    ("Police arrested twelve PTI workers during a raid in Rawalpindi on Tuesday.", "Arrests"),
    # Pakistan's paramilitary posts by their short names are armed targets: attacking one is a clash
    ("Militants attacked an FC camp in Zhob late on Monday night.", "Armed clash"),
    ("Gunmen opened fire on a Levies check post in Kharan, officials said.", "Armed clash"),
])
def test_pakistani_party_workers_and_paramilitary_posts(nlp: Language, taxonomy: Taxonomy, text: str,
                                                        sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text", [
    # troops sent out against a disaster are no development of a conflict
    "Army troops were deployed in Swat on Monday to rescue people stranded by flash floods, officials said.",
    "The Frontier Corps mobilised its units to help villagers trapped by heavy rains in Kohistan.",
])
def test_forces_sent_against_a_disaster_are_no_event(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


def test_a_protest_over_disaster_relief_still_counts(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Flood victims staged a protest in Dadu on Monday against the slow pace of relief."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Peaceful protest"]


def test_torching_houses_with_no_one_hurt_is_property_destruction(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Armed men went from house to house torching homes in a village near Maungdaw, residents said."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Looting/property destruction"]


def test_a_killing_a_riot_answers_is_its_topic(nlp: Language, taxonomy: Taxonomy) -> None:
    # the killing the residents burn tyres over is what their riot is about, not the event reported
    text = ("Residents burnt tyres in front of the home of the district police chief in response to the killing "
            "of a youth by a policeman.")
    assert [c.event_type for c in detect(nlp, taxonomy, text)][:1] == ["Riots"]


def test_looters_named_by_the_cue_are_who_looted(nlp: Language, taxonomy: Taxonomy) -> None:
    # "looters" is both the looting cue and its doers, a body of people: their mob violence
    text = "Looters targeted shops owned by foreign nationals in the township on Sunday night."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Mob violence"]


@pytest.mark.parametrize("text, sub_event", [
    # ACLED records an air strike used during an ongoing battle as part of the battle
    ("Five soldiers were killed in fighting with rebels near Kaga on Monday. Several air strikes also hit "
     "rebel positions near the town.", "Armed clash"),
    # with no fight told, they stay explosions
    ("A hand grenade was thrown at a police patrol in the market district, injuring two officers.", "Grenade"),
    ("Air strikes hit rebel positions near Kaga on Monday, killing five fighters.", "Air/drone strike"),
])
def test_air_strikes_during_a_battle_are_part_of_it(nlp: Language, taxonomy: Taxonomy, text: str,
                                                   sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text, subs", [
    # a demonstration held over a shooting just told is its own incident: the shooting is an attack
    ("At least three people were killed in Dolo when soldiers opened fire on people who came to put out a fire "
     "at the market. Residents staged a demonstration following the event to protest against government "
     "violence.", ["Attack", "Peaceful protest"]),
    # protesters fired on, whatever they protested about, suffer excessive force
    ("Police opened fire on protesters in Dolo, killing three. The protesters were demonstrating against fuel "
     "prices.", ["Excessive force against protesters"]),
])
def test_a_demonstration_answering_violence_is_its_own_incident(nlp: Language, taxonomy: Taxonomy, text: str,
                                                                subs: list[str]) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == subs


@pytest.mark.parametrize("text, sub", [
    # ACLED codes mass arrests whoever is held: a large figure needs no political word
    ("Police arrested more than 300, including several women, after the fair in Kisangi.", "Arrests"),
    ("Security forces detained some 80 villagers near the border post on Sunday.", "Arrests"),
])
def test_events_mass_arrests_stand_alone(nlp: Language, taxonomy: Taxonomy, text: str, sub: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub]


@pytest.mark.parametrize("text", [
    # a few people held for a crime, or a figure that counts goods, are no mass arrest
    "Police arrested 12 men in the market on Sunday.",
    "Customs officers intercepted a lorry for carrying 90 kg of cannabis near the border.",
])
def test_events_small_or_non_human_figures_are_no_mass_arrest(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


def test_events_gunshots_heard_at_a_police_post_are_a_clash(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Gunshots were heard near the police post in Malindi town. A constable was wounded in the leg."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == ["Armed clash"]


def test_events_an_earlier_blast_is_another_incident(nlp: Language, taxonomy: Taxonomy) -> None:
    # the soldier's earlier wound is remembered; the ambush is the news
    text = ("A soldier hurt in an earlier bomb blast was wounded again when the truck carrying him to hospital "
            "was ambushed by militants near Garissa.")
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Armed clash"]


def test_events_violence_people_met_to_discuss_is_no_new_event(nlp: Language, taxonomy: Taxonomy) -> None:
    text = ("Police detained up to 60 clan elders who had gathered in Dhobley to discuss the killing of "
            "nine herders last month.")
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == ["Arrests"]


@pytest.mark.parametrize("text, sub", [
    # two communities named by their own names, with deaths: ACLED's communal militias fight a battle
    ("Six people were killed in clashes over grazing land between Kotile and Madogo near Garsen.", "Armed clash"),
    ("Two men died during a clash between the Orma and Wardei over a disputed pasture.", "Armed clash"),
    # a faith or an unnamed pair of groups is no named militia: their fight stays a riot
    ("Two people were killed in a clash between Hindus and Muslims over a temple courtyard in the town.",
     "Mob violence"),
    ("One man was killed in a clash between two groups over a piece of land in the village.", "Mob violence"),
])
def test_events_a_deadly_clash_between_named_communities_is_a_battle(nlp: Language, taxonomy: Taxonomy, text: str,
                                                                     sub: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub]


@pytest.mark.parametrize("text, subs", [
    # an armed group moving in and occupying a place with no fight told: ACLED's non-violent transfer
    ("Ex-rebel elements moved into Bambari on Friday and occupied the district office.",
     ["Non-violent transfer of territory"]),
    # "occupied" as the name of a territory is no act
    ("The report describes life in the occupied territories over the past decade.", []),
])
def test_events_occupying_a_place_without_a_fight(nlp: Language, taxonomy: Taxonomy, text: str,
                                                 subs: list[str]) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == subs


def test_events_party_supporters_burning_property_are_rioters(nlp: Language, taxonomy: Taxonomy) -> None:
    # supporters named after their party are no armed organisation: wrecking property, they are a mob
    text = "Angered by the choice of candidate, KANU supporters burnt the district party office and two cars in Voi."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == ["Mob violence"]


@pytest.mark.parametrize("text", [
    # an intelligence service is a state force (ACLED): attacking its agents is fighting an armed side
    "Unknown gunmen killed a NISS officer near the market in Kassala on Tuesday.",
    "Gunmen shot and wounded two intelligence agents outside a hotel in Gao.",
])
def test_events_attacks_on_intelligence_agents_are_clashes(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    # a trend's time phrase said of the protests themselves recalls them: no event, no places
    "Similar sit-ins against the new toll tax have taken place in Swabi and Mardan in recent months.",
    "Traders in Kurram have protested in recent months over the closure of the main road.",
    "The valley has seen protests by farmers over water shares in recent years.",
])
def test_events_protests_a_trend_dates_are_recalled(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == []


@pytest.mark.parametrize("text", [
    # the trend is the protest's topic: today's protest
    "Hundreds of women rallied in Quetta on Sunday against the rising number of abductions in recent months.",
    "Lawyers boycotted the courts in Multan on Monday over attacks on advocates in recent years.",
    # a trend word that is no time ("spate of attacks") dates nothing
    "Hundreds of students blocked a highway in Rajshahi protesting the recent spate of attacks on traders.",
    "A dawn-to-dusk hartal called by the opposition went on peacefully, barring a few incidents of violence, "
    "in Khulna on Sunday.",
])
def test_events_protests_against_a_trend_stay_events(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.event_type for c in detect(nlp, taxonomy, text)] == ["Protests"]


@pytest.mark.parametrize("text", [
    # police and army ranks as South Asian reports name them are state forces: attacking them is fighting
    "Unknown gunmen shot dead an ASI at a check post in Bannu on Monday.",
    "An army sepoy was stabbed to death by two men near the rail station in Sylhet.",
    "An SHO was martyred when terrorists opened fire on his vehicle in Tank.",
    "Attackers raided an Ansar camp near Ukhia, killing its commander and looting rifles.",
])
def test_events_attacks_on_police_and_army_ranks_are_clashes(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Armed clash"]


def test_events_a_police_rank_at_home_stays_a_civilian(nlp: Language, taxonomy: Taxonomy) -> None:
    # ACLED: security men at home or off duty are no armed side
    text = "Unidentified assailants shot dead an off-duty ASI at his home in Peshawar."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Attack"]


@pytest.mark.parametrize("text", [
    # attackers no one could name, or an attack told as planned, are an organised group, not a crowd
    "The officer-in-charge of the Sadar police station was injured in an attack by unidentified men in Bogura.",
    "Assailants killed a village guard posted at a polling centre near Rajbari in a targeted attack.",
])
def test_events_unnamed_attackers_of_security_men_are_no_mob(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Armed clash"]


def test_events_villagers_beating_a_policeman_stay_a_mob(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Angry villagers beat up a constable who tried to stop a wedding in Rangpur."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Mob violence"]


def test_events_a_condemned_attack_told_with_its_toll_is_the_event(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "The opposition has condemned the attack on the home of a councillor in Umlazi that left two people dead."
    assert [c.event_type for c in detect(nlp, taxonomy, text)] == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    # a device that went off on those trying to defuse it, hurting them, is an explosion
    "A member of the bomb disposal squad was confirmed dead as he tried to defuse an IED near the army base in Mandera.",
    "A soldier died while defusing a landmine near the border in Kunar.",
    "Three policemen were wounded when a roadside bomb exploded as they were attempting to defuse it in Kismayo.",
])
def test_events_a_bomb_that_hurt_its_defusers_went_off(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "Police defused two bombs planted near a church in Garissa.",
    "The bomb disposal squad was trying to defuse the device found near the market in Quetta.",
])
def test_events_a_defusal_that_hurt_no_one_disrupted_the_bomb(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Disrupted weapons use"]


def test_events_soldiers_marching_to_beat_people_attack_them(nlp: Language, taxonomy: Taxonomy) -> None:
    # soldiers who march are no demonstrators: their beating of people is an attack, not force on a protest
    text = "Soldiers armed with sticks and rifles marched to a quarter of Malakal and beat people. Two civilians died."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Attack"]


@pytest.mark.parametrize("text", [
    # the marchers are named beside the force's word: a demonstration still
    "Police said hundreds of residents marched to the district office in Swat on Monday.",
    "Police said Jamaat members marched towards the assembly in Dhaka.",
    "The police officers' union marched to the interior ministry in Nairobi over unpaid allowances.",
    "Police wives organised a peace march in Koforidua ahead of the elections.",
])
def test_events_marchers_named_beside_a_force_still_demonstrate(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.event_type for c in detect(nlp, taxonomy, text)][:1] == ["Protests"]


@pytest.mark.parametrize("text", [
    # people ambushed for who they are, told by their ethnic group, are civilians attacked
    "Four killed and three wounded of the Nuer ethnic group in a car ambush near Bentiu.",
    "Gunmen ambushed a bus carrying members of the Murle ethnic group near Pibor, killing six.",
])
def test_events_an_ambush_on_an_ethnic_group_attacks_civilians(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Attack"]


def test_events_an_ambush_on_soldiers_of_an_ethnic_group_is_a_clash(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Four soldiers of the Nuer ethnic group were killed in an ambush near Bentiu."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Armed clash"]


def test_events_arrests_in_connection_with_a_clash_tell_no_new_clash(nlp: Language, taxonomy: Taxonomy) -> None:
    # the clash is why the four were held; after a strike the sentence must not turn it violent
    text = ("The party called a dawn-to-dusk hartal in the town on Tuesday. Shops stayed shut. "
            "Police arrested four people in connection with the clash.")
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == ["Peaceful protest"]


def test_events_a_protest_word_that_opens_the_topic_keeps_the_killing_out(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Protesting the killing of a student leader, the alliance enforced a hartal across the district."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    # control as the motive of the fight, not ground that changed hands
    "Two armed rival groups clashed with guns over taking control of a ferry ghat near Chandpur, injuring six.",
    "Two factions of the militia fought to take control of the checkpoint in Tripoli; three fighters died.",
])
def test_events_a_clash_over_taking_control_is_the_clash(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Armed clash"]


def test_events_ground_taken_after_a_clash_is_still_taken(nlp: Language, taxonomy: Taxonomy) -> None:
    # no motive word before the take: the fight ended with the town in the rebels' hands
    text = "Rebels took control of the town of Kidal after heavy fighting with the army."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Non-state actor overtakes territory"]


def test_events_a_rally_the_police_foiled_is_an_intervention(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Police foiled a rally of opposition lawyers in front of the press club in Lahore."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Protest with intervention"]


def test_events_weapons_seized_in_a_foiled_plot_on_a_rally_are_disrupted(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Police foiled a plan to attack the rally and seized two pistols in Quetta."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    # the protest verb's object is what the protest is about, not violence at it
    "Students of Khulna University blocked the highway protesting an assault on two classmates by police.",
    "Students of Rajshahi College on Sunday protested assaulting of their teachers by party activists.",
])
def test_events_violence_a_protest_verb_takes_as_object_is_its_topic(nlp: Language, taxonomy: Taxonomy,
                                                                     text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Peaceful protest"]


def test_events_force_told_after_a_protest_verb_with_when_is_an_intervention(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Students were protesting when police beat them with batons in Dhaka."
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == ["Protest with intervention"]


def test_events_fighting_told_with_its_toll_before_a_ceasefire_is_an_incident_of_its_own(nlp: Language,
                                                                                         taxonomy: Taxonomy) -> None:
    text = ("Elders on Sunday brokered a truce between two clans in Orakzai district after four days of "
            "fighting that left six people dead and 11 wounded.")
    assert sorted(c.sub_event_type for c in detect(nlp, taxonomy, text)) == ["Agreement", "Armed clash"]


@pytest.mark.parametrize(("text", "sub_event"), [
    # a fight said of a hardship is no violence: the march stays peaceful
    ("Refugees battling to get their permits renewed held a march to the town hall.", "Peaceful protest"),
    ("Workers fighting to keep their jobs staged a sit-in at the factory gate.", "Peaceful protest"),
    # "battling to" before a verb of taking ground is still fighting
    ("Troops battling to retake the hill town killed ten rebels.", "Government regains territory"),
])
def test_events_figurative_fight_words(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)][:1] == [sub_event]


@pytest.mark.parametrize("text", [
    "A man was fighting for his life in hospital on Sunday.",
    "Firefighters battled the blaze at the market for six hours.",
])
def test_events_figurative_fight_alone_is_no_event(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert detect(nlp, taxonomy, text) == []


@pytest.mark.parametrize(("text", "sub_event"), [
    # the side met "with" is the clash's object, not who took the town; peacekeepers fight for the state
    ("Kenyan peacekeepers clashed with the militants and retook the town of Lorem.", "Government regains territory"),
    ("Soldiers fought with rebels for two days, recapture the hill town.", "Government regains territory"),
    ("Militants clashed with troops and recaptured the town.", "Non-state actor overtakes territory"),
])
def test_events_who_took_the_ground(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert detect(nlp, taxonomy, text)[0].sub_event_type == sub_event


@pytest.mark.parametrize("text", [
    "Governor Lorem Ipsum was arrested a day after being dismissed by the president.",
    "Police detained a former minister at the airport in the capital.",
])
def test_events_arrest_of_an_office_holder(nlp: Language, taxonomy: Taxonomy, text: str) -> None:
    assert [c.sub_event_type for c in detect(nlp, taxonomy, text)] == ["Arrests"]


def test_events_people_stoning_a_convoy_without_a_demonstration_riot(nlp: Language, taxonomy: Taxonomy) -> None:
    text = "Youths in the town pelted stones at the minister's convoy during his visit."
    assert detect(nlp, taxonomy, text)[0].sub_event_type == "Mob violence"


@pytest.mark.parametrize(("text", "sub_event"), [
    # what befell the man a relative clause tells is what his colleagues protest about
    ("Neighbours and colleagues of a trader who was beaten up protested outside the police station.",
     "Peaceful protest"),
    # without the clause the friends are the victims of this incident
    ("Friends of the victim were beaten by the gang at the market.", "Attack"),
])
def test_events_people_close_to_a_victim(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert detect(nlp, taxonomy, text)[0].sub_event_type == sub_event


@pytest.mark.parametrize(("text", "sub_event"), [
    # issue 4: assailants are armed attackers, never a crowd, even when no one was hurt
    ("Assailants attacked a police outpost in the hills. There were no reported casualties.", "Armed clash"),
    # "fired upon" is "fired on"
    ("Assailants fired upon a passenger bus near the river, wounding three travellers.", "Attack"),
    ("Assailants fired upon a Levies checkpoint near the river.", "Armed clash"),
])
def test_events_assailants_are_no_rioters(nlp: Language, taxonomy: Taxonomy, text: str, sub_event: str) -> None:
    assert detect(nlp, taxonomy, text)[0].sub_event_type == sub_event
