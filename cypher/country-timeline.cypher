// name: country-timeline
// question: What happened in a country, in date order?
// param: country string            the country's name or ISO code, e.g. Cambodia or KH
// example: scamgraph query country-timeline --param country=Cambodia
MATCH (c:Location {kind: 'country'})
WHERE toLower(c.name) = toLower($country) OR toUpper(coalesce(c.iso2, '')) = toUpper($country)
MATCH (e:Event)-[:OCCURRED_AT]->(x)
OPTIONAL MATCH (x)-[:LOCATED_IN*0..3]->(up:Location)
WITH c, e, x, collect(DISTINCT up.key) AS within
WHERE c.key IN within OR c.key = x.key
RETURN DISTINCT e.date AS date, e.type AS type, e.name AS event
ORDER BY date, event
