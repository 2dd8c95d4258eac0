"""The knowledge base of actors, people and places (issue 4)."""
