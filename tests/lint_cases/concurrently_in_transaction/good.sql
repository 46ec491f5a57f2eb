-- Alone in its file: the runner executes it outside a transaction block.
create index concurrently if not exists users_email_idx on users (email);
