// name: possible-duplicates
// question: Which entities of one label have names so alike that they may be one (for review, never merged here)?
// param: limit int = 100           at most this many pairs
// example: scamgraph query possible-duplicates
MATCH (a), (b)
WHERE a.key < b.key AND a.name IS NOT NULL AND b.name IS NOT NULL AND labels(a) = labels(b)
  AND NOT a:Report AND NOT a:Event
  AND (toLower(a.name) CONTAINS toLower(b.name) OR toLower(b.name) CONTAINS toLower(a.name))
RETURN labels(a) AS label, a.key AS a, b.key AS b, a.name AS a_name, b.name AS b_name
ORDER BY label, a, b
LIMIT $limit
