create table import_buffer (line text);
truncate import_buffer;
