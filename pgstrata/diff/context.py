"""What every comparator may look at: both models, their dependency graphs, names.

Dependencies are the catalog's (pg_depend / pg_rewrite) plus implicit ones the
model states structurally (an object needs its schema; a column its type; a
partition its parent; an index, constraint, trigger, policy or rule its table;
an FK the referenced table's keys; a grant or comment its target …).  Both are
stored as ``dependent → {referenced}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pgstrata.ddl.names import Names
from pgstrata.ddl.tables import default_not_null_name
from pgstrata.model import (
    Column,
    Constraint,
    Dependency,
    Index,
    Kind,
    ObjectId,
    SchemaModel,
    Sequence,
    Table,
    View,
)
from pgstrata.quoting import ident, qualified

_TYPMOD = re.compile(r"\(.*\)")
_NEXTVAL = re.compile(r"nextval\('((?:[^']|'')+)'::regclass\)")


def column_id(schema: str, table: str, column: str) -> ObjectId:
    return ObjectId(Kind.COLUMN, schema, column, table)


def default_id(column: ObjectId) -> ObjectId:
    """The id of a change that drops or sets ``column``'s default on its own (apart from the
    column's other changes: compare._without_second_drop_default matches them by it)."""
    return ObjectId(Kind.COLUMN, column.schema, column.name + " DEFAULT", column.parent)


def table_key(t: Table) -> tuple[str, str]:
    return (t.schema, t.name)


@dataclass(slots=True)
class Graph:
    """One model's dependency graph plus lookups the comparators need."""

    model: SchemaModel
    deps: dict[ObjectId, set[ObjectId]] = field(default_factory=dict)
    # referenced → {dependents}, made from ``deps`` when first asked for (only the target's is)
    _rdeps: dict[ObjectId, set[ObjectId]] | None = None
    order_only: set[tuple[ObjectId, ObjectId]] = field(default_factory=set)  # edges rdeps leaves out
    _sub_objects: dict[tuple[str, str], list[ObjectId]] | None = None
    # (schema, constraint name) → the tables (or "" for a domain) holding it, made when first asked
    _constraint_names: tuple[dict[tuple[str, str], str], set[tuple[str, str]]] | None = None
    tables: dict[tuple[str, str], Table] = field(default_factory=dict)
    objects: dict[ObjectId, object] = field(default_factory=dict)
    types: dict[str, ObjectId] = field(default_factory=dict)
    children: dict[tuple[str, str], list[Table]] = field(default_factory=dict)
    constraints_of: dict[tuple[str, str], list[Constraint]] = field(default_factory=dict)
    indexes_of: dict[tuple[str, str], list[Index]] = field(default_factory=dict)
    # (schema, sequence) → the table an identity column's sequence belongs to
    identity_sequences: dict[tuple[str, str], str] = field(default_factory=dict)
    relations: dict[tuple[str, str], ObjectId] = field(default_factory=dict)  # tables and views

    # (schema, table, column) → the column's ObjectId, made once per graph
    column_ids: dict[tuple[str, str, str], ObjectId] = field(default_factory=dict)
    # (schema, table) → its columns' ids in column order, for the graph's own tables
    column_ids_of: dict[tuple[str, str], list[ObjectId]] = field(default_factory=dict)

    @classmethod
    def build(cls, model: SchemaModel) -> Graph:
        g = cls(model)
        g.objects = model.objects()
        objects, column_ids, tables = g.objects, g.column_ids, g.tables
        # Reuse the column ids the dependencies hold: dict lookups by the identical object are
        # faster than by an equal one.
        for dep in model.dependencies:
            for end in (dep.dependent, dep.referenced):
                if end.kind is Kind.COLUMN and end.schema is not None and end.parent is not None:
                    column_ids.setdefault((end.schema, end.parent, end.name), end)
        for t in model.tables:
            key = (t.schema, t.name)
            tables[key] = t
            cids = g.column_ids_of[key] = []
            for c in t.columns:
                ckey = (t.schema, t.name, c.name)
                cid = column_ids.get(ckey)
                if cid is None:
                    cid = column_ids[ckey] = ObjectId(Kind.COLUMN, t.schema, c.name, t.name)
                objects[cid] = c
                cids.append(cid)
                if c.identity is not None:
                    g.identity_sequences[(t.schema, c.identity.sequence_name)] = t.name
            for parent in t.parent_keys:
                g.children.setdefault(parent, []).append(t)
        for v in model.views:
            g.relations[(v.schema, v.name)] = v.id
            for cname, _ in v.columns:
                objects.setdefault(g.column_id(v.schema, v.name, cname), v)
        for t in model.tables:
            g.relations[table_key(t)] = t.id
        for c in model.constraints:
            g.constraints_of.setdefault((c.schema, c.table), []).append(c)
        for i in model.indexes:
            g.indexes_of.setdefault((i.schema, i.table), []).append(i)
        for group in (model.enums, model.domains, model.composites, model.ranges):
            for obj in group:
                g.types[qualified(obj.schema, obj.name)] = obj.id
                g.types.setdefault(ident(obj.name), obj.id)
        for r in model.ranges:
            # a column of the range's multirange is the range's to rebuild and convert: the
            # multirange is made and dropped with it
            if r.multirange_name:
                g.types.setdefault(qualified(r.multirange_schema or r.schema, r.multirange_name), r.id)
                g.types.setdefault(ident(r.multirange_name), r.id)
        for t in model.tables:  # row types
            g.types.setdefault(qualified(t.schema, t.name), t.id)
            g.types.setdefault(ident(t.name), t.id)
        deps = g.deps
        for dep in model.dependencies:
            dependent, referenced = dep.dependent, dep.referenced
            if dependent.kind is Kind.SEQUENCE:
                g._add(dependent, referenced, explicit=True)
            elif dependent != referenced:  # _add(…, explicit=True)
                if (out := deps.get(dependent)) is None:
                    deps[dependent] = out = set()
                out.add(referenced)
        # _add(…, explicit=False), inlined (this is the hot loop): frozen at once where the
        # dependent is new (most are), so ``requires`` hands the same set to every change; equal
        # sets are one object (the columns of a table, everything needing only its schema:
        # 170,000 sets, 36 MB, at 10,000 tables otherwise)
        shared: dict[frozenset[ObjectId], frozenset[ObjectId]] = {}
        for dependent, refs in implicit_dependencies(g):
            if (group := deps.get(dependent)) is None:
                frozen = frozenset(refs)
                if dependent in frozen:
                    frozen = frozen - {dependent}
                deps[dependent] = shared.setdefault(frozen, frozen)  # type: ignore[assignment]
            elif type(group) is frozenset:
                deps[dependent] = group.union(refs) - {dependent}  # type: ignore[assignment]
            else:
                group.update(refs)
                group.discard(dependent)
        for dep in order_dependencies(g):
            g._add(dep.dependent, dep.referenced, explicit=False, walk=False)
        for key, value in deps.items():
            if type(value) is not frozenset:
                frozen = frozenset(value)
                deps[key] = shared.setdefault(frozen, frozen)  # type: ignore[assignment]
        return g

    def sub_objects_of(self) -> dict[tuple[str, str], list[ObjectId]]:
        """(schema, table) → the constraints (with their backing indexes), indexes, triggers,
        rules, policies, owned sequences and statistics objects that go with the table; made
        when first asked for."""
        if self._sub_objects is None:
            m = self.model
            out: dict[tuple[str, str], list[ObjectId]] = {}
            for group in (m.constraints, m.indexes, m.triggers, m.rules, m.policies):
                for obj in group:
                    out.setdefault((obj.schema, obj.table), []).append(obj.id)
            for c in m.constraints:
                if c.index_name:
                    out.setdefault((c.schema, c.table), []).append(
                        ObjectId(Kind.INDEX, c.schema, c.index_name, c.table))
            for s in m.sequences:  # owned sequences go with their table
                if s.owned_by is not None:
                    out.setdefault((s.schema, s.owned_by[0]), []).append(s.id)
            for st in m.statistics:
                out.setdefault(st.table, []).append(st.id)
            self._sub_objects = out
        return self._sub_objects

    def owned_sequences(self, schema: str, table: str) -> list[Sequence]:
        """The sequences OWNED BY a column of ``schema.table`` (model order), through
        :meth:`sub_objects_of`: no pass over every sequence per table."""
        objects = self.objects
        return [seq for oid in self.sub_objects_of().get((schema, table), ())
                if oid.kind is Kind.SEQUENCE and isinstance(seq := objects.get(oid), Sequence)]

    def constraint_names(self) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
        """(schema, constraint name) → a table (``""`` for a domain) holding a constraint of that
        name, NOT NULL ones (PostgreSQL 18) included; and the names two or more hold.  Made when
        first asked for (one pass over every column of an extract: no set per name)."""
        if self._constraint_names is None:
            holder: dict[tuple[str, str], str] = {}
            shared: set[tuple[str, str]] = set()
            m = self.model
            pairs = [((c.schema, c.name), c.table) for c in m.constraints]
            # (an inheritance child's NOT NULL that is only its parents' is made after them, with
            # their name or, inherited from two, either: it never takes a name from them)
            pairs += [((t.schema, col.not_null_name), t.name)
                      for t in m.tables for col in t.columns if col.not_null and col.not_null_name
                      and not (t.inherits and not_null_only_inherited(col) and self._named_by_parent_here(t, col))]
            pairs += [((d.schema, ch.name), "") for d in m.domains for ch in d.checks]
            for key, table in pairs:
                if holder.setdefault(key, table) != table:
                    shared.add(key)
            self._constraint_names = (holder, shared)
        return self._constraint_names

    def _named_by_parent_here(self, t: Table, col: Column) -> bool:
        """Whether a parent in child ``t``'s own schema holds the name of ``col``'s inherited NOT
        NULL.  A parent moved to another schema (ALTER TABLE … SET SCHEMA) leaves the child
        holding the name in its schema alone: a table made there under the parent's old name
        while the child is still there (rebuilt under it) would get ``…_not_null1``."""
        for key in t.inherits:
            parent = self.tables.get(key) if key[0] == t.schema else None
            pc = parent.column(col.name) if parent is not None else None
            if pc is not None and pc.not_null_name == col.not_null_name:
                return True
        return False

    def index_of_parent(self, schema: str, table: str, named: tuple[str, str] | None) -> Index | None:
        """The index ``named`` (schema, name) of the table that ``schema.table`` is a partition
        of: what a partition's index or key is attached to.  Looked up among that table's
        indexes, not all of them (it runs for every index a rebuild reaches)."""
        t = self.tables.get((schema, table))
        if named is None or t is None or t.partition_of is None:
            return None
        return next((i for i in self.indexes_of.get(t.partition_of, ()) if (i.schema, i.name) == named), None)

    def heirs(self, t: Table, where: Callable[[Table], bool]) -> list[Table]:
        """The partitions and inheritance children below ``t`` for which ``where`` holds, and
        theirs in turn (the walk does not go on below a child that fails it)."""
        out: list[Table] = []
        queue = [t]
        while queue:
            table = queue.pop()
            for child in self.children.get((table.schema, table.name), []):
                if where(child):
                    out.append(child)
                    queue.append(child)
        return out

    def column_id(self, schema: str, table: str, column: str) -> ObjectId:
        """``column_id(…)``, shared with the graph's own column ids where it has one."""
        cid = self.column_ids.get((schema, table, column))
        return cid if cid is not None else ObjectId(Kind.COLUMN, schema, column, table)

    def not_null_column(self, target: ObjectId) -> ObjectId | None:
        """The column whose NOT NULL constraint (PostgreSQL 18) ``target`` names, if any: it is
        no object of its own, but comments name it (COMMENT ON CONSTRAINT … ON table)."""
        if target.kind is not Kind.CONSTRAINT or target.parent is None:
            return None
        t = self.tables.get((target.schema or "", target.parent))
        for c in t.columns if t is not None else ():
            if c.not_null and (c.not_null_name or default_not_null_name(t.name, c.name)) == target.name:
                return self.column_id(t.schema, t.name, c.name)
        return None

    def table_column_ids(self, t: Table) -> list[ObjectId]:
        key = (t.schema, t.name)
        if self.tables.get(key) is t:
            return self.column_ids_of[key]
        cids = self.column_ids
        return [cids.get((t.schema, t.name, c.name)) or ObjectId(Kind.COLUMN, t.schema, c.name, t.name)
                for c in t.columns]

    def _add(self, dependent: ObjectId, referenced: ObjectId, *, explicit: bool, walk: bool = True) -> None:
        if dependent == referenced:
            return
        if explicit and dependent.kind is Kind.SEQUENCE:
            seq = self.objects.get(dependent)
            if isinstance(seq, Sequence) and seq.owned_by is not None:
                owner = seq.owned_by[0]
                if referenced.parent == owner or (
                    referenced.kind in (Kind.TABLE, Kind.FOREIGN_TABLE) and referenced.name == owner
                ):
                    return  # OWNED BY is its own change, after the table
        out = self.deps.get(dependent)
        if type(out) is not set:  # none yet, or frozen by the hot loop of ``build``
            out = self.deps[dependent] = set(out or ())
        if walk:
            self.order_only.discard((dependent, referenced))
        elif referenced not in out:
            # order-only dependencies never make the referenced object's dependents rebuild
            self.order_only.add((dependent, referenced))
        out.add(referenced)
        self._rdeps = None

    @property
    def rdeps(self) -> dict[ObjectId, set[ObjectId]]:
        """referenced → {dependents} over the dependencies that walk (not the order-only ones)."""
        if self._rdeps is None:
            rdeps: dict[ObjectId, set[ObjectId]] = {}
            order_only = self.order_only
            for dependent, referenced_ids in self.deps.items():
                for referenced in referenced_ids:
                    if (back := rdeps.get(referenced)) is None:
                        rdeps[referenced] = back = set()
                    back.add(dependent)
            for dependent, referenced in order_only:
                rdeps[referenced].discard(dependent)
                if not rdeps[referenced]:
                    del rdeps[referenced]
            self._rdeps = rdeps
        return self._rdeps

    def type_id(self, type_text: str) -> ObjectId | None:
        base = type_text
        while base.endswith("[]"):
            base = base[:-2]
        base = _TYPMOD.sub("", base).strip()
        return self.types.get(base)

    def requires(self, oid: ObjectId) -> frozenset[ObjectId]:
        found = self.deps.get(oid)
        return found if type(found) is frozenset else frozenset(found or ())

    def drop_requires(self, oid: ObjectId) -> frozenset[ObjectId]:
        """What ``oid`` needs, for ordering its drop: without the order-only dependencies,
        which order building (a parent's CHECK/FK after its partitions are attached)."""
        found = self.requires(oid)
        return frozenset(r for r in found if (oid, r) not in self.order_only) if self.order_only else found

    def table_requires(self, t: Table) -> frozenset[ObjectId]:
        deps = self.deps
        out = set(deps.get(t.id, ()))
        cids = self.table_column_ids(t)
        for cid in cids:
            if (d := deps.get(cid)) is not None:
                out |= d
        out.discard(t.id)
        out.difference_update(cids)
        return frozenset(out)


def not_null_only_inherited(col: Column) -> bool:
    """An inheritance child's NOT NULL that is not its own (PostgreSQL 18's conislocal = false)."""
    return (col.inherited and not col.not_null_local) or col.not_null_inherited_only


def _generated(column: object) -> bool:
    return isinstance(column, Column) and column.generated is not None


def view_provides(v: View) -> frozenset[ObjectId]:
    return frozenset({v.id, *(column_id(v.schema, v.name, c) for c, _ in v.columns)})


ROUTINE_KINDS = frozenset({Kind.FUNCTION, Kind.PROCEDURE, Kind.AGGREGATE, Kind.OPERATOR})


def calls_routine(ids: Iterable[ObjectId]) -> bool:
    """Whether any of ``ids`` is a routine (a default or CHECK that calls one)."""
    return any(r.kind in ROUTINE_KINDS for r in ids)


def routines_apart(ids: Iterable[ObjectId]) -> tuple[frozenset[ObjectId], frozenset[ObjectId]]:
    """``ids`` as (the routines, the rest): the halves of a change split to break a cycle
    through a default or CHECK calling a routine."""
    routines, rest = set(), set()
    for r in ids:
        (routines if r.kind in ROUTINE_KINDS else rest).add(r)
    return frozenset(routines), frozenset(rest)
_RELATION_KINDS = frozenset({Kind.TABLE, Kind.FOREIGN_TABLE, Kind.VIEW, Kind.MATERIALIZED_VIEW})
_CLIENT_KINDS = frozenset({Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.FUNCTION, Kind.PROCEDURE})


def used_by_clients(ids: set[ObjectId] | frozenset[ObjectId], ctx: Context) -> bool:
    """Whether views or routines of the target use any of ``ids`` (dropping them breaks clients)."""
    return any(d.kind in _CLIENT_KINDS for i in ids for d in ctx.old.rdeps.get(i, ()))


def table_provides(t: Table) -> frozenset[ObjectId]:
    return frozenset({t.id, *(column_id(t.schema, t.name, c.name) for c in t.columns)})


def implicit_dependencies(g: Graph) -> Iterable[tuple[ObjectId, Iterable[ObjectId]]]:
    """``(dependent, referenced ids)`` the model states structurally (see the module docstring);
    a dependent may come more than once, and among what it references (ignored then)."""
    m = g.model
    schema_ids: dict[str, ObjectId] = {}

    def schema_id(name: str) -> ObjectId:
        sid = schema_ids.get(name)
        if sid is None:
            sid = schema_ids[name] = ObjectId(Kind.SCHEMA, None, name)
        return sid

    type_ids: dict[str, ObjectId | None] = {}

    def type_id(text: str) -> ObjectId | None:
        if text not in type_ids:
            type_ids[text] = g.type_id(text)
        return type_ids[text]

    col = g.column_id
    no_schema_dep = (Kind.SCHEMA, Kind.GRANT, Kind.COMMENT, Kind.OWNER)
    for oid in list(g.objects):
        # what sits on a table (a column, constraint, index, trigger …) needs the schema
        # through its table
        if oid.schema is not None and oid.parent is None and oid.kind not in no_schema_dep:
            yield oid, (schema_id(oid.schema),)
    for e in m.extensions:
        yield e.id, (schema_id(e.schema),)
    for d in m.domains:
        if (ref := type_id(d.base_type)) is not None:
            yield d.id, (ref,)
    for c in m.composites:
        yield c.id, [ref for a in c.attributes if (ref := type_id(a.type)) is not None]
    for r in m.ranges:
        if (ref := type_id(r.subtype)) is not None:
            yield r.id, (ref,)
    sequences_named: dict[str, list[ObjectId]] = {}
    for s in m.sequences:
        for spelling in dict.fromkeys((s.name, ident(s.name), qualified(s.schema, s.name))):
            sequences_named.setdefault(spelling, []).append(s.id)
    servers = {s.name: s.id for s in m.foreign_servers}
    wrappers = {w.name: w.id for w in m.foreign_data_wrappers}
    for s in m.foreign_servers:
        if s.wrapper in wrappers:
            yield s.id, (wrappers[s.wrapper],)
    tables = g.tables
    for t in m.tables:
        tid = t.id
        refs = [tables[parent].id for parent in t.parent_keys if parent in tables]
        if t.of_type is not None and (ref := type_id(t.of_type)) is not None:
            refs.append(ref)  # a typed table needs its type
        if t.foreign_server in servers:
            refs.append(servers[t.foreign_server])
        if refs:
            yield tid, refs
        for c, cid in zip(t.columns, g.table_column_ids(t), strict=True):
            ref = type_id(c.type)
            if c.default is not None and "nextval(" in c.default:
                yield cid, [tid, *([ref] if ref is not None else ()),
                            *(sid for seq in _NEXTVAL.findall(c.default)
                              for sid in sequences_named.get(seq.replace("''", "'"), ()))]
            else:
                yield cid, (tid,) if ref is None or ref == tid else (tid, ref)
    for c in m.constraints:
        refs = []
        if (owner := tables.get((c.schema, c.table))) is not None:
            refs.append(owner.id)
            refs += [col(c.schema, c.table, name) for name in c.columns]
        if c.type == "f" and c.ref_table is not None:
            ref_key = (c.ref_schema or c.schema, c.ref_table)
            if ref_key in tables:
                refs.append(tables[ref_key].id)
            refs += [k.id for k in g.constraints_of.get(ref_key, ()) if k.type in "pu"]
            refs += [i.id for i in g.indexes_of.get(ref_key, ()) if i.unique]
            if ref_key in g.children and not c.inherited and (c.schema, c.table) not in g.children:
                refs += _attachments_below(ref_key, (c.schema, c.table), g)
        yield c.id, refs
    indexes_named: dict[tuple[str, str], list[ObjectId]] = {}
    for j in m.indexes:
        indexes_named.setdefault((j.schema, j.name), []).append(j.id)
    relations = g.relations  # indexes, triggers, rules and policies sit on tables and on views
    for i in m.indexes:
        refs = [col(i.schema, i.table, name) for name in i.columns]
        if (relation := relations.get((i.schema, i.table))) is not None:
            refs.append(relation)
        if i.parent_index is not None:
            refs += indexes_named.get(i.parent_index, ())
        yield i.id, refs
    for st in m.statistics:
        if st.table in relations:
            yield st.id, (relations[st.table],)
    functions_named: dict[tuple[str, str], list[ObjectId]] = {}
    for f in m.functions:
        functions_named.setdefault((f.schema, f.name), []).append(f.id)
    for tr in m.triggers:
        refs = list(functions_named.get(tr.function, ())) if tr.function is not None else []
        if (relation := relations.get((tr.schema, tr.table))) is not None:
            refs.append(relation)
        yield tr.id, refs
    for et in m.event_triggers:
        if et.function is not None:
            yield et.id, functions_named.get(et.function, ())
    for group in (m.rules, m.policies):
        for obj in group:
            if (relation := relations.get((obj.schema, obj.table))) is not None:
                yield obj.id, (relation,)
    # owned sequences: handled by the OWNED BY change
    for p in m.publications:
        yield p.id, [*(tables[key].id for key in p.tables if key in tables),
                     *(schema_id(sname) for sname in p.schemas)]
    composites = {(c.schema, c.name): c.id for c in m.composites}
    domains = {(d.schema, d.name): d.id for d in m.domains}
    for group in (m.grants, m.comments, m.owners):
        for obj in group:
            target = obj.target
            if target.kind is Kind.COLUMN and target.parent is not None:
                # a column's grant or comment goes with its table or view (a view rebuilt
                # gets them back); a composite attribute's comment with its type
                key = (target.schema or "", target.parent)
                relation = relations.get(key) or composites.get(key)
                yield obj.id, (target,) if relation is None else (target, relation)
            elif target.kind is Kind.CONSTRAINT and target.parent is not None:
                # a domain CHECK's comment goes with its domain, a NOT NULL's with its column
                domain = domains.get((target.schema or "", target.parent))
                if domain is not None:
                    yield obj.id, (target, domain)
                elif target not in g.objects and (column := g.not_null_column(target)) is not None:
                    yield obj.id, (target, column)
                else:
                    yield obj.id, (target,)
            else:
                yield obj.id, (target,)
    for dp in m.default_privileges:
        if dp.schema is not None:
            yield dp.id, (schema_id(dp.schema),)


def _attachments_below(key: tuple[str, str], own: tuple[str, str], g: Graph) -> list[ObjectId]:
    """The attachments of the partitions below partitioned table ``key`` (at any depth), which
    a foreign key referencing it needs: PostgreSQL refuses DETACH PARTITION while the key
    references rows of the partition, so the key is dropped before (and made again after,
    once it is attached again: _rebuild_dependents).  None when the key's own table ``own`` is
    in that tree (a self-reference: its drop comes after the detach, as its parent's keys).
    (Asked only for a table's own key on a table without partitions or children: a key on a
    parent must go after its partitions are detached, so that they keep copies of it, and two
    such parents referencing each other could not be ordered.)"""
    parent = g.tables.get(key)
    partitions = g.heirs(parent, lambda child: child.partition_of is not None) if parent is not None else []
    if any((p.schema, p.name) == own for p in partitions):
        return []
    return [attach_id(p.schema, p.name) for p in partitions]


ATTACH_SUFFIX = " PARTITION OF"  # of an attach_id's name


def attach_id(schema: str, table: str) -> ObjectId:
    """The ``ATTACH PARTITION`` of a partition, ordered as its own change."""
    return ObjectId(Kind.TABLE, schema, table + ATTACH_SUFFIX)


def order_dependencies(g: Graph) -> Iterable[Dependency]:
    """Dependencies that only order changes: a parent's CHECK/FK recurses into partitions
    and inheritance children, so it comes after they are attached."""
    for c in g.model.constraints:
        if c.type in "cf" and not c.inherited and not c.no_inherit:  # NO INHERIT: not recursed
            for child in g.children.get((c.schema, c.table), []):
                yield Dependency(c.id, child.id)
                if child.partition_of is not None:
                    yield Dependency(c.id, attach_id(child.schema, child.name))


@dataclass(slots=True)
class Context:
    """Both sides of a comparison: ``old`` is the target as it is, ``new`` the source."""

    old: Graph
    new: Graph
    names: Names
    dropped_tables: set[tuple[str, str]] = field(default_factory=set)
    invalidated: set[ObjectId] = field(default_factory=set)  # ids whose dependents must be rebuilt
    retyped: set[ObjectId] = field(default_factory=set)  # columns whose type changes in place
    # columns another table's or type's statement retypes (or drops) in place: an inheritance
    # child's or partition's by its parent's ALTER COLUMN … TYPE, a typed table's by ALTER
    # TYPE … CASCADE; what reads them is rebuilt around it, as for ``retyped``
    retyped_along: set[ObjectId] = field(default_factory=set)
    converted: set[ObjectId] = field(default_factory=set)  # columns a type rebuild converts (defaults too)
    # composite types whose attributes ALTER TYPE retypes or drops in place (what reads them is
    # rebuilt around it: compare._rebuild_dependents)
    attributes_altered: set[ObjectId] = field(default_factory=set)
    # (schema, table) → its generated columns of a rebuilt type: dropped and added again instead
    converted_generated: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    recreated: set[ObjectId] = field(default_factory=set)  # dropped and created again by the walk
    # the source's id → the target's object compared with it under another id (a function whose
    # parameters only were renamed, dropped and made again: compare._PAIRINGS)
    paired_from: dict[ObjectId, ObjectId] = field(default_factory=dict)
    attaching: set[tuple[str, str]] = field(default_factory=set)  # partitions attached by this plan
    # tables (their ids) this plan drops a column of, in place (views over them: kinds_routines)
    columns_dropped: set[ObjectId] = field(default_factory=set)
    # partitions this plan detaches (and that stay): their keys and indexes are their own then
    detached: set[tuple[str, str]] = field(default_factory=set)
    rebuilt: set[tuple[str, str]] = field(default_factory=set)  # tables rebuilt with their rows
    # types renamed away, made again and dropped in the build phase (type_rebuild.rebuild_type)
    rebuilt_types: set[ObjectId] = field(default_factory=set)
    # typed tables a type rebuild takes off their old type (NOT OF) to convert their columns
    untyped: set[tuple[str, str]] = field(default_factory=set)
    _shared_constraint_names: frozenset[tuple[str, str]] | None = None
    # ``converted`` by table: (its size when made, (schema, table) → column names)
    _converted_by_table: tuple[int, dict[tuple[str | None, str | None], set[str]]] | None = None
    # (schema, table) → the tables what sits on it in the target (but policies) uses, made when
    # first asked for (table_rebuild orders the old copies of rebuilt tables by it)
    subs_use: dict[tuple[str, str], frozenset[tuple[str, str]]] = field(default_factory=dict)
    # (schema, table) → the rebuilt tables whose ``subs_use`` holds it, made when first asked for
    rebuilt_subs_users: dict[tuple[str, str], list[tuple[str, str]]] | None = None

    @property
    def server_version(self) -> int:
        return self.old.model.server_version or self.new.model.server_version

    def has_heirs(self, t: Table) -> bool:
        """Whether ``t`` has partitions or inheritance children, in the target or the source
        (ALTER TABLE recurses to them: what is the parent's alone needs ONLY)."""
        key = (t.schema, t.name)
        return key in self.new.children or key in self.old.children

    def used_until_build(self, dropped: ObjectId) -> bool:
        """Whether something the plan keeps uses ``dropped`` (an object the source drops) until
        a build-phase change moves it off: a column of a table that stays (retyped off a
        table's or view's row type, its generated expression set or dropped) or a composite
        type that stays (an attribute altered or dropped).  The drop then runs late, after the
        build phase — unless the source makes another relation under a dropped relation's name.
        """
        if dropped in self.new.objects:
            return False  # dropped to be made again (a rebuild): not late
        schema, name = dropped.schema, dropped.name
        relation = dropped.kind in _RELATION_KINDS
        if relation and (schema is None or (schema, name) in self.new.relations
                         or qualified(schema, name) in self.new.types):
            return False
        for dep in self.old.rdeps.get(dropped, ()):
            if dep.kind is Kind.COLUMN and dep.schema is not None and dep.parent is not None:
                if relation and (dep.schema, dep.parent) == (schema, name):
                    continue  # the relation's own column
                if dropped.kind in ROUTINE_KINDS and (not _generated(self.old.objects.get(dep))
                                                      or self.generated_kept(dep)):
                    continue  # a default or generated column that calls it: reset around it (compare)
                if (dep.schema, dep.parent) in self.new.tables and not self.table_dropped(dep.schema, dep.parent):
                    return True
            elif dep.kind is Kind.COMPOSITE and dep in self.new.objects:
                return True
        return False

    def generated_kept(self, cid: ObjectId) -> tuple[Table, Column, Table, Column] | None:
        """The tables and columns, old and new, of a generated column that stays as it is in
        a table that stays (not rebuilt): what it calls may still be dropped under it."""
        if cid.schema is None or cid.parent is None or self.table_dropped(cid.schema, cid.parent):
            return None
        old_t, new_t = self.old.tables.get((cid.schema, cid.parent)), self.new.tables.get((cid.schema, cid.parent))
        old_c = old_t.column(cid.name) if old_t is not None else None
        new_c = new_t.column(cid.name) if new_t is not None else None
        if old_c is None or new_c is None or old_c.generated is None or (
                (old_c.generated, old_c.generated_kind, old_c.type) != (new_c.generated, new_c.generated_kind, new_c.type)):
            return None
        assert old_t is not None and new_t is not None
        return old_t, old_c, new_t, new_c

    def converted_columns(self, schema: str, table: str) -> set[str]:
        """The names of the columns of ``schema.table`` a type rebuild converts (``converted``,
        by table: every table asks, and a rebuild may convert thousands of columns)."""
        cache = self._converted_by_table
        if cache is None or cache[0] != len(self.converted):
            by_table: dict[tuple[str | None, str | None], set[str]] = {}
            for cid in self.converted:
                by_table.setdefault((cid.schema, cid.parent), set()).add(cid.name)
            cache = self._converted_by_table = (len(self.converted), by_table)
        return cache[1].get((schema, table), set())

    def shared_constraint_names(self) -> frozenset[tuple[str, str]]:
        """(schema, name) of the constraints held by two tables (or a table and a domain) or
        more, on the two sides together.  PostgreSQL picks a generated constraint name not used
        anywhere in the schema (``ChooseConstraintName``); made when first asked for."""
        if self._shared_constraint_names is None:
            (old, old_shared), (new, new_shared) = self.old.constraint_names(), self.new.constraint_names()
            if len(old) > len(new):
                old, new = new, old
            self._shared_constraint_names = frozenset(
                old_shared | new_shared | {key for key, table in old.items() if new.get(key, table) != table})
        return self._shared_constraint_names

    def table_dropped(self, schema: str, table: str) -> bool:
        return (schema, table) in self.dropped_tables

    def target_dropped(self, target: ObjectId) -> bool:
        """Whether ``target`` disappears with a dropped table (sub-objects, identity and
        owned sequences go with it)."""
        if target.schema is None:
            return False
        if target.parent is not None:
            return self.table_dropped(target.schema, target.parent)
        if target.kind in (Kind.TABLE, Kind.FOREIGN_TABLE):
            return self.table_dropped(target.schema, target.name)
        if target.kind is Kind.SEQUENCE:
            key = (target.schema, target.name)
            owner = self.old.identity_sequences.get(key)
            if owner is None:
                seq = self.old.objects.get(target)
                owner = seq.owned_by[0] if isinstance(seq, Sequence) and seq.owned_by else None
                if owner is not None and (target.schema, owner) in self.rebuilt:
                    return False  # an owned sequence outlives its table's rebuild (table_rebuild)
            return owner is not None and self.table_dropped(target.schema, owner)
        return False
