-- pg-delta regression extension-drop-dataloss: an extension adopts a table (ALTER EXTENSION … ADD TABLE), which is then the extension's, not the app's to make; another table uses both extensions' types.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE public.ext_data (id integer PRIMARY KEY);
ALTER EXTENSION hstore ADD TABLE public.ext_data;
CREATE TABLE public.contacts (id integer PRIMARY KEY, email citext NOT NULL, tags hstore);
