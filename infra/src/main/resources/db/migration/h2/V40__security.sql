-- An Idempotency-Key belongs to the caller who sent it: stored as "<personId> <key>".
alter table idempotency_key alter column idempotency_key set data type varchar(300);

-- processing group "case-summaries": who is appointed facilitator of which case, so that a
-- facilitator's list holds exactly the cases they are appointed to.
create table rm_case_facilitator (
    case_id   varchar(64) not null,
    person_id varchar(64) not null,
    primary key (case_id, person_id)
);
create index rm_case_facilitator_person on rm_case_facilitator (person_id);
