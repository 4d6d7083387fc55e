"""Offline and private defaults for the libraries we use.

Set before chromadb, huggingface_hub or transformers are imported, so that none of them
phones home: Chroma's telemetry is off and Hugging Face only reads local files.
"""

import os

OFFLINE_ENV = {
    "ANONYMIZED_TELEMETRY": "False",  # chromadb
    "CHROMA_TELEMETRY_IMPL": "none",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "DO_NOT_TRACK": "1",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_TRACING": "false",
}


def enforce() -> None:
    """Set the offline variables unless the user has set them explicitly."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    import logging

    for noisy in ("bm25s", "chromadb.telemetry", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Tracing to a remote service must never be switched on by an inherited variable.
    os.environ["LANGCHAIN_TRACING_V2"] = "false"
    os.environ["LANGSMITH_TRACING"] = "false"
