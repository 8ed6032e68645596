"""Data files the loaders compile into matchers: facts only, written by the team."""
