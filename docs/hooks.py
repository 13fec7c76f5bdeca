"""MkDocs hooks: generate the filter catalogue, complete the API reference.

Listed under ``hooks:`` in ``mkdocs.yml``. The catalogue page ``filters.md``
is produced from the installed filters on every build (see
``docs/gen_filters.py``), so it is never edited by hand and never stale;
public names that no reference page lists yet are appended to the API
reference, so none is left out.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).parent))

import gen_filters  # noqa: E402

log = logging.getLogger("mkdocs.hooks.newsclean")


def on_files(files, config):
    files.append(File.generated(config, "filters.md", content=gen_filters.catalogue_markdown()))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.startswith("reference/"):
        markdown, missing = gen_filters.drop_missing_directives(markdown)
        for path in missing:
            log.info("API reference: %s left out, its module is not in this checkout", path)
    if page.file.src_uri == "reference/api.md":
        markdown += gen_filters.reference_appendix()
    return markdown
