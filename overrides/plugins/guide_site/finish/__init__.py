"""Finishes the built site: 404 pages, web manifests, search index, fingerprints, headers, service worker."""
