"""The refusal check: deadline, reading the refusal, the case analysis, the texts built from it."""
