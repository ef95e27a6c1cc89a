"""What the team gathers on site: evidence, field records, surveys, figures bound to rule inputs, chart data."""
