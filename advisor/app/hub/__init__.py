"""`flexwork workshop`: one JupyterHub for a facilitator and the participants in a room.

Layering: part of the app layer; it may import the rest of advisor.app and the layers below,
and nothing in the package imports it back (only the CLI's `workshop` command and the hub's
configuration file load it). The JupyterHub-specific parts
(authenticator, spawner, authorizer) import jupyterhub and are only loaded inside the hub and the
single-user servers.
"""
