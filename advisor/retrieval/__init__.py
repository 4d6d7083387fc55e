"""Retrieval: the Chroma + BM25 index, fused retrieval and the retrieval evaluation."""
