-- A view over auth.users joining the app's tables, with a quoted "limit" column and ORDER BY.
-- Adapted: upstream's subscriptions table comes from the Stripe starter's schema, not from this
-- history; a minimal one stands in for it here.
create table if not exists subscriptions (
  id text primary key,
  user_id uuid references auth.users not null,
  price_id text,
  current_period_start timestamptz not null default timezone('utc'::text, now())
);

CREATE OR REPLACE VIEW current_plan_period_usage AS
SELECT
  u.id AS user_id,
  COALESCE(s.price_id, 'free') AS plan_id,
  DATE(COALESCE(s.current_period_start, CURRENT_DATE)) AS date,
  COALESCE(SUM(pu.usage), 0) AS total_usage,
  CASE
    WHEN COALESCE(s.price_id, 'free') = 'price_1MtZEaFX2CGyoHQv54EefwEk' THEN 50
    ELSE 5
  END AS "limit"
FROM
  auth.users u
LEFT JOIN subscriptions s ON u.id = s.user_id
LEFT JOIN plan_usages pu ON u.id = pu.user_id
  AND DATE(pu.created_at) = DATE(COALESCE(s.current_period_start, CURRENT_DATE))
GROUP BY
  u.id,
  s.price_id,
  DATE(COALESCE(s.current_period_start, CURRENT_DATE))
ORDER BY
  u.id, date;
