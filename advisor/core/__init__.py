"""The bottom layer: settings, domain models, the one text catalogue loader, text and date helpers, JSON files, offline switches."""
