-- A municipal fact (an election, a college, a policy) concerns every case of the municipality. The
-- case-indicators projection used to mark all those cases stale in the transaction of its batch, so two
-- segments' batches locked the same case rows in different orders and deadlocked. It now counts the
-- fact on one row of the municipality, which only the segment of that municipality's stream writes;
-- the refresher carries the mark to the cases one row at a time and records how far it carried it.
create table rm_indicator_municipality_mark (
    municipality varchar(6) not null primary key,
    marked       bigint     not null,
    carried      bigint     not null
);

-- How often a case was marked stale: the refresher stores an evaluation only if no mark came while it
-- evaluated, so an event recorded during an evaluation is never left out of the stored indicator.
alter table rm_case_indicator add column marks bigint default 0 not null;
