select set_config('lock_timeout', '3s', true);
create index users_bio_idx on users (bio);
