from __future__ import annotations

import json

import pytest

from sitrep.ingest.language import StopWords, detect_language
from sitrep.settings import Settings
from tests.ingest.conftest import ENGLISH, articles, read, rejects

# Sentences written for these tests (news-like, one per language).
FOREIGN = {
    "fr": "Le gouvernement a déclaré que les militants avaient attaqué un poste de police dans la province hier soir.",
    "es": "El gobierno dijo que los militantes atacaron una comisaría en la provincia durante la noche del lunes.",
    "de": "Die Regierung sagte, dass die Kämpfer in der Nacht eine Polizeistation in der Provinz angegriffen hätten.",
    "pt": "O governo disse que os militantes atacaram uma delegacia de polícia na província ontem à noite.",
    "id": "Pemerintah mengatakan bahwa para militan menyerang kantor polisi di provinsi itu pada malam hari.",
    "ur": "کوئٹہ میں پولیس نے بتایا کہ دھماکے میں تین افراد ہلاک ہو گئے اور دس زخمی ہوئے ہیں",
    "ar": "قالت الشرطة إن ثلاثة أشخاص قتلوا في انفجار في السوق وأصيب عشرة آخرون في المدينة",
    "hi": "पुलिस ने बताया कि बाजार में हुए विस्फोट में तीन लोगों की मौत हो गई और दस घायल हो गए",
}


@pytest.fixture(scope="module")
def stop_words() -> StopWords:
    return StopWords.load()


@pytest.mark.parametrize(("lang", "text"), sorted(FOREIGN.items()))
def test_language_detects_foreign_text(stop_words, lang, text) -> None:
    assert detect_language(text, stop_words=stop_words) == lang


@pytest.mark.parametrize("text", [
    ENGLISH,
    "U.S. officials said on Monday that the talks in Doha between the two sides would resume next week.",
    "QUETTA: Gunmen on motorcycles opened fire on a van carrying labourers near Turbat, killing six of them.",
])
def test_language_english(stop_words, text) -> None:
    assert detect_language(text, stop_words=stop_words) == "en"


@pytest.mark.parametrize("text", ["Blast in Quetta", "Attentat à Quetta: trois morts", ""])
def test_language_short_text_is_not_judged(stop_words, text) -> None:
    assert detect_language(text, stop_words=stop_words) is None


def test_language_non_english_records_are_rejected_s108(write) -> None:
    lines = [json.dumps({"id": k, "text": v}) for k, v in [("en", ENGLISH), ("fr", FOREIGN["fr"]),
                                                            ("ur", FOREIGN["ur"]), ("short", "Trois morts.")]]
    items = read([write("mix.jsonl", "\n".join(lines))])
    assert [a.id for a in articles(items)] == ["en", "short"]
    assert [(r.code, r.line) for r in rejects(items)] == [("S108", 2), ("S108", 3)]
    assert articles(items)[1].language is None


def test_language_setting_admits_more_languages(write) -> None:
    [a] = read([write("fr.txt", FOREIGN["fr"])], settings=Settings(languages=("en", "fr")))
    assert a.language == "fr"
