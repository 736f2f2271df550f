"""Each language's "page not found" page in its folder, and the neutral one at the root.

Each language build renders its 404 page (pages/not_found_page.py) and MkDocs writes it to the
site's root, where the last language built would win. The finish plugin keeps each build's page
and writes them here: ``<lang>/404.html``, and the default build's (every language at once) at
the root. Hosts serve ``<lang>/404.html`` for missing addresses under ``/<lang>/`` where they can:
this writes Netlify's ``_redirects`` for it; README shows the same for nginx.
"""

from pathlib import Path


def write_not_found_pages(site: Path, pages: dict[str, str], folders: dict[str, str], homes: dict[str, str]) -> None:
    """``pages``: each language's rendered 404 page; ``folders``: its folder ("" for the default
    language, "ar/"); ``homes``: its home page as an absolute path."""
    for lang, html in pages.items():
        (site / folders[lang]).mkdir(parents=True, exist_ok=True)
        (site / folders[lang] / "404.html").write_text(html, encoding="utf-8")
    (site / "_redirects").write_text(redirects({lang: homes[lang] for lang in pages if folders[lang]}), encoding="utf-8")


def redirects(homes: dict[str, str]) -> str:
    """Netlify's rules: a missing address under a language's folder gets that language's 404 page
    (with status 404; an existing file always wins). Everything else gets the root 404.html."""
    lines = [f"{home}*  {home}404.html  404" for home in homes.values()]
    return "# A missing page under /<lang>/ gets that language's 404 page.\n" + "\n".join(lines) + "\n"
