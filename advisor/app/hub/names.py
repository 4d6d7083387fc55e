"""Participant names, join codes and secrets: plain functions shared by the hub and the CLI (no jupyterhub)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

NAME_RE = re.compile(r"^[a-z0-9æøåäöüé][a-z0-9æøåäöüé._-]{1,31}$")
PIN_MIN = 4
PIN_MAX = 40
_ITERATIONS = 120_000


def normalise_name(name: str) -> str:
    """The hub user name for what a participant typed: lower case, spaces as '-', NFC.

    'Kari Nordmann' -> 'kari-nordmann'. Returns '' when nothing usable is left or the name does not
    fit the pattern (2-32 letters, digits, '.', '_' or '-', starting with a letter or digit).
    """
    name = unicodedata.normalize("NFC", name or "").strip().lower()
    name = re.sub(r"\s+", "-", name)
    return name if NAME_RE.match(name) else ""


def normalise_code(code: str) -> str:
    """A workshop code as typed, upper-cased with everything but letters and digits removed."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def new_secret() -> str:
    """The facilitator's secret: four groups of four characters, easy to type, ~80 bits."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))


def hash_secret(secret: str, salt: str | None = None) -> str:
    """A salted PBKDF2 hash of a PIN or secret, as stored."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), bytes.fromhex(salt), _ITERATIONS).hex()
    return f"pbkdf2:{salt}:{digest}"


def verify_secret(secret: str, stored: str) -> bool:
    """True if `secret` matches the stored hash."""
    try:
        kind, salt, _digest = stored.split(":", 2)
    except ValueError:
        return False
    return kind == "pbkdf2" and hmac.compare_digest(hash_secret(secret, salt), stored)
