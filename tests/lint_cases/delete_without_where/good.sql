delete from sessions where expires_at < now();
delete from tokens t using users u where t.user_id = u.id and u.deleted;
