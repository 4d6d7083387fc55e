"""The written agreement: drafting it, and the gap check of an existing agreement."""
