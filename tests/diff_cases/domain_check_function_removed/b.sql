-- Domains whose CHECK calls a function, all removed: the domains go before the function (types are dropped late).
CREATE SCHEMA ids;
CREATE FUNCTION ids.has_prefix(val text, prefix text) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT starts_with(val, prefix) $$;
CREATE DOMAIN ids.user_id AS text CHECK (ids.has_prefix(VALUE, 'usr_'));
CREATE DOMAIN ids.team_id AS text CHECK (ids.has_prefix(VALUE, 'team_'));
CREATE FUNCTION ids.same_user(a ids.user_id, b ids.user_id) RETURNS boolean LANGUAGE sql AS $$ SELECT a = b $$;
CREATE TABLE public.memberships (user_id ids.user_id, team_id ids.team_id);
