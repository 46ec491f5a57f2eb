-- 20260918120000_add_bfarm_medication_catalog.sql
BEGIN;

create extension if not exists pg_trgm with schema extensions;
create schema if not exists private;
revoke all on schema private from public;
revoke usage, create on schema private from anon, authenticated;

create table private.bfarm_data_approval (
  id uuid primary key default gen_random_uuid(),
  is_current boolean not null default false,
  decision text not null check (decision in ('approved','denied','revoked')),
  approved_uses text[] not null default '{}',
  decided_by text,
  decided_at timestamptz not null default now(),
  evidence_reference text,
  valid_until timestamptz,
  created_at timestamptz not null default now()
);
create unique index bfarm_data_approval_one_current_idx
  on private.bfarm_data_approval ((is_current)) where is_current;
comment on table private.bfarm_data_approval is 'Append-only BfArM approval decisions. id is identity; is_current is the single current marker demoted by private.bfarm_add_approval.';

create table private.bfarm_release (
  id uuid primary key default gen_random_uuid(),
  source_date date not null,
  source_message_id text,
  source_sender text not null,
  source_sha256 text not null check (source_sha256 ~ '^[0-9a-f]{64}$'),
  received_at timestamptz not null default now(),
  importer_version text not null,
  expected_counts jsonb not null,
  staged_counts jsonb not null default '{}'::jsonb,
  corrects_release_id uuid references private.bfarm_release(id),
  status text not null default 'staging' check (status in ('staging','active','superseded','failed')),
  failure_code text,
  failure_summary text,
  approval_decision_id uuid references private.bfarm_data_approval(id),
  activated_at timestamptz,
  allow_large_drop boolean not null default false,
  allow_same_date_correction boolean not null default false
);
create unique index bfarm_release_message_id_uniq on private.bfarm_release(source_message_id) where source_message_id is not null;
create unique index bfarm_release_sha256_uniq on private.bfarm_release(source_sha256);
create index bfarm_release_source_date_idx on private.bfarm_release(source_date);

create table private.bfarm_medicinal_product (
  release_id uuid not null references private.bfarm_release(id) on delete cascade,
  rmp_key text not null,
  rmp_pzn text not null check (rmp_pzn ~ '^[0-9]{8}$'),
  rmp_count_substance integer not null check (rmp_count_substance >= 1),
  rmp_multiple_ppt text not null check (rmp_multiple_ppt in ('0','1')),
  rmp_pfm_put_short text not null,
  rmp_pfm_put_long text,
  rmp_pfm_name text not null,
  rmp_pfm_term_id text not null,
  rmp_mpd_name text not null,
  normalized_name text not null,
  primary key (release_id,rmp_key)
);
create unique index bfarm_medicinal_product_pzn_uniq on private.bfarm_medicinal_product(release_id,rmp_pzn);
create index bfarm_medicinal_product_name_trgm_idx on private.bfarm_medicinal_product using gin(normalized_name extensions.gin_trgm_ops);

create table private.bfarm_pharmaceutical_product (
  release_id uuid not null references private.bfarm_release(id) on delete cascade,
  rpp_key text not null,
  rmp_key text not null,
  rpp_number integer not null check (rpp_number >= 1),
  rpp_pfm_put_short text not null,
  rpp_pfm_put_long text,
  rpp_pfm_name text not null,
  rpp_pfm_term_id text not null,
  rpp_description text,
  primary key (release_id,rpp_key),
  foreign key (release_id,rmp_key) references private.bfarm_medicinal_product(release_id,rmp_key) deferrable initially deferred
);

create table private.bfarm_substance (
  release_id uuid not null references private.bfarm_release(id) on delete cascade,
  rse_key text not null,
  rpp_key text not null,
  rse_substance_name text not null,
  rse_substance_strength text,
  rse_substance_id text,
  rse_substance_rank integer not null check (rse_substance_rank >= 1),
  primary key (release_id,rse_key),
  foreign key (release_id,rpp_key) references private.bfarm_pharmaceutical_product(release_id,rpp_key) deferrable initially deferred
);
create unique index bfarm_substance_rank_uniq on private.bfarm_substance(release_id,rpp_key,rse_substance_rank);
comment on column private.bfarm_medicinal_product.rmp_count_substance is 'Preserved source count; not equated to staged component substance rows.';

create table private.bfarm_catalog_state (
  id smallint primary key check (id=1),
  active_release_id uuid references private.bfarm_release(id),
  rollback_release_id uuid references private.bfarm_release(id),
  updated_at timestamptz not null default now()
);
insert into private.bfarm_catalog_state(id) values (1);

create table private.bfarm_catalog_transition (
  id bigserial primary key,
  action text not null check (action in ('activate','rollback','prune')),
  from_release_id uuid,
  to_release_id uuid,
  actor text not null,
  reason text,
  created_at timestamptz not null default now()
);

revoke all on all tables in schema private from public, anon, authenticated;
revoke all on all sequences in schema private from public, anon, authenticated;
alter default privileges in schema private revoke all on tables from public, anon, authenticated;
alter default privileges in schema private revoke all on sequences from public, anon, authenticated;

alter table private.bfarm_data_approval enable row level security;
alter table private.bfarm_release enable row level security;
alter table private.bfarm_medicinal_product enable row level security;
alter table private.bfarm_pharmaceutical_product enable row level security;
alter table private.bfarm_substance enable row level security;
alter table private.bfarm_catalog_state enable row level security;
alter table private.bfarm_catalog_transition enable row level security;

create or replace function private.bfarm_normalize_name(p_value text) returns text
language sql immutable strict set search_path = '' as $$
  select trim(regexp_replace(regexp_replace(replace(replace(replace(replace(lower(p_value),'ä','ae'),'ö','oe'),'ü','ue'),'ß','ss'),'[^[:alnum:] ]','','g'),'[[:space:]]+',' ','g'));
$$;

create or replace function private.bfarm_is_valid_pzn(p_pzn text) returns boolean
language plpgsql immutable set search_path = '' as $$
declare total integer:=0; i integer;
begin
  if p_pzn is null or p_pzn !~ '^[0-9]{8}$' then return false; end if;
  for i in 1..7 loop total:=total + substr(p_pzn,i,1)::integer*i; end loop;
  return total % 11 = substr(p_pzn,8,1)::integer;
end; $$;

create or replace function private.bfarm_core_uses() returns text[] language sql immutable set search_path = '' as $$
  select array['store','transform','serve_authenticated_studyu_users','persist_in_research_answers']::text[];
$$;
create or replace function private.bfarm_share_use() returns text[] language sql immutable set search_path = '' as $$
  select array['share_results_beyond_study_editors']::text[];
$$;
create or replace function private.bfarm_current_approval_ok(p_required_uses text[]) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists(select 1 from private.bfarm_data_approval a where a.is_current and a.decision='approved' and (a.valid_until is null or a.valid_until > now()) and p_required_uses <@ a.approved_uses);
$$;

create or replace function private.bfarm_add_approval(p_decision text,p_approved_uses text[] default '{}',p_decided_by text default null,p_evidence_reference text default null,p_valid_until timestamptz default null) returns uuid
language plpgsql security definer set search_path = '' as $$
declare v_id uuid;
begin
  if p_decision not in ('approved','denied','revoked') then raise exception 'bfarm_invalid_decision'; end if;
  update private.bfarm_data_approval set is_current=false where is_current;
  insert into private.bfarm_data_approval(is_current,decision,approved_uses,decided_by,evidence_reference,valid_until) values(true,p_decision,p_approved_uses,p_decided_by,p_evidence_reference,p_valid_until) returning id into v_id;
  return v_id;
end; $$;

create or replace function private.jsonb_contains_medication(p_value jsonb) returns boolean
language sql immutable strict set search_path = '' as $$
  with recursive walk(node) as (
    select p_value
    union all
    select child.value from walk w cross join lateral (
      select e.value from jsonb_each(w.node) e where jsonb_typeof(w.node)='object'
      union all
      select e.value from jsonb_array_elements(w.node) e where jsonb_typeof(w.node)='array'
    ) child
  ) select exists(select 1 from walk where jsonb_typeof(node)='object' and node->>'type'='medication');
$$;

create or replace function private.bfarm_releases_with_state_lock() returns setof uuid
language plpgsql security definer set search_path = '' as $$
declare r record;
begin
  perform 1 from private.bfarm_catalog_state where id=1 for update;
  for r in select id from private.bfarm_release where status in ('staging','active','superseded') order by id for update loop return next r.id; end loop;
end; $$;

create or replace function private.bfarm_status_payload(p_release_id uuid) returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object('release_id',r.id,'status',r.status,'source_date',r.source_date,'source_message_id',r.source_message_id,'source_sha256',r.source_sha256,'received_at',r.received_at,'expected_counts',r.expected_counts,'staged_counts',r.staged_counts,'corrects_release_id',r.corrects_release_id,'active_release_id',s.active_release_id,'rollback_release_id',s.rollback_release_id,'failure_code',r.failure_code,'failure_summary',r.failure_summary)
  from private.bfarm_release r cross join private.bfarm_catalog_state s where r.id=p_release_id and s.id=1;
$$;

create or replace function private.bfarm_content_guard() returns trigger
language plpgsql security definer set search_path = '' as $$
declare s text;
begin
  select status into s from private.bfarm_release where id=coalesce(new.release_id,old.release_id);
  if s is null then raise exception 'bfarm_release_not_found'; end if;
  if tg_op='DELETE' then
    if coalesce(current_setting('bfarm.prune_scope',true),'')<>'on' then raise exception 'catalog_rows_are_immutable'; end if;
    return old;
  end if;
  if s<>'staging' then raise exception 'catalog_rows_are_immutable'; end if;
  return new;
end; $$;

create or replace function private.bfarm_study_medication_gate() returns trigger
language plpgsql security definer set search_path = '' as $$
declare nh boolean; oh boolean;
begin
  nh:=coalesce(private.jsonb_contains_medication(new.questionnaire),false) or coalesce(private.jsonb_contains_medication(new.observations),false) or coalesce(private.jsonb_contains_medication(new.interventions),false);
  if tg_op='UPDATE' then oh:=coalesce(private.jsonb_contains_medication(old.questionnaire),false) or coalesce(private.jsonb_contains_medication(old.observations),false) or coalesce(private.jsonb_contains_medication(old.interventions),false); else oh:=false; end if;
  if not nh then return new; end if;
  if tg_op='INSERT' or not oh then
    if not private.bfarm_current_approval_ok(private.bfarm_core_uses()) then raise exception 'bfarm_approval_required' using hint='Current approval must cover store, transform, serve_authenticated_studyu_users, and persist_in_research_answers.'; end if;
  end if;
  if new.status='running' and new.result_sharing is distinct from 'private' then
    if not private.bfarm_current_approval_ok(private.bfarm_core_uses() || private.bfarm_share_use()) then raise exception 'bfarm_result_sharing_restricted'; end if;
  end if;
  return new;
end; $$;
create trigger bfarm_study_medication_gate_trg before insert or update on public.study for each row execute procedure private.bfarm_study_medication_gate();
-- Import lifecycle RPCs. Every function is SECURITY DEFINER and only service_role receives EXECUTE.
create or replace function public.begin_bfarm_import(
  p_source_date date, p_message_id text, p_sender text, p_attachment_sha256 text,
  p_expected_counts jsonb, p_importer_version text, p_corrects_release_id uuid default null
) returns uuid
language plpgsql security definer set search_path = '' as $$
declare r private.bfarm_release%rowtype; v_id uuid; k text; v jsonb;
begin
  if p_attachment_sha256 is null or p_attachment_sha256 !~ '^[0-9a-f]{64}$' then raise exception 'bfarm_invalid_sha256'; end if;
  insert into private.bfarm_release(source_date,source_message_id,source_sender,source_sha256,importer_version,expected_counts,corrects_release_id) values(p_source_date,p_message_id,p_sender,p_attachment_sha256,p_importer_version,p_expected_counts,p_corrects_release_id) returning id into v_id;
  return v_id;
end; $$;

create or replace function public.get_bfarm_import_status(p_release_id uuid) returns jsonb
language sql stable security definer set search_path = '' as $$ select private.bfarm_status_payload(p_release_id); $$;
create or replace function public.get_bfarm_active_release() returns jsonb
language sql stable security definer set search_path = '' as $$ select private.bfarm_status_payload(active_release_id) from private.bfarm_catalog_state where id=1; $$;

create or replace function public.mark_bfarm_import_failed(p_release_id uuid,p_code text,p_summary text) returns void
language plpgsql security definer set search_path = '' as $$
declare s text;
begin
  select status into s from private.bfarm_release where id=p_release_id for update;
  if s is null then raise exception 'bfarm_release_not_found'; end if;
  if s='failed' then return; end if;
  update private.bfarm_release set status='failed',failure_code=p_code,failure_summary=p_summary where id=p_release_id;
end; $$;

create or replace function private.bfarm_project_product(p_product private.bfarm_medicinal_product,p_release_date date) returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object('pzn',p_product.rmp_pzn,'officialName',p_product.rmp_mpd_name,'activeIngredientCount',p_product.rmp_count_substance,'dosageForm',jsonb_build_object('patientFriendlyShort',p_product.rmp_pfm_put_short,'patientFriendlyLong',p_product.rmp_pfm_put_long,'bfarmName',p_product.rmp_pfm_name,'bfarmTermId',p_product.rmp_pfm_term_id),'components',coalesce((select jsonb_agg(jsonb_build_object('key',p.rpp_key,'number',p.rpp_number,'dosageForm',jsonb_build_object('patientFriendlyShort',p.rpp_pfm_put_short,'patientFriendlyLong',p.rpp_pfm_put_long,'bfarmName',p.rpp_pfm_name,'bfarmTermId',p.rpp_pfm_term_id),'description',p.rpp_description,'activeIngredients',coalesce((select jsonb_agg(jsonb_build_object('key',s.rse_key,'name',s.rse_substance_name,'strength',s.rse_substance_strength,'bfarmSubstanceId',s.rse_substance_id,'rank',s.rse_substance_rank) order by s.rse_substance_rank,s.rse_key) from private.bfarm_substance s where s.release_id=p.release_id and s.rpp_key=p.rpp_key),'[]'::jsonb)) order by p.rpp_number,p.rpp_key) from private.bfarm_pharmaceutical_product p where p.release_id=p_product.release_id and p.rmp_key=p_product.rmp_key),'[]'::jsonb),'source',jsonb_build_object('name','BfArM Referenzdatenbank gemäß § 31b SGB V','releaseDate',to_char(p_release_date,'YYYY-MM-DD')));
$$;

create or replace function public.lookup_bfarm_medication(p_pzn text) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
declare rid uuid; d date; result jsonb;
begin
  if not private.bfarm_current_approval_ok(private.bfarm_core_uses()) then raise exception 'bfarm_approval_missing'; end if;
  if not private.bfarm_is_valid_pzn(p_pzn) then raise exception 'bfarm_invalid_pzn'; end if;
  select s.active_release_id,r.source_date into rid,d from private.bfarm_catalog_state s left join private.bfarm_release r on r.id=s.active_release_id where s.id=1;
  if rid is null then return null; end if;
  select private.bfarm_project_product(m,d) into result from private.bfarm_medicinal_product m where m.release_id=rid and m.rmp_pzn=p_pzn;
  return result;
end; $$;

create or replace function public.search_bfarm_medications(p_query text,p_limit integer default 20,p_offset integer default 0) returns setof jsonb
language plpgsql stable security definer set search_path = '' as $$
declare q text; lim integer; off integer; rid uuid; d date;
begin
  if not private.bfarm_current_approval_ok(private.bfarm_core_uses()) then raise exception 'bfarm_approval_missing'; end if;
  q:=coalesce(private.bfarm_normalize_name(p_query),''); if char_length(q)<2 then raise exception 'bfarm_query_too_short'; end if;
  lim:=greatest(1,least(50,coalesce(p_limit,20))); off:=greatest(0,coalesce(p_offset,0));
  select s.active_release_id,r.source_date into rid,d from private.bfarm_catalog_state s left join private.bfarm_release r on r.id=s.active_release_id where s.id=1;
  if rid is null then return; end if;
  return query select private.bfarm_project_product(m,d) from private.bfarm_medicinal_product m where m.release_id=rid and (strpos(m.normalized_name,q)>0 or m.normalized_name operator(extensions.%) q) order by (m.normalized_name=q) desc,(strpos(m.normalized_name,q)=1) desc,extensions.similarity(m.normalized_name,q) desc,m.rmp_mpd_name,m.rmp_pzn limit lim offset off;
end; $$;


revoke execute on all functions in schema private from public, anon, authenticated, service_role;
alter default privileges in schema private revoke execute on functions from public, anon, authenticated, service_role;

do $$ declare f text; begin
  foreach f in array array['begin_bfarm_import','get_bfarm_import_status','get_bfarm_active_release','mark_bfarm_import_failed'] loop execute format('revoke execute on function public.%I from public, anon, authenticated',f); end loop;
end $$;
grant execute on function public.begin_bfarm_import(date,text,text,text,jsonb,text,uuid) to service_role;
grant execute on function public.get_bfarm_import_status(uuid) to service_role;
grant execute on function public.get_bfarm_active_release() to service_role;
grant execute on function public.mark_bfarm_import_failed(uuid,text,text) to service_role;
revoke execute on function public.lookup_bfarm_medication(text) from public, anon;
revoke execute on function public.search_bfarm_medications(text,integer,integer) from public, anon;
grant execute on function public.lookup_bfarm_medication(text) to authenticated;
grant execute on function public.search_bfarm_medications(text,integer,integer) to authenticated;

COMMIT;
