-- varchar(50) -> varchar(100) (no rewrite) and varchar(100) -> varchar(20) narrowing on another column.

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    username varchar(100) NOT NULL,
    nickname varchar(20)
);
CREATE UNIQUE INDEX users_username_idx ON public.users (username);
