-- Values that the event contract does not bound must not make an insert fail (a poison record).
alter table alert alter column statement_id type text;
alter table alert alter column group_id type text;
alter table alert alter column resolved_group_id type text;
alter table alert alter column published_at type text;
