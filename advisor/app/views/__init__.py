"""Views: the widgets of each workbook, bound to its step model."""
