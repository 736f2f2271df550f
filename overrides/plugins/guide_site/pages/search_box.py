"""What Material's header search box needs on every page (overrides/partials/search.html): the site
search runs Pagefind, one index per language (the finish plugin makes it), loaded only when a
reader opens search; Material's own index stays empty (its plugin is kept for the box only)."""

from markupsafe import Markup

from guide_site.markup import json_script
from guide_site.search_folding import FOLDS
from guide_site.site_text import phrases

SEARCH_SCRIPT = "assets/search/search.js"


def search_config(lang: str) -> Markup:
    """What the page's search script needs: its words in the page's language and the folding table."""
    # The script's address is data, not part of the inline script: the build renames the script by its
    # content (asset_fingerprints) without touching the inline script's CSP hash.
    return Markup(json_script("search-config", {"script": SEARCH_SCRIPT, "text": phrases(("search.",), lang),
                                                "folds": FOLDS}))


def left_out_of_material_search(page) -> None:
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
