# A class body's locals() is its namespace: names written through it are
# read back by the body and end up in the class.


class Config:
    names = locals()
    names["port"] = 443
    host = "localhost"
    url = "https://%s:%d" % (host, port)
    names["host"] = "example.org"
    seen = host
    for i in range(3):
        names["opt%d" % i] = i * 10
    del i, names


print(Config.port, Config.host, Config.seen, Config.url)
print(Config.opt0, Config.opt2)
print([k for k in vars(Config) if not k.startswith("__")])


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    locals()["tag"] = "meta"
    copy = tag


print(WithMeta.tag, WithMeta.copy, type(type.__prepare__("X", ())))
