"""A one-sentence note in ACLED's style, written from the event's own fields (our wording)."""

from __future__ import annotations

from sitrep.model import Event

# How each sub-event type reads as a verb phrase; {a1} and {a2} are the actors.
_VERBS = {
    "Armed clash": "{a1} clashed with {a2}",
    "Government regains territory": "{a1} regained territory from {a2}",
    "Non-state actor overtakes territory": "{a1} took over territory from {a2}",
    "Chemical weapon": "{a1} used a chemical weapon against {a2}",
    "Air/drone strike": "{a1} carried out an air or drone strike on {a2}",
    "Suicide bomb": "{a1} carried out a suicide bombing against {a2}",
    "Shelling/artillery/missile attack": "{a1} shelled or fired missiles at {a2}",
    "Remote explosive/landmine/IED": "an explosive device planted by {a1} went off, hitting {a2}",
    "Grenade": "{a1} threw a grenade at {a2}",
    "Sexual violence": "{a1} sexually assaulted {a2}",
    "Attack": "{a1} attacked {a2}",
    "Abduction/forced disappearance": "{a1} abducted {a2}",
    "Peaceful protest": "{a1} held a peaceful protest",
    "Protest with intervention": "{a1} protested and {a2} intervened",
    "Excessive force against protesters": "{a2} used excessive force against {a1}",
    "Violent demonstration": "{a1} held a violent demonstration",
    "Mob violence": "{a1} attacked {a2}",
    "Agreement": "{a1} reached an agreement with {a2}",
    "Arrests": "{a1} arrested {a2}",
    "Change to group/activity": "{a1} changed its activity",
    "Headquarters or base established": "{a1} established a base",
    "Looting/property destruction": "{a1} looted or destroyed property of {a2}",
    "Non-violent transfer of territory": "territory passed from {a1} to {a2} without fighting",
    "Disrupted weapons use": "{a1} disrupted the use of weapons by {a2}",
    "Other": "{a1} was involved in a strategic development",
}


def _actor(name: str | None, fallback: str) -> str:
    if not name:
        return fallback
    short = name.split(": ", 1)[-1] if ": " in name else name
    return short


def _when(event: Event) -> str:
    if event.event_date is None:
        return "On an unreported date"
    if event.time_precision in (None, 1):
        return f"On {event.event_date.day} {event.event_date:%B %Y}"
    if event.time_precision == 2 and event.date_start and event.date_end and event.date_start != event.date_end:
        return f"Between {event.date_start.day} {event.date_start:%B} and {event.date_end.day} {event.date_end:%B %Y}"
    return f"In {event.event_date:%B %Y}"


def _where(event: Event) -> str:
    parts = [p for p in (event.location, event.admin1, event.country) if p]
    parts = list(dict.fromkeys(parts))
    return f" in {', '.join(parts)}" if parts else ""


def _fatalities(event: Event) -> str:
    if event.fatalities is None:
        return ""
    sources = "; ".join(event.sources)
    noun = "fatality" if event.fatalities == 1 else "fatalities"
    return f"; {event.fatalities} {noun}" + (f" ({sources})" if sources else "")


def write_note(event: Event) -> str:
    """E.g. "On 3 February 2026, Military Forces of Pakistan clashed with Baloch Liberation Army in
    Balochistan, Pakistan; 199 fatalities (state media; The Express Tribune)."""
    verb = _VERBS.get(event.sub_event_type, "{a1} was involved in an incident with {a2}")
    a1 = _actor(event.actor1, "an unidentified group")
    a2 = _actor(event.actor2, "unidentified people" if "{a2}" in verb else "")
    text = verb.format(a1=a1, a2=a2)
    claimed = f", in an attack claimed by {', '.join(_actor(c, c) for c in event.claimed_by)}" \
        if event.claimed_by else ""
    return f"{_when(event)}, {text}{_where(event)}{claimed}{_fatalities(event)}."
