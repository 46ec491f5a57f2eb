alter table products add constraint price_positive check (price > 0) not valid;
alter table products validate constraint price_positive;
