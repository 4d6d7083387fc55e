"""Step models: the state and logic of each workbook, without widgets (tests drive these directly)."""
