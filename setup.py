"""The package list for setuptools: advisor* plus the corpus and workbooks folders, which live at the
repository root and go into the wheel as advisor.bundled.corpus / advisor.bundled.workbooks
(package-dir and package-data in pyproject.toml). Everything else is configured in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["advisor", "advisor.*"]), "advisor.bundled.corpus", "advisor.bundled.workbooks"])
