-- An extended statistics object with its own target on a column whose type changes:
-- PostgreSQL re-creates the object during ALTER COLUMN ... TYPE without the target.
create table public.addresses (id serial primary key, city text not null, zip varchar(10) not null);
create statistics public.addr_city_zip (dependencies, ndistinct) on city, zip from public.addresses;
alter statistics public.addr_city_zip set statistics 500;
create statistics public.addr_city_only (ndistinct) on city, id from public.addresses;
