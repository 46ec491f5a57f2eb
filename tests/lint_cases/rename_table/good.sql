alter index customers_pkey rename to clients_pkey;
alter view customer_view rename to client_view;
