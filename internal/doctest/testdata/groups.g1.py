# Fixture of group g1 of groups.rst.
fixture_value = "from g1 fixture"
