-- Column defaults changed: literal to another literal, literal to function call, now() to clock_timestamp(), jsonb default.

CREATE TABLE public.settings (
    id integer PRIMARY KEY,
    theme text DEFAULT 'system',
    token text DEFAULT md5(random()::text),
    updated_at timestamptz DEFAULT clock_timestamp(),
    data jsonb DEFAULT '{"version": 2}'::jsonb
);
