alter table products add constraint price_positive check (price > 0); -- expect
