-- Schema 17: a station's name is unique, like a crew's, so that "--station Chair 1" and the screens name one
-- station. A terminal that already has two stations of one name keeps the first (by id, which is by time) as
-- it is and renames the later ones "Chair 1 (2)", "Chair 1 (3)"; should that name be taken too, the station's
-- id is added instead. The upgrade never fails on them.
CREATE TEMP TABLE station_renames AS
SELECT s.id, s.name AS old_name,
       s.name || ' (' || (1 + (SELECT count(*) FROM stations e WHERE e.name = s.name AND e.id < s.id)) || ')' AS new_name
FROM stations s
WHERE EXISTS (SELECT 1 FROM stations e WHERE e.name = s.name AND e.id < s.id);

UPDATE stations SET name = (SELECT r.new_name FROM station_renames r WHERE r.id = stations.id)
WHERE id IN (SELECT id FROM station_renames);

UPDATE stations SET name = (SELECT r.old_name || ' (' || r.id || ')' FROM station_renames r WHERE r.id = stations.id)
WHERE id IN (SELECT id FROM station_renames)
  AND EXISTS (SELECT 1 FROM stations e WHERE e.name = stations.name AND e.id <> stations.id);

DROP TABLE station_renames;

CREATE UNIQUE INDEX stations_name ON stations (name);
