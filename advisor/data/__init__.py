"""Data files shipped with the package (rules, readings, shipped vectors), read through importlib.resources."""
