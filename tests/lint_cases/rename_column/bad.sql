alter table users rename column name to full_name; -- expect
