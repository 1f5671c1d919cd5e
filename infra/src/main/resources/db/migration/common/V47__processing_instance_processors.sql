-- The processors each instance runs: a processor's segments are shared only between the instances that
-- run it. An instance of a newer version may run a projection the others do not have yet; counting
-- every instance would leave part of that projection's segments unclaimed.
create table processing_instance_processor (
    node_id   varchar(255) not null,
    processor varchar(255) not null,
    primary key (node_id, processor)
);
