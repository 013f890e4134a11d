-- Which planner is writing an incomplete notice: a random token of its own,
-- set when the notice is begun. Its later jobs (items, lease, completion,
-- taking it apart) act only on a notice that carries their token: notice
-- ids are used again once a notice is taken apart, and two planners may
-- begin notices at the very same instant (`dpfeed publish --as-of` twice),
-- so neither the id nor created_at tells whose a notice is. NULL for the
-- notices begun before this column: those only ever expire.
ALTER TABLE notices ADD COLUMN planner TEXT;
