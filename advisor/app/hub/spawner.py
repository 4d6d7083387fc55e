"""Each participant's server: a local process with its own home folder under the data folder.

SimpleLocalProcessSpawner (no OS account per participant) is what works as root in a VM or a
container, and the participants never get a shell or a code cell: the single-user server refuses
REST writes and kernel code messages (advisor.app.hub.singleuser). What separates their data is
the state store, keyed by JUPYTERHUB_USER, and their own folder. Memory and CPU limits are
enforced with control groups where the hub may write them (advisor.app.hub.limits).
"""

from __future__ import annotations

from jupyterhub.spawner import SimpleLocalProcessSpawner

from advisor.app.hub import limits


class WorkshopSpawner(SimpleLocalProcessSpawner):
    """Local single-user servers with the workshop's memory and CPU limits."""

    _limit_procs: list = []  # noqa: RUF012 - set per instance in start()

    async def start(self):  # noqa: ANN201 - JupyterHub API
        """Prepare the user's memory and CPU limits, then start their server."""
        prepared = limits.prepare(self.user.name, self.mem_limit, self.cpu_limit)
        self._limit_procs = prepared.procs_files
        self.log.info("Limits for %s: %s", self.user.name, prepared.note)
        return await super().start()

    def make_preexec_fn(self, name):  # noqa: ANN001, ANN201
        """The function run in the child before the server: set up its home, then join the limit groups."""
        setup_home = super().make_preexec_fn(name)
        procs = list(self._limit_procs)

        def preexec() -> None:
            setup_home()
            limits.join(procs)

        return preexec
