"""Model back ends: one factory per kind (embeddings, chat models) and the fakes used in tests."""
