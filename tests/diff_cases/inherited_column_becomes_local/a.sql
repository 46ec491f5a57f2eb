-- A column the parent stops having but its inheritance child keeps (rows too): the parent drops it with ONLY.
CREATE TABLE public.audited (created_at timestamptz DEFAULT now(), note text);
CREATE TABLE public.invoices (number integer, total numeric) INHERITS (public.audited);
CREATE TABLE public.refunds (reason text) INHERITS (public.audited);
