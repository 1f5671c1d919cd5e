-- The instances of the service that share this database and its projections' segments (docs/scaling.md).
-- Each records itself every heartbeat under its node id, the owner name of its claims in tokenentry;
-- a row not renewed within the instance timeout is removed by the others, who then take its segments.
create table processing_instance (
    node_id    varchar(255)             not null primary key,
    started_at timestamp with time zone not null,
    last_seen  timestamp with time zone not null
);

-- The live-updates processor now keeps its position in memory, per instance: its stored token is unused.
delete from tokenentry where processorname = 'live-updates';
