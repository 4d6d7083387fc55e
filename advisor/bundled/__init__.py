"""The corpus and the workbooks shipped inside the wheel.

In a source checkout they are edited where they are, at the repository root (`corpus/`,
`workbooks/`), and this folder holds only this file; `pip install .` / building a wheel maps
`advisor.bundled.corpus` and `advisor.bundled.workbooks` onto those folders (pyproject.toml,
[tool.setuptools] package-dir), so an installed `flexwork` finds them here.
advisor.core.settings picks whichever exists (BUNDLED_CORPUS, BUNDLED_WORKBOOKS).
"""
