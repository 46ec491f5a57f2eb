alter table accounts
  alter column balance type numeric(20, 4) using balance::numeric; -- expect
