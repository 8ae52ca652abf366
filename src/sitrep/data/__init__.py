"""Domain knowledge as data files, and the one way they are read: YAML validated by a pydantic model."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from sitrep.errors import DataFileError

_M = TypeVar("_M", bound=BaseModel)


def load_yaml(path: Path, schema: type[_M], *, kind: str) -> _M:
    """`path` read as `schema`; an unreadable or invalid file is a DataFileError naming it.
    `kind` says what the file is for in the message ("place", "evaluation")."""
    try:
        return schema.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise DataFileError(f"cannot read the {kind} data file — {exc}; reinstall sitrep",
                            path=str(path)) from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise DataFileError(f"bad {kind} data file — {exc}; fix it against "
                            f"{schema.__module__}.{schema.__name__}", path=str(path)) from exc
