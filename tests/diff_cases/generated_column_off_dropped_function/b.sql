CREATE TABLE prices (id int PRIMARY KEY, amount numeric NOT NULL,
                     amount_cents bigint,
                     doubled bigint GENERATED ALWAYS AS ((amount * 200)::bigint) STORED);
