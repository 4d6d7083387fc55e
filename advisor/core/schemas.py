"""JSON Schemas of the files the CLI reads and writes, exported to docs/schemas/."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from advisor.core.jsonio import write_atomic
from advisor.core.models import Answer, CitedDraft, Proposal, RefusalCase, RefusalCheck, Situation
from advisor.core.settings import REPO_ROOT

SCHEMA_DIR = REPO_ROOT / "docs" / "schemas"
MODELS: dict[str, type[BaseModel]] = {
    "situation": Situation,
    "proposal": Proposal,
    "refusal-case": RefusalCase,
    "refusal-check": RefusalCheck,
    "answer": Answer,
    "cited-draft": CitedDraft,
}


def schema_texts() -> dict[str, str]:
    """File name → JSON Schema text for each model."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), ensure_ascii=False, indent=1) + "\n"
        for name, model in MODELS.items()
    }


def export_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema; returns the paths written."""

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in schema_texts().items():
        write_atomic(folder / name, text)
        paths.append(folder / name)
    return paths


if __name__ == "__main__":
    for p in export_schemas():
        print(p)
