from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.settings import Settings
from sitrep.web.security import (
    SECRET_FILE, SESSION_MAX_AGE, Session, Signer, check_login, hash_password, load_secret,
    secret_dir, verify_password,
)

SIGNER = Signer("a-server-secret-for-tests")


def test_security_password_hash_is_argon2_and_verifies() -> None:
    h = hash_password("correct horse")
    assert h.startswith("$argon2") and "correct horse" not in h
    assert verify_password(h, "correct horse") and not verify_password(h, "wrong horse")
    assert not verify_password("not-a-hash", "x")


def test_security_check_login_unknown_user_is_false() -> None:
    assert check_login(None, "anything") is False


def test_security_session_round_trip() -> None:
    s = Session.new("rita")
    assert SIGNER.load(SIGNER.dump(s)) == s


@pytest.mark.parametrize("mangle", [
    lambda c: c[:-2] + ("AA" if not c.endswith("AA") else "BB"),  # forged signature
    lambda c: "e30" + c[3:],  # payload swapped
    lambda c: c.replace(".", ""),
    lambda c: "",
    lambda c: "a.b.c",
])
def test_security_tampered_cookie_is_no_session(mangle) -> None:  # type: ignore[no-untyped-def]
    assert SIGNER.load(mangle(SIGNER.dump(Session.new("rita")))) is None


def test_security_cookie_from_another_secret_is_refused() -> None:
    other = Signer("another-secret-entirely")
    assert SIGNER.load(other.dump(Session.new("rita"))) is None


def test_security_session_expires() -> None:
    s = Session.new("rita")
    assert SIGNER.load(SIGNER.dump(s), now=s.issued + SESSION_MAX_AGE + 1) is None


def test_security_csrf_token_bound_to_session_nonce() -> None:
    s1, s2 = Session.new(), Session.new()
    token = SIGNER.csrf_token(s1)
    assert SIGNER.check_csrf(s1, token)
    assert not SIGNER.check_csrf(s2, token)
    assert not SIGNER.check_csrf(s1.login("rita"), token)  # login rotates the nonce
    assert not SIGNER.check_csrf(s1, None) and not SIGNER.check_csrf(s1, "")


def test_security_secret_from_settings_wins(tmp_path: Path) -> None:
    s = Settings(db=f"sqlite:///{tmp_path}/x.db", web_secret="configured-secret-123")
    assert load_secret(s) == "configured-secret-123"
    assert not (tmp_path / SECRET_FILE).exists()


def test_security_secret_generated_once_beside_the_database(tmp_path: Path) -> None:
    s = Settings(db=f"sqlite:///{tmp_path}/sub/x.db")
    first = load_secret(s)
    assert (tmp_path / "sub" / SECRET_FILE).read_text() == first
    assert (tmp_path / "sub" / SECRET_FILE).stat().st_mode & 0o077 == 0
    assert load_secret(s) == first and len(first) >= 32


@pytest.mark.parametrize("url,expected", [
    ("sqlite:////data/x/s.db", Path("/data/x")), ("/data/y/s.db", Path("/data/y")),
])
def test_security_secret_dir(url: str, expected: Path) -> None:
    assert secret_dir(url) == expected


def test_security_short_secret_refused() -> None:
    with pytest.raises(ValueError):
        Signer("short")
