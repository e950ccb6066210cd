class E(Exception):
    pass

E.__module__ = "builtins"
raise E("looks builtin")
