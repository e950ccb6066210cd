# copy and deepcopy call __getnewargs__ and __getstate__ bound to the
# object (a classmethod gets the class), then __setstate__ on the copy.
import copy


class Stack(list):
    SEED = ("p", "q")

    def __new__(cls, *args):
        made = super().__new__(cls)
        made.args = args
        return made

    def __init__(self, *args):
        super().__init__()
        self.append("init ran")

    @classmethod
    def __getnewargs__(cls):
        return cls.SEED


class Settings:
    def __init__(self):
        self.level = 1

    @classmethod
    def __getstate__(cls):
        return {"level": 9, "source": cls.__name__}


class Tagged(int):
    def __new__(cls, value, tag):
        made = super().__new__(cls, value)
        made.tag = tag
        return made

    def __getnewargs__(self):
        return (int(self), self.tag)


class Restored:
    def __init__(self, n):
        self.n = n

    def __getstate__(self):
        return self.n * 2

    def __setstate__(self, state):
        self.n = state + 1


for original in (Stack(1, 2), Settings(), Tagged(7, "seven"), Restored(4)):
    for dup in (copy.copy(original), copy.deepcopy(original)):
        extra = list(dup) if isinstance(dup, list) else int(dup) if isinstance(dup, int) else ""
        print(type(dup).__name__, sorted(vars(dup).items()), extra)
