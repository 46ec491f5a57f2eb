-- A new enum type and a new enum-array column using it.

CREATE TYPE public.notification_channel AS ENUM ('email', 'sms', 'push');
CREATE TABLE public.users (
    id integer PRIMARY KEY,
    channels public.notification_channel[] NOT NULL DEFAULT '{email}'
);
