"""The investigators' Cypher library, shipped inside the package (see cypher/ at the top)."""
