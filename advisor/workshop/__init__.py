"""`flexwork workshop`: one JupyterHub for a facilitator and the participants in a room.

Layering: this package may import advisor.app and the core modules; nothing imports it back
(only the CLI command and the hub's configuration file load it). The JupyterHub-specific parts
(authenticator, spawner, authorizer) import jupyterhub and are only loaded inside the hub and the
single-user servers.
"""
