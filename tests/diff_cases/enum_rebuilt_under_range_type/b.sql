CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE TYPE level_range AS RANGE (subtype = level);
CREATE TABLE alerts (id int PRIMARY KEY, band level_range);
