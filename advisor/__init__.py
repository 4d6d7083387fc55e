"""Flexwork Advisor: prepare and negotiate flexible working time and home-office agreements.

Importing the package switches the third-party libraries it uses to offline, private mode
before any of them is imported (see :mod:`advisor.core.offline`).
"""

from advisor.core import offline as _offline

_offline.enforce()

__version__ = "0.1.0"
