CREATE COLLATION ci (provider = libc, locale = 'POSIX');
CREATE TABLE users (id int PRIMARY KEY, email text COLLATE ci NOT NULL DEFAULT 'x',
                    nick varchar(20) COLLATE ci CHECK (nick <> ''));
CREATE INDEX users_email ON users (email);
CREATE INDEX users_lower ON users (lower(nick) COLLATE ci);
CREATE VIEW user_emails AS SELECT id, email FROM users WHERE email > 'a';
CREATE TABLE events (at date NOT NULL, tag text COLLATE ci) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE other (id int, tag text COLLATE "C");
CREATE DOMAIN handle AS varchar(40) COLLATE ci CHECK (VALUE <> '');
CREATE TABLE accounts (id int PRIMARY KEY, handle handle NOT NULL);
