"""armswatch.web: the local, read-only web app over the store (``armswatch serve``).

Pages: ``/`` overview, ``/cases``, ``/cases/{id}``, ``/network``, ``/map``,
``/articles/{id}``, ``/search?q=``, ``/stories``; their JSON twins under ``/api/``;
the API reference at ``/docs`` (OpenAPI schema at ``/openapi.json``).
"""

from armswatch.web.app import create_app

__all__ = ["create_app"]
