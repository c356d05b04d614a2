-- A read-only view of the log for operators and auditors working in SQL: JSON instead of bytes.
CREATE VIEW event_log AS
SELECT global_index,
       aggregate_identifier,
       sequence_number,
       type                                         AS aggregate_type,
       payload_type,
       payload_revision,
       time_stamp                                   AS recorded_at,
       convert_from(payload, 'UTF8')::jsonb          AS payload,
       convert_from(meta_data, 'UTF8')::jsonb        AS meta_data
FROM domain_event_entry;
