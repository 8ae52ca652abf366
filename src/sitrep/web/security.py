"""Passwords, signed session cookies and CSRF tokens for the web app.

Sessions are a signed cookie (HMAC-SHA256 over a small JSON payload) holding the user name and
a random nonce; every visitor gets one, so forms shown before login (the login form itself)
carry a CSRF token too. The CSRF token is bound to the session nonce, and the nonce changes at
login and logout, so a token fixed by an attacker before login is worthless after it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from sitrep.settings import Settings

SESSION_COOKIE = "sitrep_session"
SESSION_MAX_AGE = 12 * 3600  # seconds; a login lasts a working day
SECRET_FILE = ".sitrep-web-secret"

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# A fixed hash to verify against when the user does not exist, so a login takes as long either way.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def check_login(password_hash: str | None, password: str) -> bool:
    if password_hash is None:
        verify_password(_DUMMY_HASH, password)
        return False
    return verify_password(password_hash, password)


@dataclass(frozen=True, slots=True)
class Session:
    nonce: str
    user: str | None = None
    issued: int = 0

    @classmethod
    def new(cls, user: str | None = None) -> Session:
        return cls(nonce=secrets.token_urlsafe(18), user=user, issued=int(time.time()))

    def login(self, user: str) -> Session:
        return Session.new(user)

    def logout(self) -> Session:
        return Session.new(None)

    def touch(self) -> Session:
        return replace(self, issued=int(time.time()))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs sessions and derives CSRF tokens from one server secret."""

    def __init__(self, secret: str) -> None:
        if len(secret) < 16:
            raise ValueError("the web secret must be at least 16 characters")
        self._key = hashlib.sha256(secret.encode("utf-8")).digest()

    def _mac(self, purpose: str, data: str) -> str:
        return _b64(hmac.new(self._key, f"{purpose}:{data}".encode(), hashlib.sha256).digest())

    def dump(self, session: Session) -> str:
        payload = _b64(json.dumps({"n": session.nonce, "u": session.user, "t": session.issued},
                                  separators=(",", ":")).encode("utf-8"))
        return f"{payload}.{self._mac('session', payload)}"

    def load(self, cookie: str | None, *, now: float | None = None) -> Session | None:
        """The session in a cookie, or None when it is missing, forged, malformed or expired."""
        if not cookie or cookie.count(".") != 1:
            return None
        payload, mac = cookie.split(".")
        if not hmac.compare_digest(mac, self._mac("session", payload)):
            return None
        try:
            data = json.loads(_unb64(payload))
            session = Session(nonce=str(data["n"]), user=data["u"], issued=int(data["t"]))
        except (ValueError, KeyError, TypeError):
            return None
        if session.user is not None and not isinstance(session.user, str):
            return None
        if (now if now is not None else time.time()) - session.issued > SESSION_MAX_AGE:
            return None
        return session

    def csrf_token(self, session: Session) -> str:
        return self._mac("csrf", session.nonce)

    def check_csrf(self, session: Session, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token), self.csrf_token(session))


def secret_dir(db_url: str) -> Path:
    """Where a generated secret lives: beside a SQLite database file, else the working directory."""
    if db_url.startswith("sqlite:///"):
        path = db_url.removeprefix("sqlite:///").split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path).expanduser().resolve().parent
    elif "://" not in db_url:
        return Path(db_url).expanduser().resolve().parent
    return Path.cwd()


def load_secret(settings: Settings) -> str:
    """The server secret: `settings.web_secret`, or one generated once into the database dir."""
    if settings.web_secret:
        return settings.web_secret
    path = secret_dir(settings.db) / SECRET_FILE
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    secret = secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.write_text(secret, encoding="utf-8")
    return secret
