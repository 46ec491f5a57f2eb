"""``--safe``: the changes that delete data are left out with what needed them, and the rest applies.

A plan that leaves out ``DROP TABLE`` but keeps what only worked once the table was gone (its
trigger's function dropped, a view made under its name, a table whose identity sequence has
the staying table's sequence name) fails half-way: ``sync --safe`` rolled back every time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import PgServer, cli
from test_extract_cases import psql

# graphile/worker before 000016: the tables under their first names, a trigger that notifies.
_JOBS = """
CREATE FUNCTION public.tg_jobs__after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform pg_notify('jobs:insert', '');
  return new;
end;
$$;
CREATE TABLE public.job_queues (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  queue_name text NOT NULL UNIQUE
);
CREATE TABLE public.jobs (
  id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  job_queue_id int,
  payload json DEFAULT '{}'::json NOT NULL
);
CREATE INDEX jobs_main_index ON public.jobs (id) INCLUDE (job_queue_id);
CREATE TRIGGER _900_after_insert AFTER INSERT ON public.jobs
  FOR EACH STATEMENT EXECUTE FUNCTION public.tg_jobs__after_insert();
"""
# … and after 000016-000018: renamed to _private_*, a view under the old name, the trigger gone.
_PRIVATE_JOBS = _JOBS + """
ALTER TABLE public.job_queues RENAME TO _private_job_queues;
ALTER TABLE public.jobs RENAME TO _private_jobs;
DROP TRIGGER _900_after_insert ON public._private_jobs;
DROP FUNCTION public.tg_jobs__after_insert();
CREATE VIEW public.jobs AS
  SELECT jobs.id, job_queues.queue_name, jobs.payload
  FROM public._private_jobs AS jobs
  LEFT JOIN public._private_job_queues AS job_queues ON job_queues.id = jobs.job_queue_id;
"""


@pytest.fixture
def envs(tmp_path: Path, pg: PgServer) -> Iterator[tuple[Path, str, str]]:
    """A project whose ``new`` environment is the source and ``old`` the one synced: (root, URLs)."""
    with pg.databases("sn", "so") as (new, old):
        (tmp_path / "pgstrata.toml").write_text(
            f'[environments.new]\nurl = "{new}"\nprotection = "manual"\n'
            f'[environments.old]\nurl = "{old}"\nprotection = "none"\n')
        yield tmp_path, new, old


def test_safe_plan_keeps_what_the_tables_left_in_place_need(envs: tuple[Path, str, str], pg: PgServer) -> None:
    root, new, old = envs
    psql(pg, new, sql=_PRIVATE_JOBS)
    psql(pg, old, sql=_JOBS + "INSERT INTO public.jobs (payload) VALUES ('{\"n\": 1}');")
    code, out, err = cli(root, "compare", "new", "old", "--format", "sql", "--safe")
    assert code == 0, err
    for line in ("left out (deletes data): drop table public.jobs",
                 "left out (deletes data): drop table public.job_queues",
                 "left out (needs a change left out): drop function public.tg_jobs__after_insert()",
                 "left out (needs a change left out): create view public.jobs",
                 "left out (needs a change left out): create table public._private_jobs",
                 "left out (needs a change left out): create table public._private_job_queues"):
        assert f"--   {line}\n" in out, out
    code, _, err = cli(root, "sync", "old", "--from", "new", "--safe", "--yes")
    assert code == 0, err  # applies: nothing it keeps needed what it left out
    with psycopg.connect(old) as conn:
        assert conn.execute("SELECT count(*) FROM public.jobs").fetchone() == (1,)


def test_safe_plan_leaves_out_only_data_loss_when_nothing_needs_it(envs: tuple[Path, str, str], pg: PgServer) -> None:
    root, new, old = envs
    psql(pg, new, sql=_JOBS.replace("  job_queue_id int,\n", "").replace(" INCLUDE (job_queue_id)", ""))
    psql(pg, old, sql=_JOBS + "CREATE TABLE public.legacy (id int);")
    code, out, err = cli(root, "compare", "new", "old", "--format", "sql", "--safe")
    assert code == 0, err
    assert sorted(line for line in out.splitlines() if "left out" in line) == [
        "--   left out (deletes data): drop column public.jobs.job_queue_id",
        "--   left out (deletes data): drop table public.legacy"], out
    code, _, err = cli(root, "sync", "old", "--from", "new", "--safe", "--yes")
    assert code == 0, err


# graphile/starter's organizations as serial ids, then as uuids without the memberships table.
_ORGANIZATIONS = """
CREATE TABLE public.organizations (id serial PRIMARY KEY, slug text NOT NULL UNIQUE);
CREATE TABLE public.organization_memberships (
  id serial PRIMARY KEY,
  organization_id int NOT NULL REFERENCES public.organizations ON DELETE CASCADE,
  is_owner boolean NOT NULL DEFAULT false
);
"""
_ORGANIZATIONS_BY_UUID = """
CREATE TABLE public.organizations (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), slug text NOT NULL UNIQUE);
"""


def test_safe_plan_keeps_a_key_a_staying_table_references(envs: tuple[Path, str, str], pg: PgServer) -> None:
    """The memberships table stays, and so does its foreign key: the key column it references
    cannot be retyped (PostgreSQL refuses the foreign key of an integer onto a uuid)."""
    root, new, old = envs
    psql(pg, new, sql=_ORGANIZATIONS_BY_UUID)
    psql(pg, old, sql=_ORGANIZATIONS)
    code, out, err = cli(root, "compare", "new", "old", "--format", "sql", "--safe")
    assert code == 0, err
    assert "--   left out (deletes data): drop table public.organization_memberships\n" in out, out
    assert "--   left out (needs a change left out): alter column public.organizations.id\n" in out, out
    code, _, err = cli(root, "sync", "old", "--from", "new", "--safe", "--yes")
    assert code == 0, err


def test_safe_plan_does_not_add_again_a_column_it_keeps(envs: tuple[Path, str, str], pg: PgServer) -> None:
    """A column that becomes generated is dropped and added again: with its DROP left out (its
    values would go), the ADD COLUMN of the same name cannot run either."""
    root, new, old = envs
    psql(pg, new, sql="CREATE TABLE public.orders (id int PRIMARY KEY, quantity int NOT NULL, unit_cents int NOT NULL,"
                      " total_cents int GENERATED ALWAYS AS (quantity * unit_cents) STORED);")
    psql(pg, old, sql="CREATE TABLE public.orders (id int PRIMARY KEY, quantity int NOT NULL, unit_cents int NOT NULL,"
                      " total_cents int);")
    code, out, err = cli(root, "compare", "new", "old", "--format", "sql", "--safe")
    assert code == 0, err
    assert "--   left out (needs a change left out): alter column public.orders.total_cents\n" in out, out
    code, _, err = cli(root, "sync", "old", "--from", "new", "--safe", "--yes")
    assert code == 0, err


# A CRM's deals listed by stage: "proposal" first a partition of its own, then back in the open deals.
_DEALS = """
CREATE TABLE public.deals (
  id bigint NOT NULL,
  stage text NOT NULL,
  closed_on date,
  PRIMARY KEY (id, stage)
) PARTITION BY LIST (stage);
CREATE TABLE public.deals_won PARTITION OF public.deals FOR VALUES IN ('won');
"""


def test_safe_plan_does_not_attach_over_a_staying_partition(envs: tuple[Path, str, str], pg: PgServer) -> None:
    """The partition whose DROP is left out keeps its bounds: the open deals cannot take
    'proposal' again, so they are neither re-bounded nor detached."""
    root, new, old = envs
    psql(pg, new, sql=_DEALS + "CREATE TABLE public.deals_open PARTITION OF public.deals"
                               " FOR VALUES IN ('lead', 'qualified', 'proposal');")
    psql(pg, old, sql=_DEALS + "CREATE TABLE public.deals_open PARTITION OF public.deals FOR VALUES IN ('lead', 'qualified');"
                               "CREATE TABLE public.deals_prop PARTITION OF public.deals FOR VALUES IN ('proposal');"
                               "INSERT INTO public.deals VALUES (1, 'lead'), (2, 'proposal');")
    code, out, err = cli(root, "compare", "new", "old", "--format", "sql", "--safe")
    assert code == 0, err
    assert "--   left out (deletes data): drop table public.deals_prop\n" in out, out
    for verb in ("detach", "attach"):  # one line each (they share one change id)
        assert out.count(f"--   left out (needs a change left out): {verb} partition public.deals_open\n") == 1, out
    code, _, err = cli(root, "sync", "old", "--from", "new", "--safe", "--yes")
    assert code == 0, err
    with psycopg.connect(old) as conn:
        assert conn.execute("SELECT count(*) FROM public.deals").fetchone() == (2,)


# Audit logs by month; January detached as an archive that then took a column of its own.
_AUDIT_LOGS = """
CREATE TABLE public.audit_logs (
  id bigint NOT NULL,
  action text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE public.audit_logs_2026_02 PARTITION OF public.audit_logs FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
"""


def test_safe_plan_does_not_attach_a_table_that_keeps_a_column(envs: tuple[Path, str, str], pg: PgServer) -> None:
    """With ``DROP COLUMN detail`` left out, the archive has a column its parent lacks, and
    PostgreSQL refuses to attach it: the ATTACH is left out, the archive stays a table."""
    root, new, old = envs
    psql(pg, new, sql=_AUDIT_LOGS + "CREATE TABLE public.audit_logs_2026_01 PARTITION OF public.audit_logs"
                                    " FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');")
    psql(pg, old, sql=_AUDIT_LOGS + "CREATE TABLE public.audit_logs_2026_01 (LIKE public.audit_logs INCLUDING ALL);"
                                    "ALTER TABLE public.audit_logs_2026_01 ADD COLUMN detail jsonb;"
                                    "INSERT INTO public.audit_logs_2026_01 VALUES (1, 'login', '2026-01-05', '{}');")
    code, out, err = cli(root, "compare", "new", "old", "--format", "sql", "--safe")
    assert code == 0, err
    assert "--   left out (deletes data): drop column public.audit_logs_2026_01.detail\n" in out, out
    assert "--   left out (needs a change left out): attach partition public.audit_logs_2026_01\n" in out, out
    code, _, err = cli(root, "sync", "old", "--from", "new", "--safe", "--yes")
    assert code == 0, err
    with psycopg.connect(old) as conn:
        assert conn.execute("SELECT detail FROM public.audit_logs_2026_01").fetchone() == ({},)


# postgres-meta's test database: a table column of a view's row type (col2 a_view).
_A_VIEW = """
CREATE TABLE public.users (id bigint PRIMARY KEY, name text, status text);
INSERT INTO public.users VALUES (1, 'Joe Bloggs', 'ACTIVE');
CREATE VIEW public.a_view AS SELECT id, name, status FROM public.users;
CREATE TABLE public.table_with_other_tables_row_type (id int PRIMARY KEY, col2 public.a_view);
INSERT INTO public.table_with_other_tables_row_type SELECT 1, v FROM public.a_view v;
"""


def test_safe_plan_keeps_a_view_whose_row_type_a_column_holds(envs: tuple[Path, str, str], pg: PgServer) -> None:
    """The view losing a field is renamed away, made again and the column moved to its row
    type: the field's values go, so the rename is left out, and with it the rest."""
    root, new, old = envs
    psql(pg, new, sql=_A_VIEW.replace("SELECT id, name, status FROM", "SELECT id, name FROM"))
    psql(pg, old, sql=_A_VIEW)
    code, out, err = cli(root, "compare", "new", "old", "--format", "sql", "--safe")
    assert code == 0, err
    assert "--   left out (deletes data): drop view public.a_view\n" in out, out
    assert "--   left out (needs a change left out): create view public.a_view\n" in out, out
    code, _, err = cli(root, "sync", "old", "--from", "new", "--safe", "--yes")
    assert code == 0, err
    with psycopg.connect(old) as conn:
        assert conn.execute("SELECT (col2).status FROM public.table_with_other_tables_row_type").fetchone() == ("ACTIVE",)
    code, _, err = cli(root, "sync", "old", "--from", "new", "--yes")
    assert code == 0, err
    with psycopg.connect(old) as conn:
        assert conn.execute("SELECT (col2).name FROM public.table_with_other_tables_row_type").fetchone() == ("Joe Bloggs",)
