"""Answering: compose cited answers, the one citation check, grounding in passages, model answers and refinement, export."""
