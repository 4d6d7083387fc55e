"""Prompt files for the language-model back ends (Norwegian bokmål), read with importlib.resources."""
