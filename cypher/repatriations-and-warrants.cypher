// name: repatriations-and-warrants
// question: Which repatriations, deportations and warrants are recorded, for whom and how many?
// example: scamgraph query repatriations-and-warrants
MATCH (e:Event)-[r]->(n:Nationality)
WHERE e.type IN ['repatriation', 'deportation', 'warrant']
RETURN e.type AS type, e.date AS date, e.name AS event, n.iso2 AS nationality, r.count AS people, r.quote AS quote
ORDER BY date, event
