"""The workshop's login: the workshop code, a name the participant chooses, and their own PIN.

No shared password: the workshop code only says "you are in this room's workshop"; the first
time a name is used, the PIN typed with it is stored (hashed) and from then on that name can only
be entered with that PIN, so nobody can take over another participant's name (and their saved
work) by typing it. The facilitator logs in with their own name and the secret `flexwork
workshop` printed at start; they are the hub's admin.
"""

from __future__ import annotations

import hmac
import json
import os
import tempfile
from pathlib import Path

from jupyterhub.auth import Authenticator
from traitlets import Unicode

from advisor.app.hub.names import PIN_MAX, PIN_MIN, hash_secret, normalise_code, normalise_name, verify_secret


class WorkshopAuthenticator(Authenticator):
    """Workshop code + chosen name + personal PIN for participants; name + secret for the facilitator."""

    workshop_code = Unicode("", config=True, help="The join code participants type.")
    facilitator = Unicode("fasilitator", config=True, help="The facilitator's user name (admin).")
    facilitator_secret_hash = Unicode("", config=True, help="pbkdf2 hash of the facilitator's secret.")
    claims_file = Unicode("", config=True, help="JSON file of claimed names and their PIN hashes.")

    def normalize_username(self, username: str) -> str:
        """The participant name in its one stored form (normalise_name), so «Anna» and «anna » are one user."""
        return normalise_name(username) or (username or "").strip().lower()

    def validate_username(self, username: str) -> bool:
        """True if the name is allowed as a participant name and JupyterHub accepts it."""
        return bool(normalise_name(username)) and super().validate_username(username)

    async def authenticate(self, handler, data):  # noqa: ANN001, ANN201 - JupyterHub API
        """The user (name, admin flag) for the facilitator's secret, or a right workshop code with a new or matching PIN; else None."""
        name = normalise_name(data.get("username", ""))
        secret = data.get("password", "")
        if not name:
            return None
        if name == self.facilitator:
            if self.facilitator_secret_hash and verify_secret(secret.strip(), self.facilitator_secret_hash):
                return {"name": name, "admin": True}
            self.log.warning("Facilitator login refused: wrong secret")
            return None
        code = normalise_code(secret)
        if not self.workshop_code or not hmac.compare_digest(code, normalise_code(self.workshop_code)):
            self.log.warning("Participant login refused: wrong workshop code")
            return None
        pin = (data.get("pin") or "").strip()
        if not PIN_MIN <= len(pin) <= PIN_MAX:
            self.log.warning("Participant login refused: PIN missing or too short")
            return None
        claims = self._claims()
        stored = claims.get(name)
        if stored is None:
            claims[name] = hash_secret(pin)
            self._save_claims(claims)
            self.log.info("New participant %s joined the workshop", name)
        elif not verify_secret(pin, stored):
            self.log.warning("Participant login refused: the name is taken and the PIN does not match")
            return None
        return {"name": name, "admin": False}

    # -- claimed names ----------------------------------------------------------------------------

    def _claims(self) -> dict[str, str]:
        try:
            return json.loads(Path(self.claims_file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save_claims(self, claims: dict[str, str]) -> None:
        path = Path(self.claims_file)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".claims-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(claims, f)
        Path(tmp).chmod(0o600)
        Path(tmp).replace(path)
