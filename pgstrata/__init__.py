"""pgstrata: keep one application's PostgreSQL / Supabase schemas consistent across environments.

The CLI is a thin layer over this library API.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
