# 3.6 puts the inherited _generate_next_value_ in every enum class's
# namespace, and a built-in function (which has no __get__ in 3.6) given
# as a value becomes a member.
import enum

E = enum.Enum("E", "A B")
print(sorted(k for k in vars(E) if k.startswith("_")))
print(vars(E)["_generate_next_value_"] is vars(enum.Enum)["_generate_next_value_"])


class Color(enum.Enum):
    RED = 1


print("_generate_next_value_" in vars(Color))


class Bits(enum.IntFlag):
    X = enum.auto()
    Y = enum.auto()


print(vars(Bits)["_generate_next_value_"] is vars(enum.Flag)["_generate_next_value_"], list(Bits))


class Lower(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Named(Lower):
    ALPHA = enum.auto()
    BETA = enum.auto()


print(list(Named), [m.value for m in Named])
print(vars(Named)["_generate_next_value_"] is vars(Lower)["_generate_next_value_"])

F = enum.Enum("F", [("LEN", len), ("ABS", abs)])
print(list(F), F.LEN.value is len, F(abs))


class Funcs(enum.Enum):
    length = len
    absolute = abs

    def method(self):
        return self.value("ab") if self is Funcs.length else self.value(-3)


print(list(Funcs), Funcs.length.method(), Funcs.absolute.method())
print("method" in Funcs.__members__)
