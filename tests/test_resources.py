import pytest

from sitrep.errors import ConfigError
from sitrep.extract.casualty_lexicon import CasualtyLexicon
from sitrep.extract.taxonomy import Taxonomy
from sitrep.nlp.components import cue_regex
from sitrep.resources import Resources, cue_stems
from sitrep.settings import Settings


def test_resources_cue_stems_pick_event_sentences_not_background() -> None:
    stems = cue_stems(Taxonomy.load(), CasualtyLexicon.load())
    assert all(len(s) >= 4 for s in stems)
    pattern = cue_regex(stems)
    assert pattern.search("Gunmen ambushed a police van near Turbat on Monday.")
    assert pattern.search("Three soldiers were killed.")
    assert not pattern.search("The province is rich in copper and natural gas.")


def test_resources_unknown_ner_scope_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="ner_scope"):
        Resources.load(Settings(ner_scope="some"))
