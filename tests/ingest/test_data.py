from __future__ import annotations

from importlib import resources

import yaml

from sitrep.ingest.dateline import DATA_FILE, DatelineFile, DatelineRules


def test_data_datelines_file_is_valid_and_has_no_duplicates() -> None:
    raw = yaml.safe_load(resources.files("sitrep").joinpath(DATA_FILE).read_text(encoding="utf-8"))
    data = DatelineFile.model_validate(raw)
    labels = [a.label.lower() for a in data.agencies]
    assert len(labels) == len(set(labels))
    assert len(data.not_places) == len({w.lower() for w in data.not_places})
    rules = DatelineRules.load()
    assert rules.agencies["reuters"] == "Reuters"
