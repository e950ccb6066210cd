# del in exec() code with a locals mapping calls its __delitem__.
class Logged(dict):
    def __delitem__(self, key):
        print('delete', key)
        super().__delitem__(key)


ns = Logged(a=1, b=2)
exec('del a\nc = b', {}, ns)
print(sorted(ns.items()))
