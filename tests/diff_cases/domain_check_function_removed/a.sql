-- Domains whose CHECK calls a function, all removed: the domains go before the function (types are dropped late).
CREATE SCHEMA ids;
