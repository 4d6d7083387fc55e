"""What a participant's single-user server lets its (authenticated) user do.

Every participant's server runs the same workbooks. Through the browser they need to read pages
and talk to their page's kernel over its widget channel; nothing else. So:

- no writes through the Jupyter REST API (no saving or uploading notebooks into the shared
  workbooks folder, no new sessions or kernels, no settings changes);
- the kernel channel only carries widget and kernel-info messages (``allowed_message_types`` in
  ``jupyter_config/jupyter_server_config.json``, the same list standalone Voilà uses), so no code
  can be sent to a kernel from the browser;
- no terminals.

Voilà's own pages (render, static files, kernel shutdown on unload) are not affected: they only
require the hub's login, which JupyterHubAuthorizer already checks.
"""

from __future__ import annotations

from jupyterhub.singleuser.extension import JupyterHubAuthorizer

READ_ONLY = {"contents", "kernelspecs", "api", "config", "nbconvert", "csp", "events"}


class WorkshopAuthorizer(JupyterHubAuthorizer):
    """A participant's server: only its owner, and read-only REST access."""

    def is_authorized(self, handler, user, action, resource):  # noqa: ANN001, ANN201 - Jupyter Server API
        """True only for the owner (as JupyterHub checks it) reading REST resources or using the page kernels' widget channel."""
        if not super().is_authorized(handler, user, action, resource):
            return False
        if action == "read":
            return resource in READ_ONLY or resource == "kernels"
        # "execute" on kernels is the widget channel of an already running page kernel; the
        # message types it may carry are restricted by MappingKernelManager.allowed_message_types.
        return action == "execute" and resource == "kernels"
