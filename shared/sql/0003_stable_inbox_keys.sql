-- Inbox rows were kept under names that included the Kafka consumer group, so a new group would
-- have applied every event again. Reactions are now remembered under the event type they handle
-- (see shared/consumers.py); rename what was applied so it stays applied.
DELETE FROM inbox AS later USING inbox AS earlier
 WHERE later.message_id = earlier.message_id AND later.event_type = earlier.event_type
   AND later.consumer > earlier.consumer;
UPDATE inbox SET consumer = event_type WHERE consumer <> event_type;
