"""The negotiation rehearsal: the rubric coach, the deterministic and model-phrased manager, the session."""
