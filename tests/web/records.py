"""Hand-made articles and events for the web tests (text written for these tests).

Six events over four countries and five event types, one merged from two articles, one whose
article is full of HTML that must stay text.
"""

from __future__ import annotations

from datetime import date

from sitrep.model import Article, Claim, Event, Evidence
from sitrep.store import Store
from sitrep.web.security import hash_password

PASSWORDS = {"rita": "reviewer-pass-1", "victor": "viewer-pass-1", "rob": "reviewer-pass-2"}
ROLES = {"rita": "reviewer", "victor": "viewer", "rob": "reviewer"}

TURBAT = ("Quetta: Gunmen attacked a police checkpoint near Turbat on Monday, killing four "
          "constables, officials said. The Balochistan Liberation Army claimed the attack.")
PESHAWAR = ("Peshawar: Hundreds of traders marched in Peshawar on Friday against new taxes; "
            "the protest ended peacefully.")
BANNU_1 = ("Bannu: A roadside bomb struck a police van in Bannu on Tuesday, killing seven "
           "policemen, a police spokesman said.")
BANNU_2 = ("Hospital staff in Bannu said nine people died after Tuesday's blast hit a police "
           "vehicle; the police put the toll at seven.")
KABUL = ("Kabul: Unidentified gunmen shot dead two shopkeepers in Kabul on Sunday, residents said.")
DHAKA = ("Dhaka: Rival student groups fought with sticks near the university in Dhaka on "
         "Tuesday; police said 12 people were hurt.")
XSS = ('Lahore: <script>alert("x")</script> Attackers <img src=x onerror="alert(1)"> '
       'stormed a shrine in Lahore on Friday, killing three worshippers, police said. '
       '<a href="javascript:alert(2)">more</a> & "quotes"')


def _claim(text: str, figure: str, value: int, *, about: str, side: str, source: str | None,
           article_id: str) -> Claim:
    start = text.index(figure)
    end = start + len(figure)
    sentence_end = text.find(".", end) + 1 or len(text)
    sentence_start = text.rfind(".", 0, start) + 1
    while text[sentence_start] == " ":
        sentence_start += 1
    return Claim(quantity="killed", value=value, low=value, high=value, about=about, side=side,  # type: ignore[arg-type]
                 source=source, start=start, end=end, sentence_start=sentence_start,
                 sentence_end=sentence_end, article_id=article_id)


def _ev(text: str, field: str, phrase: str, article_id: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(field, start, start + len(phrase), article_id)


def articles() -> list[Article]:
    return [
        Article(id="art-turbat", text=TURBAT, title="Checkpoint attacked near Turbat",
                url="https://news.example.org/turbat", publisher="Example Daily",
                published=date(2026, 2, 3), dateline="Quetta"),
        Article(id="art-peshawar", text=PESHAWAR, title="Traders march", publisher="Example Daily",
                published=date(2026, 2, 7), dateline="Peshawar"),
        Article(id="art-bannu-1", text=BANNU_1, title="Bomb hits police van",
                url="https://news.example.org/bannu", publisher="Frontier Post Example",
                published=date(2026, 1, 21)),
        Article(id="art-bannu-2", text=BANNU_2, title="Blast toll rises", publisher="Hospital Wire",
                published=date(2026, 1, 21)),
        Article(id="art-kabul", text=KABUL, title="Shopkeepers shot", published=date(2026, 1, 5)),
        Article(id="art-dhaka", text=DHAKA, title="Students clash", published=date(2026, 2, 11)),
        Article(id="art-xss", text=XSS, title='<b>Shrine</b> "attack"',
                url="javascript:alert(3)", publisher="<i>Evil</i>", published=date(2026, 2, 14)),
    ]


def events() -> list[Event]:
    return [
        Event(event_id="ev-turbat", article_id="art-turbat", event_type="Battles",
              sub_event_type="Armed clash", disorder_type="Political violence",
              event_date=date(2026, 2, 2), time_precision=1, actor1="Balochistan Liberation Army",
              inter1=2, actor2="Police Forces of Pakistan (2024-)", inter2=1, interaction=12,
              country="Pakistan", iso3="PAK", admin1="Balochistan", admin2="Kech", location="Turbat",
              latitude=26.0023, longitude=63.044, geo_precision=1, fatalities=4,
              claimed_by=("Balochistan Liberation Army",), sources=("officials",),
              claims=(_claim(TURBAT, "four", 4, about="constables", side="a", source="officials",
                             article_id="art-turbat"),),
              evidence=(_ev(TURBAT, "fatalities", "four", "art-turbat"),
                        _ev(TURBAT, "location", "Turbat", "art-turbat"),
                        _ev(TURBAT, "actor1", "Balochistan Liberation Army", "art-turbat"),
                        _ev(TURBAT, "event_date", "Monday", "art-turbat")),
              notes="Gunmen attacked a police checkpoint near Turbat.", confidence=0.8,
              article_ids=("art-turbat",)),
        Event(event_id="ev-peshawar", article_id="art-peshawar", event_type="Protests",
              sub_event_type="Peaceful protest", disorder_type="Demonstrations",
              event_date=date(2026, 2, 6), actor1="Protesters (Pakistan)", inter1=6,
              country="Pakistan", iso3="PAK", admin1="Khyber Pakhtunkhwa", location="Peshawar",
              latitude=34.008, longitude=71.578, geo_precision=1, fatalities=0,
              notes="Traders marched against new taxes.", confidence=0.7,
              evidence=(_ev(PESHAWAR, "location", "Peshawar on Friday", "art-peshawar"),)),
        Event(event_id="ev-bannu", article_id="art-bannu-1", event_type="Explosions/Remote violence",
              sub_event_type="Remote explosive/landmine/IED", disorder_type="Political violence",
              event_date=date(2026, 1, 20), actor1="Unidentified Armed Group (Pakistan)", inter1=3,
              actor2="Police Forces of Pakistan (2024-)", inter2=1, country="Pakistan", iso3="PAK",
              admin1="Khyber Pakhtunkhwa", location="Bannu", latitude=32.986, longitude=70.604,
              geo_precision=1, fatalities=7, fatalities_low=7, fatalities_best=7,
              fatalities_high=9, sources=("police spokesman", "hospital staff"),
              claims=(_claim(BANNU_1, "seven", 7, about="policemen", side="a",
                             source="a police spokesman", article_id="art-bannu-1"),
                      _claim(BANNU_2, "nine", 9, about="people", side="unknown",
                             source="Hospital staff", article_id="art-bannu-2")),
              evidence=(_ev(BANNU_1, "fatalities", "seven", "art-bannu-1"),
                        _ev(BANNU_1, "location", "Bannu on Tuesday", "art-bannu-1"),
                        _ev(BANNU_1, "event_date", "on Tuesday", "art-bannu-1"),
                        _ev(BANNU_2, "fatalities_high", "nine", "art-bannu-2")),
              notes="Roadside bomb hit a police van.", confidence=0.9,
              article_ids=("art-bannu-1", "art-bannu-2")),
        Event(event_id="ev-kabul", article_id="art-kabul", event_type="Violence against civilians",
              sub_event_type="Attack", disorder_type="Political violence",
              event_date=date(2026, 1, 4), actor1="Unidentified Armed Group (Afghanistan)", inter1=3,
              actor2="Civilians (Afghanistan)", inter2=7, civilian_targeting="Civilian targeting",
              country="Afghanistan", iso3="AFG", admin1="Kabul", location="Kabul",
              latitude=34.5553, longitude=69.2075, geo_precision=1, fatalities=2,
              notes="Two shopkeepers shot dead.", confidence=0.6),
        Event(event_id="ev-dhaka", article_id="art-dhaka", event_type="Riots",
              sub_event_type="Violent demonstration", disorder_type="Political violence",
              event_date=date(2026, 2, 10), actor1="Rioters (Bangladesh)", inter1=5,
              country="Bangladesh", iso3="BGD", admin1="Dhaka", location="Dhaka",
              latitude=23.7104, longitude=90.4074, geo_precision=1, fatalities=0,
              notes="Student groups fought near the university.", confidence=0.5),
        Event(event_id="ev-xss", article_id="art-xss", event_type="Violence against civilians",
              sub_event_type="Attack", disorder_type="Political violence",
              event_date=date(2026, 2, 13), actor1='<img src=x onerror="alert(4)">', inter1=3,
              country="Pakistan", iso3="PAK", admin1="Punjab", location="<script>alert(5)</script>",
              latitude=31.5204, longitude=74.3587, geo_precision=1, fatalities=3,
              claims=(_claim(XSS, "three", 3, about="worshippers", side="civilians",
                             source="<b>police</b>", article_id="art-xss"),),
              evidence=(_ev(XSS, "fatalities", "three", "art-xss"),
                        _ev(XSS, "actor1", '<img src=x onerror="alert(1)">', "art-xss"),
                        _ev(XSS, "location", "<script>alert(\"x\")</script> Attackers", "art-xss")),
              notes='<script>alert("notes")</script>', confidence=0.4),
    ]


def fill(store: Store) -> None:
    """The articles with their events, and three accounts."""
    by_article: dict[str, list[Event]] = {}
    for ev in events():
        by_article.setdefault(ev.article_id, []).append(ev)
    for art in articles():
        store.save_article(art, by_article.get(art.id, []))
    for name, password in PASSWORDS.items():
        store.add_user(name, hash_password(password), ROLES[name])  # type: ignore[arg-type]
