"""One exception tree; the library raises, only `cli/` and `web/` turn these into text or HTTP.

    SitrepError                      [S0xx] base: a data or user error (CLI exit 1)
    ├── InputError                   [S1xx] a file or record could not be read
    │   ├── EmptyInputError          S101
    │   ├── BinaryInputError         S102
    │   ├── EncodingError            S103
    │   ├── TooLargeError            S104
    │   ├── MalformedRecordError     S105 (bad JSON line, CSV row, HTML, feed entry)
    │   ├── MissingFieldError        S106
    │   ├── BadDateError             S107
    │   ├── LanguageError            S108 (not English)
    │   └── UnsupportedFormatError   S109
    ├── ConfigError                  [S2xx] settings, data files, registry names
    │   ├── DataFileError            S201
    │   └── RegistryError            S202
    ├── StoreError                   [S3xx] database problems
    │   ├── StoreUnavailableError    S301 (cannot open/connect, read-only, disk full)
    │   └── SchemaVersionError       S302
    ├── PipelineError                [S4xx] a stage failed on an article
    └── EvalError                    [S5xx] gold files the scorer cannot read

Messages follow `[S0xx] what failed: where — likely cause; what to do`.
"""

from __future__ import annotations


class SitrepError(Exception):
    code = "S000"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 article_id: str | None = None, stage: str | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.article_id = article_id
        self.stage = stage
        super().__init__(str(self))

    @property
    def where(self) -> str:
        if self.path is not None:
            return f"{self.path}:{self.line}" if self.line is not None else self.path
        if self.article_id is not None:
            return f"article {self.article_id}" + (f" ({self.stage})" if self.stage else "")
        return self.stage or ""

    def __str__(self) -> str:
        where = self.where
        return f"[{self.code}] {where + ': ' if where else ''}{self.message}"


class InputError(SitrepError):
    code = "S100"


class EmptyInputError(InputError):
    code = "S101"


class BinaryInputError(InputError):
    code = "S102"


class EncodingError(InputError):
    code = "S103"


class TooLargeError(InputError):
    code = "S104"


class MalformedRecordError(InputError):
    code = "S105"


class MissingFieldError(InputError):
    code = "S106"


class BadDateError(InputError):
    code = "S107"


class LanguageError(InputError):
    code = "S108"


class UnsupportedFormatError(InputError):
    code = "S109"


class ConfigError(SitrepError):
    code = "S200"


class DataFileError(ConfigError):
    code = "S201"


class RegistryError(ConfigError):
    code = "S202"


class StoreError(SitrepError):
    code = "S300"


class StoreUnavailableError(StoreError):
    code = "S301"


class SchemaVersionError(StoreError):
    code = "S302"


class PipelineError(SitrepError):
    code = "S400"


class EvalError(SitrepError):
    code = "S500"
