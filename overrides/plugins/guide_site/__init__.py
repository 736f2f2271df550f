"""The MkDocs plugins that build the guide site (see the plugins in mkdocs.yml)."""
