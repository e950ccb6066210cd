# Fixture of fixture_error.rst: raises half-way.
before = 1
1 / 0
after = 2
