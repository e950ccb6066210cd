class E(Exception):
    def __str__(self):
        return "custom: " + self.args[0]

raise E("detail")
