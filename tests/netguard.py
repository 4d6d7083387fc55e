"""Block outbound network at the socket level (imported via sitecustomize in a subprocess).

Every attempt to connect an internet socket, or to resolve a host name, raises and is recorded
in the file named by FLEXWORK_NETGUARD_LOG, so a test can prove nothing even tried.
"""

import os
import socket
from pathlib import Path

_LOG = os.environ.get("FLEXWORK_NETGUARD_LOG")
_ALLOW_LOOPBACK = os.environ.get("FLEXWORK_NETGUARD_LOOPBACK") == "1"


def _record(what: str) -> None:
    if _LOG:
        with Path(_LOG).open("a", encoding="utf-8") as fh:
            fh.write(what + "\n")


def _is_loopback(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    return isinstance(host, str) and (host.startswith("127.") or host in ("::1", "localhost"))


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not (_ALLOW_LOOPBACK and _is_loopback(address)):
        _record(f"connect {address!r}")
        raise OSError(f"network blocked by test: connect to {address!r}")
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not (_ALLOW_LOOPBACK and _is_loopback(address)):
        _record(f"connect_ex {address!r}")
        raise OSError(f"network blocked by test: connect to {address!r}")
    return _connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if not (_ALLOW_LOOPBACK and _is_loopback(host)) and host not in (None, ""):
        _record(f"getaddrinfo {host!r}")
        raise socket.gaierror(f"network blocked by test: resolve {host!r}")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo
