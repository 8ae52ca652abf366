"""ACLED's conventions for the side an event falls on (sitrep.extract.targets), on the trained pipeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sitrep.model import Article

pytestmark = pytest.mark.model


def _events(pipeline, text: str):
    return list(pipeline.process([Article(id="t", text=text, published=date(2026, 3, 10))]))[0][1]


@pytest.mark.parametrize("text, party", [
    ("Unknown assailants hacked a BNP activist to death in Feni on Sunday.", "BNP: Bangladesh Nationalist Party"),
    ("Police arrested 14 activists of Jamaat-e-Islami in Bogura on Sunday.", "JeI: Jamaat-e-Islami"),
    ("Gunmen shot dead two members of the African National Congress in Soweto on Friday.",
     "ANC: African National Congress"),
])
def test_party_members_attacked_or_arrested_are_civilians_with_their_party_as_associate(
        pipeline, text: str, party: str) -> None:
    # ACLED: the party is actor2 only where its members are a side (a clash, their arms seized)
    (event,) = _events(pipeline, text)
    assert event.actor2 is not None and event.actor2.startswith("Civilians (")
    assert (event.inter2, event.assoc_actor_2) == (7, party)


def test_party_members_in_an_armed_clash_stay_the_party(pipeline) -> None:
    (event,) = _events(pipeline, "Activists of the BNP and the Awami League clashed with guns in Feni on Sunday, "
                                 "leaving two dead.")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {"BNP: Bangladesh Nationalist Party", "AL: Bangladesh Awami League"}


def test_a_party_man_killed_by_party_rivals_is_attacked_by_his_party(pipeline) -> None:
    (event,) = _events(pipeline, "A Jubo League leader was stabbed to death by party rivals in Noakhali on Sunday.")
    assert (event.actor1, event.actor2, event.assoc_actor_2) == (
        "Jubo League", "Civilians (Bangladesh)", "Jubo League")


@pytest.mark.parametrize("text, actor1", [
    ("A PBCP cadre was hacked to death by his party members at Lorem village on Sunday.",
     "PBCP: Purba Banglar Communist Party"),
    ("A PBCP cadre was shot dead by internal rivals of the outfit in Ipsum upazila on Sunday.",
     "PBCP: Purba Banglar Communist Party"),
    # killers told only as his rivals: an outlawed group's rivals are its own factions
    ("A PBCP cadre was chopped to death by his rivals at Lorem village on Sunday.",
     "PBCP: Purba Banglar Communist Party"),
    # killers told by no word of the victim's own group stay unknown
    ("A PBCP cadre was shot dead by unidentified gunmen in Ipsum upazila on Sunday.",
     "Unidentified Armed Group (Bangladesh)"),
])
def test_a_rebel_killed_by_his_own_fellows_fell_in_a_fight_within_his_group(pipeline, text: str,
                                                                           actor1: str) -> None:
    (event,) = _events(pipeline, text)
    assert (event.event_type, event.actor1, event.actor2) == (
        "Battles", actor1, "PBCP: Purba Banglar Communist Party")


def test_a_party_man_killed_by_his_rivals_is_attacked_by_unknown_men(pipeline) -> None:
    # a party man's rivals may be any party's: only words of his own group name his party
    (event,) = _events(pipeline, "A Jubo League leader was stabbed to death by his rivals in Noakhali on Sunday.")
    assert event.actor1 != "Jubo League" and event.assoc_actor_2 == "Jubo League"


def _with_intra_group(pipeline, *phrases: str):
    """The pipeline with phrases added to the taxonomy's `intra_group` list, as a data edit would."""
    from sitrep.pipeline import Pipeline

    taxonomy = pipeline.res.taxonomy
    context = {**taxonomy.context, "intra_group": (*taxonomy.context["intra_group"], *phrases)}
    return Pipeline(replace(pipeline.res, taxonomy=replace(taxonomy, context=context, _matchers={})))


@pytest.mark.parametrize("victim, actor1, actor2, assoc", [
    # a party's man: his party attacked him, he is a civilian with his party as associate
    ("A Jubo Dal leader", "JJD: Jatiyatabadi Jubo Dal", "Civilians (Bangladesh)", "JJD: Jatiyatabadi Jubo Dal"),
    # a rebel group's man: a fight within his group
    ("A PBCP cadre", "PBCP: Purba Banglar Communist Party", "PBCP: Purba Banglar Communist Party", None),
])
def test_a_phrase_added_to_intra_group_reaches_both_rules(pipeline, victim: str, actor1: str, actor2: str,
                                                          assoc: str | None) -> None:
    text = f"{victim} was hacked to death by his sworn brothers at Lorem village in Ipsum upazila on Sunday."
    (before,) = _events(pipeline, text)
    assert before.actor1 == "Unidentified Armed Group (Bangladesh)"
    (after,) = _events(_with_intra_group(pipeline, "by his sworn brothers"), text)
    assert (after.actor1, after.actor2, after.assoc_actor_2) == (actor1, actor2, assoc)


@pytest.mark.parametrize("victim, actor1", [
    ("A Jubo Dal leader", "JJD: Jatiyatabadi Jubo Dal"),
    ("A PBCP cadre", "PBCP: Purba Banglar Communist Party"),
])
@pytest.mark.parametrize("killers", ["by his party members", "by party rivals", "in a factional feud"])
def test_one_intra_group_list_serves_party_men_and_rebels(pipeline, victim: str, actor1: str, killers: str) -> None:
    (event,) = _events(pipeline, f"{victim} was hacked to death {killers} at Lorem village in Ipsum upazila on "
                                 "Sunday.")
    assert event.actor1 == actor1


def test_a_fight_within_one_party_has_it_on_both_sides(pipeline) -> None:
    # the people hurt are no side of the fight
    (event,) = _events(pipeline, "Two factions of the Chhatra League clashed with firearms over a hall seat in "
                                 "Rajshahi on Sunday, injuring 11 people.")
    assert event.actor1 == event.actor2 == "BCL: Bangladesh Chhatra League"


def test_a_riot_between_two_groups_has_rioters_on_both_sides(pipeline) -> None:
    (event,) = _events(pipeline, "Two groups of villagers clashed over the lease of a pond in Bhola on Sunday, "
                                 "injuring 20 people.")
    assert event.event_type == "Riots"
    assert event.actor1 == event.actor2 == "Rioters (Bangladesh)"


@pytest.mark.parametrize("text, actor2", [
    ("Unknown men vandalised a temple and two shops in Dinajpur on Sunday.", "Civilians (Bangladesh)"),
    ("Police recovered 25 crude bombs from a char area in Brahmanbaria on Sunday.",
     "Unidentified Armed Group (Bangladesh)"),
    ("An angry mob beat up a school teacher in Bogura on Sunday.", "Civilians (Bangladesh)"),
])
def test_the_sub_event_type_gives_actor2_when_the_text_names_none(pipeline, text: str, actor2: str) -> None:
    # ACLED: wrecked property was civilians'; seized bombs whose owner is not told, an unknown group's
    (event,) = _events(pipeline, text)
    assert event.actor2 == actor2


@pytest.mark.parametrize("text, actor2", [
    # violence against civilians falls on them whoever they are (one default, the taxonomy's `target`)
    ("Unknown gunmen abducted two people from a village in Sirajganj district on Sunday.", "Civilians (Bangladesh)"),
    # an explosion only where the text says it fell on civilians: their words, or people of no side hurt
    ("A crude bomb exploded near traders at a bazaar in Sirajganj on Sunday. No one was hurt.",
     "Civilians (Bangladesh)"),
    ("A bomb went off in a crowded bazaar in Gaibandha on Sunday, killing three persons.", "Civilians (Bangladesh)"),
    ("A bomb exploded near the district court in Sirajganj on Sunday. No one was hurt.", None),
])
def test_the_default_victim_is_the_sub_event_type_s_target(pipeline, text: str, actor2: str | None) -> None:
    (event,) = _events(pipeline, text)
    assert event.actor2 == actor2
    assert (event.civilian_targeting is not None) == (actor2 is not None)


@pytest.mark.parametrize("words, origin", [
    ("a van carrying Chinese nationals", "China"),
    # a state's forces are no civilians: their demonym tells nothing of the people hurt
    ("two trucks bringing food to Ethiopian troops", None),
])
def test_implied_civilians_take_the_country_of_the_people_told_not_of_forces(pipeline, words: str,
                                                                             origin: str | None) -> None:
    from sitrep.extract.targets import _civilians_origin

    doc = pipeline.res.nlp(words)
    assert _civilians_origin(doc[:], pipeline.res) == origin


@pytest.mark.parametrize("text, actor2", [
    # ACLED names civilians by their nationality, told however many words before their noun
    ("Indian border guards shot dead two Bangladeshi cattle traders near the frontier on Sunday.",
     "Civilians (Bangladesh)"),
    # civilians the text only implies stand at the trigger: a demonym before it is not theirs
    ("Unidentified men from Indian territory shot and killed a youth at the border in Patgram upazila "
     "(Lalmonirhat) on Sunday.", "Civilians (Bangladesh)"),
    # the people the victims guard are not the victims; guards are a private security force (ACLED: inter 8)
    ("Gunmen abducted three security guards deployed for the protection of Chinese engineers in Thatta on "
     "Tuesday.", "Private Security Forces (Pakistan)"),
    ("Gunmen abducted three drivers working for Chinese engineers in Thatta on Tuesday.", "Civilians (Pakistan)"),
])
def test_civilians_take_the_nationality_the_text_gives_them(pipeline, text: str, actor2: str) -> None:
    (event,) = _events(pipeline, text)
    assert event.actor2 == actor2


@pytest.mark.parametrize("text, victims", [
    # the victim's own mention, before the trigger or after it, names their country wherever they fell
    ("A Bangladeshi national was beaten to death by BSF in Cooch Behar, West Bengal, on Friday.",
     "Civilians (Bangladesh)"),
    ("A Bangladeshi youth was shot dead by BSF inside Cooch Behar district of West Bengal on Sunday.",
     "Civilians (Bangladesh)"),
    ("BSF members shot dead a Bangladeshi farmer inside Cooch Behar district of West Bengal on Sunday.",
     "Civilians (Bangladesh)"),
    # people named after "by" acted: they are not the victims
    ("A grenade was thrown into a hall in Cooch Behar, West Bengal, during a meeting called by Bangladeshi "
     "community leaders, killing one person.", "Civilians (India)"),
])
def test_implied_civilians_take_the_nationality_of_their_own_mention(pipeline, text: str, victims: str) -> None:
    events = _events(pipeline, text)
    assert events and events[0].actor2 == victims


def test_a_community_member_attacked_is_a_civilian_of_the_community_s_country(pipeline) -> None:
    # the community's militia is a side only where it fights; its members shot dead are civilians
    (event,) = _events(pipeline, "Masked gunmen shot dead a member of the Rohingya community in a refugee camp "
                                 "in Ukhia upazila on Sunday.")
    assert (event.event_type, event.actor2, event.inter2) == ("Violence against civilians", "Civilians (Myanmar)", 7)


def test_a_blast_that_killed_people_no_side_is_named_for_fell_on_civilians(pipeline) -> None:
    (event,) = _events(pipeline, "A bomb went off in a crowded bazaar in Gaibandha on Sunday, killing three persons.")
    assert (event.event_type, event.actor2) == ("Explosions/Remote violence", "Civilians (Bangladesh)")


def test_a_blast_that_hurt_no_one_keeps_no_actor2(pipeline) -> None:
    (event,) = _events(pipeline, "A crude bomb went off near a party office in Gaibandha on Sunday. No one was hurt.")
    assert event.event_type == "Explosions/Remote violence" and event.actor2 is None


def test_a_party_condemning_an_attack_on_its_candidate_is_only_the_victim_s_associate(pipeline) -> None:
    (event,) = _events(pipeline, "The Patriotic Front has condemned the attack on the home of a PF candidate "
                                 "in Kasama that left one person dead.")
    assert (event.actor1, event.actor2, event.assoc_actor_2) == (
        "Unidentified Armed Group (Zambia)", "Civilians (Zambia)", "PF: Patriotic Front")


@pytest.mark.parametrize(("text", "victims"), [
    ("A Rohingya youth was stabbed to death at the Kutupalong refugee camp in Ukhia upazila on Sunday.",
     "Civilians (Myanmar)"),
    ("Unidentified assailants shot dead a Rohingya community leader at a camp in Teknaf upazila of "
     "Cox's Bazar on Monday.", "Civilians (Myanmar)"),
    # no people named: the civilians are the event country's
    ("Unidentified assailants shot dead a shopkeeper in Teknaf upazila of Cox's Bazar on Monday.",
     "Civilians (Bangladesh)"),
])
def test_civilians_of_a_people_acled_names_by_one_country_take_that_country(pipeline, text, victims) -> None:
    # `nationals` in countries.yaml: Rohingya civilians are Myanmar's wherever they are attacked
    events = _events(pipeline, text)
    assert events and events[0].actor2 == victims


@pytest.mark.parametrize("text", [
    "Gunmen shot dead an off-duty policeman at his home in Mardan on Sunday.",
    "Unknown assailants hacked to death a temple priest in Pabna on Sunday amid a nationwide police drive "
    "against militants.",
])
def test_violence_against_civilians_falls_on_civilians_not_on_forces_named_beside_it(pipeline, text: str) -> None:
    # ACLED: the target of violence against civilians is always civilians (inter 7)
    (event,) = _events(pipeline, text)
    assert event.event_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.startswith("Civilians (") and event.inter2 == 7
@pytest.mark.parametrize("text, assoc_1, assoc_2", [
    # ACLED names who the civilians or demonstrators are as associated actors
    ("Police baton-charged women protesters outside the press club in Quetta on Friday.", "Women (Pakistan)", None),
    ("Students staged a protest in Lahore on Monday against the fee increase.", "Students (Pakistan)", None),
    ("Gunmen shot dead two Hazara shopkeepers in Quetta on Saturday.", None, "Hazara Ethnic Group (Pakistan)"),
    # people hit at a place of worship belong to its community
    ("A suicide bomber blew himself up inside a Shi'ite mosque in Mazar-i-Sharif, killing 14 worshippers.",
     None, "Shia Muslim Group (Afghanistan)"),
    # refugees keep their own country
    ("Hundreds of Afghan refugees protested in Peshawar on Monday against deportations.",
     "Refugees/IDPs (Afghanistan)", None),
    ("On Saturday, a Hazara shopkeeper was shot dead by unidentified gunmen in Quetta.", None,
     "Hazara Ethnic Group (Pakistan)"),
    ("Gunmen shot dead two shopkeepers in Quetta on Saturday.", None, None),
    # issue 4: the people who protest open the sentence, however long their name; workers by their work
    ("Students of the Government College University staged a protest in Faisalabad on Friday against the fee hike.",
     "Students (Pakistan)", None),
    ("Female students staged a protest in Peshawar on Thursday against a rise in hostel charges.",
     "Women (Pakistan); Students (Pakistan)", None),
    ("Labourers of a textile mill held a protest in Faisalabad on Monday over unpaid wages.",
     "Labor Group (Pakistan)", None),
])
def test_identity_words_name_the_associated_actor(pipeline, text: str, assoc_1: str | None,
                                                  assoc_2: str | None) -> None:
    (event,) = _events(pipeline, text)
    assert (event.assoc_actor_1, event.assoc_actor_2) == (assoc_1, assoc_2)
