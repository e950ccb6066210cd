class E(Exception):
    pass

E.__module__ = "pkg.errors"
raise E("relocated")
