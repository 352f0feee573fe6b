-- pledge database: status entries by date.
--
-- The latest changes as known on a past date read the status history from that date down and
-- stop once they have enough pledges, instead of finding every pledge's status on the date and
-- sorting them all (1.2 s at 100,000 pledges, ten times that at a million).

CREATE INDEX status_history_as_of ON status_history (as_of);
