// name: raids-at
// question: Which raids happened at a site, or in a city, province or country (by name)?
// param: place string              a site or place name, e.g. Phnom Penh or Cambodia
// example: scamgraph query raids-at --param place=Cambodia
MATCH (e:Event {type: 'raid'})-[:OCCURRED_AT]->(s)
OPTIONAL MATCH (s)-[:LOCATED_IN*0..3]->(place)
WITH e, s, collect(DISTINCT toLower(place.name)) AS places
WHERE toLower($place) IN places OR toLower(s.name) = toLower($place)
RETURN e.name AS raid, e.date AS date, s.name AS at
ORDER BY date, raid
