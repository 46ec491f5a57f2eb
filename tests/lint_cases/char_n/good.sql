create table countries (
  code text primary key check (length(code) = 2),
  alpha3 varchar(3),
  flag "char"
);
