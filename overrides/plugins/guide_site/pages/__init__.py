"""Renders the form specs and the site's words into the pages."""
