"""The few HTML pieces the hooks share: a Turkish term, a left-to-right run, a JSON data element."""

import json
from html import escape


def turkish(text: str) -> str:
    """A Turkish term of the portal, isolated inside text of any direction."""
    return f'<bdi lang="tr" class="tr-term">{escape(text)}</bdi>'


def ltr(text: str) -> str:
    """A number, code or address that reads left to right, even inside Arabic."""
    return f'<bdi dir="ltr">{escape(text)}</bdi>'


def json_script(element_id: str, data: object) -> str:
    """Data for a page script, in a non-executed <script>; "</" is escaped so it cannot close the element."""
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="{element_id}">{payload}</script>'
