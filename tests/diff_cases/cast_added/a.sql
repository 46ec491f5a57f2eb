-- A user cast between two user types WITH FUNCTION is added (function first, then cast).

CREATE TYPE public.celsius AS (deg numeric);
CREATE TYPE public.fahrenheit AS (deg numeric);
