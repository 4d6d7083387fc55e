"""docs/schemas/ matches the pydantic models, and the examples validate against them."""

import json
from pathlib import Path

import pytest

from advisor.core.schemas import SCHEMA_DIR, schema_texts

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_exported_schemas_are_current() -> None:
    for name, text in schema_texts().items():
        path = SCHEMA_DIR / name
        assert path.is_file(), f"run: python -m advisor.core.schemas ({name} missing)"
        assert path.read_text(encoding="utf-8") == text, f"{name} is stale: run python -m advisor.core.schemas"


@pytest.mark.parametrize(
    "pattern,schema",
    [("situation-*.json", "situation"), ("proposal-*.json", "proposal"), ("refusal-*.json", "refusal-case")],
)
def test_examples_validate_against_schema(pattern, schema) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    spec = json.loads((SCHEMA_DIR / f"{schema}.schema.json").read_text(encoding="utf-8"))
    files = sorted(EXAMPLES.glob(pattern))
    assert files
    for f in files:
        jsonschema.validate(json.loads(f.read_text(encoding="utf-8")), spec)
