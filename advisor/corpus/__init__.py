"""The corpus: the one document loader, chunking into passages, the status report."""
