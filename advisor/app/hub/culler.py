"""jupyterhub-idle-culler as the hub's service, stopping at once when the hub stops it.

The hub stops a service with SIGINT, then SIGTERM; the culler's event loop ignores SIGINT, so every
hub shutdown waited ~30 s for it. Same culler, same command-line options.
"""

import os
import signal

from jupyterhub_idle_culler import main

if __name__ == "__main__":
    signal.signal(signal.SIGINT, lambda *_: os._exit(0))
    main()
