-- Signed-in sessions, kept in the database (Spring Session JDBC) so any instance of the application
-- can serve any person and a restart signs no one out. The tables are Spring Session's own
-- (schema-postgresql.sql of spring-session-jdbc), written once for both databases: bytea is
-- PostgreSQL's binary type and H2 reads it as binary varying. Spring Session's own schema
-- initialisation is switched off (spring.session.jdbc.initialize-schema=never): Flyway owns the schema.
--
-- principal_name is the signed-in email, so all of a person's sessions can be found and ended
-- (password change, account deletion). It is as wide as an email may be (254, EmailAddress.MAX_LENGTH),
-- not Spring Session's 100, or a long address could sign up but never keep a session.
-- Times are epoch milliseconds, as Spring Session writes them.
create table spring_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(254),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
