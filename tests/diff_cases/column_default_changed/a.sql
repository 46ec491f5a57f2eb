-- Column defaults changed: literal to another literal, literal to function call, now() to clock_timestamp(), jsonb default.

CREATE TABLE public.settings (
    id integer PRIMARY KEY,
    theme text DEFAULT 'light',
    token text DEFAULT 'none',
    updated_at timestamptz DEFAULT now(),
    data jsonb DEFAULT '{}'::jsonb
);
