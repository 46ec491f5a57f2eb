"""pgstrata.catalog without a database: scope, query files, and rows → model from hand-written rows."""

from __future__ import annotations

import re
from dataclasses import fields
from importlib import resources

import pytest

from pgstrata.catalog.build import build_model
from pgstrata.catalog.build_routines import aggregate_definition, requalify
from pgstrata.catalog.oids import (
    PG_CLASS,
    PG_CONSTRAINT,
    PG_NAMESPACE,
    PG_PROC,
    PG_TYPE,
)
from pgstrata.catalog.read import query_parameters, query_text
from pgstrata.catalog.rows import (
    AggregateRow,
    ColumnRow,
    CommentRow,
    ConstraintRow,
    DependencyRow,
    EnumRow,
    ExtensionRow,
    FunctionRow,
    GrantRow,
    HiddenRow,
    IndexRow,
    SchemaRow,
    SequenceRow,
    TableRow,
    ViewRow,
)
from pgstrata.catalog.scope import resolve_scope
from pgstrata.catalog.stages import ROW_TYPES, STAGES, CatalogRows
from pgstrata.errors import InputError
from pgstrata.model import Comment, Dependency, Grant, Kind, ObjectId

DEV = SchemaRow(oid=16400, name="dev", owner="postgres", extension_owned=False)
SCHEMAS = [
    SchemaRow(2200, "public", "pg_database_owner", False),
    DEV,
    SchemaRow(11, "pg_catalog", "postgres", False),
    SchemaRow(99, "pg_toast", "postgres", False),
    SchemaRow(13000, "information_schema", "postgres", False),
    SchemaRow(16500, "auth", "supabase_admin", False),
    SchemaRow(16600, "topology", "postgres", True),  # created by an extension
]


# --------------------------------------------------------------------------- scope


def test_whole_database_scope_leaves_platform_and_system_schemas_out() -> None:
    scope = resolve_scope(SCHEMAS, None, None)
    assert [s.name for s in scope.schemas] == ["public", "dev"]
    assert scope.whole and scope.search_path == ""


def test_named_schemas() -> None:
    one = resolve_scope(SCHEMAS, ["dev"], {"dev": "test"})
    assert one.search_path == "dev" and not one.whole
    assert one.logical("dev") == "test" and one.schema_map() == (("test", "dev"),)
    assert resolve_scope(SCHEMAS, ["dev", "public", "dev"], None).search_path == ""
    quoted = resolve_scope([SchemaRow(1, "My Schema", "x", False)], ["My Schema"], None)
    assert quoted.search_path == '"My Schema"'
    assert [s.name for s in resolve_scope(SCHEMAS, ["auth"], None).schemas] == ["auth"]


@pytest.mark.parametrize(
    ("schemas", "rename", "message"),
    [
        (["dev", "nope"], None, "schema nope does not exist"),
        (["x", "y"], None, "schemas x, y do not exist"),
        ([], None, "empty"),
        ("dev", None, "not one string"),
        (["dev", "public"], {"dev": "public"}, "both be called public"),
    ],
)
def test_bad_scopes_are_input_errors(schemas: object, rename: dict[str, str] | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        resolve_scope(SCHEMAS, schemas, rename)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- query files


def test_every_query_has_a_file_and_its_row_type_fields() -> None:
    assert ["hidden", *ROW_TYPES] == [f.name for f in fields(CatalogRows)]
    assert [name for _, names in STAGES for name in names] == list(ROW_TYPES)
    folder = resources.files("pgstrata.catalog").joinpath("queries")
    names = {p.name.split(".")[0] for p in folder.iterdir() if p.name.endswith(".sql")}
    assert names == set(ROW_TYPES) | {"scope", "hidden"}
    for name, row_type in ROW_TYPES.items():
        for major in range(13, 19):
            text = query_text(name, major)
            select = text[text.rfind("\nSELECT"):] if name != "unsupported" else text
            for field in row_type._fields:  # type: ignore[attr-defined]
                assert re.search(rf"\b{field}\b", select), (name, major, field)


def test_version_variants_are_picked_by_server_version() -> None:
    assert "NULL::\"char\" AS compression" in query_text("columns", 13)
    assert "a.attcompression AS compression" in query_text("columns", 14)
    assert "a.attcompression AS compression" in query_text("columns", 18)
    assert "WHERE false" in query_text("not_nulls", 17)
    assert "contype = 'n'" in query_text("not_nulls", 18)
    assert "colliculocale" in query_text("collations", 16)
    assert "colllocale" in query_text("collations", 17)
    assert "rngmultitypid" not in query_text("ranges", 13)
    assert "rngmultitypid" in query_text("ranges", 14)


def test_queries_name_only_known_parameters_and_none_in_comments() -> None:
    scope = resolve_scope(SCHEMAS, None, None)
    params = query_parameters(scope, [HiddenRow(PG_PROC, 17000, 16999), HiddenRow(PG_PROC, 17001, None)])
    assert params["hidden_pg_proc"] == [17000, 17001] and params["hidden_pg_class"] == []
    folder = resources.files("pgstrata.catalog").joinpath("queries")
    for path in folder.iterdir():
        text = path.read_text()
        for line in text.splitlines():
            assert not (line.lstrip().startswith("--") and "%" in line), (path.name, line)
        for used in re.findall(r"%\((\w+)\)s", text):
            assert used in params, (path.name, used)


# --------------------------------------------------------------------------- definitions


def test_function_header_is_requalified_with_the_logical_schema() -> None:
    text = 'CREATE OR REPLACE FUNCTION "my dev".f(a integer)\n RETURNS integer\nAS $f$ SELECT 1 $f$\n'
    assert requalify(text, '"my dev".f', "f", "test", "f") == (
        "CREATE OR REPLACE FUNCTION test.f(a integer)\n RETURNS integer\nAS $f$ SELECT 1 $f$"
    )
    proc = "CREATE OR REPLACE PROCEDURE dev.\"P\"()\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1;\nEND\n"
    assert requalify(proc, 'dev."P"', "p", "test", "P").startswith('CREATE OR REPLACE PROCEDURE test."P"()')
    assert requalify("something else", "dev.f", "f", "test", "f") == "something else"


def _aggregate(**changes: object) -> AggregateRow:
    row = AggregateRow(
        oid=1, schema="dev", name="agg", identity_args="integer", arguments="integer",
        result="integer", agg_kind="n", direct_args=0, sfunc="int4pl", stype="integer", sspace=0,
        finalfunc=None, finalfunc_extra=False, finalfunc_modify="r", combinefunc=None,
        serialfunc=None, deserialfunc=None, initcond=None, msfunc=None, minvfunc=None,
        mstype=None, msspace=0, mfinalfunc=None, mfinalfunc_extra=False, mfinalfunc_modify="r",
        minitcond=None, sortop=None, parallel="u",
    )
    return row._replace(**changes)


def test_aggregate_definitions() -> None:
    assert aggregate_definition(_aggregate(), "test") == (
        "CREATE OR REPLACE AGGREGATE test.agg(integer) (\n    SFUNC = int4pl,\n    STYPE = integer\n)"
    )
    full = aggregate_definition(_aggregate(
        arguments="", finalfunc="fin", finalfunc_extra=True, finalfunc_modify="s",
        combinefunc="comb", initcond="it's", msfunc="mf", minvfunc="mi", mstype="bigint",
        minitcond="0", sortop="OPERATOR(pg_catalog.>)", parallel="r", sspace=16,
    ), "Test")
    assert full == (
        'CREATE OR REPLACE AGGREGATE "Test".agg(*) (\n    SFUNC = int4pl,\n    STYPE = integer,\n'
        "    SSPACE = 16,\n    FINALFUNC = fin,\n    FINALFUNC_EXTRA,\n"
        "    FINALFUNC_MODIFY = SHAREABLE,\n    COMBINEFUNC = comb,\n    INITCOND = 'it''s',\n"
        "    MSFUNC = mf,\n    MINVFUNC = mi,\n    MSTYPE = bigint,\n    MFINALFUNC_MODIFY = READ_ONLY,\n"
        "    MINITCOND = '0',\n    SORTOP = OPERATOR(pg_catalog.>),\n    PARALLEL = RESTRICTED\n)"
        .replace("    MFINALFUNC_MODIFY = READ_ONLY,\n", "")
    )
    hypothetical = aggregate_definition(_aggregate(
        agg_kind="h", arguments='VARIADIC "any" ORDER BY VARIADIC "any"', finalfunc_modify="w",
        mfinalfunc_modify="w",
    ), "s")
    assert hypothetical.endswith('agg(VARIADIC "any" ORDER BY VARIADIC "any") (\n'
                                 "    SFUNC = int4pl,\n    STYPE = integer,\n    HYPOTHETICAL\n)")


# --------------------------------------------------------------------------- rows → model


def _table(oid: int, name: str, **changes: object) -> TableRow:
    row = TableRow(
        oid=oid, type_oid=oid + 1, schema="dev", name=name, kind="r", persistence="p",
        partition_key=None, partition_bound=None, rls_enabled=False, rls_forced=False,
        options=None, toast_options=None, access_method=None, replica_identity="d",
        replica_identity_index=None, foreign_server=None, foreign_options=None, of_type=None,
    )
    return row._replace(**changes)


def _rows() -> CatalogRows:
    """Schema dev: enum mood; table t (id identity, m mood, s serial); u → t FK; a view on t."""
    return CatalogRows(
        hidden=[HiddenRow(PG_TYPE, 17050, 17000), HiddenRow(PG_PROC, 17060, None)],
        extensions=[ExtensionRow(17000, "citext", "public", "1.6", True, ["citext"])],
        enums=[EnumRow(17100, "dev", "mood", ["a", "b"])],
        sequences=[
            SequenceRow(17200, "dev", "t_id_seq", "integer", 1, 1, 1, 2**31 - 1, 1, False, "p",
                        True, 17300, 1, "t", "id"),
            SequenceRow(17201, "dev", "t_s_seq", "integer", 1, 1, 1, 2**31 - 1, 1, False, "p",
                        False, 17300, 3, "t", "s"),
        ],
        tables=[
            _table(17300, "t", options=["fillfactor=70", "autovacuum_enabled=false"],
                   toast_options=["autovacuum_enabled=false"]),
            _table(17400, "u"),
        ],
        columns=[
            ColumnRow(17300, 1, "id", "integer", True, None, None, "", "d", None, False, None, None, None,
                      None, None, None),
            ColumnRow(17300, 2, "m", "mood", False, "'a'::mood", None, "", "", None, False, "e", "x", "l",
                      500, ["n_distinct=-0.5"], None),
            ColumnRow(17300, 3, "s", "integer", True, "nextval('t_s_seq'::regclass)", None, "", "",
                      None, False, None, None, None, None, None, None),
            ColumnRow(17400, 1, "t_id", "integer", False, None, None, "", "", None, False, None, None, None,
                      None, None, ["column_name 'tid'"]),
        ],
        constraints=[
            ConstraintRow(17500, 17300, "t_pkey", "p", "PRIMARY KEY (id)", [1], False, False, True,
                          False, True, None, None, None, 17501, "t_pkey", None, False),
            ConstraintRow(17600, 17400, "u_t_id_fkey", "f", "FOREIGN KEY (t_id) REFERENCES t(id)",
                          [1], False, False, True, False, True, "dev", "t", ["id"], None, None, None, False),
        ],
        indexes=[IndexRow(17700, 17300, "t_m", "CREATE INDEX t_m ON t USING btree (m)", False,
                          "btree", False, None, None, False, [2], False, None, True)],
        views=[ViewRow(17800, 17801, "dev", "v", False, " SELECT id\n   FROM t;", ["id"], ["integer"], ["0"], None,
                       ["check_option=cascaded", "security_barrier=true"], True, None)],
        functions=[FunctionRow(17900, "dev", "f", "f", "", "", "integer",
                               "CREATE OR REPLACE FUNCTION dev.f()\n RETURNS integer\n"
                               " LANGUAGE sql\nAS $function$SELECT 1$function$\n",
                               "dev.f", "sql", "i", False, None)],
        grants=[
            GrantRow(PG_CLASS, 17300, 0, None, "anon", "SELECT", False, False, 2, False),
            GrantRow(PG_CLASS, 17300, 2, "m", "anon", "UPDATE", False, False, 1, False),
            GrantRow(PG_PROC, 17900, 0, None, "PUBLIC", "EXECUTE", False, True, 0, True),
            GrantRow(PG_CLASS, 99999, 0, None, "anon", "SELECT", False, False, 1, False),  # not in scope
        ],
        comments=[
            CommentRow(PG_NAMESPACE, 16400, 0, None, "dev schema"),
            CommentRow(PG_CLASS, 17300, 2, "m", "the mood"),
            CommentRow(PG_CLASS, 17200, 0, None, "identity sequence"),
            CommentRow(PG_CLASS, 17501, 0, None, "backing index: COMMENT ON INDEX"),
        ],
        dependencies=[
            DependencyRow(PG_CLASS, 17300, 2, PG_TYPE, 17100, 0),  # column m → enum
            DependencyRow(PG_CLASS, 17300, 2, PG_TYPE, 17100, 0),  # twice (default)
            DependencyRow(PG_CONSTRAINT, 17600, 0, PG_CLASS, 17501, 0),  # FK → backing index
            DependencyRow(PG_CONSTRAINT, 17600, 0, PG_CLASS, 17400, 1),  # FK → own column
            DependencyRow(PG_CONSTRAINT, 17500, 0, PG_CLASS, 17300, 0),  # PK → own table: implied
            DependencyRow(PG_CLASS, 17700, 0, PG_CLASS, 17300, 2),  # index → column
            DependencyRow(PG_CLASS, 17800, 0, PG_CLASS, 17300, 1),  # view → column: → it and the table
            DependencyRow(PG_CLASS, 17201, 0, PG_CLASS, 17300, 3),  # OWNED BY: Sequence.owned_by
            DependencyRow(PG_CLASS, 17300, 3, PG_CLASS, 17201, 0),  # serial default → sequence
            DependencyRow(PG_CLASS, 17400, 1, PG_TYPE, 17050, 0),  # column → citext: extension
            DependencyRow(PG_CLASS, 17400, 1, PG_TYPE, 55555, 0),  # → something not modeled
        ],
    )


def test_build_model_from_rows_with_rename() -> None:
    scope = resolve_scope(SCHEMAS, ["dev"], {"dev": "test"})
    model = build_model(_rows(), scope, server_version=180000)
    assert [s.name for s in model.schemas] == ["test"]
    t, u = model.tables
    assert (t.schema, t.name, t.options) == (
        "test", "t", ("fillfactor=70", "autovacuum_enabled=false", "toast.autovacuum_enabled=false"),
    )  # as stored: pg_dump prints them in this order
    assert t.columns[0].identity is not None and t.columns[0].identity.sequence_name == "t_id_seq"
    assert t.columns[0].identity.always is False
    assert (t.columns[1].storage, t.columns[1].type_storage, t.columns[1].compression) == ("EXTERNAL", "EXTENDED", "lz4")
    assert (t.columns[1].statistics, t.columns[1].options) == (500, ("n_distinct=-0.5",))
    assert u.columns[0].foreign_options == ("column_name 'tid'",)
    assert [s.name for s in model.sequences] == ["t_s_seq"]
    assert model.sequences[0].owned_by == ("t", "s")
    pkey, fk = model.constraints
    assert (pkey.columns, pkey.no_inherit, pkey.index_name) == (("id",), False, "t_pkey")
    assert (fk.ref_schema, fk.ref_columns, fk.columns) == ("test", ("id",), ("t_id",))
    assert model.indexes[0].columns == ("m",)
    (view,) = model.views
    assert (view.definition, view.check_option, view.options, view.defaults) == (
        "SELECT id\n   FROM t", "cascaded", ("security_barrier=true",), (("id", "0"),),
    )
    (fn,) = model.functions
    assert fn.definition == (
        "CREATE OR REPLACE FUNCTION test.f()\n RETURNS integer\n LANGUAGE sql\nAS $function$SELECT 1$function$"
    )
    table = ObjectId(Kind.TABLE, "test", "t")
    m_col = ObjectId(Kind.COLUMN, "test", "m", "t")
    assert set(model.grants) == {
        Grant(table, "anon", "SELECT"),
        Grant(m_col, "anon", "UPDATE"),
        Grant(ObjectId(Kind.FUNCTION, "test", "f()"), "PUBLIC", "EXECUTE", revoked=True),
    }
    assert [g.position for g in model.grants if g.target == table] == [2]
    assert set(model.comments) == {
        Comment(ObjectId(Kind.SCHEMA, None, "test"), "dev schema"),
        Comment(m_col, "the mood"),
        Comment(ObjectId(Kind.SEQUENCE, "test", "t_id_seq"), "identity sequence"),
        Comment(ObjectId(Kind.INDEX, "test", "t_pkey", "t"), "backing index: COMMENT ON INDEX"),
    }
    fk_id = ObjectId(Kind.CONSTRAINT, "test", "u_t_id_fkey", "u")
    assert model.dependencies == (
        Dependency(ObjectId(Kind.COLUMN, "test", "m", "t"), ObjectId(Kind.ENUM, "test", "mood")),
        Dependency(ObjectId(Kind.COLUMN, "test", "s", "t"), ObjectId(Kind.SEQUENCE, "test", "t_s_seq")),
        Dependency(ObjectId(Kind.COLUMN, "test", "t_id", "u"), ObjectId(Kind.EXTENSION, None, "citext")),
        Dependency(fk_id, ObjectId(Kind.COLUMN, "test", "t_id", "u")),
        Dependency(fk_id, ObjectId(Kind.CONSTRAINT, "test", "t_pkey", "t")),
        Dependency(ObjectId(Kind.INDEX, "test", "t_m", "t"), m_col),
        Dependency(ObjectId(Kind.VIEW, "test", "v"), ObjectId(Kind.COLUMN, "test", "id", "t")),
        Dependency(ObjectId(Kind.VIEW, "test", "v"), table),
    )
    assert model.schema_map == (("test", "dev"),)
    assert build_model(_rows(), scope, server_version=180000) == model
