create type mood as enum ('sad', 'ok', 'happy');
alter type mood add value 'ecstatic';
drop function if exists mood_score(mood);
