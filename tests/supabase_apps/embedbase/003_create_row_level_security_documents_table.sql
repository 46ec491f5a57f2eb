-- RLS on without policies.
alter table documents
  enable row level security;
