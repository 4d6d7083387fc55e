"""What JupyterHub loads (`jupyterhub -f …/advisor/app/hub/jupyterhub_config.py`): the workshop plan.

Started by `flexwork workshop`, which writes the plan and sets FLEXWORK_HUB_PLAN.
"""

import json
import os
from pathlib import Path

from advisor.app.hub.config import apply

apply(get_config(), json.loads(Path(os.environ["FLEXWORK_HUB_PLAN"]).read_text(encoding="utf-8")))  # type: ignore[name-defined]  # noqa: F821 - JupyterHub's
