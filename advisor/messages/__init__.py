"""The message catalogues (`*.nb.json` / `*.en.json`), read by advisor.core.i18n."""
