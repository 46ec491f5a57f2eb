-- An enum loses a label (rebuilt with the domain and composite on it) while the domain's CHECK and the composite's attributes change too.

CREATE TYPE public.lvl AS ENUM ('low', 'mid', 'high');
CREATE DOMAIN public.lvl_d AS public.lvl CONSTRAINT lvl_d_check CHECK (VALUE <> 'mid');
CREATE TYPE public.pair AS (a public.lvl, b integer);
CREATE TABLE public.z (x public.lvl_d, y public.pair, w public.lvl[]);
