// name: arrests-by-nationality
// question: How many people of each nationality were arrested, detained or found, by month?
// param: since string = 0000       only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
// example: scamgraph query arrests-by-nationality --param since=2025-01-01
MATCH (e:Event)-[r:ARRESTED|DETAINED|FOUND]->(n:Nationality)
WHERE e.date >= $since
RETURN n.iso2 AS nationality, substring(e.date, 0, 7) AS month, type(r) AS action,
       toInteger(sum(coalesce(r.count, 0))) AS people, count(DISTINCT e) AS events
ORDER BY month, nationality, action
