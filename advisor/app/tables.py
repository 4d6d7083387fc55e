"""The tables of saved per-user values: whole values, and documents saved field by field.

`app_state` holds one JSON value per (user, key): preferences, drafted results, a workshop
membership, and any document saved the old way (a whole form per row). A document that a page
edits field by field lives in `app_fields` instead, one row per leaf (a form field, or one field
of one list item) with the document version that last wrote it; `app_docs` holds each such
document's version counter, whose row is locked by every write to the document.
"""

from __future__ import annotations

import sqlalchemy as sa

MAX_USER = 200
MAX_KEY = 100
MAX_PATH = 200

metadata = sa.MetaData()

app_state = sa.Table(
    "app_state",
    metadata,
    sa.Column("user", sa.String(MAX_USER), primary_key=True),
    sa.Column("key", sa.String(MAX_KEY), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

app_docs = sa.Table(
    "app_docs",
    metadata,
    sa.Column("user", sa.String(MAX_USER), primary_key=True),
    sa.Column("key", sa.String(MAX_KEY), primary_key=True),
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

app_fields = sa.Table(
    "app_fields",
    metadata,
    sa.Column("user", sa.String(MAX_USER), primary_key=True),
    sa.Column("key", sa.String(MAX_KEY), primary_key=True),
    # "role"; a nested field "points/3/notes"; a list item's field "tasks/<item id>/name".
    sa.Column("path", sa.String(MAX_PATH), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
    # Set on the rows of list items only: the item's place in its list (items are kept by id).
    sa.Column("pos", sa.Float, nullable=True),
)
