create table countries (
  code char(2) primary key, -- expect
  alpha3 character(3) -- expect
);
