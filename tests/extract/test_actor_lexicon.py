from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DataFileError
from sitrep.extract.actor_lexicon import ActorLexicon, default_actor_lexicon


def test_actor_lexicon_packaged_file_loads() -> None:
    lex = ActorLexicon.load()
    assert lex.version == 1
    assert "the government" in lex.government
    assert ("prime", "minister") in lex.head_titles  # a title of several words, matched word by word
    assert {"new", "newly"} <= lex.new_group
    assert "gunm" in lex.organised and "foreign" in lex.foreign and "unidentified" in lex.unknown_only
    assert "cadres" in lex.members and "mujahideen" in lex.fighter_nouns and "expelled" in lex.left_group
    assert "succumbed" in lex.suffered and "manned" in lex.holder_participles and "corpses" in lex.remains
    assert default_actor_lexicon() is default_actor_lexicon()  # read once


def _fields(**override: object) -> str:
    lines = [f"{name}: {override.get(name, '[lorem]')}" for name in ActorLexicon.model_fields if name != "version"]
    return "\n".join(["version: 1", *lines])


def test_actor_lexicon_upper_case_word_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(_fields(group_nouns="[Front]"), encoding="utf-8")
    with pytest.raises(DataFileError, match="lower case"):
        ActorLexicon.load(path)


def test_actor_lexicon_missing_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("version: 1\ngovernment: [the cabinet]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="actor lexicon"):
        ActorLexicon.load(path)


def test_actor_lexicon_valid_file_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(_fields(head_titles='["lord protector"]'), encoding="utf-8")
    assert ActorLexicon.load(path).head_titles == (("lord", "protector"),)
