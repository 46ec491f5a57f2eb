"""SQL renderers: model objects → CREATE / DROP / ALTER statement text.

Pure functions, one module per kind group (:mod:`.types`, :mod:`.tables`,
:mod:`.routines`, :mod:`.privileges`); every name is spelled through
:class:`~pgstrata.ddl.names.Names` (which quotes through :mod:`pgstrata.quoting`
or, in template mode, writes the psql variable).  Statements are returned
without trailing semicolons; :mod:`pgstrata.plan` adds them.
"""

from __future__ import annotations

from pgstrata.ddl.names import TEMPLATE_VARIABLE, Names

__all__ = ["TEMPLATE_VARIABLE", "Names"]
