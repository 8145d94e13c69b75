-- Passkeys: the tables of Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository (its user-entities-schema.sql and user-credentials-schema.sql), with the
-- column names and types it reads and writes, written once for H2 and PostgreSQL (bytea is binary on both).
--
-- user_entities: one row per account that has made a passkey. name is the account's email, the name Spring
-- Security looks a person up by; the foreign key ties the row to the account, so deleting the account deletes
-- it, and its passkeys with it (user_credentials below). id is the random WebAuthn user handle (base64url).
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(254)  not null,
    display_name varchar(254),
    constraint pk_user_entities primary key (id),
    constraint uk_user_entities_name unique (name),
    constraint fk_user_entities_account foreign key (name) references account (email)
        on delete cascade on update cascade
);

-- user_credentials: one row per passkey. label is the name the person gave it, encrypted like everything
-- they write (privacy.JournalTextCipher), so never searched or sorted by in SQL. created and last_used are
-- set from the application's clock (passkey.ClockedUserCredentials).
create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp with time zone,
    last_used                    timestamp with time zone,
    label                        varchar(1000) not null,
    constraint pk_user_credentials primary key (credential_id),
    constraint fk_user_credentials_user_entity foreign key (user_entity_user_id) references user_entities (id)
        on delete cascade
);

create index ix_user_credentials_user_entity on user_credentials (user_entity_user_id);
