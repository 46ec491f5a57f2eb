-- An extension is dropped after the column using its type is converted back to text.

CREATE TABLE public.settings (id integer PRIMARY KEY, attrs text);
