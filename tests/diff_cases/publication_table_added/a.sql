-- Tables are added to and removed from an existing publication; a new publication appears.

CREATE TABLE public.orders (id integer PRIMARY KEY);
CREATE TABLE public.customers (id integer PRIMARY KEY);
CREATE TABLE public.secrets (id integer PRIMARY KEY);
CREATE PUBLICATION app_pub FOR TABLE public.orders, public.secrets;
