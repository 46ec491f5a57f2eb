"""Catalog oids (pg_class oids of the system catalogs), the classid values pg_depend,
pg_description and the scope queries name objects by.  Constants only: the catalog reader
imports them before anything heavier is loaded."""

from __future__ import annotations

# Catalog oids (classid values); fixed in PostgreSQL's headers since long before 13.
PG_CLASS = 1259
PG_TYPE = 1247
PG_PROC = 1255
PG_NAMESPACE = 2615
PG_CONSTRAINT = 2606
PG_CAST = 2605
PG_REWRITE = 2618
PG_TRIGGER = 2620
PG_EXTENSION = 3079
PG_POLICY = 3256
PG_COLLATION = 3456
PG_AM = 2601
PG_TRANSFORM = 3576
PG_CONVERSION = 2607
PG_TS_CONFIG = 3602
PG_TS_DICT = 3600
PG_STATISTIC_EXT = 3381
PG_FOREIGN_SERVER = 1417
PG_FOREIGN_DATA_WRAPPER = 2328
PG_OPERATOR = 2617
PG_EVENT_TRIGGER = 3466
PG_PUBLICATION = 6104
PG_PUBLICATION_REL = 6106

# catalogs whose hidden objects (extension members …) the queries leave out, by name
CATALOGS: dict[str, int] = {
    "pg_class": PG_CLASS, "pg_type": PG_TYPE, "pg_proc": PG_PROC, "pg_cast": PG_CAST,
    "pg_collation": PG_COLLATION, "pg_trigger": PG_TRIGGER, "pg_event_trigger": PG_EVENT_TRIGGER,
    "pg_policy": PG_POLICY, "pg_rewrite": PG_REWRITE, "pg_publication": PG_PUBLICATION,
    "pg_ts_config": PG_TS_CONFIG, "pg_ts_dict": PG_TS_DICT, "pg_statistic_ext": PG_STATISTIC_EXT,
    "pg_foreign_server": PG_FOREIGN_SERVER, "pg_operator": PG_OPERATOR,
    "pg_foreign_data_wrapper": PG_FOREIGN_DATA_WRAPPER, "pg_conversion": PG_CONVERSION,
    "pg_am": PG_AM, "pg_transform": PG_TRANSFORM,
}
