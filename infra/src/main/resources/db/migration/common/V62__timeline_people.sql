-- processing group "timeline": every person a fact of a case names, in any role (actor, attendee,
-- signatory, milestone owner, role holder, predecessor, successor), so that "shares a case with the
-- person" (PeopleDirectory.mayKnow, personal data) covers them all.
create table rm_timeline_person (
    event_id  varchar(64) not null,
    case_id   varchar(64) not null,
    person_id varchar(64) not null,
    primary key (event_id, person_id)
);
create index rm_timeline_person_person on rm_timeline_person (person_id, case_id);

-- the actors of facts already projected; the other people they name arrive with a replay of "timeline"
insert into rm_timeline_person (event_id, case_id, person_id)
select event_id, case_id, actor_person_id from rm_timeline_entry;
