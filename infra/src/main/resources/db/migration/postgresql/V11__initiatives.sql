-- Read models of resident initiatives (processing group "initiatives"): the initiative as it stands, the
-- municipalities of its working area (for the list filter), its legal forms over time and its recorded
-- representation.
create table initiative_summary (
    initiative_id              varchar(64)  not null primary key,
    name                       varchar(200) not null,
    legal_form                 varchar(30)  not null,
    chamber_of_commerce_number varchar(8),
    area_description           varchar(300) not null,
    -- JSON arrays: CBS neighbourhood codes, and domains
    neighbourhoods             text         not null,
    domains                    text         not null,
    registered_on              date         not null
);

create table initiative_working_municipality (
    initiative_id varchar(64) not null,
    cbs_code      varchar(6)  not null,
    position_in_area integer  not null,
    primary key (initiative_id, cbs_code)
);
create index initiative_by_municipality on initiative_working_municipality (cbs_code);

create table initiative_legal_form (
    initiative_id              varchar(64)  not null,
    sequence_number            bigint       not null,
    legal_form                 varchar(30)  not null,
    valid_from                 date         not null,
    chamber_of_commerce_number varchar(8),
    deed_reference             varchar(500),
    primary key (initiative_id, sequence_number)
);

create table initiative_representation (
    representation_id          varchar(64)   not null primary key,
    initiative_id              varchar(64)   not null,
    recorded_for               date          not null,
    members                    integer       not null,
    households_in_area         integer,
    mandate_granted_on         date,
    mandate_scope              varchar(2000),
    mandate_valid_until        date,
    mandate_decision_reference varchar(500),
    note                       text
);
create index initiative_representation_by_initiative on initiative_representation (initiative_id, recorded_for);
